import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { EventService } from '../../src/core/service.ts';
import { createReminderLifecycle } from '../../src/scheduler/lifecycle.ts';
import { offerPayload } from '../../src/scheduler/offers.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import type { Store } from '../../src/store/database.ts';
import { storeFactories } from '../support/stores.ts';
import { RecordingNotifier } from '../scheduler/support.ts';
import { runs } from './runs.ts';

const START = Date.parse('2026-11-21T12:00:00Z');
const USERS = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5'];
const CODES = new Set(['conflict', 'closed']);

type Step =
  | { op: 'rsvp'; who: string; status: 'going' | 'maybe' | 'declined' }
  | { op: 'answer'; who: string; answer: 'claim' | 'pass' }
  | { op: 'tick'; minutes: number }
  | { op: 'expire' }
  | { op: 'capacity'; n: number | null };

/** A user by name, or (`@offered`, `@going`) whoever holds an offer or a seat now, so answers and leaves meet live state. */
const who = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...USERS) }, { weight: 2, arbitrary: fc.constantFrom('@offered', '@going') });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('rsvp' as const), who, status: fc.constantFrom('going' as const, 'going' as const, 'maybe' as const, 'declined' as const) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('rsvp' as const), who: fc.constant('@going'), status: fc.constantFrom('maybe' as const, 'declined' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('answer' as const), who, answer: fc.constantFrom('claim' as const, 'pass' as const) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('answer' as const), who: fc.constant('@offered'), answer: fc.constantFrom('claim' as const, 'pass' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('tick' as const), minutes: fc.integer({ min: 1, max: 180 }) }) },
  { weight: 2, arbitrary: fc.constant({ op: 'expire' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('capacity' as const), n: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 6 }) }) },
);

/** What must hold of one occurrence's seats, whatever happened before. */
async function violations(store: Store, eventId: string): Promise<string[]> {
  const out: string[] = [];
  const event = await store.db.selectFrom('events').select(['capacity']).where('id', '=', eventId).executeTakeFirstOrThrow();
  const rsvps = await store.db.selectFrom('rsvps').selectAll().where('event_id', '=', eventId).orderBy('seq').execute();
  const going = rsvps.filter((r) => r.status === 'going');
  const offered = rsvps.filter((r) => r.status === 'offered');
  const waiting = rsvps.filter((r) => r.status === 'waitlisted');
  const cap = event.capacity;
  if (cap !== null && going.length > cap) out.push(`${going.length} going over capacity ${cap}`);
  // Each seat is offered to at most one person at a time: held seats and taken seats together fit.
  if (cap !== null && going.length + offered.length > cap) out.push(`${going.length} going + ${offered.length} offered over capacity ${cap}`);
  if (waiting.length > 0 && (cap === null || going.length + offered.length < cap)) out.push(`${waiting.length} waiting while a seat is free`);
  // Nobody is skipped: everyone offered a seat arrived before everyone still waiting.
  const lastOffered = Math.max(-1, ...offered.map((r) => r.seq));
  const firstWaiting = Math.min(Infinity, ...waiting.map((r) => r.seq));
  if (lastOffered > firstWaiting) out.push(`offered seq ${lastOffered} is behind waiting seq ${firstWaiting}: someone was skipped`);
  // Durable: every open offer has its expiry queued in the scheduler, once.
  const expiries = await store.db
    .selectFrom('reminders')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('kind', '=', 'offer_expiry')
    .where('state', '=', 'pending')
    .execute();
  for (const r of offered) {
    const mine = expiries.filter((x) => x.user_id === r.user_id && offerPayload(x)?.expiresAt === Number(r.offer_expires_at));
    if (mine.length !== 1) out.push(`${r.user_id} is offered a seat with ${mine.length} pending expiries`);
  }
  for (const r of rsvps) if (r.status !== 'offered' && r.offer_expires_at !== null) out.push(`${r.user_id} (${r.status}) keeps an offer expiry`);
  return out;
}

