import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import { ConsoleSession } from '../../../src/platforms/console/index.ts';
import { createReminderLifecycle } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';
import { storeFactories } from '../../support/stores.ts';

/**
 * README: "A wrong value is refused with the option and an example, and nothing is stored";
 * a mistyped command asks instead of creating an event named after the typo; a quoted title is
 * the title, whatever words it holds.
 */
describe('the console refuses what it cannot read and stores nothing', () => {
  let store: Store;
  let session: ConsoleSession;
  const clock = new ManualClock('2026-11-21T15:00:00Z'); // Saturday
  beforeAll(async () => {
    store = await storeFactories()[0]!.open();
    session = new ConsoleSession(new EventService({ store, clock, lifecycle: createReminderLifecycle() }), () => clock.now());
  });
  afterAll(async () => {
    await store.close();
  });
  const listed = async () => ((await session.handle('/event list')) ?? '').split('\n').filter((l) => l.startsWith('•')).length;

  const titleWord = fc.constantFrom('Raid', 'Cap', 'Board', 'games', 'Book', 'club', 'Team', 'sync', 'Pottery');
  /** An option word and a value of the wrong shape, with what the refusal must name. */
  const wrongOption = fc.oneof(
    fc.record({ word: fc.constantFrom('capacity', 'minimum'), value: fc.constantFrom('-5', '2.5', '0', 'lots', 'ten'), names: fc.constant(/whole number of people, like (capacity 6|min 4)/) }),
    fc.record({ word: fc.constant('min'), value: fc.constantFrom('-5', '2.5', '0', '3.5'), names: fc.constant(/whole number of people, like min 4/) }),
    fc.record({ word: fc.constant('kind'), value: fc.constantFrom('party', 'rave', 'x'), names: fc.constant(/I don't know the kind "[^"]+"\. Try: kind meeting/) }),
    fc.record({ word: fc.constantFrom('cohost', 'co-host'), value: fc.constantFrom('you', 'dana2', 'someone'), names: fc.constant(/as a co-host\. Mention people with @/) }),
    fc.record({ word: fc.constant('repeat'), value: fc.constantFrom('fortnightly', 'sometimes'), names: fc.constant(/I don't know the repeat "[^"]+"\. Try: repeat daily/) }),
    fc.record({ word: fc.constant('remind-by'), value: fc.constantFrom('email', 'pigeon'), names: fc.constant(/remind-by channel\|dm\|both/) }),
  );

  it('an option with a wrong value is refused, naming the option with an example, and nothing is stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(titleWord, { minLength: 1, maxLength: 3 }), wrongOption, fc.boolean(), async (title, o, withValid) => {
        const line = `/event create ${title.join(' ')} friday 8pm ${withValid ? 'capacity 6 ' : ''}${o.word} ${o.value}`;
        const reply = await session.handle(line);
        expect(reply).toMatch(/^⚠ /);
        expect(reply).toMatch(o.names);
        expect(await listed()).toBe(0);
      }),
      { numRuns: 25 },
    );
  });

  it.each([
    ['/event crate Typo friday', 'create'],
    ['/event creat Foo friday 9pm', 'create'],
    ['/event lsit', 'list'],
    ['/event cancle game night', 'cancel'],
    ['/event delet game night', 'delete'],
    ['/event shwo game night', 'show'],
  ])('a mistyped command asks what was meant and creates nothing: %s', async (line, meant) => {
    expect(await session.handle(line)).toMatch(new RegExp(`^⚠ I don't know "\\w+"\\. Did you mean /event ${meant}\\?`));
    expect(await listed()).toBe(0);
  });

  it('a quoted title is the title, verbatim, and only the rest is read as the time', async () => {
    const word = fc.constantFrom('Weekly', 'Daily', 'Monthly', 'Movie', 'night', 'Capacity', 'planning', 'kind', 'Taco', 'tuesday', 'sync', 'at', 'noon', 'every');
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom('monday 9am', 'tomorrow 8pm', 'thursday 7pm'), async (words, when) => {
        const title = `${words.join(' ')} ${++n}`;
        const reply = await session.handle(`/event create "${title}" ${when}`);
        expect(reply).toMatch(new RegExp(`^Created "${title}"\\. I read the time as`));
        expect(reply).not.toMatch(/Repeats:/);
        // Found again by that name.
        expect(await session.handle(`/event show "${title}"`)).toContain(title);
      }),
      { numRuns: 15 },
    );
    expect(await session.handle('/event "Taco tuesday x" thursday 7pm')).toMatch(/^Created "Taco tuesday x"/);
    // Without quotes, a line read wholly as a time gets told how to quote a title.
    expect(await session.handle('/event create every monday 9am')).toMatch(/found no title\. .*goes in quotes: "Weekly sync" monday 9am/);
    // A repeat word apart from the time is title.
    expect(await session.handle('/event create Weekly sync monday 9am')).toMatch(/^Created "Weekly sync"\. I read the time as: Mon, Nov 23, 9:00 AM UTC/);
  });
});

describe('events named with option words and approvals by name', () => {
  let store: Store;
  let session: ConsoleSession;
  const clock = new ManualClock('2026-11-21T15:00:00Z');
  beforeAll(async () => {
    store = await storeFactories()[0]!.open();
    session = new ConsoleSession(new EventService({ store, clock, lifecycle: createReminderLifecycle() }), () => clock.now());
  });
  afterAll(async () => {
    await store.close();
  });

  it('an eight-letter word that cannot be an id ("deadline", "announce") is part of the name', async () => {
    expect(await session.handle('/event create Deadline test friday 8pm approval')).toMatch(/^Created "Deadline test"/);
    expect(await session.handle('/event edit deadline test deadline none')).toMatch(/^Updated "Deadline test"/);
    expect(await session.handle('/event create Announce test friday 9pm announce thursday 9am')).toMatch(/^Created "Announce test"/);
    await session.handle('/as dana');
    expect(await session.handle('/rsvp going deadline test')).toMatch(/waiting for a host's approval/);
    expect(await session.handle('/rsvp going announce test')).not.toMatch(/as a date/);
    // An 8-letter word with no digit ("capacity") starts a name too.
    expect(await session.handle('/event create "Capacity planning" friday 3pm')).toMatch(/^Created "Capacity planning"/);
    expect(await session.handle('/rsvp going capacity planning')).toMatch(/^You're going to Capacity planning/);
    await session.handle('/as erin');
    await session.handle('/rsvp going deadline test');
    await session.handle('/as you');
  });

  it('approve and deny take the event by name, the last word being the person', async () => {
    expect(await session.handle('/event approve deadline test @dana')).toMatch(/^dana is now going/);
    expect(await session.handle('/event deny deadline test erin')).toMatch(/^erin is now declined/);
    // Decided already: say so, not "no RSVP waiting".
    expect(await session.handle('/event approve deadline test dana')).toMatch(/^⚠ That person is already going to "Deadline test"; nothing to decide\./);
    expect(await session.handle('/event deny deadline test erin')).toMatch(/^⚠ That person is already not going to "Deadline test"/);
    expect(await session.handle('/event approve deadline test frank')).toMatch(/^⚠ That person has no RSVP waiting for approval/);
    expect(await session.handle('/event deny deadline')).toMatch(/^⚠ Try: deny </);
    expect(await session.handle('/event approve')).toMatch(/^⚠ Try: approve </);
  });
});
