import { describe, expect, it } from 'vitest';
import { actor, err, ok, withService } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';

const weekly: { title: string; start: string; timezone: string; recurrence: { freq: 'WEEKLY'; byday: string[] } } = {
  title: 'Game night',
  start: '2026-11-24T19:00:00-05:00',
  timezone: 'America/New_York',
  recurrence: { freq: 'WEEKLY', byday: ['TU'] },
};
const FIRST = '2026-11-25T00:00:00.000Z';
const SECOND = '2026-12-02T00:00:00.000Z';
const THIRD = '2026-12-09T00:00:00.000Z';
/** Beyond the standing horizon (42 days): written when someone answers it. */
const FAR = '2027-02-03T00:00:00.000Z';

describe.each(storeFactories())('standing ("every time") RSVPs on $name', (factory) => {
  const h = withService(factory);
  const create = async (input: Record<string, unknown> = {}) =>
    ok(await h.service.run(actor('host'), { type: 'create', input: { ...weekly, ...input } })).event;
  const every = (who: string, id: string, status: 'going' | 'maybe' | 'declined' | 'none') =>
    h.service.run(actor(who), { type: 'standing_rsvp', event: id, status });
  const on = async (id: string, occurrence: string) => ok(await h.service.run(actor('x'), { type: 'get', event: id, occurrence })).event;

  it('counts a standing answer on every occurrence, with the next one shown', async () => {
    const e = await create();
    const o = ok(await every('bob', e.id, 'going'));
    expect(o.status).toBe('going');
    expect(o.event.occurrence.key).toBe(FIRST);
    expect(o.event.counts.going).toBe(1);
    expect(o.dates.length).toBeGreaterThanOrEqual(5);
    expect(o.dates.every((d) => d.status === 'going' && !d.own)).toBe(true);
    for (const key of [FIRST, SECOND, THIRD]) expect((await on(e.id, key)).attendees.going).toEqual(['bob']);
    // An occurrence beyond the horizon counts it once someone answers it.
    ok(await h.service.run(actor('cat'), { type: 'rsvp', event: e.id, occurrence: FAR, status: 'going' }));
    expect((await on(e.id, FAR)).attendees.going).toEqual(['bob', 'cat']);
  });

  it('an answer for one date overrides it there only, and stays when the standing answer changes or goes', async () => {
    const e = await create();
    ok(await every('bob', e.id, 'going'));
    ok(await h.service.run(actor('bob'), { type: 'rsvp', event: e.id, occurrence: SECOND, status: 'declined' }));
    expect((await on(e.id, SECOND)).counts).toMatchObject({ going: 0, declined: 1 });
    expect((await on(e.id, THIRD)).counts.going).toBe(1);

    const changed = ok(await every('bob', e.id, 'maybe'));
    expect(changed.previous).toBe('going');
    expect(changed.dates.find((d) => d.start === Date.parse(SECOND))).toMatchObject({ status: 'declined', own: true });
    expect((await on(e.id, FIRST)).counts).toMatchObject({ going: 0, maybe: 1 });
    expect((await on(e.id, SECOND)).counts).toMatchObject({ maybe: 0, declined: 1 });

    const gone = ok(await every('bob', e.id, 'none'));
    expect(gone.status).toBeNull();
    expect((await on(e.id, FIRST)).counts).toMatchObject({ going: 0, maybe: 0, declined: 0 });
    expect((await on(e.id, SECOND)).counts.declined).toBe(1);
    expect(err(await every('bob', e.id, 'none')).message).toMatch(/no "every time" answer/);
  });

  it('the same answer given for one date makes it that date\'s own', async () => {
    const e = await create();
    ok(await every('bob', e.id, 'going'));
    ok(await h.service.run(actor('bob'), { type: 'rsvp', event: e.id, occurrence: THIRD, status: 'going' }));
    ok(await every('bob', e.id, 'none'));
    expect((await on(e.id, THIRD)).attendees.going).toEqual(['bob']);
    expect((await on(e.id, SECOND)).attendees.going).toEqual([]);
  });

  it('a full occurrence puts a standing "going" on its waitlist, in the order answers were given', async () => {
    const e = await create({ capacity: 1 });
    ok(await h.service.run(actor('ann'), { type: 'rsvp', event: e.id, occurrence: SECOND, status: 'going' }));
    const o = ok(await every('bob', e.id, 'going'));
    expect(o.dates.find((d) => d.start === Date.parse(FIRST))).toMatchObject({ status: 'going' });
    expect(o.dates.find((d) => d.start === Date.parse(SECOND))).toMatchObject({ status: 'waitlisted', position: 1 });
    // Someone answering that date later waits behind him.
    const cat = ok(await h.service.run(actor('cat'), { type: 'rsvp', event: e.id, occurrence: SECOND, status: 'going' }));
    expect(cat).toMatchObject({ status: 'waitlisted', position: 2 });
    // A seat opening goes to the first in line: bob, by his standing answer.
    const left = ok(await h.service.run(actor('ann'), { type: 'rsvp', event: e.id, occurrence: SECOND, status: 'declined' }));
    expect(left.promoted).toEqual(['bob']);
    // Bob withdrawing frees his seats: on the second date it goes to cat.
    ok(await every('bob', e.id, 'none'));
    expect((await on(e.id, SECOND)).attendees.going).toEqual(['cat']);
  });

  it('a standing answer given earlier holds its place over a later one, on every date', async () => {
    const e = await create({ capacity: 1 });
    ok(await every('bob', e.id, 'going'));
    const cat = ok(await every('cat', e.id, 'going'));
    expect(cat.dates.every((d) => d.status === 'waitlisted' && d.position === 1)).toBe(true);
    const bob = ok(await every('bob', e.id, 'maybe'));
    expect(bob.event.attendees.going).toEqual(['cat']);
    // Changing back joins the back of the line.
    const again = ok(await every('bob', e.id, 'going'));
    expect(again.dates.every((d) => d.status === 'waitlisted')).toBe(true);
  });

  it('approval applies per occurrence: a standing "going" waits for a host on each date', async () => {
    const e = await create({ approvalRequired: true });
    const o = ok(await every('bob', e.id, 'going'));
    expect(o.dates.every((d) => d.status === 'pending')).toBe(true);
    ok(await h.service.run(actor('host'), { type: 'decide', event: e.id, occurrence: SECOND, userId: 'bob', approve: true }));
    expect((await on(e.id, SECOND)).attendees.going).toEqual(['bob']);
    expect((await on(e.id, FIRST)).attendees.pending).toEqual(['bob']);
  });

  it('a series that moves or gains dates counts the standing answer on its new dates', async () => {
    const e = await create();
    ok(await every('bob', e.id, 'going'));
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { recurrence: { freq: 'DAILY' } } }));
    // Every day now: the answers of the weekly dates went to the first days; the days after count it too.
    for (const day of ['2026-11-26', '2026-12-04', '2026-12-30']) expect((await on(e.id, `${day}T00:00:00.000Z`)).attendees.going).toEqual(['bob']);
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { start: '2026-11-24T20:00:00-05:00' } }));
    expect((await on(e.id, '2026-12-09T01:00:00.000Z')).attendees.going).toEqual(['bob']);
  });

  it('refuses what it cannot do, saying why', async () => {
    const once = ok(await h.service.run(actor('host'), { type: 'create', input: { title: 'Once', start: '2026-11-27T20:00:00-05:00', timezone: 'America/New_York' } })).event;
    expect(err(await every('bob', once.id, 'going')).message).toMatch(/doesn't repeat.*rsvp going "Once"/);
    const closed = await create({ title: 'Closed', visibility: 'invite_only', invitees: { users: ['ann'], roles: [] } });
    expect(err(await every('bob', closed.id, 'going')).code).toBe('forbidden');
    ok(await every('ann', closed.id, 'going'));
    ok(await h.service.run(actor('host'), { type: 'cancel', event: closed.id }));
    expect(err(await every('ann', closed.id, 'maybe')).message).toMatch(/cancelled/);
  });
});

describe.each(storeFactories())('standing answers on a series that meets rarely, on $name', (factory) => {
  const h = withService(factory);
  it('the next date counts the standing answer even beyond the usual reach', async () => {
    const e = ok(
      await h.service.run(actor('host'), {
        type: 'create',
        input: { title: 'Quarterly', start: '2026-11-22T17:00:00Z', timezone: 'UTC', recurrence: { freq: 'MONTHLY', interval: 3 } },
      }),
    ).event;
    h.clock.set('2026-11-23T00:00:00Z');
    const o = ok(await h.service.run(actor('bob'), { type: 'standing_rsvp', event: e.id, status: 'going' }));
    expect(new Date(o.event.occurrence.start).toISOString()).toBe('2027-02-22T17:00:00.000Z');
    expect(o.event.attendees.going).toEqual(['bob']);
  });
});
