/**
 * "the first Monday 1pm to 3pm of next month", "first friday of next month at 6pm", "at 6pm on the
 * last thursday of march", "the 2nd tuesday evening of april": the n-th weekday of a month with a
 * clock time or range before, after or between its parts. Expected dates are found by walking the
 * month in luxon; a month named without a year is the next one where that day is still ahead.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { instant, ZONES } from './arbitraries.ts';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINALS: [string, number][] = [['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4], ['last', -1], ['final', -1]];

/** The n-th (n = -1: last) `weekday` of a month, by walking its days. */
function nthOf(year: number, month: number, weekday: number, n: number, zone: string): DateTime {
  const days: DateTime[] = [];
  for (let d = DateTime.fromObject({ year, month, day: 1 }, { zone }); d.month === month; d = d.plus({ days: 1 })) if (d.weekday === weekday) days.push(d);
  return n < 0 ? days[days.length - 1]! : days[n - 1]!;
}

const h12 = (h: number) => `${h % 12 || 12}`;
const ap = (h: number) => (h < 12 ? 'am' : 'pm');
const hm = (h: number, m: number) => `${h12(h)}${m ? `:${String(m).padStart(2, '0')}` : ''}${ap(h)}`;
const hh = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** A clock time or range and its words: [text, start hour, start minute, end hour or null]. */
const clock = fc
  .record({ h: fc.integer({ min: 8, max: 20 }), m: fc.constantFrom(0, 30), len: fc.integer({ min: 1, max: 3 }), form: fc.integer({ min: 0, max: 6 }) })
  .map(({ h, m, len, form }) => {
    const e = h + len;
    const texts = [`at ${hm(h, m)}`, hm(h, m), hh(h, m), `${hm(h, m)} to ${hm(e, m)}`, `from ${hm(h, m)} to ${hm(e, m)}`, `${hm(h, m)}-${hm(e, m)}`, `${hh(h, m)}-${hh(e, m)}`];
    return { text: texts[form]!, h, m, end: form >= 3 ? e : null };
  });

