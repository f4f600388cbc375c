import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import type { ActorInput } from '../../src/core/actor.ts';
import type { Command } from '../../src/core/commands.ts';
import { EventService } from '../../src/core/service.ts';
import { createReminderLifecycle } from '../../src/scheduler/lifecycle.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import type { Store } from '../../src/store/database.ts';
import { invariantViolations, tenantSnapshot } from '../support/invariants.ts';
import { storeFactories } from '../support/stores.ts';
import { RecordingNotifier } from '../scheduler/support.ts';
import { runs } from './runs.ts';

const START = Date.parse('2026-11-21T12:00:00Z');
const USERS = ['alice', 'bob', 'carol', 'dan', 'eve'];
const CODES = new Set(['invalid', 'not_found', 'ambiguous', 'forbidden', 'conflict', 'closed', 'unconfirmed']);

/** Hostile text: any code points (NUL, lone surrogates), long runs, LIKE wildcards, or plain words. */
const text = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Game night', 'Board games', 'game', '50% off', 'a_b', 'x\\y', '%', '_', '') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', 'Nul\u0000here', 'x'.repeat(250), '%_'.repeat(120)) },
);
const user = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...USERS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) });
/** Mostly absent: an optional field that is present one time in `n`. */
const sometimes = <T>(arb: fc.Arbitrary<T>, n = 4) => fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
const hours = fc.integer({ min: -24, max: 24 * 20 });
const instant = hours.map((h) => new Date(START + h * 3_600_000 + 1).toISOString().replace(/\.\d+Z$/, 'Z'));
const offsets = fc.oneof({ weight: 5, arbitrary: fc.subarray(['PT0M', 'PT15M', 'PT1H', 'P1D', 'P1W']) }, { weight: 1, arbitrary: fc.subarray(['PT15M', 'soon', 'P99Y']) });
const capacity = fc.option(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 0 }) }), { nil: null });
const occurrence = sometimes(
  fc.oneof(instant.map((s) => new Date(s).toISOString()), fc.constantFrom('+275760-09-13T00:00:00.000Z', 'soon', '1970-01-01T00:00:00.000Z'), fc.string({ maxLength: 50 })),
  6,
);

/** A reference: one of the events made so far (by index into them), a title fragment, or junk. */
const ref = fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 20 }).map((i) => ({ pick: i })) }, { weight: 1, arbitrary: text.map((t) => ({ text: t })) });
type Ref = { pick: number } | { text: string };

type Step =
  | { kind: 'cmd'; who: string; manager: boolean; cmd: (r: (x: Ref) => string) => Command }
  | { kind: 'tick'; minutes: number };

const idem = fc.option(fc.constantFrom('k1', 'k2', 'k3'), { nil: undefined });

type MakeCommand = (r: (x: Ref) => string) => Command;

const create: fc.Arbitrary<MakeCommand> = fc
    .record({
      title: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('Game night', 'Board games', 'Quiz 50%', 'a_b') }, { weight: 1, arbitrary: text }),
      start: instant,
      end: sometimes(instant),
      capacity,
      offsets,
      repeat: sometimes(fc.constant(true)),
      draft: sometimes(instant, 6),
      audience: fc.constantFrom('channel', 'dm', 'both'),
      location: sometimes(text),
      offers: sometimes(fc.boolean(), 2),
      idem,
    })
    .map((f) => () => ({
      type: 'create',
      input: {
        title: f.title,
        start: f.start,
        timezone: 'Europe/Berlin',
        channelId: 'general',
        capacity: f.capacity,
        reminderOffsets: f.offsets,
        reminderAudience: f.audience as 'channel',
        ...(f.end ? { end: f.end } : {}),
        ...(f.location !== undefined ? { location: f.location } : {}),
        ...(f.repeat ? { recurrence: { freq: 'WEEKLY' } } : {}),
        ...(f.draft ? { publishAt: f.draft } : {}),
        ...(f.offers !== undefined ? { waitlistOffers: f.offers } : {}),
      },
      idempotencyKey: f.idem,
    }));

const rsvp: fc.Arbitrary<MakeCommand> = fc
  .record({ ref, status: fc.constantFrom('going', 'going', 'maybe', 'declined'), occurrence, idem })
  .map((f) => (r) => ({ type: 'rsvp', event: r(f.ref), status: f.status, occurrence: f.occurrence, idempotencyKey: f.idem }));

const offer: fc.Arbitrary<MakeCommand> = fc
  .record({ ref, answer: fc.constantFrom('claim', 'pass'), occurrence, idem })
  .map((f) => (r) => ({ type: 'offer', event: r(f.ref), answer: f.answer, occurrence: f.occurrence, idempotencyKey: f.idem }));

const update: fc.Arbitrary<MakeCommand> = fc
  .record({ ref, capacity, start: fc.option(instant, { nil: undefined }), title: fc.option(text, { nil: undefined }) })
  .map((f) => (r) => ({
    type: 'update',
    event: r(f.ref),
    patch: { capacity: f.capacity, ...(f.start ? { start: f.start } : {}), ...(f.title !== undefined ? { title: f.title } : {}) },
  }));
const cancel: fc.Arbitrary<MakeCommand> = fc
  .record({ ref, reason: fc.option(text, { nil: null }), idem })
  .map((f) => (r) => ({ type: 'cancel', event: r(f.ref), reason: f.reason, idempotencyKey: f.idem }));
