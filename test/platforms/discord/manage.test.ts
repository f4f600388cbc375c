import { afterEach, describe, expect, it } from 'vitest';
import { buttonClick, Callback, modalSubmit, opt, Perm, route, slashCommand, sub } from '../../harness/discord/index.ts';
import { body, boot, click, create, dmTexts, eventually, type Body, type Bot } from './support.ts';

let env: Bot | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

function threadOf(b: Bot, cardId: unknown): string {
  const card = b.fake.messages(b.channelId).find((m) => m['id'] === cardId)!;
  return String((card['thread'] as Body)['id']);
}

describe('managing events on discord', () => {
  it('/event edit opens a prefilled modal; submitting it patches what changed and redraws the card', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm'), opt('capacity', 8)]);
    const open = b.fake.interact(slashCommand({ guild: b.guild, user: b.host, name: 'event', options: [sub('edit', [opt('event', id)])] }));
    const modal = body(await open.callback());
    expect(modal['type']).toBe(Callback.Modal);
    expect(modal['data']['custom_id']).toBe(`edit:${id}`);
    const values: Record<string, string> = {};
    // Label components (type 18) around each text input: no deprecated action rows in the modal.
    expect((modal['data']['components'] as Body[]).map((c) => c['type'])).toEqual([18, 18, 18, 18, 18]);
    for (const label of modal['data']['components'] as Body[]) values[label['component']['custom_id']] = label['component']['value'] ?? '';
    expect(values).toMatchObject({ title: 'Game night', when: 'Fri 27 Nov 2026 20:00 - 21:00', capacity: '8' });

    const submit = b.fake.interact(
      modalSubmit({ guild: b.guild, user: b.host, customId: `edit:${id}`, layout: 'label', fields: { ...values, title: 'Board games', when: 'sunday 6pm' } }),
    );
    const cb = body(await submit.callback());
    expect(cb['data']['content']).toMatch(/Updated \*\*Board games\*\* \(title, when\)/);
    // The reply says how the new time was read, in the editor's zone and as Discord's own timestamp.
    expect(cb['data']['content']).toContain(`New time: Sun, Nov 22, 6:00–7:00 PM UTC (tomorrow) — <t:${Date.parse('2026-11-22T18:00:00Z') / 1000}:F>`);
    await b.scheduler.runOnce(); // the core's card notice redraws it
    const patched = await b.fake.waitForRequest(route('PATCH', new RegExp(`/channels/${b.channelId}/messages/${card['id']}$`)));
    expect(JSON.stringify(patched.body)).toContain('Board games');
    expect(JSON.stringify(patched.body)).toContain(`<t:${Date.parse('2026-11-22T18:00:00Z') / 1000}:F>`);
    const thread = threadOf(b, card['id']);
    await eventually(() => b.fake.messages(thread).find((m) => String(m['content']).includes('updated **Board games**: title')), 'edit announcement');
    // The new time is announced by the scheduler's "moved" notice, under the card.
    await b.scheduler.runOnce();
    const moved = b.fake.messages(thread).find((m) => String(m['content']).includes('moved to'))!;
    expect(moved['content']).toContain(`<t:${Date.parse('2026-11-22T18:00:00Z') / 1000}:F>`);
  });

  it('a new end only (same start) tells the thread what changed, not that it moved (issue 14, item 6)', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8-10pm')]);
    await click(b, card, `rsvp:${id}:going`, b.alice).callback();
    const submit = b.fake.interact(modalSubmit({ guild: b.guild, user: b.host, customId: `edit:${id}`, fields: { when: 'friday 8-11pm' } }));
    expect(body(await submit.callback())['data']['content']).toMatch(/Updated \*\*Game night\*\* \(when\)/);
    await b.scheduler.runOnce();
    const thread = threadOf(b, card['id']);
    const told = await eventually(() => b.fake.messages(thread).find((m) => String(m['content']).includes('now ends')), 'changed notice');
    expect(told['content']).toContain(`now ends <t:${Date.parse('2026-11-27T23:00:00Z') / 1000}:F> (was <t:${Date.parse('2026-11-27T22:00:00Z') / 1000}:F>)`);
    expect(told['content']).toContain(`<@${b.alice.id}>`);
    expect(b.fake.messages(thread).some((m) => String(m['content']).includes('moved to'))).toBe(false);
    expect(dmTexts(b, b.alice.id).some((t) => t.includes('now ends'))).toBe(true);
  });

  it('raising the capacity in the edit form promotes from the waitlist and tells them by DM', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Dinner'), opt('when', 'friday 8pm'), opt('capacity', 1)]);
    await click(b, card, `rsvp:${id}:going`, b.alice).callback();
    await click(b, card, `rsvp:${id}:going`, b.bob).callback();
    const submit = b.fake.interact(modalSubmit({ guild: b.guild, user: b.host, customId: `edit:${id}`, fields: { capacity: '2' } }));
    expect(body(await submit.callback())['data']['content']).toMatch(/Updated \*\*Dinner\*\* \(capacity\)/);
    await b.scheduler.drain();
    expect(dmTexts(b, b.bob.id).some((t) => t.startsWith("🎟️ Good news: a seat opened up and you're now going to **Dinner**."))).toBe(true);
  });

  it('refuses people who may not manage the event, and tells them what to do; Manage Events may', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm')]);
    const refused = b.fake.interact(slashCommand({ guild: b.guild, user: b.alice, name: 'event', options: [sub('cancel', [opt('event', id)])] }));
    const cb = body(await refused.callback());
    expect(cb['data']['flags']).toBe(64);
    expect(cb['data']['content']).toMatch(/Only the hosts of "Game night" or a workspace manager can cancel it/);
    const submit = b.fake.interact(modalSubmit({ guild: b.guild, user: b.alice, customId: `edit:${id}`, fields: { title: 'Mine now' } }));
    expect(body(await submit.callback())['data']['content']).toMatch(/Only the hosts/);
    expect(b.fake.findRequest(route('PATCH', new RegExp(`/messages/${card['id']}$`)))).toBeUndefined();

    const manager = b.fake.interact(
      slashCommand({ guild: b.guild, user: b.bob, memberPermissions: [Perm.ViewChannel, Perm.SendMessages, Perm.ManageEvents], name: 'event', options: [sub('cancel', [opt('event', id)])] }),
    );
    expect(body(await manager.callback())['data']['content']).toMatch(/Cancelled \*\*Game night\*\*/);
  });

  it('a configured manager role manages every event', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm')]);
    const roleId = '1300000000000000001';
    const set = b.fake.interact(
      slashCommand({
        guild: b.guild,
        user: b.host,
        memberPermissions: [Perm.ViewChannel, Perm.ManageGuild],
        name: 'event',
        options: [{ name: 'settings', type: 2, options: [sub('manager-role', [opt('role', roleId, 8)])] }],
        resolved: { roles: { [roleId]: { id: roleId, name: 'Organizers', permissions: '0', position: 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 } } },
      }),
    );
    expect(body(await set.callback())['data']['content']).toContain(`<@&${roleId}>`);
    const cancel = b.fake.interact(slashCommand({ guild: b.guild, user: b.carol, roles: [roleId], name: 'event', options: [sub('cancel', [opt('event', id)])] }));
    expect(body(await cancel.callback())['data']['content']).toMatch(/Cancelled/);
  });

  it('cancelling redraws the card without buttons and tells everyone who answered in the thread', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Picnic'), opt('when', 'sunday noon')]);
    await click(b, card, `rsvp:${id}:going`, b.alice).callback();
    await click(b, card, `rsvp:${id}:maybe`, b.bob).callback();
    const cancel = b.fake.interact(
      slashCommand({ guild: b.guild, user: b.host, name: 'event', options: [sub('cancel', [opt('event', id), opt('reason', 'rain')])] }),
    );
    expect(body(await cancel.callback())['data']['content']).toMatch(/Cancelled \*\*Picnic\*\*\. The 2 people who answered are being told/);
    // The scheduler delivers the card redraw and the change notices: one in the thread mentioning them, and DMs.
    const stats = await b.scheduler.runOnce();
    expect(stats).toMatchObject({ sent: 4 });
    const stored = b.fake.messages(b.channelId).find((m) => m['id'] === card['id'])!;
    expect(JSON.stringify(stored['embeds'])).toContain('**Cancelled**: rain');
    expect(stored['components']).toEqual([]);
    // The card is redrawn once for the cancellation, not again by the notice.
    const redraws = b.fake.findRequests(route('PATCH', new RegExp(`/channels/${b.channelId}/messages/${card['id']}$`)));
    expect(redraws.filter((r) => JSON.stringify(r.body).includes('Cancelled'))).toHaveLength(1);
    const thread = threadOf(b, card['id']);
    const told = b.fake.findRequest((r) => r.method === 'POST' && r.path === `/channels/${thread}/messages` && String((r.body as Body)['content']).includes('was cancelled'))!;
    expect(told).toBeDefined();
    const sent = told.body as Body;
    expect(sent['content']).toContain('rain');
    expect(sent['content']).toContain(`<@${b.alice.id}>`);
    expect(sent['content']).toContain(`<@${b.bob.id}>`);
    expect(sent['allowed_mentions']['users']).toEqual(expect.arrayContaining([b.alice.id, b.bob.id]));
    const dms = b.fake.findRequests(route('POST', '/users/@me/channels')).map((r) => (r.body as Body)['recipient_id']);
    expect(dms.sort()).toEqual([b.alice.id, b.bob.id].sort());
    // A click on the old card now gets the core's explanation.
    const late = click(b, card, `rsvp:${id}:going`, b.carol);
    expect(body(await late.callback())['data']['content']).toMatch(/was cancelled \(rain\)/);
  });

  it('shows, lists and deletes', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Quiz'), opt('when', 'tuesday 7pm')]);
    const show = b.fake.interact(slashCommand({ guild: b.guild, user: b.alice, name: 'event', options: [sub('show', [opt('event', 'quiz')])] }));
    const shown = body(await show.callback());
    expect(shown['data']['flags']).toBe(64);
    expect(shown['data']['embeds'][0]['title']).toBe('Quiz');
    const list = b.fake.interact(slashCommand({ guild: b.guild, user: b.alice, name: 'event', options: [sub('list', [opt('scope', 'channel')])] }));
    expect(JSON.stringify(body(await list.callback())['data'])).toContain(`\`${id}\``);
    const thread = threadOf(b, card['id']);
    const del = b.fake.interact(slashCommand({ guild: b.guild, user: b.host, name: 'event', options: [sub('delete', [opt('event', id)])] }));
    expect(body(await del.callback())['data']['content']).toMatch(/Deleted \*\*Quiz\*\*/);
    // The card goes through the core's durable notice, like a delete through any door.
    await b.scheduler.runOnce();
    await b.fake.waitForRequest(route('DELETE', new RegExp(`/messages/${card['id']}$`)));
    // The discussion thread is told and archived rather than left dangling.
    await eventually(() => b.fake.messages(thread).find((m) => String(m['content']).includes('**Quiz** was deleted')), 'deletion note in the thread');
    const archived = await b.fake.waitForRequest(route('PATCH', new RegExp(`/channels/${thread}$`)));
    expect(archived.body).toMatchObject({ archived: true });
  });
});

