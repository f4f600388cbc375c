import { afterEach, describe, expect, it } from 'vitest';
import type { EventView } from '../../../src/core/view.ts';
import { nonceFor } from '../../../src/platforms/discord/nonce.ts';
import type { Notice } from '../../../src/scheduler/notifier.ts';
import { opt, route, slashCommand, sub } from '../../harness/discord/index.ts';
import { attached, body, boot, click, create, type Body, type Bot } from './support.ts';

let env: Bot | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function viewOf(b: Bot, id: string): Promise<EventView> {
  const r = await b.service.run({ platform: 'discord', workspaceId: b.guild.id, userId: b.host.id }, { type: 'get', event: id });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.event;
}

function notice(event: EventView, over: Partial<Notice> = {}): Notice {
  return { key: `rem-1:${event.id}`, kind: 'reminder', event, occurrence: { start: event.occurrence.start, end: event.occurrence.end }, now: event.occurrence.start - 15 * 60_000, offset: 'PT15M', ...over };
}

describe('DiscordNotifier against the fake', () => {
  it('posts a channel reminder in the event thread with a nonce from the key and enforce_nonce; a retry does not post twice', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm')]);
    const view = await viewOf(b, id);
    const threadId = (view.card as { threadId: string }).threadId;
    const n = notice(view, { key: 'reminder:42:channel' });
    const first = await b.bot.notifier.deliver(n, { type: 'channel', channelId: b.channelId });
    expect(first.status).toBe('sent');
    const req = b.fake.findRequest((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`)!;
    const sent = req.body as Body;
    expect(sent['nonce']).toBe(nonceFor('reminder:42:channel'));
    expect(sent['nonce'].length).toBeLessThanOrEqual(25);
    expect(sent['enforce_nonce']).toBe(true);
    expect(sent['content']).toContain(`<t:${view.occurrence.start / 1000}:R>`);
    const again = await b.bot.notifier.deliver(n, { type: 'channel', channelId: b.channelId });
    expect(again).toEqual(first);
    expect(b.fake.messages(threadId).filter((m) => String(m['content']).includes('Game night'))).toHaveLength(1);
  });

  it('the scheduler delivers a due reminder through the notifier: thread post with the row key as nonce, DMs to attendees', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm'), opt('reminders', '15m')]);
    await click(b, card, `rsvp:${id}:going`, b.alice).callback();
    const view = await viewOf(b, id);
    const threadId = (view.card as { threadId: string }).threadId;
    b.clock.set(new Date(view.occurrence.start - 15 * 60_000 + 1000));
    let sent = 0;
    for (let pass = 0; pass < 3; pass++) sent += (await b.scheduler.runOnce()).sent; // attendee rows fan out into DMs first
    expect(sent).toBeGreaterThanOrEqual(2);
    const post = b.fake.findRequest((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && String((r.body as Body)['content']).startsWith('⏰'))!;
    expect((post.body as Body)['enforce_nonce']).toBe(true);
    expect(String((post.body as Body)['nonce'])).toMatch(/^[A-Za-z0-9_-]{1,25}$/);
    expect(b.fake.findRequests(route('POST', '/users/@me/channels')).map((r) => (r.body as Body)['recipient_id'])).toContain(b.alice.id);
    expect((await b.scheduler.runOnce()).sent).toBe(0);
  });

  it('DMs a reminder; closed DMs fall back to a mention in the event thread', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm')]);
    const view = await viewOf(b, id);
    const threadId = (view.card as { threadId: string }).threadId;
    const ok = await b.bot.notifier.deliver(notice(view, { key: 'r:dm:alice' }), { type: 'dm', userId: b.alice.id });
    expect(ok.status).toBe('sent');
    expect(b.fake.findRequest(route('POST', '/users/@me/channels'))?.body).toEqual({ recipient_id: b.alice.id });

    b.fake.blockDMs(b.bob.id);
    const fallback = await b.bot.notifier.deliver(notice(view, { key: 'r:dm:bob' }), { type: 'dm', userId: b.bob.id });
    expect(fallback.status).toBe('sent');
    const mention = b.fake.findRequest((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && String((r.body as Body)['content']).startsWith(`<@${b.bob.id}>`))!;
    expect(mention).toBeDefined();
    expect((mention.body as Body)['allowed_mentions']).toEqual({ parse: [], users: [b.bob.id] });
    expect((mention.body as Body)['content']).toMatch(/couldn't DM you/);
  });

  it('a dropped-answers DM says which dates went and the date left, as timestamps, pinging nobody', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm')]);
    const view = await viewOf(b, id);
    const first = view.occurrence.start + 7 * 86_400_000;
    const dropped = { dates: 2, first, standing: true, repeats: false };
    expect((await b.bot.notifier.deliver(notice(view, { key: 'dropped:alice', kind: 'dropped', offset: null, dropped }), { type: 'dm', userId: b.alice.id })).status).toBe('sent');
    const sent = b.fake.findRequest((r) => r.method === 'POST' && String((r.body as Body)['content'] ?? '').includes('no longer repeats'))!.body as Body;
    expect(sent['content']).toMatch(
      new RegExp(`^🗓️ \\*\\*Game night\\*\\* no longer repeats, so your answers to 2 later dates \\(from <t:${first / 1000}:F>\\) and your "every time" answer were dropped\\. It happens once, <t:${view.occurrence.start / 1000}:F>: answer that date if you still want to come\\.`),
    );
    expect(sent['allowed_mentions']).toMatchObject({ parse: [] });
  });

  it('DMs closed and no channel to fall back to: unreachable', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm')]);
    const view = { ...(await viewOf(b, id)), card: null, channelId: null };
    b.fake.blockDMs(b.bob.id);
    const r = await b.bot.notifier.deliver(notice(view), { type: 'dm', userId: b.bob.id });
    expect(r.status).toBe('unreachable');
  });

  it('DMs are paced: never two opened at once', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm')]);
    const view = await viewOf(b, id);
    const { DiscordNotifier } = await import('../../../src/platforms/discord/notifier.ts');
    const { Cards } = await import('../../../src/platforms/discord/cards.ts');
    const paced = new DiscordNotifier(b.bot.client.rest, new Cards(b.bot.client.rest, b.service, () => {}), { dmPerSecond: 20 });
    const t0 = performance.now();
    const users = [b.alice, b.bob, b.carol].map((u) => u.id);
    await Promise.all(users.map((u, i) => paced.deliver(notice(view, { key: `p:${i}` }), { type: 'dm', userId: u })));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(2 * 50 - 5);
    paced.stop();
  });

  it('an announcement posts the card (with its thread) and attaches it', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm')]);
    // Forget the card, as if the event had been a draft.
    await b.service.attachCard({ platform: 'discord', workspaceId: b.guild.id }, id, null);
    const other = b.guild.channels[1]!.id;
    const r = await b.bot.notifier.deliver(notice(await viewOf(b, id), { kind: 'announcement', key: 'ann:1', offset: null }), { type: 'channel', channelId: other });
    expect(r.status).toBe('sent');
    expect(r.status === 'sent' && r.messageId).not.toBe(card['id']);
    expect((await viewOf(b, id)).card).toMatchObject({ channelId: other, messageId: r.status === 'sent' ? r.messageId : '', threadId: expect.any(String) });
    expect(JSON.stringify(b.fake.messages(other)[0]!['embeds'])).toContain('Game night');
  });

  it('a replayed interaction id does nothing twice', async () => {
    env = await boot();
    const b = env;
    const payload = slashCommand({ guild: b.guild, user: b.host, name: 'event', options: [sub('create', [opt('title', 'Once'), opt('when', 'friday 8pm')])] });
    const first = b.fake.interact(payload);
    const cb = body(await first.callback());
    await b.scheduler.runOnce();
    await attached(b, /\(`([a-z0-9]{8})`\)/.exec(String(cb['data']['content']))![1]!);
    const mark = b.fake.requests.length;
    b.fake.interact(payload);
    await new Promise((r) => setTimeout(r, 150));
    const later = b.fake.requests.slice(mark);
    expect(later.filter((r) => r.method === 'POST')).toEqual([]);
    expect(b.fake.findRequests((r) => r.path.startsWith(`/interactions/${first.id}/`))).toHaveLength(1);
    expect(b.fake.messages(b.channelId).filter((m) => (m['embeds'] as unknown[] | undefined)?.length)).toHaveLength(1);
    expect(b.logs.some((l) => l.includes('replayed'))).toBe(true);
  });

  it('resumes after the gateway drops and keeps answering', async () => {
    env = await boot();
    const b = env;
    b.fake.dropConnections();
    await b.fake.waitForFrame((f) => f.direction === 'in' && f.op === 6, 5_000);
    await b.fake.waitForFrame((f) => f.direction === 'out' && f.t === 'RESUMED', 5_000);
    const { cb } = await create(b, [opt('title', 'After resume'), opt('when', 'friday 8pm')]);
    expect(body({ body: cb })['data']['content']).toMatch(/Created \*\*After resume\*\*/);
  });
});