describe.each(storeFactories())('waitlist offers under any sequence on $name', (factory) => {
  let store: Store;
  beforeAll(async () => {
    store = await factory.open();
  });
  afterAll(async () => {
    await store.close();
  });

  it('for any joins, leaves, claims, passes, expiries and capacity changes: going ≤ capacity, one person per held seat, nobody skipped', async () => {
    let run = 0;
    const seen = { offers: 0, claims: 0, lapses: 0 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.shuffledSubarray(USERS, { minLength: 4 }), fc.array(step, { minLength: 5, maxLength: 30 }), async (capacity, first, steps) => {
        const workspaceId = `w${run++}`;
        const clock = new ManualClock(new Date(START));
        const notifier = new RecordingNotifier();
        const scheduler = new Scheduler({ store, clock, notifiers: { console: notifier }, rollEveryMs: 0 });
        const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
        const as = (userId: string) => ({ platform: 'console' as const, workspaceId, userId });
        const made = await service.run(as('host'), {
          type: 'create',
          // Far enough ahead that no window is ever cut to nothing by the start.
          input: { title: 'Seats', start: '2026-12-10T19:00:00Z', timezone: 'UTC', capacity, waitlistOffers: true, offerWindow: 'PT2H', reminderOffsets: [] },
        });
        if (!made.ok) throw new Error(made.error.message);
        const id = made.value.event.id;
        // Some people join first (in an arbitrary order), so there is a waitlist to offer seats from.
        for (const u of first) await service.run(as(u), { type: 'rsvp', event: id, status: 'going' });
        try {
          for (let s of steps) {
            if (s.op === 'tick') {
              clock.advance(s.minutes * 60_000);
              await scheduler.drain();
            } else if (s.op === 'expire') {
              const next = await store.db
                .selectFrom('reminders')
                .select('due_at')
                .where('event_id', '=', id)
                .where('kind', '=', 'offer_expiry')
                .where('state', '=', 'pending')
                .orderBy('due_at')
                .executeTakeFirst();
              if (next && Number(next.due_at) > clock.now().getTime()) clock.set(new Date(Number(next.due_at)));
              const before = notifier.calls.filter((c) => c.kind === 'offer_closed').length;
              await scheduler.drain();
              seen.lapses += notifier.calls.filter((c) => c.kind === 'offer_closed').length - before;
            } else if (s.op === 'capacity') {
              await service.run(as('host'), { type: 'update', event: id, patch: { capacity: s.n } });
            } else {
              if (s.who.startsWith('@')) {
                const status = s.who === '@offered' ? 'offered' : 'going';
                const holder = await store.db.selectFrom('rsvps').select('user_id').where('event_id', '=', id).where('status', '=', status).orderBy('seq').executeTakeFirst();
                s = { ...s, who: holder?.user_id ?? 'u0' };
              }
              const r =
                s.op === 'rsvp'
                  ? await service.run(as(s.who), { type: 'rsvp', event: id, status: s.status })
                  : await service.run(as(s.who), { type: 'offer', event: id, answer: s.answer });
              if (!r.ok) expect(CODES.has(r.error.code), `${r.error.code}: ${r.error.message}`).toBe(true);
              else if (s.op === 'answer' && s.answer === 'claim' && r.value.previous === 'offered') seen.claims++;
            }
            expect(await violations(store, id), JSON.stringify(s)).toEqual([]);
          }
          await scheduler.drain();
          seen.offers += notifier.calls.filter((c) => c.kind === 'offer').length;
        } finally {
          await scheduler.stop();
        }
      }),
      { numRuns: runs(factory.name === 'postgres' ? 15 : 40), endOnFailure: true },
    );
    // Not vacuous: offers were made, claimed and lapsed.
    expect(seen.offers, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.claims, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.lapses, JSON.stringify(seen)).toBeGreaterThan(0);
  }, 600_000);
});
