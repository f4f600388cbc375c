import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/core/event.ts';
import { lateness, planEvent, reminderDue } from '../../src/scheduler/plan.ts';
import { recipientKey } from '../../src/scheduler/keys.ts';
import { seedEvent } from './seed.ts';
import { at, iso } from './support.ts';

/** A New York event on Nov 1 at 7pm with the common offsets; seedEvent gives the rest. */
function event(over: Partial<EventRecord> = {}): EventRecord {
  return {
    ...seedEvent('ev000001', at('2026-11-02T00:00:00Z')),
    title: 'T',
    lastEnd: null,
    timezone: 'America/New_York',
    reminderOffsets: ['PT0M', 'PT15M', 'PT1H', 'P1D', 'P1W'],
    ...over,
  };
}

const due = (rows: ReturnType<typeof planEvent>) => Object.fromEntries(rows.map((r) => [r.offset, iso(r.dueAt)]));

describe('reminderDue: local-time arithmetic in the event zone', () => {
  it('New York, fall back (DST ends 2026-11-01): Sunday 7pm EST', () => {
    const start = at('2026-11-02T00:00:00Z'); // Sun 1 Nov 19:00 EST (UTC-5)
    expect(iso(reminderDue(start, 'PT0M', 'America/New_York'))).toBe('2026-11-02T00:00:00.000Z');
    expect(iso(reminderDue(start, 'PT15M', 'America/New_York'))).toBe('2026-11-01T23:45:00.000Z');
    expect(iso(reminderDue(start, 'PT1H', 'America/New_York'))).toBe('2026-11-01T23:00:00.000Z');
    // Sat 31 Oct 19:00 EDT (UTC-4): 25 real hours before.
    expect(iso(reminderDue(start, 'P1D', 'America/New_York'))).toBe('2026-10-31T23:00:00.000Z');
    // Sun 25 Oct 19:00 EDT.
    expect(iso(reminderDue(start, 'P1W', 'America/New_York'))).toBe('2026-10-25T23:00:00.000Z');
  });

  it('New York, spring forward (DST starts 2027-03-14): P1D is 7pm the day before, 23 real hours', () => {
    const start = at('2027-03-14T23:00:00Z'); // Sun 14 Mar 19:00 EDT
    expect(iso(reminderDue(start, 'P1D', 'America/New_York'))).toBe('2027-03-14T00:00:00.000Z'); // Sat 19:00 EST
    // PT1H is one real hour even across the gap: 03:30 EDT minus an hour is 01:30 EST.
    expect(iso(reminderDue(at('2027-03-14T07:30:00Z'), 'PT1H', 'America/New_York'))).toBe('2027-03-14T06:30:00.000Z');
  });

  it('Sydney, DST starts 2026-10-04 and ends 2027-04-04', () => {
    const spring = at('2026-10-04T08:00:00Z'); // Sun 4 Oct 19:00 AEDT (UTC+11)
    expect(iso(reminderDue(spring, 'P1D', 'Australia/Sydney'))).toBe('2026-10-03T09:00:00.000Z'); // Sat 19:00 AEST
    expect(iso(reminderDue(spring, 'P1W', 'Australia/Sydney'))).toBe('2026-09-27T09:00:00.000Z');
    expect(iso(reminderDue(spring, 'PT1H', 'Australia/Sydney'))).toBe('2026-10-04T07:00:00.000Z');
    const autumn = at('2027-04-04T09:00:00Z'); // Sun 4 Apr 19:00 AEST (UTC+10)
    expect(iso(reminderDue(autumn, 'P1D', 'Australia/Sydney'))).toBe('2027-04-03T08:00:00.000Z'); // Sat 19:00 AEDT
  });

  it('any ISO duration parses (P2DT3H, PT90M)', () => {
    const start = at('2026-12-10T18:00:00Z');
    expect(iso(reminderDue(start, 'P2DT3H', 'UTC'))).toBe('2026-12-08T15:00:00.000Z');
    expect(iso(reminderDue(start, 'PT90M', 'UTC'))).toBe('2026-12-10T16:30:00.000Z');
  });
});

