import { withConsole } from './session.ts';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { ConsoleNotifier, ConsoleSession } from '../../../src/platforms/console/index.ts';
import { Scheduler } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';

describe('console: "every time" answers to a series (issue 14, item 3)', () => {
  let store: Store;
  let clock: ManualClock;
  let session: ConsoleSession;
  withConsole((rig) => ({ store, clock, session } = rig));

  it('answers every date at once; a date answered otherwise keeps that; the card counts the next date', async () => {
    await session.handle('/event create Game night every friday 8pm capacity 1');
    await session.handle('/as ann');
    await session.handle('/rsvp going "game night" dec 4');
    await session.handle('/as bob');
    const every = await session.handle('/rsvp going "game night" every time');
    expect(every).toMatch(/^You're going to every Game night\. Full on Fri 4 Dec \(#1\): you're on the waitlist there and will be told if a seat opens\./);
    expect(every).toMatch(/When: {3}Fri, Nov 27[\s\S]*Going: bob/);
    await session.handle('/rsvp no "game night" dec 11');
    const maybe = await session.handle('/rsvp maybe game night every time');
    expect(maybe).toMatch(/^You're a maybe for every Game night\. Your own answers for Fri 11 Dec stay\./);
    expect(await session.handle('/rsvp clear "game night" every time')).toMatch(/^You no longer answer every Game night\. Your own answers for Fri 11 Dec stay\./);
    expect(await session.handle('/rsvp clear "game night" every time')).toBe('⚠ You have no "every time" answer for "Game night" to withdraw.');
    expect(await session.handle('/rsvp clear "game night"')).toMatch(/^⚠ "clear" withdraws an "every time" answer\. Try: rsvp clear <event> every time/);
  });

  it('standing attendees get the reminder DM of each date once', async () => {
    const printed: string[] = [];
    const scheduler = new Scheduler({ store, clock, notifiers: { console: new ConsoleNotifier((l) => printed.push(l)) } });
    await session.handle('/event create Standup every day 5pm reminders 15m');
    await session.handle('/as bob');
    await session.handle('/rsvp going standup every time');
    for (const t of ['2026-11-21T16:45:00Z', '2026-11-21T16:50:00Z', '2026-11-22T16:45:00Z']) {
      clock.set(t);
      await scheduler.drain();
    }
    expect(printed.filter((l) => l.startsWith('[DM @bob]'))).toEqual([
      '[DM @bob] ⏰ Standup starts in 15 minutes (Sat 21 Nov, 17:00 UTC) — reminder 15 minutes before',
      '[DM @bob] ⏰ Standup starts in 15 minutes (Sun 22 Nov, 17:00 UTC) — reminder 15 minutes before',
    ]);
  });

  it('a one-off event has no "every time"', async () => {
    await session.handle('/event create Lunch friday noon');
    expect(await session.handle('/rsvp going lunch every time')).toBe('⚠ "Lunch" doesn\'t repeat, so there is no "every time": answer it with rsvp going "Lunch".');
  });
});