const remove: fc.Arbitrary<MakeCommand> = fc.record({ ref, confirmed: fc.boolean() }).map((f) => (r) => ({ type: 'delete', event: r(f.ref), confirmed: f.confirmed }));
const decide: fc.Arbitrary<MakeCommand> = fc
  .record({ ref, who: user, approve: fc.boolean() })
  .map((f) => (r) => ({ type: 'decide', event: r(f.ref), userId: f.who, approve: f.approve }));
const get: fc.Arbitrary<MakeCommand> = fc.record({ ref, occurrence }).map((f) => (r) => ({ type: 'get', event: r(f.ref), occurrence: f.occurrence }));
const list: fc.Arbitrary<MakeCommand> = fc
  .record({ query: fc.option(text, { nil: undefined }), scope: fc.constantFrom('workspace', 'hosting', 'attending', 'mine') })
  .map((f) => () => ({ type: 'list', scope: f.scope, ...(f.query !== undefined ? { query: f.query } : {}) }));
const settings: fc.Arbitrary<MakeCommand> = fc
  .record({ locale: fc.oneof(fc.constantFrom('en', 'en_US', 'de-DE', 'x'), text), tz: fc.constantFrom('UTC', 'Mars/Base', 'Asia/Kolkata') })
  .map((f) => () => ({ type: 'user_settings', locale: f.locale, timezone: f.tz }));

const command: fc.Arbitrary<MakeCommand> = fc.oneof(
  { weight: 4, arbitrary: create },
  { weight: 6, arbitrary: rsvp },
  { weight: 2, arbitrary: offer },
  { weight: 1, arbitrary: update },
  { weight: 1, arbitrary: cancel },
  { weight: 1, arbitrary: remove },
  { weight: 1, arbitrary: decide },
  { weight: 1, arbitrary: get },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: settings },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('cmd' as const), who: user, manager: fc.boolean(), cmd: command }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tick' as const), minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }) }) },
);

describe.each(storeFactories())('core commands with arbitrary field values on $name', (factory) => {
  let store: Store;
  let other: string;
  beforeAll(async () => {
    store = await factory.open();
    // Another tenant, with an event and answers: nothing done in the property's tenants may touch it.
    const service = new EventService({ store, clock: new ManualClock(new Date(START)), lifecycle: createReminderLifecycle() });
    const t2 = { platform: 'slack' as const, workspaceId: 'T2' };
    const made = await service.run({ ...t2, userId: 'U1' }, { type: 'create', input: { title: 'Game night', start: '2026-11-25T19:00:00Z', timezone: 'UTC', capacity: 1 } });
    if (!made.ok) throw new Error(made.error.message);
    await service.run({ ...t2, userId: 'U2' }, { type: 'rsvp', event: made.value.event.id, status: 'going' });
    other = made.value.event.id;
  });
  afterAll(async () => {
    await store.close();
  });

  it('never throws, answers only with known error codes, and every invariant holds after each sequence', async () => {
    const before = await tenantSnapshot(store, 'slack', 'T2');
    let run = 0;
    const succeeded = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 20 }), async (steps) => {
        const workspaceId = `w${run++}`;
        const clock = new ManualClock(new Date(START));
        const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
        const scheduler = new Scheduler({ store, clock, notifiers: { console: new RecordingNotifier() }, publisher: service, rollEveryMs: 0 });
        const ids: string[] = [];
        // Mostly events of this sequence; now and then the other tenant's (a cross-tenant attempt).
        const resolve = (x: Ref) => ('pick' in x ? (x.pick === 13 || ids.length === 0 ? other : ids[x.pick % ids.length]!) : x.text);
        // Every sequence starts with one event with two seats, so the answers have something to fill.
        const seed = await service.run(
          { platform: 'console', workspaceId, userId: 'alice' },
          { type: 'create', input: { title: 'Seed night', start: '2026-11-23T19:00:00Z', timezone: 'UTC', capacity: 2, channelId: 'general', waitlistOffers: run % 2 === 0 } },
        );
        if (seed.ok) ids.push(seed.value.event.id);
        for (const s of steps) {
          if (s.kind === 'tick') {
            clock.advance(s.minutes * 60_000);
            await scheduler.drain();
            continue;
          }
          const actor: ActorInput = { platform: 'console', workspaceId, userId: s.who, platformManager: s.manager };
          const cmd = s.cmd(resolve);
          const r = await service.run(actor, cmd);
          if (r.ok) {
            succeeded.set(cmd.type, (succeeded.get(cmd.type) ?? 0) + 1);
            const id = (r.value as { event?: { id?: string } }).event?.id;
            if (id && !ids.includes(id)) ids.push(id);
          } else {
            expect(CODES.has(r.error.code), r.error.message).toBe(true);
            expect(r.error.message.length).toBeGreaterThan(0);
          }
        }
        expect(await invariantViolations(store)).toEqual([]);
      }),
      { numRuns: runs(factory.name === 'postgres' ? 12 : 25), endOnFailure: true },
    );
    expect(await tenantSnapshot(store, 'slack', 'T2')).toBe(before);
    // Not vacuous: the sequences really made events and took answers.
    expect(succeeded.get('create') ?? 0, JSON.stringify([...succeeded])).toBeGreaterThan(3);
    expect(succeeded.get('rsvp') ?? 0, JSON.stringify([...succeeded])).toBeGreaterThan(0);
  }, 600_000);
});
