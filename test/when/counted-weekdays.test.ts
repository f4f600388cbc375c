/**
 * "two sundays from now", "the 3rd friday from today", "in 2 mondays", "two fridays ago": the n-th
 * coming (or past) such weekday, today not counted, with or without a clock time. Expected days
 * are found by walking the calendar a day at a time in luxon, in the speaker's zone.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { instant, ZONES } from './arbitraries.ts';

const DAYS = [
  ['monday', 'mon'],
  ['tuesday', 'tue'],
  ['wednesday', 'wed'],
  ['thursday', 'thu'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
  ['sunday', 'sun'],
] as const;
const WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
const SUFFIX = ['', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th'];

/** 2026-01-01 to 2028-12-31, to the minute. */

/** The n-th day after (or, n < 0, before) today that is `weekday`, by walking the calendar. */
function nthFrom(today: DateTime, weekday: number, n: number): DateTime {
  let d = today;
  for (let seen = 0; seen < Math.abs(n); ) {
    d = d.plus({ days: Math.sign(n) });
    if (d.weekday === weekday) seen++;
  }
  return d;
}

/** A clock time said with the phrase: none, or an evening/daytime hour written two ways (never in a DST gap). */
const clock = fc.option(
  fc.record({ hour: fc.integer({ min: 7, max: 23 }), minute: fc.constantFrom(0, 15, 30), form: fc.constantFrom('12h', '24h'), before: fc.boolean() }),
  { nil: null },
);
const clockText = (c: { hour: number; minute: number; form: string }) =>
  c.form === '24h'
    ? `at ${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`
    : `at ${c.hour % 12 || 12}${c.minute ? `:${String(c.minute).padStart(2, '0')}` : ''}${c.hour < 12 ? 'am' : 'pm'}`;

/** `day` as written (maybe short: "3 fri from now"); "in 2 mondays" needs the plural of the full name. */
function phrase(form: number, n: number, day: string, back: boolean, full = day): string {
  const days = n === 1 || day !== full ? day : `${day}s`;
  if (back) return [`${n} ${days} ago`, `${WORDS[n]} ${days} ago`, `the ${ORDINALS[n]} ${day} ago`][form % 3]!;
  const forms = [
    `${n} ${days} from now`,
    `${WORDS[n]} ${days} from now`,
    `${WORDS[n]} ${days} from today`,
    `the ${ORDINALS[n]} ${day} from now`,
    `the ${n}${SUFFIX[n]} ${day} from today`,
    `${ORDINALS[n]} ${day} from now`,
    `${n} ${days} later`,
    n > 1 ? `in ${n} ${full}s` : `${n} ${days} from now`,
    n > 1 ? `in ${WORDS[n]} ${full}s` : `${WORDS[n]} ${days} from now`,
  ];
  return forms[form % forms.length]!;
}

const LINES = [(p: string) => p, (p: string) => `Board games ${p}`, (p: string) => `Are you available ${p}?`];

describe('counted weekdays ("two sundays from now")', () => {
  it('is the n-th coming such weekday, today not counted; a time said with it is on that day', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        clock,
        fc.integer({ min: 0, max: LINES.length - 1 }),
        (now, zone, wd, short, n, form, c, line) => {
          const p = phrase(form, n, DAYS[wd]![short ? 1 : 0], false, DAYS[wd]![0]);
          const when = c ? (c.before ? `${clockText(c)} ${p}` : `${p} ${clockText(c)}`) : p;
          const text = LINES[line]!(when);
          const today = DateTime.fromJSDate(now, { zone }).startOf('day');
          const day = nthFrom(today, wd + 1, n);
          const want = c ? day.set({ hour: c.hour, minute: c.minute }) : day;
          const r = readWhen(text, { now, timezone: zone });
          const got = r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : r.error.message;
          expect(got, `${text} (now ${now.toISOString()} ${zone})`).toBe(want.toISO());
          expect(r.ok && r.value.parsed.allDay, text).toBe(!c);
          expect(r.ok && r.value.parsed.recurrence, text).toBe(null);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('"two fridays ago" is the n-th such weekday before today: read when past times are allowed, refused as past otherwise', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 8 }), fc.nat(), (now, zone, wd, n, form) => {
        const text = phrase(form, n, DAYS[wd]![0], true);
        const want = nthFrom(DateTime.fromJSDate(now, { zone }).startOf('day'), wd + 1, -n);
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        expect(r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : r.error.message, text).toBe(want.toISO());
        const future = readWhen(text, { now, timezone: zone });
        expect(future.ok ? 'read' : future.error.code, text).toBe('past');
      }),
      { numRuns: 100 },
    );
  });

  it('a weekday or date said beside the count is refused, not guessed', () => {
    const now = new Date('2027-03-10T12:00:00Z');
    for (const text of ['friday two sundays from now', 'dec 3 two sundays from now']) {
      const r = readWhen(text, { now, timezone: 'UTC' });
      expect(r.ok, text).toBe(false);
    }
  });
});
