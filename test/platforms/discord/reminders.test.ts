import { afterEach, describe, expect, it } from 'vitest';
import { opt, Perm, slashCommand, sub } from '../../harness/discord/index.ts';
import { body, boot, click, create, dmTexts, type Body, type Bot } from './support.ts';

let env: Bot | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** Issue 14, item 5 through the fake Discord: my own reminders, the server's all-day hour. */
describe('reminders people want, on discord', () => {
  const settings = (b: Bot, user: Bot['host'], name: string, options: ReturnType<typeof opt>[], manager = false) =>
    b.fake.interact(
      slashCommand({
        guild: b.guild,
        user,
        ...(manager ? { memberPermissions: [Perm.ViewChannel, Perm.ManageGuild] } : {}),
        name: 'event',
        options: [{ name: 'settings', type: 2, options: [sub(name, options)] }],
      }),
    );

  it('my-reminders and the all-day hour: an all-day event reminds at 8:00 (in 2 days by DM to alice, tomorrow in the thread)', async () => {
    env = await boot();
    const b = env;
    const mine = body(await settings(b, b.alice, 'my-reminders', [opt('offsets', '2d')]).callback());
    expect(mine['data']['content']).toContain("you're reminded by DM 2 days before");
    const bad = body(await settings(b, b.alice, 'all-day', [opt('time', '8:00')]).callback());
    expect(bad['data']['content']).toMatch(/Only workspace managers/);
    const ok = body(await settings(b, b.host, 'all-day', [opt('time', '8am')], true).callback());
    expect(ok['data']['content']).toContain('All-day events now remind at 08:00');

    const { id, card } = await create(b, [opt('title', 'Hackathon'), opt('when', 'dec 10')]);
    await click(b, card, `rsvp:${id}:going`, b.alice).callback();
    const thread = String((b.fake.messages(b.channelId).find((m) => m['id'] === card['id'])!['thread'] as Body)['id']);
    // An all-day event's date is written out, not a <t:…:D> a reader west of UTC would see as Dec 9.
    const day = 'Thu, Dec 10';

    b.clock.set('2026-12-08T08:00:00Z');
    await b.scheduler.drain();
    expect(dmTexts(b, b.alice.id).filter((t) => t.includes('Hackathon'))).toEqual([`📅 **Hackathon** is in 2 days (${day}, all day)\n${`https://discord.com/channels/${b.guild.id}/${b.channelId}/${card['id']}`}`]);
    expect(b.fake.messages(thread).some((m) => String(m['content']).includes('Hackathon'))).toBe(false);

    b.clock.set('2026-12-09T08:00:00Z');
    await b.scheduler.drain();
    const told = b.fake.messages(thread).map((m) => String(m['content'])).filter((t) => t.includes('Hackathon'));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`📅 **Hackathon** is tomorrow (${day}, all day)`);
    // alice has her own reminders: the event's day-before is not hers.
    expect(dmTexts(b, b.alice.id).filter((t) => t.includes('tomorrow'))).toEqual([]);
  });
});

describe('RSVP to a named occurrence on discord (issue 14, item 3)', () => {
  it('/event rsvp answer:going date:"dec 11" answers Dec 11; the card keeps showing the next date; a date it does not have is refused', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Game night'), opt('when', 'friday 8pm'), opt('repeat', 'weekly')]);
    const rsvp = (date: string) =>
      b.fake.interact(slashCommand({ guild: b.guild, user: b.alice, name: 'event', options: [sub('rsvp', [opt('event', id), opt('answer', 'going'), opt('date', date)])] }));
    const dec11 = Date.parse('2026-12-11T20:00:00Z') / 1000;
    const ok = body(await rsvp('dec 11').callback());
    expect(ok['data']['content']).toBe(`You're going to Game night. See you there! (<t:${dec11}:F>)`);
    const actor = { platform: 'discord' as const, workspaceId: b.guild.id, userId: b.alice.id };
    const got = await b.service.run(actor, { type: 'get', event: id, occurrence: '2026-12-11T20:00:00.000Z' });
    expect(got.ok && got.value.event.attendees.going).toEqual([b.alice.id]);
    const next = await b.service.run(actor, { type: 'get', event: id });
    expect(next.ok && [next.value.event.occurrence.key, next.value.event.counts.going]).toEqual(['2026-11-27T20:00:00.000Z', 0]);
    const stored = b.fake.messages(b.channelId).find((m) => m['id'] === card['id'])!;
    expect(JSON.stringify(stored['embeds'])).toContain(`<t:${Date.parse('2026-11-27T20:00:00Z') / 1000}:F>`);
    const bad = body(await rsvp('dec 10').callback());
    expect(bad['data']['content']).toMatch(/"Game night" doesn't happen on Thu 10 Dec 2026\. Its next dates are Fri 27 Nov, Fri 4 Dec, Fri 11 Dec\./);
  });
});