describe('confirming destructive actions on discord (issue 14, item 8)', () => {
  const asManager = (b: Bot, name: string, options: ReturnType<typeof opt>[]) =>
    b.fake.interact(slashCommand({ guild: b.guild, user: b.host, memberPermissions: [Perm.ViewChannel, Perm.ManageGuild], name: 'event', options: [sub(name, options)] }));
  const question = (b: Bot, id: string) =>
    b.fake.messages(b.channelId).find((m) => JSON.stringify(m['components'] ?? []).includes(`"delete:${id}"`))!;

  it('an event others answered: Delete/Keep buttons; Keep keeps it, Delete deletes it and its card', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Quiz'), opt('when', 'friday 8pm')]);
    await click(b, card, `rsvp:${id}:going`, b.alice).callback();
    const ask = body(await asManager(b, 'delete', [opt('event', id)]).callback());
    expect(ask['data']['content']).toMatch(/^⚠️ Delete "Quiz"\? 1 person has answered/);
    expect(ask['data']['flags'] & 64).toBe(64);
    const buttons = (ask['data']['components'] as Body[])[0]!['components'] as Body[];
    expect(buttons.map((c) => [c['custom_id'], c['label']])).toEqual([[`delete:${id}`, 'Delete'], [`keep:${id}`, 'Keep it']]);

    const keep = body(await click(b, question(b, id), `keep:${id}`, b.host).callback());
    expect(keep['data']['content']).toBe('Kept it; nothing was deleted.');
    const still = await b.service.run({ platform: 'discord', workspaceId: b.guild.id, userId: b.host.id }, { type: 'get', event: id });
    expect(still.ok).toBe(true);
    expect(b.fake.messages(b.channelId).some((m) => m['id'] === card['id'])).toBe(true);

    body(await asManager(b, 'delete', [opt('event', id)]).callback());
    const yes = b.fake.interact(buttonClick({ guild: b.guild, user: b.host, memberPermissions: [Perm.ViewChannel, Perm.ManageGuild], customId: `delete:${id}`, message: question(b, id) }));
    expect(body(await yes.callback())['data']['content']).toBe('🗑️ Deleted **Quiz**.');
    await b.scheduler.runOnce();
    await eventually(() => !b.fake.messages(b.channelId).some((m) => m['id'] === card['id']), 'card removed');
    const gone = await b.service.run({ platform: 'discord', workspaceId: b.guild.id, userId: b.host.id }, { type: 'get', event: id });
    expect(gone.ok).toBe(false);
  });

  it('a series asks even its creator; a plain event nobody answered goes at once', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Standup'), opt('when', 'monday 9am'), opt('repeat', 'weekly')]);
    const ask = body(await b.fake.interact(slashCommand({ guild: b.guild, user: b.host, name: 'event', options: [sub('delete', [opt('event', id)])] })).callback());
    expect(ask['data']['content']).toMatch(/Delete every date of the repeating event "Standup"\?/);
    const one = await create(b, [opt('title', 'Lunch'), opt('when', 'tomorrow noon')]);
    const del = body(await b.fake.interact(slashCommand({ guild: b.guild, user: b.host, name: 'event', options: [sub('delete', [opt('event', one.id)])] })).callback());
    expect(del['data']['content']).toBe('🗑️ Deleted **Lunch**.');
  });
});
