import { describe, expect, it } from 'vitest';
import type { CreateEventInput } from '../../src/core/event-schema.ts';
import { remindersRepo } from '../../src/scheduler/repo.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { rsvpsRepo } from '../../src/store/rsvps-repo.ts';
import { actor, err, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { at, RecordingNotifier, withScheduler } from './support.ts';

const NOW = '2026-11-21T12:00:00Z';
const HOUR = 3_600_000;

describe.each(storeFactories())('waitlist offers through the scheduler on $name', (factory) => {
  const h = withScheduler(factory, NOW);

  const create = async (input: Partial<CreateEventInput> = {}) =>
    ok(
      await h.service.run(actor('host'), {
        type: 'create',
        input: {
          title: 'Game night',
          start: '2026-11-25T18:00:00Z',
          timezone: 'UTC',
          channelId: 'general',
          capacity: 1,
          waitlistOffers: true,
          reminderOffsets: [],
          reminderAudience: 'channel',
          ...input,
        },
      }),
    ).event;
  const rsvp = async (id: string, who: string, status: 'going' | 'maybe' | 'declined' = 'going') => ok(await h.service.run(actor(who), { type: 'rsvp', event: id, status }));
  const answer = (id: string, who: string, a: 'claim' | 'pass') => h.service.run(actor(who), { type: 'offer', event: id, answer: a });
  const statusOf = async (id: string, who: string) => (await rsvpsRepo.get(h.store.db, id, '', who))?.status ?? null;
  const told = async () => {
    await h.scheduler.drain();
    return h.notifier.take().map((d) => [d.kind, d.target]);
  };

  /** Full: ann going, bob then cat waiting. Ann leaves: bob is offered the seat. */
  async function fullThenFreed(input: Partial<CreateEventInput> = {}) {
    const e = await create(input);
    await rsvp(e.id, 'ann');
    await rsvp(e.id, 'bob');
    await rsvp(e.id, 'cat');
    await told();
    const left = await rsvp(e.id, 'ann', 'declined');
    return { e, left };
  }

  it('a freed seat is offered to the first person waiting and held for them: nobody else takes it', async () => {
    const { e, left } = await fullThenFreed();
    expect(left.offered).toEqual([{ userId: 'bob', expiresAt: at(NOW) + 2 * HOUR }]);
    expect(left.event.seatsLeft).toBe(0);
    expect(await told()).toEqual([['offer', '@bob']]);
    const dan = await rsvp(e.id, 'dan');
    expect(dan.status).toBe('waitlisted');
    expect(dan.position).toBe(2);
    expect(await statusOf(e.id, 'bob')).toBe('offered');
  });

  it('a claim takes the seat, the hosts are told once, and the expiry then finds nothing to lapse', async () => {
    const { e } = await fullThenFreed();
    await told();
    const claimed = ok(await answer(e.id, 'bob', 'claim'));
    expect(claimed.status).toBe('going');
    expect(claimed.event.attendees.going).toEqual(['bob']);
    // A second click answers the same, changes nothing and tells nobody again.
    const again = ok(await answer(e.id, 'bob', 'claim'));
    expect([again.status, again.changed]).toEqual(['going', false]);
    const result = await h.scheduler.drain().then(() => h.notifier.take());
    expect(result.map((d) => [d.kind, d.target, d.notice.offer?.result?.outcome])).toEqual([['offer_result', '@host', 'claimed']]);
    h.clock.set(new Date(at(NOW) + 2 * HOUR));
    expect(await told()).toEqual([]);
    expect(await statusOf(e.id, 'cat')).toBe('waitlisted');
  });

  it('an offer nobody answers lapses at its window: the person leaves the waitlist and the next is offered the seat', async () => {
    const { e } = await fullThenFreed();
    await told();
    h.clock.set(new Date(at(NOW) + 2 * HOUR - 1000));
    expect(await told()).toEqual([]);
    h.clock.set(new Date(at(NOW) + 2 * HOUR));
    // A claim after the window is refused, clearly, even before the scheduler has run.
    const late = err(await answer(e.id, 'bob', 'claim'));
    expect(late.code).toBe('closed');
    expect(late.message).toMatch(/expired/);
    await h.scheduler.drain();
    const got = h.notifier.take();
    expect(got.map((d) => [d.kind, d.target]).sort()).toEqual([
      ['offer', '@cat'],
      ['offer_closed', '@bob'],
      ['offer_result', '@host'],
    ]);
    expect(got.find((d) => d.kind === 'offer_result')!.notice.offer?.result).toEqual({ userId: 'bob', outcome: 'lapsed', next: ['cat'] });
    expect(got.find((d) => d.kind === 'offer')!.notice.offer?.expiresAt).toBe(at(NOW) + 4 * HOUR);
    expect(await statusOf(e.id, 'bob')).toBe('declined');
    expect(await statusOf(e.id, 'cat')).toBe('offered');
    // The lapse happened once: draining again does nothing.
    expect(await told()).toEqual([]);
    const after = err(await answer(e.id, 'bob', 'claim'));
    expect(after.message).toMatch(/no open seat offer/);
  });

  it('passing hands the seat to the next in line at once; with nobody left the seat is simply open', async () => {
    const { e } = await fullThenFreed();
    await told();
    ok(await answer(e.id, 'bob', 'pass'));
    expect(await statusOf(e.id, 'bob')).toBe('declined');
    await h.scheduler.drain();
    // Delivered side by side: in no particular order.
    expect(h.notifier.take().map((d) => [d.kind, d.target, d.notice.offer?.result?.next]).sort()).toEqual([
      ['offer', '@cat', undefined],
      ['offer_result', '@host', ['cat']],
    ]);
    ok(await answer(e.id, 'cat', 'pass'));
    await h.scheduler.drain();
    expect(h.notifier.take().map((d) => [d.kind, d.notice.offer?.result?.next])).toEqual([['offer_result', []]]);
    const view = ok(await h.service.run(actor('host'), { type: 'get', event: e.id }));
    expect(view.event.seatsLeft).toBe(1);
    // The open seat is anyone's.
    expect((await rsvp(e.id, 'dan')).status).toBe('going');
  });

  it('the window is cut at the start, and a seat freed minutes before the start is given outright', async () => {
    const { left } = await fullThenFreed({ start: '2026-11-21T13:00:00Z' });
    expect(left.offered).toEqual([{ userId: 'bob', expiresAt: at('2026-11-21T13:00:00Z') }]);
    const e = await create({ title: 'Soon', start: '2026-11-21T12:04:00Z' });
    await rsvp(e.id, 'ann');
    await rsvp(e.id, 'bob');
    const freed = await rsvp(e.id, 'ann', 'declined');
    expect(freed.offered).toEqual([]);
    expect(freed.promoted).toEqual(['bob']);
  });

  it('two seats opening at once make two offers, in order; a lower capacity takes the latest back', async () => {
    const e = await create();
    for (const u of ['ann', 'bob', 'cat', 'dan']) await rsvp(e.id, u);
    await told();
    const raised = ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { capacity: 3 } }));
    expect(raised.promoted).toEqual([]);
    await h.scheduler.drain();
    expect(h.notifier.take().filter((d) => d.kind === 'offer').map((d) => d.target).sort()).toEqual(['@bob', '@cat']);
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { capacity: 2 } }));
    expect(await statusOf(e.id, 'bob')).toBe('offered');
    expect(await statusOf(e.id, 'cat')).toBe('waitlisted');
    await h.scheduler.drain();
    const back = h.notifier.take().filter((d) => d.kind === 'offer_closed');
    expect(back.map((d) => [d.target, d.notice.offer?.closed])).toEqual([['@cat', 'withdrawn']]);
    // Cat's old expiry does nothing: the seat was taken back, not lapsed.
    h.clock.set(new Date(at(NOW) + 2 * HOUR));
    await h.scheduler.drain();
    expect(await statusOf(e.id, 'cat')).toBe('offered'); // bob's lapse freed the seat for cat, first in line
    expect(await statusOf(e.id, 'bob')).toBe('declined');
  });

  it('after the RSVP deadline, seats are still offered to those waiting and claimed, on the DM or the card', async () => {
    const e = await create({ rsvpDeadline: '2026-11-22T12:00:00Z' });
    for (const u of ['ann', 'bob', 'cat']) await rsvp(e.id, u);
    h.clock.set(new Date('2026-11-23T12:00:00Z'));
    expect(err(await h.service.run(actor('dan'), { type: 'rsvp', event: e.id, status: 'going' })).message).toMatch(/deadline/);
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { capacity: 3 } }));
    expect(await statusOf(e.id, 'bob')).toBe('offered');
    expect(ok(await answer(e.id, 'bob', 'claim')).status).toBe('going');
    expect((await rsvp(e.id, 'cat', 'going')).status).toBe('going');
  });

  it('the offered person answering maybe or no on the card passes the seat on', async () => {
    const { e } = await fullThenFreed();
    await rsvp(e.id, 'bob', 'maybe');
    expect(await statusOf(e.id, 'bob')).toBe('maybe');
    expect(await statusOf(e.id, 'cat')).toBe('offered');
    const going = await rsvp(e.id, 'cat', 'going');
    expect(going.status).toBe('going');
  });

  it('cancelling the event withdraws open offers and their expiries; a claim is refused', async () => {
    const { e } = await fullThenFreed();
    ok(await h.service.run(actor('host'), { type: 'cancel', event: e.id }));
    const rows = await remindersRepo.byEvent(h.store.db, e.id);
    expect(rows.filter((r) => r.state === 'pending' && (r.kind === 'offer' || r.kind === 'offer_expiry'))).toEqual([]);
    expect(await statusOf(e.id, 'bob')).toBe('waitlisted');
    expect(err(await answer(e.id, 'bob', 'claim')).code).toBe('closed');
    await h.scheduler.drain();
    expect(h.notifier.take().filter((d) => d.kind.startsWith('offer'))).toEqual([]);
  });

  it('an offer out when the process dies is lapsed by the next process, once', async () => {
    const { e } = await fullThenFreed();
    await told();
    await h.scheduler.stop();
    const notifier = new RecordingNotifier();
    h.clock.set(new Date(at(NOW) + 2 * HOUR + 5000));
    const next = new Scheduler({ store: h.store, clock: h.clock, notifiers: { console: notifier }, backoffMs: () => 60_000 });
    try {
      await next.drain();
      await next.drain();
    } finally {
      await next.stop();
    }
    expect(notifier.calls.map((d) => [d.kind, d.target]).sort()).toEqual([
      ['offer', '@cat'],
      ['offer_closed', '@bob'],
      ['offer_result', '@host'],
    ]);
    expect(await statusOf(e.id, 'cat')).toBe('offered');
  });

  it('a claim racing the expiry resolves once: either the claim or the lapse, never both', async () => {
    const { e } = await fullThenFreed();
    await told();
    h.clock.set(new Date(at(NOW) + 2 * HOUR));
    const [claim] = await Promise.all([answer(e.id, 'bob', 'claim'), h.scheduler.drain()]);
    await h.scheduler.drain();
    const bob = await statusOf(e.id, 'bob');
    const cat = await statusOf(e.id, 'cat');
    expect(claim.ok).toBe(false);
    expect([bob, cat]).toEqual(['declined', 'offered']);
    expect(h.notifier.take().filter((d) => d.kind === 'offer').map((d) => d.target)).toEqual(['@cat']);
  });

  it('an offer on a series that moved meanwhile still lapses, under the occurrence it was carried to', async () => {
    const e = await create({ start: '2026-11-25T18:00:00Z', recurrence: { freq: 'WEEKLY' } });
    for (const u of ['ann', 'bob', 'cat']) await rsvp(e.id, u);
    await rsvp(e.id, 'ann', 'declined');
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { start: '2026-11-26T18:00:00Z' } }));
    h.clock.set(new Date(at(NOW) + 2 * HOUR));
    await h.scheduler.drain();
    const rows = await h.store.db.selectFrom('rsvps').select(['user_id', 'status', 'occurrence']).where('event_id', '=', e.id).orderBy('seq').execute();
    expect(rows.map((r) => [r.user_id, r.status])).toEqual([
      ['bob', 'declined'],
      ['cat', 'offered'],
      ['ann', 'declined'],
    ]);
    expect(new Set(rows.map((r) => r.occurrence))).toEqual(new Set(['2026-11-26T18:00:00.000Z']));
  });

  it('a claim from a DM naming the date a series had before it moved finds the offer where it went', async () => {
    const e = await create({ start: '2026-11-25T18:00:00Z', recurrence: { freq: 'WEEKLY' } });
    for (const u of ['ann', 'bob', 'cat']) await rsvp(e.id, u);
    await rsvp(e.id, 'ann', 'declined');
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { start: '2026-11-26T18:00:00Z' } }));
    const claimed = ok(await h.service.run(actor('bob'), { type: 'offer', event: e.id, occurrence: '2026-11-25T18:00:00.000Z', answer: 'claim' }));
    expect(claimed.status).toBe('going');
    expect(claimed.event.occurrence.key).toBe('2026-11-26T18:00:00.000Z');
  });

  it('webhook receivers hear of each seat offered and of a lapse, as RSVP changes', async () => {
    const hook = await h.service.webhooks.add(actor('admin', { platformManager: true }), { url: 'https://hooks.example.com/convene', events: ['rsvp.changed'] });
    expect(hook.ok).toBe(true);
    await fullThenFreed();
    h.clock.set(new Date(at(NOW) + 2 * HOUR));
    await h.scheduler.drain();
    const bodies = (await h.store.db.selectFrom('reminders').select('payload').where('kind', '=', 'webhook').execute()).map(
      (r) => (JSON.parse(r.payload!) as { data: { rsvp: { user: string; status: string; previous_status: string } } }).data.rsvp,
    );
    const said = bodies.map((r) => `${r.user}: ${r.previous_status} → ${r.status}`);
    expect(said).toEqual(expect.arrayContaining(['ann: going → declined', 'bob: waitlisted → offered', 'bob: offered → declined', 'cat: waitlisted → offered']));
  });

  it('without offers a freed seat is still given to the first person waiting', async () => {
    const { left } = await fullThenFreed({ waitlistOffers: false });
    expect(left.promoted).toEqual(['bob']);
    expect(await told()).toEqual([['promoted', '@bob']]);
  });
});
