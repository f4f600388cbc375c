import { afterEach, describe, expect, it } from 'vitest';
import { autocomplete, buttonClick, Callback, group, modalSubmit, opt, Perm, slashCommand, sub, type FakeUser } from '../../harness/discord/index.ts';
import type { Json } from '../../harness/discord/objects.ts';
import { body, boot, create, type Body, type Bot } from './support.ts';

let env: Bot | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const host = (b: Bot) => ({ platform: 'discord' as const, workspaceId: b.guild.id, userId: b.host.id });
const events = async (b: Bot) => {
  const r = await b.service.run(host(b), { type: 'list', scope: 'workspace', pageSize: 25 });
  return r.ok ? r.value.events : [];
};
const buttons = (m: Body) => (m['components'] as Body[]).flatMap((row) => row['components'] as Body[]);
/** The ephemeral question the bot answered with, as the fake stored it (what a click comes from; a copy, as a pick redraws it). */
const questionMessage = (b: Bot) => structuredClone(b.fake.messages(b.channelId).filter((m) => String(m['content']).startsWith('❓')).at(-1) as Json);
const pick = (b: Bot, message: Json, customId: string, user: FakeUser = b.host) => b.fake.interact(buttonClick({ guild: b.guild, user, customId, message }));
const command = async (b: Bot, options: ReturnType<typeof opt>[], user: FakeUser = b.host, memberPermissions?: readonly bigint[]) =>
  body(await b.fake.interact(slashCommand({ guild: b.guild, user, name: 'event', options, ...(memberPermissions ? { memberPermissions } : {}) })).callback());
const complete = async (b: Bot, subcommand: string, options: ReturnType<typeof opt>[], focused: string) =>
  body(await b.fake.interact(autocomplete({ guild: b.guild, user: b.host, name: 'event', options: [sub(subcommand, options)], focused })).callback());