describe('the n-th weekday of a month with a clock time', () => {
  it('reads the same day and time whichever order the clock, the weekday and the month come in', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ORDINALS),
        fc.integer({ min: 1, max: 7 }),
        fc.oneof(fc.integer({ min: 1, max: 12 }).map((month) => ({ month, year: false })), fc.integer({ min: 1, max: 12 }).map((month) => ({ month, year: true })), fc.constant({ month: 0, year: false })),
        clock,
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (now, zone, [ord, n], wd, named, c, order, titled) => {
          const local = DateTime.fromJSDate(now, { zone });
          const nextMonth = local.startOf('month').plus({ months: 1 });
          const inYear = (y: number) => nthOf(y, named.month, wd, n, zone).set({ hour: c.h, minute: c.m });
          let want: DateTime;
          let monthText: string;
          if (named.month === 0) {
            want = nthOf(nextMonth.year, nextMonth.month, wd, n, zone).set({ hour: c.h, minute: c.m });
            monthText = 'next month';
          } else if (named.year) {
            const y = local.year + 1;
            want = inYear(y);
            monthText = `${MONTHS[named.month - 1]} ${y}`;
          } else {
            want = inYear(local.year) > local ? inYear(local.year) : inYear(local.year + 1);
            monthText = MONTHS[named.month - 1]!;
          }
          const nth = `the ${ord} ${WEEKDAYS[wd - 1]}`;
          const when = [
            `${nth} of ${monthText} ${c.text}`,
            `${c.text} on ${nth} of ${monthText}`,
            `${nth} ${c.text} of ${monthText}`,
            `${nth} in ${monthText}, ${c.text}`,
          ][order]!;
          const text = titled ? `Book club ${when}` : when;
          const r = readWhen(text, { now, timezone: zone });
          const got = r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : r.error.message;
          expect(got, `${text} (now ${now.toISOString()} ${zone})`).toBe(want.toISO());
          const end = r.ok && r.value.parsed.end ? DateTime.fromJSDate(r.value.parsed.end, { zone }).toISO() : null;
          expect(end, text).toBe(c.end === null ? null : want.set({ hour: c.end }).toISO());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a day part between ("the last thursday evening of march") is that evening of that day, never the past thursday', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom(...ORDINALS), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 12 }), (now, zone, [ord, n], wd, month) => {
        const text = `the ${ord} ${WEEKDAYS[wd - 1]} evening of ${MONTHS[month - 1]} ${DateTime.fromJSDate(now, { zone }).year + 1}`;
        const r = readWhen(text, { now, timezone: zone });
        const want = nthOf(DateTime.fromJSDate(now, { zone }).year + 1, month, wd, n, zone).toISODate();
        expect(r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISODate() : r.error.message, text).toBe(want);
      }),
      { numRuns: 100 },
    );
  });

  it('said short with no "the" ("final thurs in sep", "2nd tue of mar"): that day, all day, the next one still ahead', () => {
    const SHORT = ['mon', 'tues', 'weds', 'thurs', 'fri', 'sat', 'sun'];
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom(...ORDINALS), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('in', 'of'), (now, zone, [ord, n], wd, month, of) => {
        const local = DateTime.fromJSDate(now, { zone });
        const inYear = (y: number) => nthOf(y, month, wd, n, zone);
        const want = inYear(local.year) >= local.startOf('day') ? inYear(local.year) : inYear(local.year + 1);
        const text = `${ord} ${SHORT[wd - 1]} ${of} ${MONTHS[month - 1]!.slice(0, 3)}`;
        const r = readWhen(text, { now, timezone: zone });
        expect(r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : r.error.message, `${text} (now ${now.toISOString()} ${zone})`).toBe(want.toISO());
      }),
      { numRuns: 200 },
    );
  });

  it('said on that very day, west of UTC too, it is today (was next year in Los Angeles)', () => {
    for (const zone of ['America/Los_Angeles', 'UTC', 'Australia/Sydney']) {
      const now = DateTime.fromObject({ year: 2028, month: 7, day: 18, hour: 0 }, { zone });
      const r = readWhen('third tues in jul', { now: now.toJSDate(), timezone: zone });
      expect(r.ok && DateTime.fromJSDate(r.value.parsed.start, { zone }).toISODate(), zone).toBe('2028-07-18');
    }
  });

  it('"of this month" is this month even when that day has passed: then refused as past, as every past day is', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom(...ORDINALS), fc.integer({ min: 1, max: 7 }), clock, (now, zone, [ord, n], wd, c) => {
        const local = DateTime.fromJSDate(now, { zone });
        const want = nthOf(local.year, local.month, wd, n, zone).set({ hour: c.h, minute: c.m });
        const text = `the ${ord} ${WEEKDAYS[wd - 1]} ${c.text} of this month`;
        const r = readWhen(text, { now, timezone: zone });
        const got = r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : r.error.code;
        // A time equal to now is not past, as for "today at 8:30pm" said at 8:30pm.
        expect(got, `${text} (now ${now.toISOString()} ${zone})`).toBe(want >= local ? want.toISO() : 'past');
      }),
      { numRuns: 150 },
    );
  });

  it('"of this month" at exactly now is now, as "today" at that time is (found by the property above in CI)', () => {
    const now = new Date('2027-04-12T10:30:00.000Z'); // Mon 12 Apr 2027, 20:30 in Sydney: the second Monday
    const at = (text: string) => {
      const r = readWhen(text, { now, timezone: 'Australia/Sydney' });
      return r.ok ? r.value.parsed.start.toISOString() : r.error.code;
    };
    expect(at('the second monday at 8:30pm of this month')).toBe(now.toISOString());
    expect(at('today at 8:30pm')).toBe(now.toISOString());
  });
});
