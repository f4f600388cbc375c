/**
 * "Friday the 11th until Tuesday the 15th", "the 11th to the 15th": days of a month not named are
 * in the nearest coming month that has them (and, where weekdays are said, where they fall on
 * those weekdays); with no such month in the coming year the line is refused, never given a wrong month.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland'];
const suffix = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');
const ord = (n: number) => `${n}${suffix(n)}`;
const instant = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2028-12-31T00:00:00Z') }).map((ms) => new Date(ms));
const CONNECTORS = ['to', 'until', 'till', 'through', '-'];

/**
 * The first month from this one (within a year) whose `from` is still ahead (today or later; with a
 * clock time, that time still to come), with both days (the end in the next month when it is the
 * smaller), on the weekdays said.
 */
function expected(today: DateTime, from: number, to: number, fromWd?: number, toWd?: number, ahead = (d: DateTime) => d >= today): { start: DateTime; end: DateTime } | null {
  for (let i = 0; i < 12; i++) {
    const month = today.startOf('month').plus({ months: i });
    if (from > month.daysInMonth!) continue;
    const start = month.set({ day: from });
    const endMonth = to > from ? month : month.plus({ months: 1 });
    if (to > endMonth.daysInMonth!) continue;
    const end = endMonth.set({ day: to });
    if (!ahead(start)) continue;
    if (fromWd !== undefined && start.weekday !== fromWd) continue;
    if (toWd !== undefined && end.weekday !== toWd) continue;
    return { start, end };
  }
  return null;
}

const opts = (now: Date, timezone: string) => ({ now, timezone, locale: 'en-US' });

describe('a range of days of a month not named', () => {
  it('reads the everyday phrases, a title around them, and refuses weekdays no month has', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    const r = readWhen('Offsite Friday the 11th until Tuesday the 15th', opts(now, 'Europe/Berlin'));
    expect(r.ok && [r.value.title, r.value.parsed.start.toISOString(), r.value.parsed.end!.toISOString()]).toEqual(['Offsite', '2026-12-10T23:00:00.000Z', '2026-12-15T23:00:00.000Z']);
    const plain = readWhen('the 11th to the 15th', opts(now, 'Europe/Berlin'));
    expect(plain.ok && plain.value.parsed.start.toISOString()).toBe('2026-12-10T23:00:00.000Z');
    const none = readWhen('Friday the 11th until Tuesday the 16th', opts(now, 'Europe/Berlin'));
    expect(!none.ok && none.error.message).toContain('no month in the coming year has Friday the 11th to Tuesday the 16th');
  });

  it('is in the nearest coming month that has both days, all day from the first to the last', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom(...CONNECTORS), fc.boolean(), (now, zone, from, to, conn, lead) => {
        fc.pre(from !== to);
        const text = `${lead ? 'from ' : ''}the ${ord(from)} ${conn} the ${ord(to)}`;
        const today = DateTime.fromJSDate(now, { zone }).startOf('day');
        const want = expected(today, from, to)!;
        const r = readWhen(text, opts(now, zone));
        expect(r.ok, `${text}: ${JSON.stringify(r)}`).toBe(true);
        if (!r.ok) return;
        expect(r.value.parsed.allDay).toBe(true);
        expect(DateTime.fromJSDate(r.value.parsed.start, { zone }).toISODate()).toBe(want.start.toISODate());
        expect(DateTime.fromJSDate(r.value.parsed.end!, { zone }).toISODate()).toBe(want.end.plus({ days: 1 }).toISODate());
      }),
      { numRuns: 150 },
    );
  });

  it('with weekdays said, is in the nearest coming month where they fall on those weekdays, or refused when none in the year does', () => {
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: -1, max: 1 }),
        fc.constantFrom('until', 'to', 'through'),
        fc.constantFrom('short', 'long'),
        (now, zone, from, span, fromWd, slip, conn, names) => {
          const to = Math.min(from + span, 31);
          fc.pre(to !== from);
          // The end's weekday as the days fall (slip 0), or a day off (a weekday no month can match).
          const toWd = ((fromWd - 1 + (to - from) + slip + 7 * 10) % 7) + 1;
          const name = (wd: number) => DateTime.fromObject({ weekday: wd as 1 }).toFormat(names === 'short' ? 'ccc' : 'cccc');
          const text = `${name(fromWd)} the ${ord(from)} ${conn} ${name(toWd)} the ${ord(to)}`;
          const today = DateTime.fromJSDate(now, { zone }).startOf('day');
          const want = expected(today, from, to, fromWd, toWd);
          const r = readWhen(text, opts(now, zone));
          if (!want) {
            refused++;
            expect(r.ok, `${text}: ${JSON.stringify(r)}`).toBe(false);
            if (!r.ok) expect(r.error.code).not.toBe('ambiguous');
            return;
          }
          read++;
          expect(r.ok, `${text}: ${JSON.stringify(r)}`).toBe(true);
          if (!r.ok) return;
          expect(DateTime.fromJSDate(r.value.parsed.start, { zone }).toISODate()).toBe(want.start.toISODate());
          expect(DateTime.fromJSDate(r.value.parsed.end!, { zone }).toISODate()).toBe(want.end.plus({ days: 1 }).toISODate());
        },
      ),
      { numRuns: 200 },
    );
    expect(read).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(30);
  });

  it('with a clock time, reads as the same words with that month said', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 27 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 11 }), (now, zone, from, span, h) => {
        const to = from + span;
        const local = DateTime.fromJSDate(now, { zone });
        const want = expected(local.startOf('day'), from, to, undefined, undefined, (d) => d.set({ hour: h + 12 }) > local)!;
        const without = readWhen(`the ${ord(from)} to the ${ord(to)} at ${h}pm`, opts(now, zone));
        const withMonth = readWhen(`${want.start.toFormat('LLL')} ${ord(from)} to the ${ord(to)} at ${h}pm`, opts(now, zone));
        expect(JSON.stringify(without.ok ? without.value.parsed : without.error.code)).toBe(JSON.stringify(withMonth.ok ? { ...withMonth.value.parsed, matched: without.ok ? without.value.parsed.matched : '' } : withMonth.error.code));
      }),
      { numRuns: 60 },
    );
  });
});