/** Issue 9 on Discord: ask when unsure (buttons), the when autocomplete, locale, edits on the event's day. */
describe('discord: time questions, live readings, locale, time edits (real discord.js against the fake)', () => {
  it('an ambiguous time asks with one button per reading; a pick creates once with every other option', async () => {
    env = await boot();
    const b = env;
    const asked = await create(b, [opt('title', 'Planning'), opt('when', 'tomorrow at 4'), opt('capacity', 5), opt('location', 'Room 4'), opt('reminders', '1h')]);
    expect(asked.cb['type']).toBe(Callback.ChannelMessageWithSource);
    expect(asked.cb['data']['flags']).toBe(64);
    expect(asked.content).toMatch(/^❓ .*4:00 PM.*4:00 AM/);
    const labels = buttons(asked.cb['data']).map((c) => c['label']);
    expect(labels).toEqual([expect.stringMatching(/^Sun, Nov 22, 4:00 PM UTC/), expect.stringMatching(/^Sun, Nov 22, 4:00 AM UTC/), 'None of these']);
    expect(await events(b)).toHaveLength(0);

    const message = questionMessage(b);
    const second = String(buttons(message)[1]!['custom_id']);
    // Only the asker can pick (a raw click from someone else is refused, nothing is created).
    const stranger = body(await pick(b, message, second, b.alice).callback());
    expect(stranger).toMatchObject({ type: Callback.ChannelMessageWithSource, data: { flags: 64, content: expect.stringMatching(/Only the person who asked/) } });
    // The question itself stays as it was.
    expect(buttons(questionMessage(b))).toHaveLength(3);
    expect(await events(b)).toHaveLength(0);

    const picked = body(await pick(b, message, second).callback());
    expect(picked['type']).toBe(Callback.UpdateMessage);
    expect(picked['data']['content']).toMatch(/^✅ Created \*\*Planning\*\* \(`[a-z0-9]{8}`\): Sun, Nov 22, 4:00 AM UTC/);
    expect(picked['data']['components']).toEqual([]);
    // A double click (or Discord resending the click) replays: still one event.
    const again = body(await pick(b, message, second).callback());
    expect(again['data']['content']).toMatch(/^✅ Created \*\*Planning\*\*/);
    const made = await events(b);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ title: 'Planning', capacity: 5, location: 'Room 4', reminderOffsets: ['PT1H'] });
    expect(new Date(made[0]!.occurrence.start).toISOString()).toBe('2026-11-22T04:00:00.000Z');
    // The other reading after the pick: refused.
    const other = body(await pick(b, message, String(buttons(message)[0]!['custom_id'])).callback());
    expect(other).toMatchObject({ type: Callback.ChannelMessageWithSource, data: { flags: 64, content: expect.stringMatching(/already picked/) } });
    expect(await events(b)).toHaveLength(1);
    // The card is posted by the scheduler, as for any created event.
    await b.scheduler.runOnce();
    expect(b.fake.messages(b.channelId).some((m) => JSON.stringify(m['embeds'] ?? []).includes(`Event ${made[0]!.id}`))).toBe(true);
  });

  it('"None of these" drops the question; nothing is created', async () => {
    env = await boot();
    const b = env;
    await create(b, [opt('title', 'Sync'), opt('when', 'friday at 4')]);
    const message = questionMessage(b);
    const none = String(buttons(message).at(-1)!['custom_id']);
    expect(body(await pick(b, message, none).callback())['data']['content']).toMatch(/nothing was saved/);
    expect(body(await pick(b, message, String(buttons(message)[0]!['custom_id'])).callback())['data']['content']).toMatch(/no longer open/);
    expect(await events(b)).toHaveLength(0);
  });

  it('the when option previews its reading as you type: a reading, a question\'s candidates (picking one settles it), a hint', async () => {
    env = await boot();
    const b = env;
    await command(b, [group('settings', [sub('timezone', [opt('zone', 'Europe/Berlin')])])]);
    const read = await complete(b, 'create', [opt('title', 'Game night'), opt('when', 'friday 8-10pm')], 'when');
    expect(read['type']).toBe(Callback.ApplicationCommandAutocompleteResult);
    // Berlin with no locale of their own: day first, as people there write it.
    expect(read['data']['choices']).toEqual([{ name: expect.stringMatching(/^Fri, 27 Nov, 8:00–10:00 PM CET/), value: 'friday 8-10pm' }]);

    const question = await complete(b, 'create', [opt('title', 'Planning'), opt('when', 'tomorrow at 4')], 'when');
    const choices = question['data']['choices'] as { name: string; value: string }[];
    expect(choices.map((c) => c.name)).toEqual([expect.stringMatching(/^1\) Sun, 22 Nov, 4:00 PM CET/), expect.stringMatching(/^2\) Sun, 22 Nov, 4:00 AM CET/)]);
    // Submitting the picked choice's value creates that reading at once.
    const made = await create(b, [opt('title', 'Planning'), opt('when', choices[1]!.value)]);
    expect(made.content).toMatch(/^✅ Created \*\*Planning\*\*.* I read "tomorrow at 4" as Sun, 22 Nov, 4:00 AM CET/);

    const refused = await complete(b, 'create', [opt('title', 'X'), opt('when', 'when pigs fly')], 'when');
    expect(refused['data']['choices']).toEqual([{ name: expect.stringMatching(/^⚠ /), value: 'when pigs fly' }]);
    expect(((refused['data']['choices'] as Body[])[0]!['name'] as string).length).toBeLessThanOrEqual(100);
    expect((await complete(b, 'create', [opt('title', 'X'), opt('when', '')], 'when'))['data']['choices']).toEqual([]);
    // Bounded: a long paste is answered at once with a hint, within Discord's limits (the strict fake checks them).
    const long = await complete(b, 'create', [opt('title', 'X'), opt('when', '1 '.repeat(2_000))], 'when');
    expect(long['data']['choices']).toEqual([{ name: expect.stringMatching(/Too long/), value: expect.any(String) }]);
    // An end is read from the start being typed.
    const end = await complete(b, 'create', [opt('title', 'X'), opt('when', 'dec 5 10am'), opt('end', '12:30pm')], 'end');
    expect(end['data']['choices']).toEqual([{ name: expect.stringMatching(/^Sat, 5 Dec, 12:30 PM CET/), value: '12:30pm' }]);
    const length = await complete(b, 'create', [opt('title', 'X'), opt('when', 'dec 5 10am'), opt('end', 'for 2 hours')], 'end');
    expect(length['data']['choices']).toEqual([{ name: expect.stringMatching(/^Ends Sat, 5 Dec, 12:00 PM CET/), value: 'for 2 hours' }]);
  });

  it('/event settings locale: per person and per server; 3/4 then reads in that order', async () => {
    env = await boot();
    const b = env;
    // No setting and UTC: the Discord client's language (en-US here) says month first.
    expect((await create(b, [opt('title', 'Review'), opt('when', '3/4 5pm')])).content).toMatch(/I read "3\/4 5pm" as Thu, Mar 4, 2027, 5:00 PM/);
    const set = await command(b, [group('settings', [sub('locale', [opt('tag', 'en-gb')])])]);
    expect(set['data']['content']).toMatch(/locale is now en-GB \(25\/12\/2026, day first\)/);
    expect((await create(b, [opt('title', 'Review'), opt('when', '3/4 5pm')])).content).toMatch(/I read "3\/4 5pm" as Sat, 3 Apr 2027, 5:00 PM/);
    expect((await command(b, [group('settings', [sub('locale', [opt('tag', 'klingon')])])]))['data']['content']).toMatch(/not a locale I know/);
    // The server default applies to people without their own.
    const server = await command(b, [group('settings', [sub('locale', [opt('tag', 'en-US'), opt('for', 'server')])])], b.host, [Perm.ViewChannel, Perm.SendMessages, Perm.ManageGuild]);
    expect(server['data']['content']).toMatch(/workspace's locale is now en-US/);
    expect((await create(b, [opt('title', 'Retro'), opt('when', '3/4 5pm')], b.alice)).content).toMatch(/I read "3\/4 5pm" as Thu, Mar 4, 2027, 5:00 PM/);
    expect((await create(b, [opt('title', 'Review'), opt('when', '25/12 6pm')])).content).toMatch(/as Fri,? 25 Dec,? 6:00 PM/);
  });

  it('/event edit reads a new end on the event\'s day, takes "for 2 hours", and asks about a new time that reads two ways', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Brunch'), opt('when', 'dec 5 10am')]);
    const end = await command(b, [sub('edit', [opt('event', id), opt('end', '12:30pm')])]);
    expect(end['data']['content']).toMatch(/Updated \*\*Brunch\*\*: Sat, Dec 5, 10:00 AM–12:30 PM UTC/);
    const length = await command(b, [sub('edit', [opt('event', id), opt('end', 'for 2 hours')])]);
    expect(length['data']['content']).toMatch(/Sat, Dec 5, 10:00 AM–12:00 PM UTC/);
    const endChoices = await complete(b, 'edit', [opt('event', id), opt('end', '1pm')], 'end');
    expect(endChoices['data']['choices']).toEqual([{ name: expect.stringMatching(/^Sat, Dec 5, 1:00 PM UTC/), value: '1pm' }]);

    const asked = await command(b, [sub('edit', [opt('event', id), opt('when', 'dec 6 at 9')])]);
    expect(asked['data']['content']).toMatch(/^❓/);
    const message = questionMessage(b);
    const picked = body(await pick(b, message, String(buttons(message)[1]!['custom_id'])).callback());
    expect(picked['data']['content']).toMatch(/Updated \*\*Brunch\*\*: Sun, Dec 6, 9:00 PM UTC/);
    const v = (await events(b)).find((e) => e.id === id)!;
    expect(new Date(v.occurrence.start).toISOString()).toBe('2026-12-06T21:00:00.000Z');
    expect(v.occurrence.end - v.occurrence.start).toBe(2 * 3_600_000);
  });

  it('the edit form: a new time that reads two ways asks with buttons; the pick keeps the other changes', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Brunch'), opt('when', 'dec 5 10am')]);
    const submit = b.fake.interact(modalSubmit({ guild: b.guild, user: b.host, customId: `edit:${id}`, fields: { title: 'Late brunch', when: 'dec 6 at 11' } }));
    const asked = body(await submit.callback());
    expect(asked['data']['content']).toMatch(/^❓/);
    expect((await events(b)).find((e) => e.id === id)!.title).toBe('Brunch');
    const message = questionMessage(b);
    const morning = buttons(message).find((c) => /11:00 AM/.test(String(c['label'])))!;
    expect(body(await pick(b, message, String(morning['custom_id'])).callback())['data']['content']).toMatch(/Updated \*\*Late brunch\*\*/);
    const v = (await events(b)).find((e) => e.id === id)!;
    expect(v.title).toBe('Late brunch');
    expect(new Date(v.occurrence.start).toISOString()).toBe('2026-12-06T11:00:00.000Z');
  });
});
