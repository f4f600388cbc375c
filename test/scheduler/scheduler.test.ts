import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateEventInput } from '../../src/core/event-schema.ts';
import type { Store } from '../../src/store/database.ts';
import type { EventView } from '../../src/core/view.ts';
import type { EventService } from '../../src/core/service.ts';
import type { BatchStats } from '../../src/scheduler/dispatch.ts';
import type { Notifier } from '../../src/scheduler/notifier.ts';
import type { Scheduler } from '../../src/scheduler/scheduler.ts';
import type { Timer } from '../../src/scheduler/timer.ts';
import type { RecordingNotifier } from './support.ts';
import { remindersRepo } from '../../src/scheduler/repo.ts';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { insertSeed } from './seed.ts';
import { at, harness, iso } from './support.ts';

describe.each(storeFactories())('scheduler on $name', (factory) => {
  let store: Store;
  let h: ReturnType<typeof harness>;
  beforeEach(async () => {
    store = await factory.open();
  });
  afterEach(async () => {
    await h?.scheduler.stop();
    await store.close();
  });

  const create = async (input: Omit<CreateEventInput, 'title'>, who = 'host') =>
    ok(await h.service.run(actor(who), { type: 'create', input: { title: 'Game night', channelId: 'general', ...input } })).event;
  const rsvp = async (id: string, who: string, status: 'going' | 'maybe' | 'declined' = 'going') =>
    ok(await h.service.run(actor(who), { type: 'rsvp', event: id, status }));

  /** Step the clock to each instant: nothing fires a second early, the expected offsets fire on time. */
  async function expectFiring(expected: Array<[string, string]>) {
    for (const [instant, offset] of expected) {
      h.clock.set(new Date(at(instant) - 1000));
      await h.scheduler.drain();
      expect(h.notifier.take(), `nothing before ${instant}`).toEqual([]);
      h.clock.set(instant);
      await h.scheduler.drain();
      const got = h.notifier.take();
      expect(got.map((d) => d.offset), `at ${instant}`).toEqual([offset]);
      expect(got[0]!.now).toBe(at(instant));
      expect(got[0]!.attempt).toBe(1);
    }
  }

  const ALL = ['PT0M', 'PT15M', 'PT1H', 'P1D', 'P1W'];
  /** An event's rows other than its card's (posting and redrawing cards is tested in cards.test.ts). */
  const noticeRows = async (id: string) => (await remindersRepo.byEvent(store.db, id)).filter((r) => r.kind !== 'card');

  it('New York: each offset fires at the right instant across the fall-back change', async () => {
    h = harness(store, '2026-10-20T12:00:00Z');
    await create({ start: '2026-11-01T19:00:00-05:00', timezone: 'America/New_York', reminderOffsets: ALL, reminderAudience: 'channel' });
    await expectFiring([
      ['2026-10-25T23:00:00Z', 'P1W'],
      ['2026-10-31T23:00:00Z', 'P1D'],
      ['2026-11-01T23:00:00Z', 'PT1H'],
      ['2026-11-01T23:45:00Z', 'PT15M'],
      ['2026-11-02T00:00:00Z', 'PT0M'],
    ]);
    h.clock.set('2026-11-10T00:00:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take()).toEqual([]);
  });

  it('New York: spring forward', async () => {
    h = harness(store, '2027-03-01T12:00:00Z');
    await create({ start: '2027-03-14T19:00:00-04:00', timezone: 'America/New_York', reminderOffsets: ['P1D', 'PT1H'], reminderAudience: 'channel' });
    await expectFiring([
      ['2027-03-14T00:00:00Z', 'P1D'],
      ['2027-03-14T22:00:00Z', 'PT1H'],
    ]);
  });

  it('Sydney: each offset fires at the right instant across both changes', async () => {
    h = harness(store, '2026-09-20T00:00:00Z');
    await create({ start: '2026-10-04T19:00:00+11:00', timezone: 'Australia/Sydney', reminderOffsets: ALL, reminderAudience: 'channel' });
    await create({ start: '2027-04-04T19:00:00+10:00', timezone: 'Australia/Sydney', reminderOffsets: ['P1D'], reminderAudience: 'channel' });
    await expectFiring([
      ['2026-09-27T09:00:00Z', 'P1W'],
      ['2026-10-03T09:00:00Z', 'P1D'],
      ['2026-10-04T07:00:00Z', 'PT1H'],
      ['2026-10-04T07:45:00Z', 'PT15M'],
      ['2026-10-04T08:00:00Z', 'PT0M'],
      ['2027-04-03T08:00:00Z', 'P1D'],
    ]);
  });

  it('an offset already passed at creation is never sent', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    await create({ start: '2026-11-21T14:00:00Z', timezone: 'UTC', reminderOffsets: ['P1D', 'PT15M'], reminderAudience: 'channel' });
    h.clock.set('2026-11-21T13:45:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take().map((d) => d.offset)).toEqual(['PT15M']);
  });

  it('DMs go to going (and maybe when asked), not to those who turned reminder DMs off; computed when due', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    const e = await create({ start: '2026-11-22T18:00:00Z', timezone: 'UTC', reminderOffsets: ['PT15M'], reminderAudience: 'both', remindMaybe: true });
    ok(await h.service.run(actor('quiet'), { type: 'user_settings', reminderDms: false }));
    await rsvp(e.id, 'ann');
    await rsvp(e.id, 'quiet');
    await rsvp(e.id, 'may', 'maybe');
    await rsvp(e.id, 'nope', 'declined');
    h.clock.set('2026-11-22T17:00:00Z');
    await rsvp(e.id, 'late'); // after planning, before due
    h.clock.set('2026-11-22T17:45:00Z');
    await h.scheduler.drain();
    const got = h.notifier.take();
    expect(got.map((d) => d.target).sort()).toEqual(['#general', '@ann', '@late', '@may']);
    expect(new Set(got.map((d) => d.key)).size).toBe(4);
    expect(got.find((d) => d.target === '@ann')!.notice.event.counts.going).toBe(3);
  });

  it('moving an event re-plans its reminders and tells the attendees the new time', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    const e = await create({ start: '2026-11-25T18:00:00Z', timezone: 'UTC', reminderOffsets: ['P1D', 'PT15M'], reminderAudience: 'dm' });
    await rsvp(e.id, 'ann');
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { start: '2026-11-26T20:00:00Z' } }));
    await h.scheduler.drain();
    const moved = h.notifier.take();
    expect(moved.map((d) => [d.kind, d.target])).toEqual([['moved', '@ann']]);
    expect(moved[0]!.notice.previous).toEqual({ start: at('2026-11-25T18:00:00Z'), end: at('2026-11-25T19:00:00Z') });
    expect(moved[0]!.start).toBe(at('2026-11-26T20:00:00Z'));
    // The old day-before time passes silently; the new one fires.
    h.clock.set('2026-11-24T18:00:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take()).toEqual([]);
    h.clock.set('2026-11-25T20:00:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take().map((d) => [d.offset, d.target, iso(d.start)])).toEqual([['P1D', '@ann', '2026-11-26T20:00:00.000Z']]);
    const pending = (await remindersRepo.byEvent(store.db, e.id)).filter((r) => r.state === 'pending');
    expect(pending.map((r) => [r.offset_iso, iso(Number(r.due_at))])).toEqual([['PT15M', '2026-11-26T19:45:00.000Z']]);
  });

  it('moving a weekly event tells the people who answered its next occurrence', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    const e = await create({
      start: '2026-11-24T19:00:00Z',
      timezone: 'UTC',
      recurrence: { freq: 'WEEKLY', byday: ['TU'] },
      reminderOffsets: ['PT15M'],
      reminderAudience: 'dm',
    });
    await rsvp(e.id, 'ann');
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { start: '2026-11-24T20:00:00Z' } }));
    await h.scheduler.drain();
    const moved = h.notifier.take();
    expect(moved.map((d) => [d.kind, d.target, iso(d.start)])).toEqual([['moved', '@ann', '2026-11-24T20:00:00.000Z']]);
    expect(moved[0]!.notice.previous).toEqual({ start: at('2026-11-24T19:00:00Z'), end: at('2026-11-24T20:00:00Z') });
  });

  it('a freed seat and a host\'s decision are told to the person by DM, once each', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    const e = await create({ start: '2026-11-25T18:00:00Z', timezone: 'UTC', capacity: 1, reminderOffsets: [], reminderAudience: 'channel' });
    await rsvp(e.id, 'ann');
    await rsvp(e.id, 'bob');
    await rsvp(e.id, 'ann', 'declined');
    await h.scheduler.drain();
    const promoted = h.notifier.take();
    expect(promoted.map((d) => [d.kind, d.target])).toEqual([['promoted', '@bob']]);
    await h.scheduler.drain();
    expect(h.notifier.take()).toEqual([]);

    const f = await create({ start: '2026-11-26T18:00:00Z', timezone: 'UTC', approvalRequired: true, reminderOffsets: [], reminderAudience: 'channel' });
    await rsvp(f.id, 'cat');
    await rsvp(f.id, 'dan');
    ok(await h.service.run(actor('host'), { type: 'decide', event: f.id, userId: 'cat', approve: true }));
    ok(await h.service.run(actor('host'), { type: 'decide', event: f.id, userId: 'dan', approve: false }));
    await h.scheduler.drain();
    const decided = h.notifier.take();
    expect(decided.map((d) => [d.kind, d.target, d.notice.decision]).sort()).toEqual([
      ['decided', '@cat', 'going'],
      ['decided', '@dan', 'declined'],
    ]);
  });

  it('an edit that does not move keeps the plan (no duplicate of a sent reminder)', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    const e = await create({ start: '2026-11-25T18:00:00Z', timezone: 'UTC', reminderOffsets: ['P1D', 'PT15M'], reminderAudience: 'channel' });
    h.clock.set('2026-11-24T18:00:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take()).toHaveLength(1);
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { title: 'Board games' } }));
    await h.scheduler.drain();
    expect(h.notifier.take()).toEqual([]);
    h.clock.set('2026-11-25T17:45:00Z');
    await h.scheduler.drain();
    const got = h.notifier.take();
    expect(got.map((d) => d.offset)).toEqual(['PT15M']);
    expect(got[0]!.notice.event.title).toBe('Board games');
  });

  it('cancelling withdraws reminders and tells the attendees; deleting removes the rows', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    const e = await create({ start: '2026-11-25T18:00:00Z', timezone: 'UTC', reminderOffsets: ['P1D', 'PT15M'], reminderAudience: 'dm' });
    await rsvp(e.id, 'ann');
    await rsvp(e.id, 'bob', 'maybe');
    ok(await h.service.run(actor('host'), { type: 'cancel', event: e.id, reason: 'rain' }));
    await h.scheduler.drain();
    const told = h.notifier.take();
    expect(told.map((d) => [d.kind, d.target]).sort()).toEqual([['cancelled', '@ann'], ['cancelled', '@bob']]);
    expect(told[0]!.notice.reason).toBe('rain');
    h.clock.set('2026-11-25T18:00:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take()).toEqual([]);
    const e2 = await create({ start: '2026-11-27T18:00:00Z', timezone: 'UTC', reminderOffsets: ['PT15M'] });
    expect((await noticeRows(e2.id)).length).toBe(2);
    ok(await h.service.run(actor('host'), { type: 'delete', event: e2.id }));
    expect(await remindersRepo.byEvent(store.db, e2.id)).toEqual([]);
  });

  it('recurring occurrences roll forward as they pass, 7pm local across DST', async () => {
    h = harness(store, '2026-10-19T12:00:00Z', { horizonMs: 7 * 86_400_000 });
    const e = await create({
      start: '2026-10-20T19:00:00-04:00',
      timezone: 'America/New_York',
      recurrence: { freq: 'WEEKLY' },
      reminderOffsets: ['PT1H'],
      reminderAudience: 'channel',
    });
    const fired: string[] = [];
    for (let day = 0; day < 28; day++) {
      h.clock.set(new Date(at('2026-10-19T12:00:00Z') + day * 86_400_000));
      await h.scheduler.rollForward();
      for (let hour = 0; hour < 24; hour++) {
        h.clock.set(new Date(at('2026-10-19T12:00:00Z') + day * 86_400_000 + hour * 3_600_000));
        await h.scheduler.drain();
        for (const d of h.notifier.take()) fired.push(`${iso(d.now)} ${iso(d.start)}`);
      }
    }
    expect(fired).toEqual([
      '2026-10-20T22:00:00.000Z 2026-10-20T23:00:00.000Z',
      '2026-10-27T22:00:00.000Z 2026-10-27T23:00:00.000Z',
      '2026-11-03T23:00:00.000Z 2026-11-04T00:00:00.000Z',
      '2026-11-10T23:00:00.000Z 2026-11-11T00:00:00.000Z',
    ]);
    // Rolling is idempotent and never plans beyond the horizon.
    await h.scheduler.rollForward();
    await h.scheduler.rollForward();
    const rows = await remindersRepo.byEvent(store.db, e.id);
    expect(rows.filter((r) => r.state === 'pending' && r.kind === 'reminder').length).toBe(1);
  });

  it('a draft is published and announced at its publish-at instant', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    const e = await create({ start: '2026-11-28T18:00:00Z', timezone: 'UTC', publishAt: '2026-11-23T09:00:00Z', reminderOffsets: ['P1W', 'P1D'] });
    expect(e.status).toBe('draft');
    h.clock.set('2026-11-23T08:59:59Z');
    await h.scheduler.drain();
    expect(h.notifier.take()).toEqual([]);
    h.clock.set('2026-11-23T09:00:00Z');
    await h.scheduler.drain();
    const got = h.notifier.take();
    expect(got.map((d) => [d.kind, d.target])).toEqual([['announcement', '#general']]);
    expect(got[0]!.notice.event.status).toBe('scheduled');
    expect(ok(await h.service.run(actor('x'), { type: 'get', event: e.id })).event.status).toBe('scheduled');
    await rsvp(e.id, 'ann');
    h.clock.set('2026-11-27T18:00:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take().map((d) => [d.offset, d.target]).sort()).toEqual([['P1D', '#general'], ['P1D', '@ann']]);
  });

  it('after downtime: the late reminder closest to the start is sent with the real time left; older ones and started events are skipped', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    const e = await create({ start: '2026-11-22T18:00:00Z', timezone: 'UTC', reminderOffsets: ['P1D', 'PT1H', 'PT15M'], reminderAudience: 'channel' });
    await create({ start: '2026-11-22T17:50:00Z', timezone: 'UTC', reminderOffsets: ['PT15M'], reminderAudience: 'channel' });
    h.clock.set('2026-11-22T17:57:00Z'); // down since before the day-before reminder
    const s = await h.scheduler.drain();
    const got = h.notifier.take();
    expect(got.map((d) => d.offset)).toEqual(['PT15M']);
    expect(got[0]!.now).toBe(at('2026-11-22T17:57:00Z'));
    expect(got[0]!.start - got[0]!.now).toBe(3 * 60_000); // "starts in 3 minutes"
    expect(s.skipped).toBe(3);
    const why = (await noticeRows(e.id)).map((r) => [r.offset_iso, r.state, r.last_error]);
    expect(why).toEqual([
      ['P1D', 'skipped', 'superseded: the PT15M reminder is due too'],
      ['PT1H', 'skipped', 'superseded: the PT15M reminder is due too'],
      ['PT15M', 'sent', null],
    ]);
  });

  it('a reminder a little late but before the next offset is due still goes', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    await create({ start: '2026-11-22T18:00:00Z', timezone: 'UTC', reminderOffsets: ['PT1H', 'PT15M'], reminderAudience: 'channel' });
    h.clock.set('2026-11-22T17:30:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take().map((d) => [d.offset, d.start - d.now])).toEqual([['PT1H', 30 * 60_000]]);
  });

  it('a throwing notifier is retried with backoff and the same key; after the limit: failed, host told once', async () => {
    h = harness(store, '2026-11-21T12:00:00Z', { maxAttempts: 3, backoffMs: (n) => n * 60_000 });
    const e = await create({ start: '2026-11-23T18:00:00Z', timezone: 'UTC', reminderOffsets: ['PT1H'], reminderAudience: 'both' });
    await rsvp(e.id, 'ann');
    await rsvp(e.id, 'bob');
    h.notifier.failWith = (n) => (n.kind === 'reminder' ? new Error('503 from the platform') : null);
    h.clock.set('2026-11-23T17:00:00Z');
    await h.scheduler.drain();
    const first = h.notifier.take();
    expect(first.map((d) => d.attempt)).toEqual([1, 1, 1]);
    h.clock.set('2026-11-23T17:00:59Z');
    await h.scheduler.drain();
    expect(h.notifier.take()).toEqual([]); // backoff 1 minute
    h.clock.set('2026-11-23T17:01:00Z');
    await h.scheduler.drain();
    const second = h.notifier.take();
    expect(second.map((d) => d.key).sort()).toEqual(first.map((d) => d.key).sort());
    expect(second.map((d) => d.attempt)).toEqual([2, 2, 2]);
    h.clock.set('2026-11-23T17:03:00Z');
    await h.scheduler.drain();
    const third = h.notifier.take();
    expect(third.filter((d) => d.kind === 'reminder').map((d) => d.attempt)).toEqual([3, 3, 3]);
    // Two failed reminders (channel, attendees): one notice each to the host, not one per DM.
    const told = third.filter((d) => d.kind === 'delivery_failed');
    expect(told.map((d) => d.target)).toEqual(['@host', '@host']);
    expect(told[0]!.notice.error).toMatch(/gave up after 3 attempts: 503 from the platform/);
    h.clock.set('2026-11-23T17:30:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take()).toEqual([]);
    const states = (await noticeRows(e.id)).map((r) => `${r.kind}:${r.target}:${r.state}`).sort();
    expect(states).toEqual([
      'delivery_failed:dm:sent',
      'delivery_failed:dm:sent',
      'reminder:attendees:sent',
      'reminder:channel:failed',
      'reminder:dm:failed',
      'reminder:dm:failed',
    ]);
  });

  it('unreachable: a closed DM is skipped without retry; a gone channel fails and tells the host', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    const e = await create({ start: '2026-11-23T18:00:00Z', timezone: 'UTC', reminderOffsets: ['PT1H'], reminderAudience: 'both' });
    await rsvp(e.id, 'ann');
    h.notifier.failWith = (n) => (n.kind === 'reminder' ? { status: 'unreachable', reason: 'gone' } : null);
    h.clock.set('2026-11-23T17:00:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take().map((d) => `${d.kind}${d.target}`).sort()).toEqual(['delivery_failed@host', 'reminder#general', 'reminder@ann']);
    h.clock.set('2026-11-23T17:59:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take()).toEqual([]);
  });

  it('a draft published by an edit is announced at once, and its planned announcement withdrawn', async () => {
    h = harness(store, '2026-11-21T12:00:00Z');
    const e = await create({ start: '2026-11-28T18:00:00Z', timezone: 'UTC', publishAt: '2026-11-25T09:00:00Z', reminderOffsets: ['PT15M'] });
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { publishAt: null } }));
    await h.scheduler.drain();
    expect(h.notifier.take().map((d) => [d.kind, d.target])).toEqual([['announcement', '#general']]);
    h.clock.set('2026-11-25T09:00:00Z');
    await h.scheduler.drain();
    expect(h.notifier.take()).toEqual([]);
  });

  it('a slow batch gives back rows it has too little lease left for, instead of racing another process', async () => {
    h = harness(store, '2026-11-21T12:00:00Z', { concurrency: 1, leaseMs: 10_000 });
    for (const offset of ['PT1H', 'PT50M', 'PT40M', 'PT30M', 'PT20M']) {
      await create({ start: '2026-11-23T18:00:00Z', timezone: 'UTC', reminderOffsets: [offset], reminderAudience: 'channel' });
    }
    await h.scheduler.drain(); // the cards are posted when the events are created
    h.clock.set('2026-11-23T17:40:00Z');
    h.notifier.failWith = () => {
      h.clock.advance(3_000); // each hand-off takes 3 s; the timeout is half the lease (5 s)
      return null;
    };
    const s = await h.scheduler.drain();
    const got = h.notifier.take();
    // Each reminder once, in due order, always on its first attempt.
    expect(got.map((d) => d.offset)).toEqual(['PT1H', 'PT50M', 'PT40M', 'PT30M', 'PT20M']);
    expect(got.every((d) => d.attempt === 1)).toBe(true);
    // Pass 1 (lease to +10 s): two hand-offs end by +6 s; a third could end at +11 s, so three go back.
    // Pass 2 (to +16 s): two more; the last goes back again. Pass 3: the last.
    expect(s.released).toBe(4);
    expect(s.sent).toBe(5);
  });

  it('a process dying after 3 of 10 DMs: the next one sends the other 7 and none of the 3 again', async () => {
    h = harness(store, '2026-11-21T12:00:00Z', { concurrency: 1, leaseMs: 60_000 });
    const e = await create({ start: '2026-11-23T18:00:00Z', timezone: 'UTC', reminderOffsets: ['PT1H'], reminderAudience: 'dm' });
    for (let i = 0; i < 10; i++) await rsvp(e.id, `u${i}`);
    h.clock.set('2026-11-23T17:00:00Z');
    // Process A: fans out, then its 4th hand-off never returns (the process is gone).
    const { Scheduler } = await import('../../src/scheduler/scheduler.ts');
    const { RecordingNotifier } = await import('./support.ts');
    const dying = new RecordingNotifier();
    const hang: Notifier = {
      async deliver(n, t) {
        const r = await dying.deliver(n, t);
        if (dying.calls.length === 4) await new Promise(() => {});
        return r;
      },
    };
    const a = new Scheduler({ store, clock: h.clock, notifiers: { console: hang }, concurrency: 1, leaseMs: 60_000, owner: 'A' });
    expect((await a.runOnce()).fannedOut).toBe(10);
    void a.runOnce();
    for (let i = 0; i < 200 && dying.calls.length < 4; i++) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    const sentByA = dying.calls.slice(0, 3).map((d) => d.key);
    expect(dying.calls).toHaveLength(4);
    // Process B, after A's lease expired.
    h.clock.advance(60_001);
    await h.scheduler.drain();
    const byB = h.notifier.take();
    expect(byB).toHaveLength(7);
    expect(byB.filter((d) => sentByA.includes(d.key))).toEqual([]);
    expect(byB.find((d) => d.key === dying.calls[3]!.key)?.attempt).toBe(2);
    expect(new Set([...sentByA, ...byB.map((d) => d.key)]).size).toBe(10);
  });

  it('the loop sleeps until the next due row, delivers, and stops gracefully', async () => {
    const { systemClock } = await import('../../src/core/clock.ts');
    h = harness(store, '2026-11-21T12:00:00Z', { clock: systemClock, maxSleepMs: 200 });
    const now = Date.now();
    await insertSeed(store, { events: 1, reminders: 3, dueAt: (i) => now + 100 + i * 50 });
    h.scheduler.start();
    const deadline = Date.now() + 5000;
    while (h.notifier.calls.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await h.scheduler.stop();
    const lags = h.notifier.take().map((d) => d.now - (now + 100));
    expect(lags).toHaveLength(3);
    expect(h.scheduler.running).toBe(false);
  });
});

