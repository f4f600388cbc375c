import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/core/calendar-view.ts';
import { lastEnd, occurrencesBetween } from '../../src/core/occurrences.ts';
import type { Recurrence } from '../../src/core/recurrence.ts';
import { buildIcs, eventIcs } from '../../src/calendar/ics.ts';
import { googleCalendarUrl, outlookCalendarUrl } from '../../src/calendar/links.ts';
import { parseIcs } from './parse.ts';

const NOW = Date.parse('2026-01-10T12:00:00Z');

// Zones with northern and southern DST, half-hour offsets and DST steps, and none at all.
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/St_Johns',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Pacific/Auckland',
  'America/Santiago',
  'UTC',
];

function event(over: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: 'ev000001',
    title: 'Game night',
    description: null,
    location: null,
    joinUrl: null,
    start: Date.parse('2026-03-10T19:00:00Z'),
    end: Date.parse('2026-03-10T21:00:00Z'),
    lastEnd: null,
    timezone: 'Europe/Berlin',
    allDay: false,
    recurrence: null,
    status: 'scheduled',
    cancelReason: null,
    sequence: 0,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

const weekly = (over: Partial<Recurrence> = {}): Recurrence => ({
  freq: 'WEEKLY',
  interval: 1,
  byday: [],
  bymonthday: [],
  count: null,
  until: null,
  ...over,
});

/** A start in a zone at a wall-clock time, as the core stores it (luxon's reading of the local time). */
function localStart(zone: string, iso: string): number {
  return DateTime.fromISO(iso, { zone }).toMillis();
}

describe('per-event .ics', () => {
  it('a weekly series across a DST change keeps its wall time, and ical.js expands it to the instants the scheduler uses', () => {
    const start = localStart('Europe/Berlin', '2026-03-17T19:00');
    const e = event({ start, end: start + 2 * 3_600_000, recurrence: weekly({ byday: ['TU'], count: 6 }) });
    const [parsed] = parseIcs(eventIcs(e, { now: NOW })).events;
    const ours = occurrencesBetween(e, e.start, e.start + 400 * 86_400_000).map((o) => o.start);
    expect(parsed!.occurrences(10)).toEqual(ours);
    // 19:00 in Berlin is 18:00Z before the change on Mar 29 and 17:00Z after it.
    expect(new Date(ours[1]!).toISOString()).toBe('2026-03-24T18:00:00.000Z');
    expect(new Date(ours[2]!).toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(parsed!.tzid).toBe('Europe/Berlin');
    expect(parsed!.rrule).toMatch(/FREQ=WEEKLY/);
    expect(parsed!.rrule).toMatch(/COUNT=6/);
  });

  it('round-trips times, zones and repeats for any event (property)', () => {
    const recurrence = fc.option(
      fc.record({
        freq: fc.constantFrom('DAILY' as const, 'WEEKLY' as const, 'MONTHLY' as const),
        interval: fc.integer({ min: 1, max: 3 }),
        count: fc.integer({ min: 1, max: 30 }),
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 5 * 365 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.integer({ min: 15, max: 600 }),
        recurrence,
        (zone, day, hour, minute, minutes, rec) => {
          const local = DateTime.fromObject({ year: 2025, month: 1, day: 1, hour, minute }, { zone }).plus({ days: day });
          // A wall time that does not exist (inside a spring-forward gap) is not a start the core stores.
          if (local.hour !== hour) return;
          const start = local.toMillis();
          const r: Recurrence | null = rec ? { ...weekly(), ...rec } : null;
          const timing = { timezone: zone, start, end: start + minutes * 60_000, recurrence: r };
          const e = event({ ...timing, lastEnd: lastEnd(timing) });
          const parsed = parseIcs(eventIcs(e, { now: NOW })).events[0]!;
          expect(parsed.start).toBe(start);
          expect(parsed.end).toBe(e.end);
          expect(parsed.tzid).toBe(zone === 'UTC' ? null : zone);
          const horizon = e.start + 3 * 366 * 86_400_000;
          const ours = occurrencesBetween(e, e.start, horizon, 40).map((o) => o.start);
          const theirs = parsed.occurrences(40).filter((ms) => ms < horizon);
          expect(theirs).toHaveLength(ours.length);
          // Within hours of a DST change a wall time may not exist (a gap) or exist twice (a repeat).
          // RFC 5545 reads a gap with the offset before it and a repeat as its first instance, as luxon
          // does; ical.js resolves both the other way. There the readings may differ by the DST step;
          // everywhere else they must be the same instant.
          const offset = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
          const nearChange = (ms: number) => offset(ms - 3 * 3_600_000) !== offset(ms + 3 * 3_600_000);
          ours.forEach((ms, i) => {
            if (nearChange(ms)) expect(Math.abs(theirs[i]! - ms)).toBeLessThanOrEqual(3_600_000);
            else expect(theirs[i]).toBe(ms);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('an UNTIL ends the series on the same occurrence in both readings', () => {
    const start = localStart('America/New_York', '2026-10-26T18:30');
    const until = localStart('America/New_York', '2026-11-16T18:30');
    const e = event({ timezone: 'America/New_York', start, end: start + 3_600_000, recurrence: weekly({ until: new Date(until).toISOString() }) });
    const parsed = parseIcs(eventIcs(e, { now: NOW })).events[0]!;
    const ours = occurrencesBetween(e, start, start + 90 * 86_400_000).map((o) => o.start);
    expect(ours).toHaveLength(4);
    expect(parsed.occurrences(10)).toEqual(ours);
    expect(parsed.rrule).toMatch(/UNTIL=20261116T233000Z/);
  });

  it('keeps the UID, bumps SEQUENCE, and says CANCELLED with the reason', () => {
    const e = event({ title: 'Retro; notes, and \\ more', description: 'Bring\nsnacks', location: 'Room 4', sequence: 3 });
    const live = parseIcs(eventIcs(e, { now: NOW })).events[0]!;
    const gone = parseIcs(eventIcs({ ...e, status: 'cancelled', cancelReason: 'room taken', sequence: 4 }, { now: NOW })).events[0]!;
    expect(live.uid).toBe(gone.uid);
    expect(live.summary).toBe('Retro; notes, and \\ more');
    expect(live.description).toBe('Bring\nsnacks');
    expect(live.location).toBe('Room 4');
    expect(live.status).toBe('CONFIRMED');
    expect([live.sequence, gone.sequence]).toEqual([3, 4]);
    expect(gone.status).toBe('CANCELLED');
    expect(gone.description).toMatch(/^Cancelled: room taken/);
  });

  it('writes a join link as URL and all-day events as dates in their zone', () => {
    const day = localStart('Pacific/Auckland', '2026-07-04T00:00');
    const e = event({
      timezone: 'Pacific/Auckland',
      allDay: true,
      start: day,
      end: DateTime.fromMillis(day, { zone: 'Pacific/Auckland' }).plus({ days: 1 }).toMillis(),
      location: 'https://meet.example.com/abc',
      joinUrl: 'https://meet.example.com/abc',
    });
    const text = eventIcs(e, { now: NOW });
    expect(text).toMatch(/DTSTART;VALUE=DATE:20260704\r\n/);
    expect(text).toMatch(/DTEND;VALUE=DATE:20260705\r\n/);
    const parsed = parseIcs(text).events[0]!;
    expect(parsed.allDay).toBe(true);
    expect(parsed.url).toBe('https://meet.example.com/abc');
  });

  it('is byte-identical for an unchanged event (feeds rely on it for ETags)', () => {
    const e = event({ recurrence: weekly({ byday: ['TU'] }) });
    expect(buildIcs([{ event: e }], { now: NOW })).toBe(buildIcs([{ event: e }], { now: NOW }));
  });

  it('folds long lines at 75 octets as RFC 5545 asks', () => {
    const text = eventIcs(event({ description: 'ü'.repeat(400) }), { now: NOW });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(parseIcs(text).events[0]!.description).toBe('ü'.repeat(400));
  });

  it('folds long ASCII lines and never splits a 4-octet character (emoji)', () => {
    const description = `${'a'.repeat(150)} ${'😀x'.repeat(60)} ${'€'.repeat(50)}`;
    const text = eventIcs(event({ title: 'Plan '.repeat(30).trim(), description }), { now: NOW });
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
    }
    expect(parseIcs(text).events[0]!.description).toBe(description);
    expect(parseIcs(text).events[0]!.summary).toBe('Plan '.repeat(30).trim());
  });
});

describe('add-to-calendar links', () => {
  it('Google gets UTC dates, the zone and the repeat; Outlook one date range', () => {
    const start = localStart('Europe/Berlin', '2026-03-17T19:00');
    const e = { title: 'Sync & plan', start, end: start + 3_600_000, location: 'Room 1', description: 'x', allDay: false, timezone: 'Europe/Berlin' };
    const g = new URL(googleCalendarUrl({ ...e, recurrence: weekly({ byday: ['TU'] }) }));
    expect(g.searchParams.get('dates')).toBe('20260317T180000Z/20260317T190000Z');
    expect(g.searchParams.get('text')).toBe('Sync & plan');
    expect(g.searchParams.get('ctz')).toBe('Europe/Berlin');
    expect(g.searchParams.get('recur')).toMatch(/^RRULE:FREQ=WEEKLY;.*BYDAY=TU/);
    const o = new URL(outlookCalendarUrl(e));
    expect(o.searchParams.get('startdt')).toBe('2026-03-17T18:00:00Z');
    expect(o.searchParams.get('enddt')).toBe('2026-03-17T19:00:00Z');
    expect(o.searchParams.get('subject')).toBe('Sync & plan');
  });

  it('stays within 3,000 characters for long descriptions', () => {
    const e = { title: 'T'.repeat(200), start: NOW, end: NOW + 1, location: 'L'.repeat(255), description: 'd'.repeat(4000), allDay: false, timezone: 'UTC' };
    expect(googleCalendarUrl(e).length).toBeLessThanOrEqual(3000);
    expect(outlookCalendarUrl(e).length).toBeLessThanOrEqual(3000);
  });
});
