/**
 * 24-hour clock ranges after a date: "jun 7 1440-1825", "21/09 2205-0455", "oct 27 at 1540-1030"
 * (four-digit clocks, never a year) and "oct 27 15:40-10:30" (an end before the start is the next
 * morning, not 22:30). Expected instants in luxon.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { instant, ZONES } from './arbitraries.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const two = (n: number) => String(n).padStart(2, '0');
const span = (r: ReturnType<typeof readWhen>, zone: string) =>
  r.ok ? [DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO(), r.value.parsed.end && DateTime.fromJSDate(r.value.parsed.end, { zone }).toISO()] : r.error.code;

/** A 24-hour clock away from the small hours, where clocks change. */
const clock24 = fc.record({ hour: fc.integer({ min: 4, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) });
const day = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

describe('a 24-hour clock range after a date', () => {
  it('"jun 7 1440-1825", "21/09 2205-0455", "oct 27 at 15:40-10:30": from the start that day to the end, the next morning when it is earlier', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), day, clock24, clock24, fc.integer({ min: 0, max: 4 }), fc.boolean(), (now, zone, d, a, b, form, colon) => {
        fc.pre(a.hour !== b.hour || a.minute !== b.minute);
        // Four digits apart as years ("jun 7 2010-2015") are not read as clocks without "at".
        const yearLike = a.hour >= 19 && a.hour <= 20 && b.hour >= 19 && b.hour <= 20 && b.hour * 60 + b.minute > a.hour * 60 + a.minute;
        fc.pre(!(yearLike && !colon && form !== 2));
        // "11:00-10:00": neither end on the 24-hour dial (past 12, or a leading zero), so 10pm or 10am the next day is a guess.
        const earlier = b.hour * 60 + b.minute < a.hour * 60 + a.minute;
        fc.pre(!(earlier && a.hour >= 10 && a.hour <= 12 && b.hour >= 10));
        const local = DateTime.fromJSDate(now, { zone });
        const on = (year: number) => DateTime.fromObject({ year, month: d.month, day: d.day, hour: a.hour, minute: a.minute }, { zone });
        const start = on(local.year) > local ? on(local.year) : on(local.year + 1);
        let end = start.set({ hour: b.hour, minute: b.minute });
        if (end <= start) end = start.plus({ days: 1 }).set({ hour: b.hour, minute: b.minute });
        const c = (x: { hour: number; minute: number }) => `${two(x.hour)}${colon ? ':' : ''}${two(x.minute)}`;
        const range = `${c(a)}-${c(b)}`;
        const text = [
          `${MONTHS[d.month - 1]} ${d.day} ${range}`,
          `${d.day} ${MONTHS[d.month - 1]} ${range}`,
          `Flight ${MONTHS[d.month - 1]} ${d.day} at ${range}`,
          `${d.day}/${two(d.month)} ${range}`,
          `${start.toFormat('cccc')} ${MONTHS[d.month - 1]} ${d.day}, ${range}`,
        ][form]!;
        const r = readWhen(text, { now, timezone: zone, locale: 'en-GB', allowPast: true });
        expect(span(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toEqual([start.toISO(), end.toISO()]);
      }),
      { numRuns: 400 },
    );
  });

  it('two years joined by a dash after a date stay unread, never a clock range or a year', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    for (const text of ['jun 7 2010-2015', 'jun 7 1990-2000']) expect(readWhen(text, { now, timezone: 'UTC', allowPast: true }).ok, text).toBe(false);
  });
});
