import { describe, expect, it } from 'vitest';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { at, iso, weeklyGameNight, withScheduler } from './support.ts';

/** Weekly on Saturdays at 18:00 UTC, from 28 Nov; the clock starts on Sat 21 Nov at noon. */
const FIRST = '2026-11-28T18:00:00.000Z';
const SECOND = '2026-12-05T18:00:00.000Z';
const THIRD = '2026-12-12T18:00:00.000Z';

describe.each(storeFactories())('a series with standing answers on $name', (factory) => {
  const h = withScheduler(factory, '2026-11-21T12:00:00Z');
  const create = weeklyGameNight(h);
  /** Run the scheduler hour by hour to `until`, rolling forward daily as the real loop does. */
  const runUntil = async (until: string) => {
    for (let t = h.clock.now().getTime(); t <= at(until); t += 3_600_000) {
      h.clock.set(new Date(t));
      if (new Date(t).getUTCHours() === 0) await h.scheduler.rollForward();
      await h.scheduler.drain();
    }
  };

  it('reminds standing attendees of each occurrence by DM exactly once, not where they answered otherwise', async () => {
    const e = await create();
    ok(await h.service.run(actor('bob'), { type: 'standing_rsvp', event: e.id, status: 'going' }));
    ok(await h.service.run(actor('cat'), { type: 'rsvp', event: e.id, status: 'going' }));
    ok(await h.service.run(actor('bob'), { type: 'rsvp', event: e.id, occurrence: SECOND, status: 'declined' }));
    await runUntil('2026-12-13T00:00:00Z');
    // A second pass over the same time sends nothing again.
    await h.scheduler.rollForward();
    await h.scheduler.drain();
    const dms = h.notifier.take().filter((d) => d.kind === 'reminder').map((d) => `${d.target} ${iso(d.start)}`);
    expect(dms.sort()).toEqual([`@bob ${FIRST}`, `@bob ${THIRD}`, `@cat ${FIRST}`]);
  });

  it("the card moves on to the next occurrence when one ends, with that one's counts", async () => {
    const e = await create();
    ok(await h.service.run(actor('bob'), { type: 'standing_rsvp', event: e.id, status: 'going' }));
    ok(await h.service.run(actor('cat'), { type: 'rsvp', event: e.id, status: 'going' }));
    ok(await h.service.run(actor('dan'), { type: 'standing_rsvp', event: e.id, status: 'maybe' }));
    await runUntil('2026-11-28T18:30:00Z');
    const before = h.notifier.cards.splice(0).at(-1)!.notice.event;
    expect([iso(before.occurrence.start), before.counts.going, before.counts.maybe]).toEqual([FIRST, 2, 1]);
    await runUntil('2026-11-28T20:00:00Z');
    const rolled = h.notifier.cards.splice(0);
    expect(rolled).toHaveLength(1);
    const after = rolled[0]!.notice.event;
    expect([iso(after.occurrence.start), after.counts.going, after.counts.maybe, after.attendees.going]).toEqual([SECOND, 1, 1, ['bob']]);
    // A cancelled series' card stops moving on.
    ok(await h.service.run(actor('host'), { type: 'cancel', event: e.id }));
    await runUntil('2026-12-06T00:00:00Z');
    expect(h.notifier.cards.splice(0)).toHaveLength(1);
  });

  it('dates that come within reach later count the standing answer too', async () => {
    const e = await create({ capacity: 1 });
    ok(await h.service.run(actor('bob'), { type: 'standing_rsvp', event: e.id, status: 'going' }));
    const far = '2027-02-06T18:00:00.000Z';
    const read = async () => ok(await h.service.run(actor('x'), { type: 'get', event: e.id, occurrence: far })).event.attendees.going;
    expect(await read()).toEqual([]);
    h.clock.set('2027-01-01T00:00:00Z');
    await h.scheduler.rollForward();
    expect(await read()).toEqual(['bob']);
    // Someone answering that date later waits behind him.
    const cat = ok(await h.service.run(actor('cat'), { type: 'rsvp', event: e.id, occurrence: far, status: 'going' }));
    expect(cat.status).toBe('waitlisted');
  });
});
