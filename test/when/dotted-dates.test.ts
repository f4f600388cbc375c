/**
 * Written dates with dots and commas: "16. Nov. 2016", "3. december 7pm", "October. 2", "Nov. 16,
 * 2027" (a month named, so no order to settle), and "08/12,2015" (numeric: read in the reader's
 * date order like every numeric date, and asked when nothing settles it). Expected dates in luxon.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { clock, clockText, instant, ZONES } from './arbitraries.ts';

const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may', 'may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const;
const iso = (r: ReturnType<typeof readWhen>, zone: string) => (r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : r.error.code);

describe('dotted written dates', () => {
  it('"16. nov. 2027", "3. december", "october. 2", "Nov. 16, 2027": that date; without a year the next one still ahead', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: -1, max: 2 }),
        clock,
        fc.integer({ min: 0, max: 4 }),
        (now, zone, month, day, short, dotAfterMonth, yearShift, c, form) => {
          const local = DateTime.fromJSDate(now, { zone });
          const name = MONTHS[month - 1]![short ? 1 : 0];
          const mon = `${name}${dotAfterMonth ? '.' : ''}`;
          const year = yearShift === 2 ? null : local.year + yearShift;
          const y = year === null ? '' : ` ${year}`;
          const at = c ? ` ${clockText(c)}` : '';
          const text = [
            `${day}. ${mon}${y}${at}`,
            `${day}.${mon}${y}${at}`,
            `${name}. ${day}${year === null ? '' : `, ${year}`}${at}`,
            `Team dinner ${day}. ${mon}${y}${at}`,
            `${name}. ${day}${y}${at}`,
          ][form]!;
          const on = (yy: number) => DateTime.fromObject({ year: yy, month, day, hour: c?.hour ?? 0, minute: c?.minute ?? 0 }, { zone });
          const ahead = (d: DateTime) => (c ? d > local : d >= local.startOf('day'));
          const want = year !== null ? on(year) : ahead(on(local.year)) ? on(local.year) : on(local.year + 1);
          const r = readWhen(text, { now, timezone: zone, allowPast: true });
          expect(iso(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toBe(want.toISO());
          // A date already past is refused as past when only future times are taken, as every date.
          if (!ahead(want)) expect(iso(readWhen(text, { now, timezone: zone }), zone), text).toBe('past');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a numeric date with a comma before its year ("08/12,2015")', () => {
  it('is read in the date order the locale or zone gives; with neither it is asked, never guessed', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom(',', ', '),
        fc.constantFrom(
          { locale: 'en-US', timezone: 'UTC', order: 'md' },
          { locale: 'en-GB', timezone: 'UTC', order: 'dm' },
          { locale: undefined, timezone: 'America/Chicago', order: 'md' },
          { locale: undefined, timezone: 'Europe/Paris', order: 'dm' },
          { locale: undefined, timezone: 'UTC', order: null },
        ),
        (now, month, day, yearShift, comma, who) => {
          const year = DateTime.fromJSDate(now, { zone: who.timezone }).year + yearShift;
          const two = (n: number) => String(n).padStart(2, '0');
          const [a, b] = who.order === 'dm' ? [day, month] : [month, day];
          const text = `Retro ${two(a)}/${two(b)}${comma}${year}`;
          const r = readWhen(text, { now, timezone: who.timezone, locale: who.locale, allowPast: true });
          const date = (m: number, d: number) => DateTime.fromObject({ year, month: m, day: d }, { zone: who.timezone }).toISO();
          if (who.order) {
            expect(iso(r, who.timezone), `${text} ${JSON.stringify(who)}`).toBe(date(month, day));
            return;
          }
          // No order from anyone: a number over 12 settles it; otherwise both readings are offered.
          const readings = [month <= 12 && day <= 12 ? date(day, month) : null, date(month, day)].filter((x): x is string => !!x);
          const other = month <= 12 && day <= 12 && month !== day;
          if (!other) {
            expect(iso(r, who.timezone), text).toBe(date(month, day));
            return;
          }
          expect(r.ok ? 'read' : r.error.code, text).toBe('ambiguous');
          const offered = !r.ok && r.error.code === 'ambiguous' ? r.error.candidates.map((x) => DateTime.fromJSDate(x.start, { zone: who.timezone }).toISO()) : [];
          expect(offered.sort(), text).toEqual(readings.sort());
        },
      ),
      { numRuns: 200 },
    );
  });
});