describe.each(storeFactories())('the running loop on $name', (factory) => {
  type Loop = { service: EventService; scheduler: Scheduler; notifier: RecordingNotifier; create: (title: string) => Promise<EventView> };
  /** A running scheduler on the real clock, woken by the core's changes, recording what it sends; all closed after `body`. */
  async function withRunningLoop(opts: { wakeAfterMs?: number; onBatch?: (s: BatchStats) => void; timer?: Timer }, body: (loop: Loop) => Promise<void>) {
    const store = await factory.open();
    const { systemClock } = await import('../../src/core/clock.ts');
    const { EventService } = await import('../../src/core/service.ts');
    const { createReminderLifecycle } = await import('../../src/scheduler/lifecycle.ts');
    const { Scheduler } = await import('../../src/scheduler/scheduler.ts');
    const { RecordingNotifier } = await import('./support.ts');
    const notifier = new RecordingNotifier();
    const scheduler = new Scheduler({ store, clock: systemClock, notifiers: { console: notifier }, maxSleepMs: 60_000, ...opts });
    const service = new EventService({ store, clock: systemClock, lifecycle: createReminderLifecycle({ onQueued: () => scheduler.wake() }) });
    const start = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const create = async (title: string) => ok(await service.run(actor('host'), { type: 'create', input: { title, start, timezone: 'UTC', channelId: 'general' } })).event;
    try {
      await body({ service, scheduler, notifier, create });
    } finally {
      await scheduler.stop();
      await store.close();
    }
  }

  it('wakes early when the lifecycle queues something, instead of sleeping its full bound', async () => {
    await withRunningLoop({}, async ({ service, scheduler, notifier, create }) => {
      const e = await create('Soon');
      scheduler.start();
      await scheduler.whenIdle(); // asleep, for up to a minute
      const t0 = Date.now();
      ok(await service.run(actor('host'), { type: 'cancel', event: e.id, reason: 'ill' }));
      while (notifier.calls.length === 0 && Date.now() - t0 < 5_000) await new Promise((r) => setTimeout(r, 10));
      expect(notifier.calls.map((d) => [d.kind, d.target])).toEqual([['cancelled', '#general']]);
      expect(Date.now() - t0).toBeLessThan(2_000);
    });
  });

  it('the wake window is waited on the injected timer (tests and simulations control it like every other wait)', async () => {
    const { realTimer } = await import('../../src/scheduler/timer.ts');
    const held: Array<() => void> = [];
    // Holds the 50 ms wake window until the test lets it go; every other wait is real.
    const timer: Timer = {
      sleep: (ms, signal) => (ms === 50 ? new Promise<void>((resolve) => { held.push(resolve); signal.addEventListener('abort', () => resolve(), { once: true }); }) : realTimer.sleep(ms, signal)),
    };
    await withRunningLoop({ wakeAfterMs: 50, timer }, async ({ scheduler, notifier, create }) => {
      scheduler.start();
      await scheduler.whenIdle();
      await create('A');
      await new Promise((r) => setTimeout(r, 300));
      expect(held).toHaveLength(1);
      expect(notifier.cards, 'not woken while the window is held').toEqual([]);
      held[0]!();
      const t0 = Date.now();
      while (notifier.cards.length === 0 && Date.now() - t0 < 5_000) await new Promise((r) => setTimeout(r, 10));
      expect(notifier.cards).toHaveLength(1);
    });
  });

  it('cards of commands that arrive close together go out in one batch (one claim), not a claim each', async () => {
    const batches: number[] = [];
    await withRunningLoop({ wakeAfterMs: 400, onBatch: (s) => batches.push(s.claimed) }, async ({ scheduler, notifier, create }) => {
      scheduler.start();
      await scheduler.whenIdle();
      const t0 = Date.now();
      await create('A');
      await new Promise((r) => setTimeout(r, 100));
      expect(notifier.cards).toEqual([]); // woken, but waiting for more
      for (const title of ['B', 'C', 'D', 'E']) await create(title);
      // A batch is counted once it is settled, just after its last card.
      const sum = () => batches.reduce((a, b) => a + b, 0);
      while ((notifier.cards.length < 5 || sum() < 5) && Date.now() - t0 < 5_000) await new Promise((r) => setTimeout(r, 10));
      expect(notifier.cards).toHaveLength(5);
      expect(batches).toEqual([5]);
      expect(Date.now() - t0).toBeLessThan(2_000);
    });
  });
});
