import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { EventService } from '../../src/core/service.ts';
import { ConsoleSession } from '../../src/platforms/console/session.ts';
import { createReminderLifecycle } from '../../src/scheduler/lifecycle.ts';
import type { Store } from '../../src/store/database.ts';
import { invariantViolations } from '../support/invariants.ts';
import { storeFactories } from '../support/stores.ts';
import { runs } from './runs.ts';

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('game', 'night', 'quiz', 'board', '50%', 'a_b', 'Party', 'tomorrow', 'friday', '8pm', '7-9pm', 'at', 'the', 'pub', 'every', 'tuesday', 'in', '2', 'hours', 'noon') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '<@123>', '@everyone', '<!channel>', '*bold*', '```', 'x'.repeat(3000), '\u202e') },
);
const words = fc.array(word, { minLength: 0, maxLength: 8 }).map((w) => w.join(' '));
const ref = fc.oneof(words, fc.stringMatching(/^[a-z0-9]{8}$/));

/** Whole lines: the grammar's commands with hostile arguments, and lines that are anything at all. */
const line = fc.oneof(
  { weight: 3, arbitrary: words.map((w) => `/event create ${w}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('going', 'maybe', 'no', 'yes', ''), ref).map(([s, r]) => `/rsvp ${s} ${r}`) },
  { weight: 1, arbitrary: fc.tuple(ref, fc.constantFrom('title', 'when', 'end', 'location', 'description', 'capacity', 'reminders', 'deadline', 'colour'), words).map(([r, f, v]) => `/event edit ${r} ${f} ${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('cancel', 'delete', 'show', 'calendar', 'list', 'list mine past', 'settings', 'settings tz', 'settings dm off', 'settings reminders'), words).map(([c, w]) => `/event ${c} ${w}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('approve', 'deny'), ref, word).map(([c, r, u]) => `/event ${c} ${r} ${u}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('alice', 'bob', 'carol'), fc.boolean()).map(([u, m]) => `/as ${u}${m ? ' manager' : ''}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

describe.each(storeFactories())('whole console lines on $name', (factory) => {
  let store: Store;
  beforeAll(async () => {
    store = await factory.open();
  });
  afterAll(async () => {
    await store.close();
  });

  it('every line gets a text answer (never a throw), and the invariants hold after each session', async () => {
    let created = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 15 }), async (lines) => {
        const clock = new ManualClock('2026-11-21T15:00:00Z');
        const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
        const session = new ConsoleSession(service, () => clock.now());
        for (const l of lines) {
          const out = await session.handle(l);
          if (out === null) break; // /quit
          expect(typeof out).toBe('string');
          if (out.startsWith('Created "')) created++;
          expect(out).not.toMatch(/Something went wrong|at .*\.ts:\d+/);
          clock.advance(60_000);
        }
        expect(await invariantViolations(store)).toEqual([]);
      }),
      { numRuns: runs(factory.name === 'postgres' ? 15 : 30), endOnFailure: true },
    );
    expect(created).toBeGreaterThan(0); // not vacuous: lines really made events
  }, 600_000);
});
