import { afterEach, describe, expect, it } from 'vitest';
import { opt, route, slashCommand, sub } from '../../harness/discord/index.ts';
import { body, boot, click, create, type Body, type Bot } from './support.ts';

let env: Bot | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const unix = (iso: string) => Date.parse(iso) / 1000;

describe('a series on discord: "every time" answers and a card that moves on (issue 14, item 3)', () => {
  it('"Going every time" answers every date; a date answered otherwise keeps that; the card moves on with the next date\'s counts', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm'), opt('repeat', 'weekly')]);
    expect(JSON.stringify(card['components'])).toContain(`every:${id}:going`);
    const clicked = click(b, card, `every:${id}:going`, b.alice);
    const cb = body(await clicked.callback());
    expect(JSON.stringify(cb['data']['embeds'])).toContain('Going (1)');
    const follow = body(await clicked.webhook(route('POST', /\/webhooks\//)));
    expect(follow['flags']).toBe(64);
    expect(follow['content']).toBe("You're going to every Game night.");
    // bob goes to the first date only; alice can't make the second.
    await click(b, card, `rsvp:${id}:going`, b.bob).callback();
    const rsvp = (options: ReturnType<typeof opt>[]) =>
      b.fake.interact(slashCommand({ guild: b.guild, user: b.alice, name: 'event', options: [sub('rsvp', [opt('event', id), ...options])] }));
    const dec4 = body(await rsvp([opt('answer', 'declined'), opt('date', 'dec 4')]).callback());
    expect(dec4['data']['content']).toContain("You're no longer going to Game night.");

    // The first date ends: the channel's card is redrawn for Dec 4, where only the standing answer would count and alice said no.
    b.clock.set('2026-11-27T21:00:01Z');
    await b.scheduler.drain();
    const stored = b.fake.messages(b.channelId).find((m) => m['id'] === card['id'])!;
    const embed = JSON.stringify(stored['embeds'] as Body[]);
    expect(embed).toContain(`<t:${unix('2026-12-04T20:00:00Z')}:F>`);
    expect(embed).toContain('Going (0)');
    // A week later it shows Dec 11, where her standing answer counts again.
    b.clock.set('2026-12-04T21:00:01Z');
    await b.scheduler.drain();
    const later = JSON.stringify(b.fake.messages(b.channelId).find((m) => m['id'] === card['id'])!['embeds']);
    expect(later).toContain(`<t:${unix('2026-12-11T20:00:00Z')}:F>`);
    expect(later).toContain('Going (1)');
    expect(later).toContain(`<@${b.alice.id}>`);
  });

  it('/event rsvp every:True answers every date, "Stop answering every time" withdraws it, and mixing in a date is refused', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Standup'), opt('when', 'monday 9am'), opt('repeat', 'weekly')]);
    const rsvp = (options: ReturnType<typeof opt>[]) =>
      b.fake.interact(slashCommand({ guild: b.guild, user: b.bob, name: 'event', options: [sub('rsvp', [opt('event', id), ...options])] }));
    expect(body(await rsvp([opt('answer', 'maybe'), opt('every', true)]).callback())['data']['content']).toBe("You're a maybe for every Standup.");
    expect(body(await rsvp([opt('answer', 'maybe'), opt('every', true), opt('date', 'nov 30')]).callback())['data']['content']).toMatch(/a date or every: True, not both/);
    expect(body(await rsvp([opt('answer', 'none')]).callback())['data']['content']).toMatch(/goes with every: True/);
    expect(body(await rsvp([opt('answer', 'none'), opt('every', true)]).callback())['data']['content']).toBe('You no longer answer every Standup.');
    const once = await create(b, [opt('title', 'Lunch'), opt('when', 'friday noon')]);
    const refused = b.fake.interact(slashCommand({ guild: b.guild, user: b.bob, name: 'event', options: [sub('rsvp', [opt('event', once.id), opt('answer', 'going'), opt('every', true)])] }));
    expect(body(await refused.callback())['data']['content']).toMatch(/"Lunch" doesn't repeat/);
    expect(JSON.stringify(once.card['components'])).not.toContain('every:');
  });
});
