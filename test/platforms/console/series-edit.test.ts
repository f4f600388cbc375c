import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { ConsoleNotifier, ConsoleSession } from '../../../src/platforms/console/index.ts';
import { Scheduler } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';
import { withConsole } from './session.ts';

describe('console: a series edited to stop repeating', () => {
  let store: Store;
  let clock: ManualClock;
  let session: ConsoleSession;
  withConsole((rig) => ({ store, clock, session } = rig));

  it('repeat none keeps the first date\'s answers, tells the host what went, and DMs each person who lost one', async () => {
    const printed: string[] = [];
    const scheduler = new Scheduler({ store, clock, notifiers: { console: new ConsoleNotifier((l) => printed.push(l)) } });
    const created = await session.handle('/event create Game night every friday 8pm');
    const id = /\(id (\S+)\)/.exec(created ?? '')![1]!;
    await session.handle('/as ann');
    await session.handle('/rsvp going "game night"');
    await session.handle('/rsvp going "game night" dec 4');
    await session.handle('/as bob');
    await session.handle('/rsvp maybe "game night" dec 11');
    await session.handle('/as cat');
    await session.handle('/rsvp no "game night" dec 11');
    await session.handle('/as you');
    await scheduler.drain();
    printed.length = 0;

    const reply = await session.handle(`/event edit ${id} repeat none`);
    expect(reply).toMatch(/^Updated "Game night" \(attendees are told what changed\)\. 3 answers to later dates were dropped; 2 people were told by DM\.\n/);
    expect(reply).toMatch(/Going 1\b/);
    await scheduler.drain();
    expect(printed.filter((l) => l.includes('no longer repeats, so'))).toEqual([
      '[DM @ann] 🗓 Game night no longer repeats, so your answer to Fri 4 Dec, 20:00 UTC was dropped. It happens once, Fri 27 Nov, 20:00 UTC: answer that date if you still want to come.',
      '[DM @bob] 🗓 Game night no longer repeats, so your answer to Fri 11 Dec, 20:00 UTC was dropped. It happens once, Fri 27 Nov, 20:00 UTC: answer that date if you still want to come.',
    ]);
  });

  it('a series whose first date is over becomes its next date (not "that time has already passed")', async () => {
    const created = await session.handle('/event create Game night every friday 8pm');
    const id = /\(id (\S+)\)/.exec(created ?? '')![1]!;
    clock.set('2026-11-28T12:00:00Z');
    const reply = (await session.handle(`/event edit ${id} repeat none`))!;
    expect(reply).toMatch(/^Updated "Game night" \(attendees are told what changed\)\.\n/);
    expect(reply).toMatch(/When: {3}Fri, Dec 4/);
    expect(reply).not.toMatch(/Repeats/);
  });
});
