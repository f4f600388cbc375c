import { afterEach, describe, expect, it } from 'vitest';
import { autocomplete, Callback, opt, route, sub } from '../../harness/discord/index.ts';
import { body, boot, click, create, dmTexts, type Body, type Bot } from './support.ts';

let env: Bot | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('discord adapter end to end (real discord.js against the fake)', () => {
  it('creates an event from natural-language time, echoes the reading and posts the card with a thread', async () => {
    env = await boot();
    const b = env;
    const { cb, content, id, card } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm'), opt('duration', '2h'), opt('location', 'The pub')]);
    expect(cb['type']).toBe(Callback.ChannelMessageWithSource);
    expect(cb['data']['flags']).toBe(64);
    const unix = Date.parse('2026-11-27T20:00:00Z') / 1000; // the host has no zone: UTC
    expect(content).toContain('I read "friday 8pm" as');
    expect(content).toContain(`<t:${unix}:F>`);
    expect(content).toContain(`<t:${unix}:R>`);
    expect(card).toBeDefined();
    const embed = (card['embeds'] as Body[])[0]!;
    expect(embed['title']).toBe('Game night');
    expect(JSON.stringify(embed)).toContain(`<t:${unix}:F>`);
    expect(JSON.stringify(embed)).toContain('The pub');
    expect(JSON.stringify(card['components'])).toContain(`rsvp:${id}:going`);
    const thread = b.fake.findRequest(route('POST', new RegExp(`/channels/${b.channelId}/messages/${card['id']}/threads$`)));
    expect(thread?.status).toBe(201);
    const got = await b.service.run({ platform: 'discord', workspaceId: b.guild.id, userId: b.host.id }, { type: 'get', event: id });
    expect(got.ok && got.value.event.card).toMatchObject({ channelId: b.channelId, messageId: card['id'], threadId: expect.any(String) });
  });

  it('says what it could not read, ephemerally', async () => {
    env = await boot();
    const { cb } = await create(env, [opt('title', 'Game night'), opt('when', 'when pigs fly')]);
    expect(cb['data']['flags']).toBe(64);
    expect(cb['data']['content']).toMatch(/couldn't read "when pigs fly"/);
    expect(env.fake.messages(env.channelId).filter((m) => (m['embeds'] as unknown[] | undefined)?.length)).toHaveLength(0);
  });

  it('autocompletes <event> with upcoming events, title and localized date', async () => {
    env = await boot();
    const b = env;
    const game = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm')]);
    await create(b, [opt('title', 'Book club'), opt('when', 'sunday 6pm')]);
    const handle = b.fake.interact(autocomplete({ guild: b.guild, user: b.alice, name: 'event', options: [sub('show', [opt('event', 'gam')])], focused: 'event' }));
    const cb = body(await handle.callback());
    expect(cb['type']).toBe(Callback.ApplicationCommandAutocompleteResult);
    expect(cb['data']['choices']).toEqual([{ name: expect.stringMatching(/^Game night — Fri, Nov 27, 8:00 PM/), value: game.id }]);
    // Managing commands offer only what the person may act on: alice hosts nothing.
    const manage = b.fake.interact(autocomplete({ guild: b.guild, user: b.alice, name: 'event', options: [sub('cancel', [opt('event', '')])], focused: 'event' }));
    expect(body(await manage.callback())['data']['choices']).toEqual([]);
    const hostView = b.fake.interact(autocomplete({ guild: b.guild, user: b.host, name: 'event', options: [sub('cancel', [opt('event', '')])], focused: 'event' }));
    expect(body(await hostView.callback())['data']['choices']).toHaveLength(2);
    // A member of the configured manager role may manage every event, so autocomplete offers them all.
    await b.service.run({ platform: 'discord', workspaceId: b.guild.id, userId: 'admin', platformManager: true }, { type: 'workspace_settings', managerUserIds: [b.alice.id] });
    const managerView = b.fake.interact(autocomplete({ guild: b.guild, user: b.alice, name: 'event', options: [sub('cancel', [opt('event', 'book')])], focused: 'event' }));
    expect(body(await managerView.callback())['data']['choices']).toEqual([{ name: expect.stringMatching(/^Book club — Sun, Nov 22, 6:00 PM/), value: expect.any(String) }]);
  });

  it('an RSVP click updates the card in place and answers the clicker ephemerally', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm')]);
    const handle = click(b, card, `rsvp:${id}:going`, b.alice);
    const cb = body(await handle.callback());
    expect(cb['type']).toBe(Callback.UpdateMessage);
    expect(JSON.stringify(cb['data']['embeds'])).toContain(`<@${b.alice.id}>`);
    expect(JSON.stringify(cb['data']['embeds'])).toContain('Going (1)');
    const follow = body(await handle.webhook(route('POST', /\/webhooks\//)));
    expect(follow['flags']).toBe(64);
    expect(follow['content']).toMatch(/You're going to Game night/);
    // The stored card message now shows alice.
    const stored = b.fake.messages(b.channelId).find((m) => m['id'] === card['id'])!;
    expect(JSON.stringify(stored['embeds'])).toContain(`<@${b.alice.id}>`);
  });

  it('capacity fills, the next RSVP waits, and a freed seat promotes (told by DM through the scheduler, once)', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Dinner'), opt('when', 'friday 8pm'), opt('capacity', 1)]);
    await click(b, card, `rsvp:${id}:going`, b.alice).callback();
    const bobClick = click(b, card, `rsvp:${id}:going`, b.bob);
    await bobClick.callback();
    const waiting = body(await bobClick.webhook(route('POST', /\/webhooks\//)));
    expect(waiting['content']).toMatch(/full\. You're #1 on the waitlist/);
    const leave = click(b, card, `rsvp:${id}:declined`, b.alice);
    const cb = body(await leave.callback());
    expect(JSON.stringify(cb['data']['embeds'])).toContain(`<@${b.bob.id}>`);
    // The promotion is a durable notice: the scheduler DMs bob, exactly once, and nobody else.
    await b.scheduler.drain();
    await b.scheduler.drain();
    expect(dmTexts(b, b.bob.id).filter((t) => t.includes('a seat opened up and you\'re now going to **Dinner**'))).toHaveLength(1);
    expect(dmTexts(b, b.alice.id).filter((t) => t.includes('a seat opened up'))).toHaveLength(0);
  });
});
