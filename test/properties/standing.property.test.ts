import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { EventService } from '../../src/core/service.ts';
import { createReminderLifecycle } from '../../src/scheduler/lifecycle.ts';
import type { Store } from '../../src/store/database.ts';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { runs } from './runs.ts';

const USERS = ['ann', 'bob', 'cat', 'dan'];
/** The first three Saturdays of a weekly series (18:00 UTC from 28 Nov; the clock is on 21 Nov). */
const DATES = ['2026-11-28T18:00:00.000Z', '2026-12-05T18:00:00.000Z', '2026-12-12T18:00:00.000Z'];
type Answer = 'going' | 'maybe' | 'declined';

type Step = { user: string; every: Answer | 'none' } | { user: string; date: number; answer: Answer };
const answer = fc.constantFrom<Answer>('going', 'maybe', 'declined');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ user: fc.constantFrom(...USERS), every: fc.constantFrom<Answer | 'none'>('going', 'maybe', 'declined', 'none') }),
  fc.record({ user: fc.constantFrom(...USERS), date: fc.nat({ max: DATES.length - 1 }), answer }),
);

/**
 * The rule, as simply as it can be said: on each date a person's answer is the one they gave for
 * that date, else their standing one. Wanting to go means going while seats last, else waiting.
 */
function model(steps: Step[]): Array<Record<Answer, number>> {
  const standing = new Map<string, Answer>();
  const own = new Map<string, Answer>();
  for (const s of steps) {
    if ('every' in s) {
      if (s.every === 'none') standing.delete(s.user);
      else standing.set(s.user, s.every);
    } else own.set(`${s.user}|${s.date}`, s.answer);
  }
  return DATES.map((_, d) => {
    const counts = { going: 0, maybe: 0, declined: 0 };
    for (const u of USERS) {
      const a = own.get(`${u}|${d}`) ?? standing.get(u);
      if (a) counts[a]++;
    }
    return counts;
  });
}

describe.each(storeFactories())('standing answers agree with the simple rule on $name', (factory) => {
  let store: Store;
  let service: EventService;
  beforeAll(async () => {
    store = await factory.open();
    service = new EventService({ store, clock: new ManualClock('2026-11-21T12:00:00Z'), lifecycle: createReminderLifecycle() });
  });
  afterAll(async () => {
    await store.close();
  });

  it('for any answers, each date counts each person once, by their own answer else their standing one; seats never overflow', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 14 }), fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }), async (steps, capacity) => {
        const e = ok(
          await service.run(actor('host'), {
            type: 'create',
            input: { title: 'Game night', start: DATES[0]!, timezone: 'UTC', recurrence: { freq: 'WEEKLY' }, capacity },
          }),
        ).event;
        const done: Step[] = [];
        for (const s of steps) {
          const r =
            'every' in s
              ? await service.run(actor(s.user), { type: 'standing_rsvp', event: e.id, status: s.every })
              : await service.run(actor(s.user), { type: 'rsvp', event: e.id, occurrence: DATES[s.date], status: s.answer });
          // Withdrawing a standing answer one does not have is refused (and changes nothing).
          if (r.ok) done.push(s);
          else expect(r.error.message).toMatch(/no "every time" answer/);
        }
        const expected = model(done);
        for (const [d, key] of DATES.entries()) {
          const c = ok(await service.run(actor('x'), { type: 'get', event: e.id, occurrence: key })).event.counts;
          const want = expected[d]!;
          expect({ maybe: c.maybe, declined: c.declined, wanting: c.going + c.waitlisted }).toEqual({ maybe: want.maybe, declined: want.declined, wanting: want.going });
          expect(c.going).toBe(capacity === null ? want.going : Math.min(capacity, want.going));
        }
      }),
      { numRuns: runs(factory.name === 'sqlite' ? 60 : 15) },
    );
  }, 120_000);
});
