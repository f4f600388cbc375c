import { afterEach, describe, expect, it } from 'vitest';
import { Callback, opt, route, slashCommand, sub } from '../../harness/discord/index.ts';
import { boot, click, create, type Body, type Bot } from './support.ts';

let env: Bot | undefined;

type Handle = ReturnType<Bot['fake']['interact']>;

/** The ephemeral answer, whether sent at once or (on a slow machine) deferred and then edited in. */
async function answer(handle: Handle): Promise<{ data: Body; files: { filename: string; size: number }[] }> {
  const cb = await handle.callback();
  const type = (cb.body as Body)['type'];
  if (type === Callback.DeferredChannelMessageWithSource) {
    expect((cb.body as Body)['data']['flags']).toBe(64);
    const edit = await handle.webhook(route('PATCH', /\/messages\/@original$/));
    return { data: { ...(edit.body as Body), flags: 64 }, files: edit.files };
  }
  expect(type).toBe(Callback.ChannelMessageWithSource);
  return { data: (cb.body as Body)['data'], files: cb.files };
}
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('discord: add to calendar and feeds (real discord.js against the fake)', () => {
  it('the card has an Add to calendar button: an ephemeral reply with Google and Outlook links and the .ics attached', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm'), opt('location', 'The pub')]);
    expect(JSON.stringify(card!['components'])).toContain(`"cal:${id}"`);
    const handle = click(b, card!, `cal:${id}`, b.alice);
    const cb = await answer(handle);
    const data = cb.data;
    expect(data['flags']).toBe(64);
    const description = String(data['embeds'][0]['description']);
    expect(description).toMatch(/\[Google Calendar\]\(https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=Game\+night/);
    expect(description).toMatch(/\[Outlook\]\(https:\/\/outlook\.live\.com\//);
    expect(cb.files).toHaveLength(1);
    expect(cb.files[0]!.filename).toBe(`game-night-${id}.ics`);
    expect(cb.files[0]!.size).toBeGreaterThan(200);
  });

  it('/event feed answers ephemerally that feeds are off without the HTTP server', async () => {
    env = await boot();
    const b = env;
    const handle = b.fake.interact(slashCommand({ guild: b.guild, user: b.alice, name: 'event', options: [sub('feed', [])] }));
    const { data } = await answer(handle);
    expect(data['flags']).toBe(64);
    expect(data['content']).toMatch(/Calendar feeds need the HTTP server/);
  });

  it('/event calendar names the event by id; an unknown one gets a message', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Book club'), opt('when', 'sunday 6pm')]);
    const ok = await answer(b.fake.interact(slashCommand({ guild: b.guild, user: b.bob, name: 'event', options: [sub('calendar', [opt('event', id!)])] })));
    expect(ok.files, JSON.stringify(ok.data) + b.logs.join("\n")).toHaveLength(1);
    expect(ok.files[0]!.filename).toMatch(/^book-club-.*\.ics$/);
    const bad = await answer(b.fake.interact(slashCommand({ guild: b.guild, user: b.bob, name: 'event', options: [sub('calendar', [opt('event', 'zzzzzzzz')])] })));
    expect(bad.data['content']).toMatch(/⚠️ I couldn't find/);
  });
});
