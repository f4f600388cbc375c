import { withConsole } from './session.ts';
import { describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../../src/platforms/console/index.ts';
import { MAX_COMMAND_TEXT } from '../../../src/platforms/text/limits.ts';

/** Issue 9: ask when unsure (a numbered choice), locale, edits read on the event's day, bounded input. */
describe('console: questions, locale, edits', () => {
  let session: ConsoleSession;
  withConsole((rig) => ({ session } = rig));

  const numbered = (reply: string) => [...reply.matchAll(/^ {2}(\d)\) (.+)$/gm)].map((m) => m[2]!);

  it('"tomorrow at 4" asks am or pm with numbered readings and creates only after a pick', async () => {
    const asked = (await session.handle('/event create Planning tomorrow at 4'))!;
    expect(asked).toMatch(/^\? .*4:00 PM.*4:00 AM/);
    expect(numbered(asked)).toEqual([expect.stringMatching(/^Sun, Nov 22, 4:00 PM UTC/), expect.stringMatching(/^Sun, Nov 22, 4:00 AM UTC/)]);
    expect(await session.handle('/event list')).toMatch(/No upcoming events/);

    const again = (await session.handle('/event create Planning tomorrow at 4'))!;
    expect(await session.handle('7')).toMatch(/^⚠ Pick a number from 1 to 2/);
    const created = (await session.handle('2'))!;
    expect(created).toMatch(/Created "Planning"\. I read the time as: Sun, Nov 22, 4:00 AM UTC/);
    expect(again).toMatch(/^\?/);
    expect((await session.handle('/event list'))!.split('\n')).toHaveLength(1);
    // The question is used up: a later number is not a pick.
    expect(await session.handle('1')).toMatch(/I don't know "1"/);
  });

  it('anything but a number leaves the question, and nobody else can answer it', async () => {
    await session.handle('/event create Sync friday at 4');
    expect(await session.handle('/event list')).toMatch(/No upcoming events/);
    expect(await session.handle('1')).toMatch(/I don't know "1"/);
    await session.handle('/event create Sync friday at 4');
    await session.handle('/as alice');
    expect(await session.handle('1')).toMatch(/I don't know "1"/);
    expect(await session.handle('/event list')).toMatch(/No upcoming events/);
  });

  it('"None of these" (or none, no, cancel) leaves the question and creates nothing', async () => {
    for (const answer of ['None of these', 'none', 'no', 'cancel']) {
      expect(await session.handle('/event create Sync friday at 4')).toMatch(/^\?/);
      expect(await session.handle(answer)).toBe('Left it: nothing was created or changed.');
      expect(await session.handle('1')).toMatch(/I don't know "1"/);
    }
    expect(await session.handle('/event list')).toMatch(/No upcoming events/);
  });

  it('"3/4 5pm" with no locale (UTC) asks the day/month order; a locale setting settles it', async () => {
    const asked = (await session.handle('/event create Review 3/4 5pm'))!;
    expect(numbered(asked)).toEqual([expect.stringMatching(/^Thu, Mar 4, 2027, 5:00 PM/), expect.stringMatching(/^Sat, Apr 3, 2027, 5:00 PM/)]);
    expect(asked).toMatch(/settings locale/);
    expect(await session.handle('/event settings locale en-gb')).toMatch(/locale is now en-GB \(25\/12\/2026, day first\)/);
    expect(await session.handle('/event create Review 3/4 5pm')).toMatch(/I read the time as: Sat, 3 Apr 2027, 5:00 PM/);
    expect(await session.handle('/event settings locale en-US')).toMatch(/en-US \(12\/25\/2026, month first\)/);
    expect(await session.handle('/event create Retro 3/4 5pm')).toMatch(/I read the time as: Thu, Mar 4, 2027, 5:00 PM/);
    expect(await session.handle('/event settings locale klingon')).toMatch(/^⚠ "klingon" is not a locale I know/);
    expect(await session.handle('/event settings')).toMatch(/locale: en-US \(12\/25\/2026, month first\)/);
  });

  it('a zone that settles the order is the default: Europe/London reads 3/4 as 3 April', async () => {
    await session.handle('/event settings tz Europe/London');
    expect(await session.handle('/event create Review 3/4 5pm')).toMatch(/Sat, 3 Apr 2027, 5:00 PM GMT|Sat, 3 Apr 2027, 5:00 PM BST/);
    await session.handle('/event settings locale en-US');
    expect(await session.handle('/event create Retro 3/4 5pm')).toMatch(/Thu, Mar 4, 2027, 5:00 PM/);
  });

  it('titles with numbers and day-part words read the same time as the console always did', async () => {
    expect(await session.handle('/event create Movie night saturday 9pm')).toMatch(/Created "Movie night"\. I read the time as: Sat, Nov 21, 9:00 PM UTC/);
    expect(await session.handle('/event create Top 5 albums club sun 4pm')).toMatch(/Created "Top 5 albums club"\. I read the time as: Sun, Nov 22, 4:00 PM UTC/);
    expect(await session.handle('/event create Raid night 2 thursday 9pm')).toMatch(/Created "Raid night 2"\. I read the time as: Thu, Nov 26, 9:00 PM UTC/);
  });

  it('edit end reads a clock time on the event\'s day, and "for 2 hours" as a length', async () => {
    const card = (await session.handle('/event create Brunch dec 5 10am'))!;
    const id = /id ([a-z0-9]{8})/.exec(card)![1]!;
    expect(await session.handle(`/event edit ${id} end 12:30pm`)).toMatch(/Sat, Dec 5, 10:00 AM – 12:30 PM UTC|Sat, Dec 5, 10:00 AM–12:30 PM UTC/);
    expect(await session.handle(`/event edit ${id} end for 2 hours`)).toMatch(/Sat, Dec 5, 10:00 AM–12:00 PM UTC/);
    expect(await session.handle(`/event edit ${id} end 90 minutes`)).toMatch(/Sat, Dec 5, 10:00–11:30 AM UTC/);
    // An edit of the time that reads two ways asks too.
    const asked = (await session.handle(`/event edit ${id} when dec 6 at 9`))!;
    expect(numbered(asked)).toEqual([expect.stringMatching(/^Sun, Dec 6, 9:00 AM UTC/), expect.stringMatching(/^Sun, Dec 6, 9:00 PM UTC/)]);
    expect(await session.handle('2')).toMatch(/Updated "Brunch" \(new time; attendees are told\)[\s\S]*Sun, Dec 6, 9:00–10:30 PM UTC/);
  });

  it('a line over the shared bound gets a clear message and nothing is read or stored', async () => {
    const reply = await session.handle(`/event create Long ${'1 '.repeat(MAX_COMMAND_TEXT)}friday 8pm`);
    expect(reply).toMatch(/^⚠ That is [\d,]+ characters; I read at most 2,000/);
    expect(await session.handle('/event list')).toMatch(/No upcoming events/);
  });
});