describe('planEvent', () => {
  it('plans every offset that is still ahead, one row per target', () => {
    const rows = planEvent(event({ reminderAudience: 'both' }), at('2026-10-20T00:00:00Z'));
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.target))).toEqual(new Set(['channel', 'attendees']));
    expect(new Set(rows.map((r) => r.key)).size).toBe(10);
    expect(rows.every((r) => r.key.length <= 25)).toBe(true);
  });

  it('skips offsets whose due time has passed: a day-before reminder for an event in 2 hours is never planned', () => {
    const rows = planEvent(event(), at('2026-11-01T22:00:00Z'));
    expect(due(rows)).toEqual({
      PT0M: '2026-11-02T00:00:00.000Z',
      PT15M: '2026-11-01T23:45:00.000Z',
      PT1H: '2026-11-01T23:00:00.000Z',
    });
  });

  it('audience: dm only plans attendees rows; channel without a channel plans nothing', () => {
    expect(planEvent(event({ reminderAudience: 'dm', reminderOffsets: ['PT15M'] }), 0).map((r) => r.target)).toEqual(['attendees']);
    expect(planEvent(event({ channelId: null, reminderOffsets: ['PT15M'] }), 0)).toEqual([]);
  });

  it('keys depend on what the row is, not when it was planned; a moved event gets new keys', () => {
    const e = event();
    const a = planEvent(e, at('2026-10-01T00:00:00Z')).map((r) => r.key);
    const b = planEvent({ ...e, title: 'Renamed', version: 2 }, at('2026-10-02T00:00:00Z')).map((r) => r.key);
    expect(b).toEqual(a);
    const moved = planEvent({ ...e, start: e.start + 3_600_000, end: e.end + 3_600_000 }, at('2026-10-02T00:00:00Z')).map((r) => r.key);
    expect(moved.filter((k) => a.includes(k))).toEqual([]);
  });

  it('two offsets due at the same instant are one reminder', () => {
    const rows = planEvent(event({ reminderOffsets: ['PT60M', 'PT1H', 'PT15M'] }), at('2026-10-01T00:00:00Z'));
    expect(rows.map((r) => r.offset)).toEqual(['PT60M', 'PT15M']);
  });

  it('a cancelled event has nothing planned', () => {
    expect(planEvent(event({ status: 'cancelled' }), 0)).toEqual([]);
  });

  it('a draft: announcement at publish time, no reminder before it', () => {
    const rows = planEvent(event({ status: 'draft', publishAt: at('2026-10-30T12:00:00Z') }), at('2026-10-20T00:00:00Z'));
    expect(rows.find((r) => r.kind === 'announcement')?.dueAt).toBe(at('2026-10-30T12:00:00Z'));
    expect(rows.filter((r) => r.kind === 'reminder').map((r) => r.offset)).toEqual(['PT0M', 'PT15M', 'PT1H', 'P1D']);
  });

  it('recurring: occurrences within the horizon only, 7pm local on both sides of DST', () => {
    const e = event({
      start: at('2026-10-20T23:00:00Z'), // Tue 20 Oct 19:00 EDT
      end: at('2026-10-21T00:00:00Z'),
      recurrence: { freq: 'WEEKLY', interval: 1, byday: [], bymonthday: [], count: null, until: null },
      reminderOffsets: ['PT1H'],
    });
    const rows = planEvent(e, at('2026-10-20T00:00:00Z'), { horizonMs: 21 * 86_400_000 }).filter((r) => r.kind === 'reminder');
    expect(rows.map((r) => iso(r.occurrenceStart))).toEqual([
      '2026-10-20T23:00:00.000Z',
      '2026-10-27T23:00:00.000Z',
      '2026-11-04T00:00:00.000Z', // 19:00 EST after the change
    ]);
    expect(rows.map((r) => r.occurrence)).toEqual(rows.map((r) => iso(r.occurrenceStart)));
  });

  it('recipient keys are stable per recipient and fit a Discord nonce', () => {
    const k = recipientKey('abcdefghijklmnop', '123456789012345678');
    expect(k).toBe(recipientKey('abcdefghijklmnop', '123456789012345678'));
    expect(k).not.toBe(recipientKey('abcdefghijklmnop', '123456789012345679'));
    expect(k.length).toBeLessThanOrEqual(25);
  });
});

describe('lateness', () => {
  const occ = { start: at('2026-11-02T00:00:00Z'), end: at('2026-11-02T01:00:00Z') };
  it('late but not started: sent; started: skipped', () => {
    expect(lateness('reminder', 'PT15M', occ, occ.start - 60_000).send).toBe(true);
    expect(lateness('reminder', 'PT15M', occ, occ.start).send).toBe(false);
  });
  it('"starting now" keeps a short grace', () => {
    expect(lateness('reminder', 'PT0M', occ, occ.start + 4 * 60_000).send).toBe(true);
    expect(lateness('reminder', 'PT0M', occ, occ.start + 6 * 60_000).send).toBe(false);
  });
  it('change notices stop making sense when the occurrence is over', () => {
    expect(lateness('cancelled', null, occ, occ.end - 1).send).toBe(true);
    expect(lateness('moved', null, occ, occ.end).send).toBe(false);
  });
});

describe('judge: is a claimed row still worth delivering', async () => {
  const { judge } = await import('../../src/scheduler/verdict.ts');
  const e = event({ reminderOffsets: ['PT15M'] });
  const [row0] = planEvent(e, at('2026-10-01T00:00:00Z'));
  const { toRow } = await import('../../src/scheduler/repo.ts');
  const row = { ...toRow(row0!, 0), attempts: 1 } as import('../../src/scheduler/tables.ts').ReminderRow;
  const due = at('2026-11-01T23:45:00Z');

  it('delivers about the current occurrence', () => {
    expect(judge(row, e, due)).toEqual({ deliver: { key: '', start: e.start, end: e.end } });
  });
  it('skips for a deleted, cancelled, moved or not-yet-announced event', () => {
    expect(judge(row, null, due)).toEqual({ skip: 'the event was deleted' });
    expect(judge(row, { ...e, status: 'cancelled' }, due)).toEqual({ skip: 'the event was cancelled' });
    expect(judge(row, { ...e, start: e.start + 60_000, end: e.end + 60_000 }, due)).toEqual({ skip: 'stale: the event moved' });
    expect(judge(row, { ...e, status: 'draft' }, due)).toEqual({ skip: 'the event is not announced yet' });
    expect(judge(row, { ...e, workspaceId: 'other' }, due)).toEqual({ skip: 'the event was deleted' });
  });
  it('an announcement publishes a draft whose time has come, not one whose publish time moved later', () => {
    const draft = { ...e, status: 'draft' as const, publishAt: at('2026-10-20T00:00:00Z') };
    const ann = planEvent(draft, at('2026-10-01T00:00:00Z')).find((r) => r.kind === 'announcement')!;
    const annRow = { ...toRow(ann, 0), attempts: 1 } as import('../../src/scheduler/tables.ts').ReminderRow;
    expect(judge(annRow, draft, at('2026-10-20T00:00:00Z'))).toEqual({ publish: true });
    expect(judge(annRow, { ...draft, publishAt: at('2026-10-21T00:00:00Z') }, at('2026-10-20T00:00:00Z'))).toEqual({
      skip: 'stale: the publish time moved',
    });
  });
});
