import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { describeOffset } from '../../src/core/values.ts';
import { lateness, reminderDue } from '../../src/scheduler/plan.ts';
import { remindersRepo } from '../../src/scheduler/repo.ts';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { at, iso, withScheduler } from './support.ts';

/** Issue 14, item 5: all-day events remind at a local hour, not at midnight minus the offset. */
describe('all-day reminders at a local hour (pure)', () => {
  it('9:00 on the day for offsets under a day, N whole days before at 9:00 otherwise', () => {
    const start = DateTime.fromISO('2026-12-10T00:00', { zone: 'Europe/Berlin' }).toMillis();
    const at9 = 9 * 60;
    expect(iso(reminderDue(start, 'PT15M', 'Europe/Berlin', at9))).toBe('2026-12-10T08:00:00.000Z');
    expect(iso(reminderDue(start, 'PT0M', 'Europe/Berlin', at9))).toBe('2026-12-10T08:00:00.000Z');
    expect(iso(reminderDue(start, 'P1D', 'Europe/Berlin', at9))).toBe('2026-12-09T08:00:00.000Z');
    expect(iso(reminderDue(start, 'PT36H', 'Europe/Berlin', at9))).toBe('2026-12-09T08:00:00.000Z');
    expect(iso(reminderDue(start, 'P1W', 'Europe/Berlin', 7 * 60 + 30))).toBe('2026-12-03T06:30:00.000Z');
    // The reminder day is the 23-hour spring-forward day: still 23:00 on the wall clock.
    const april = DateTime.fromISO('2027-04-07T00:00', { zone: 'Europe/Berlin' }).toMillis();
    expect(iso(reminderDue(april, 'P10D', 'Europe/Berlin', 23 * 60))).toBe('2027-03-28T21:00:00.000Z');
  });

  it('property: the due time is the local hour in the event zone, floor(offset in days) days before, across DST', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 14 * 24 * 60 }),
        fc.integer({ min: 0, max: 1439 }),
        (zone, dayIndex, offsetMinutes, atMinutes) => {
          const day = DateTime.fromISO('2026-01-01', { zone }).plus({ days: dayIndex }).startOf('day');
          const due = DateTime.fromMillis(reminderDue(day.toMillis(), `PT${offsetMinutes}M`, zone, atMinutes), { zone });
          const days = Math.floor(offsetMinutes / 1440);
          expect(due.toISODate()).toBe(day.minus({ days }).toISODate());
          // A local time skipped by a DST change moves forward by the gap; otherwise it is exact.
          expect(due.hour * 60 + due.minute - atMinutes).toBeGreaterThanOrEqual(0);
          expect(due.hour * 60 + due.minute - atMinutes).toBeLessThanOrEqual(60);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an all-day reminder on the day is on time, not "late" because the day began at midnight', () => {
    const occ = { start: at('2026-12-10T00:00:00Z'), end: at('2026-12-11T00:00:00Z') };
    expect(lateness('reminder', 'PT15M', occ, at('2026-12-10T09:00:00Z'), true)).toEqual({ send: true });
    expect(lateness('reminder', 'PT15M', occ, at('2026-12-11T00:00:00Z'), true).send).toBe(false);
  });

  it('offsets read in words, never as fractions', () => {
    expect(describeOffset('PT2M31S')).toBe('2 minutes 31 seconds');
    expect(describeOffset('PT151S')).toBe('2 minutes 31 seconds');
    expect(describeOffset('P1DT2H')).toBe('1 day 2 hours');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 * 86_400 }), (s) => {
        expect(describeOffset(`PT${s}S`)).toMatch(/^(\d+ (week|day|hour|minute|second)s? ?)+$/);
      }),
    );
  });
});

describe.each(storeFactories())('all-day reminders through the scheduler on $name', (factory) => {
  const h = withScheduler(factory, '2026-11-21T12:00:00Z');

  it('remind at 9:00 the day before and on the day; a workspace hour moves them', async () => {
    const e = ok(
      await h.service.run(actor('host'), {
        type: 'create',
        input: { title: 'Hackathon', channelId: 'general', start: '2026-12-10T00:00:00+01:00', timezone: 'Europe/Berlin', allDay: true, reminderAudience: 'channel' },
      }),
    ).event;
    const dues = async () =>
      (await remindersRepo.byEvent(h.store.db, e.id)).filter((r) => r.state === 'pending' && r.kind !== 'card').map((r) => [r.offset_iso, iso(Number(r.due_at))]).sort();
    expect(await dues()).toEqual([
      ['P1D', '2026-12-09T08:00:00.000Z'],
      ['PT15M', '2026-12-10T08:00:00.000Z'],
    ]);
    ok(await h.service.run(actor('boss', { platformManager: true }), { type: 'workspace_settings', allDayReminderAt: 7 * 60 + 30 }));
    expect(await dues()).toEqual([
      ['P1D', '2026-12-09T06:30:00.000Z'],
      ['PT15M', '2026-12-10T06:30:00.000Z'],
    ]);
    for (const [instant, offset] of [['2026-12-09T06:30:00Z', 'P1D'], ['2026-12-10T06:30:00Z', 'PT15M']] as const) {
      h.clock.set(new Date(at(instant) - 1000));
      await h.scheduler.drain();
      expect(h.notifier.take()).toEqual([]);
      h.clock.set(instant);
      await h.scheduler.drain();
      const got = h.notifier.take();
      expect(got.map((d) => [d.offset, d.target])).toEqual([[offset, '#general']]);
    }
  });
});
