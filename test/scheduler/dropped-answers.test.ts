import { describe, expect, it } from 'vitest';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { iso, weeklyGameNight, withScheduler } from './support.ts';

/** Weekly on Saturdays at 18:00 UTC, from 28 Nov; the clock starts on Sat 21 Nov at noon. */
const FIRST = '2026-11-28T18:00:00.000Z';
const SECOND = '2026-12-05T18:00:00.000Z';
const THIRD = '2026-12-12T18:00:00.000Z';

/**
 * A series' answers follow its dates by one rule: the n-th upcoming date's answers go to the n-th
 * upcoming date of the new schedule. A date with no counterpart (the series stops repeating, or
 * ends sooner) loses its answers: those people are told by DM through the scheduler, and the host
 * is told how many were dropped. Nothing else is lost.
 */
describe.each(storeFactories())('answers to dates a series no longer has, on $name', (factory) => {
  const h = withScheduler(factory, '2026-11-21T12:00:00Z');
  const create = weeklyGameNight(h);
  const rsvp = async (who: string, eventId: string, status: 'going' | 'maybe' | 'declined', occurrence?: string) =>
    ok(await h.service.run(actor(who), { type: 'rsvp', event: eventId, status, ...(occurrence ? { occurrence } : {}) }));
  const rows = async (eventId: string) =>
    (await h.store.db.selectFrom('rsvps').select(['occurrence', 'user_id', 'status', 'standing']).where('event_id', '=', eventId).orderBy('occurrence').orderBy('user_id').execute()).map(
      (r) => `${r.occurrence || "''"} ${r.user_id} ${r.status}${Number(r.standing) ? ' (every time)' : ''}`,
    );
  const dropped = () =>
    h.notifier
      .take()
      .filter((d) => d.kind === 'dropped')
      .map((d) => d.target)
      .sort();

  it('repeat none: the first date keeps its answers; everyone with a stake in a later date is told once; the host hears how many', async () => {
    const e = await create({ capacity: 2 });
    await rsvp('bob', e.id, 'going');
    ok(await h.service.run(actor('eve'), { type: 'standing_rsvp', event: e.id, status: 'going' }));
    await rsvp('cat', e.id, 'going', SECOND);
    await rsvp('fay', e.id, 'going', SECOND); // full: eve's standing answer and cat hold the seats
    await rsvp('dan', e.id, 'maybe', THIRD);
    await rsvp('gil', e.id, 'declined', SECOND); // dropped, but nobody tells a person who said no
    expect(await rows(e.id)).toContain(`${SECOND} fay waitlisted`);

    const u = ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { recurrence: null } }));
    // eve's "every time" stood on four later dates; cat, fay and gil answered the second; dan the third.
    expect(u.dropped).toEqual({ answers: 8, standing: 1, told: ['eve', 'cat', 'fay', 'dan'] });
    expect(u.event.recurrence).toBeNull();
    expect(u.event.attendees.going).toEqual(['bob', 'eve']);
    // Nothing else is lost: the first date's answers stay, eve's now her own; no later-date rows linger.
    expect(await rows(e.id)).toEqual(["'' bob going", "'' eve going"]);
    expect(await h.store.db.selectFrom('standing_rsvps').selectAll().execute()).toEqual([]);

    await h.scheduler.drain();
    expect(dropped()).toEqual(['@cat', '@dan', '@eve', '@fay']);
    await h.scheduler.drain();
    expect(dropped()).toEqual([]);
  });

  it('the notice says which dates and whether an "every time" answer went, and what is left', async () => {
    const e = await create();
    ok(await h.service.run(actor('eve'), { type: 'standing_rsvp', event: e.id, status: 'maybe' }));
    await rsvp('cat', e.id, 'going', SECOND);
    await rsvp('cat', e.id, 'going', THIRD);
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { recurrence: null } }));
    await h.scheduler.drain();
    const notices = h.notifier.take().filter((d) => d.kind === 'dropped');
    const cat = notices.find((d) => d.target === '@cat')!.notice;
    expect(cat.dropped).toEqual({ dates: 2, first: Date.parse(SECOND), standing: false, repeats: false });
    expect(iso(cat.occurrence.start)).toBe(FIRST);
    const eve = notices.find((d) => d.target === '@eve')!.notice;
    expect(eve.dropped).toMatchObject({ standing: true, repeats: false });
  });

  it('a pending answer to a later date is dropped and told too', async () => {
    const e = await create({ approvalRequired: true });
    await rsvp('pat', e.id, 'going', SECOND);
    expect(await rows(e.id)).toEqual([`${SECOND} pat pending`]);
    const u = ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { recurrence: null } }));
    expect(u.dropped).toEqual({ answers: 1, standing: 0, told: ['pat'] });
    await h.scheduler.drain();
    expect(dropped()).toEqual(['@pat']);
  });

  it('a series that ends sooner drops the answers to the dates it no longer has, by the same rule; its "every time" answers stay', async () => {
    const e = await create();
    ok(await h.service.run(actor('eve'), { type: 'standing_rsvp', event: e.id, status: 'going' }));
    await rsvp('cat', e.id, 'going', THIRD);
    const u = ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { recurrence: { freq: 'WEEKLY', count: 2 } } }));
    expect(u.dropped.told).toEqual(['eve', 'cat']);
    expect(u.dropped.standing).toBe(0);
    expect(await rows(e.id)).toEqual([`${FIRST} eve going (every time)`, `${SECOND} eve going (every time)`]);
    expect((await h.store.db.selectFrom('standing_rsvps').select('user_id').execute()).map((r) => r.user_id)).toEqual(['eve']);
    await h.scheduler.drain();
    expect(dropped()).toEqual(['@cat', '@eve']);
  });

  it('a move that keeps every date drops nothing and tells nobody of dropped answers (weekly to every other week, answers far ahead)', async () => {
    const e = await create();
    const far = '2027-11-06T18:00:00.000Z'; // the 50th date: not a date of every other week, and 50 of those are two years
    await rsvp('cat', e.id, 'going', far);
    const u = ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { recurrence: { freq: 'WEEKLY', interval: 2 } } }));
    expect(u.dropped).toEqual({ answers: 0, standing: 0, told: [] });
    expect(await rows(e.id)).toEqual(['2028-10-14T18:00:00.000Z cat going']);
    await h.scheduler.drain();
    expect(dropped()).toEqual([]);
  });

  it('past dates keep their answers (history), and they do not count against the one date left', async () => {
    const e = await create();
    for (const who of ['ann', 'bob', 'cat']) await rsvp(who, e.id, 'going');
    await rsvp('dan', e.id, 'going', SECOND);
    h.clock.set('2026-11-29T12:00:00Z'); // the first date is over
    const u = ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { recurrence: null } }));
    expect(iso(u.event.occurrence.start)).toBe(SECOND);
    expect(u.dropped).toEqual({ answers: 0, standing: 0, told: [] });
    expect(await rows(e.id)).toEqual(["'' dan going", `${FIRST} ann going`, `${FIRST} bob going`, `${FIRST} cat going`]);
    // Three went to the first date; one is going to the date left: a capacity of one fits.
    const capped = ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { capacity: 1 } }));
    expect([capped.event.capacity, capped.event.attendees.going]).toEqual([1, ['dan']]);
  });
});
