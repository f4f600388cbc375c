/**
 * "in four business days", "3 working days from now", "5 business days from tomorrow", "the next
 * business day", "2 business days ago": Monday to Friday counted from the day after the base (no
 * holiday calendar). Expected days are found by walking the calendar by weekday name in luxon.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { clock, clockText, instant, ZONES } from './arbitraries.ts';

const WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The n-th Monday–Friday after (n < 0: before) `from`, by weekday name. */
function workdaysFrom(from: DateTime, n: number): DateTime {
  let d = from;
  for (let seen = 0; seen < Math.abs(n); ) {
    d = d.plus({ days: Math.sign(n) });
    if (!['Sat', 'Sun'].includes(d.setLocale('en-US').toFormat('ccc'))) seen++;
  }
  return d;
}

describe('business days ("in four business days")', () => {
  it('counts Monday to Friday from the day after today, tomorrow or yesterday; a time said with it is on that day', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('business day', 'working day', 'work day', 'business-day'),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        clock,
        fc.boolean(),
        (now, zone, n, unit, form, spelled, c, titled) => {
          const num = spelled && n <= 12 ? WORDS[n]! : String(n);
          const units = n === 1 ? unit : `${unit}s`;
          const [phrase, base] = (
            [
              [`in ${num} ${units}`, 0],
              [`within ${num} ${units}`, 0],
              [`${num} ${units} from now`, 0],
              [`${num} ${units} from today`, 0],
              [`${num} ${units} from tomorrow`, 1],
              [`${num} ${units} after tomorrow`, 1],
              [`${num} ${units} later`, 0],
            ] as const
          )[form]!;
          const when = c ? `${phrase} at ${clockText(c)}` : phrase;
          const text = titled ? `Skype call ${when}` : when;
          const day = workdaysFrom(DateTime.fromJSDate(now, { zone }).startOf('day').plus({ days: base }), n);
          const want = c ? day.set({ hour: c.hour, minute: c.minute }) : day;
          const r = readWhen(text, { now, timezone: zone });
          const got = r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : r.error.message;
          expect(got, `${text} (now ${now.toISOString()} ${zone})`).toBe(want.toISO());
          expect(r.ok && r.value.parsed.allDay, text).toBe(!c);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('"the next business day" is the first Monday–Friday after today', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom('the next business day', 'next working day', 'the following business day at 9am'), (now, zone, text) => {
        let want = workdaysFrom(DateTime.fromJSDate(now, { zone }).startOf('day'), 1);
        if (text.endsWith('9am')) want = want.set({ hour: 9 });
        const r = readWhen(text, { now, timezone: zone });
        expect(r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : r.error.message, text).toBe(want.toISO());
      }),
      { numRuns: 100 },
    );
  });

  it('"N business days ago" counts back: read when past times are allowed, refused as past otherwise', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 30 }), (now, zone, n) => {
        const text = `${n} business day${n === 1 ? '' : 's'} ago`;
        const want = workdaysFrom(DateTime.fromJSDate(now, { zone }).startOf('day'), -n);
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        expect(r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : r.error.message, text).toBe(want.toISO());
        const future = readWhen(text, { now, timezone: zone });
        expect(future.ok ? 'read' : future.error.code, text).toBe('past');
      }),
      { numRuns: 100 },
    );
  });

  it('a weekday said beside the count is kept only when it is the day counted to; otherwise the person is asked which', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 5 }), (now, zone, n, wd) => {
        const name = DateTime.fromObject({ weekday: wd as 1 }).setLocale('en-US').toFormat('cccc').toLowerCase();
        const text = `in ${n} business days on ${name}`;
        const day = workdaysFrom(DateTime.fromJSDate(now, { zone }).startOf('day'), n);
        const r = readWhen(text, { now, timezone: zone });
        if (day.weekday === wd) expect(r.ok && DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO(), text).toBe(day.toISO());
        else expect(r.ok, text).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a repeat on business days ("every business day 9:30am")', () => {
  it('repeats Monday to Friday at the time said, first on the next such day after now (a time equal to now is the next one, as for "every weekday")', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.constantFrom('every business day', 'each working day', 'every workday', 'every work-day', 'on business days', 'on working days', 'on workdays'),
        fc.record({ hour: fc.integer({ min: 7, max: 22 }), minute: fc.constantFrom(0, 15, 30) }),
        (now, zone, phrase, c) => {
          const r = readWhen(`Standup ${phrase} at ${clockText(c)}`, { now, timezone: zone });
          expect(r.ok, phrase).toBe(true);
          if (!r.ok) return;
          expect(r.value.title).toBe('Standup');
          expect(r.value.parsed.recurrence?.freq).toBe('WEEKLY');
          expect(r.value.parsed.recurrence?.byday).toEqual(['MO', 'TU', 'WE', 'TH', 'FR']);
          const start = DateTime.fromJSDate(r.value.parsed.start, { zone });
          expect([start.hour, start.minute]).toEqual([c.hour, c.minute]);
          expect(['Sat', 'Sun']).not.toContain(start.setLocale('en-US').toFormat('ccc'));
          // The first: the earliest weekday at that time after now.
          let first = DateTime.fromJSDate(now, { zone }).set({ hour: c.hour, minute: c.minute, second: 0, millisecond: 0 });
          while (first.toMillis() <= now.getTime() || ['Sat', 'Sun'].includes(first.setLocale('en-US').toFormat('ccc'))) first = first.plus({ days: 1 }).set({ hour: c.hour, minute: c.minute });
          expect(start.toISODate()).toBe(first.toISODate());
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the n-th (or last) business day of a month ("the 10th business day of march", "the last weekday of december")', () => {
  const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  it('is the n-th Monday–Friday of that month counted from its first (last: from its end); past the month\'s count it is refused', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -1, max: 24 }).filter((n) => n !== 0),
        fc.constantFrom('business day', 'working day', 'weekday', 'workday'),
        clock,
        (now, zone, month, n, word, at) => {
          const year = DateTime.fromJSDate(now, { zone }).year + 1;
          const days: DateTime[] = [];
          for (let d = DateTime.fromObject({ year, month, day: 1 }, { zone }); d.month === month; d = d.plus({ days: 1 })) {
            if (!['Sat', 'Sun'].includes(d.setLocale('en-US').toFormat('ccc'))) days.push(d);
          }
          const ord = n === -1 ? 'last' : `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
          const r = readWhen(`Payroll run the ${ord} ${word} of ${MONTHS[month - 1]} ${year}${at ? ` at ${clockText(at)}` : ''}`, { now, timezone: zone });
          const expected = n === -1 ? days.at(-1)! : days[n - 1];
          if (!expected) {
            expect(r.ok).toBe(false);
            return;
          }
          expect(r.ok && DateTime.fromJSDate(r.value.parsed.start, { zone }).toISODate()).toBe(expected.toISODate());
          if (r.ok) expect(r.value.title).toBe('Payroll run');
          if (r.ok && at) expect(DateTime.fromJSDate(r.value.parsed.start, { zone }).hour).toBe(at.hour);
        },
      ),
    );
  });
});
