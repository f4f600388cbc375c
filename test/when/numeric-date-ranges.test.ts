/**
 * Ranges of written dates with years: "10-1-2018 - 10-7-2018", "10-1-2018-10-7-2018", "5/1-5/7,
 * 2020", "10/1-11/2/2017", "from the 26th of june of 2020 to the 28th of june of 2020". Numeric
 * ones are read in the reader's date order (locale, else zone), joined by a dash with or without
 * spaces. Expected days in luxon; an all-day range ends at the midnight after its last day.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { instant } from './arbitraries.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDER = [
  { locale: 'en-US', timezone: 'UTC', dayFirst: false },
  { locale: 'en-GB', timezone: 'UTC', dayFirst: true },
  { locale: undefined, timezone: 'America/Chicago', dayFirst: false },
  { locale: undefined, timezone: 'Europe/Paris', dayFirst: true },
  { locale: 'en-GB', timezone: 'Australia/Sydney', dayFirst: true },
] as const;
/** Two days of one year, the first before the second. */
const days = fc
  .tuple(fc.integer({ min: 0, max: 363 }), fc.integer({ min: 1, max: 60 }))
  .map(([a, len]) => [a, Math.min(a + len, 364)] as const);

const span = (r: ReturnType<typeof readWhen>, zone: string) =>
  r.ok ? [DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO(), r.value.parsed.end && DateTime.fromJSDate(r.value.parsed.end, { zone }).toISO()] : r.error.code;

describe('numeric date ranges with years', () => {
  it('read in the date order the locale or zone gives, whichever way the dash and year are written', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ORDER), days, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 6 }), (now, who, [a, b], yearShift, form) => {
        const year = DateTime.fromJSDate(now, { zone: who.timezone }).year + yearShift;
        const first = DateTime.fromObject({ year }, { zone: who.timezone }).plus({ days: a });
        const last = DateTime.fromObject({ year }, { zone: who.timezone }).plus({ days: b });
        if (last.year !== year) return;
        const w = (d: DateTime, sep: string) => (who.dayFirst ? `${d.day}${sep}${d.month}` : `${d.month}${sep}${d.day}`);
        const text = [
          `${w(first, '/')}/${year} - ${w(last, '/')}/${year}`,
          `${w(first, '/')}/${year}-${w(last, '/')}/${year}`,
          `${w(first, '-')}-${year} - ${w(last, '-')}-${year}`,
          `${w(first, '-')}-${year}-${w(last, '-')}-${year}`,
          `${w(first, '/')}-${w(last, '/')}, ${year}`,
          `${w(first, '/')}-${w(last, '/')},${year}`,
          `${w(first, '/')}-${w(last, '/')}/${year}`,
        ][form]!;
        const line = `Vacation ${text}`;
        const r = readWhen(line, { now, timezone: who.timezone, locale: who.locale, allowPast: true });
        expect(span(r, who.timezone), `${line} ${JSON.stringify(who)} now ${now.toISOString()}`).toEqual([first.toISO(), last.plus({ days: 1 }).toISO()]);
      }),
      { numRuns: 300 },
    );
  });

  it('a range from February 29 takes the year written at its end (was read as the next leap day, 2032, in CI)', () => {
    const now = new Date('2028-03-01T00:00:00Z');
    for (const [text, locale] of [['2/29-3/1, 2028', 'en-US'], ['29/2-1/3, 2028', 'en-GB'], ['feb 29 to mar 1, 2028', 'en-US']] as const) {
      const r = readWhen(`Vacation ${text}`, { now, timezone: 'UTC', locale, allowPast: true });
      expect(span(r, 'UTC'), text).toEqual(['2028-02-29T00:00:00.000Z', '2028-03-02T00:00:00.000Z']);
    }
    expect(span(readWhen('Vacation 2/29-3/1, 2027', { now, timezone: 'UTC', locale: 'en-US', allowPast: true }), 'UTC')).not.toEqual(expect.arrayContaining([expect.stringContaining('2032')]));
  });

  it('a range already past is refused as past (read when past times are allowed)', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ORDER), days, (now, who, [a, b]) => {
        const year = DateTime.fromJSDate(now, { zone: who.timezone }).year - 1;
        const first = DateTime.fromObject({ year }, { zone: who.timezone }).plus({ days: a });
        const last = DateTime.fromObject({ year }, { zone: who.timezone }).plus({ days: b });
        if (last.year !== year) return;
        const w = (d: DateTime) => (who.dayFirst ? `${d.day}-${d.month}` : `${d.month}-${d.day}`);
        const text = `${w(first)}-${year}-${w(last)}-${year}`;
        expect(span(readWhen(text, { now, timezone: who.timezone, locale: who.locale }), who.timezone), text).toBe('past');
        const past = readWhen(text, { now, timezone: who.timezone, locale: who.locale, allowPast: true });
        expect(span(past, who.timezone), text).toEqual([first.toISO(), last.plus({ days: 1 }).toISO()]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('"from the 26th of june of 2020 to the 28th of june of 2020"', () => {
  it('a range of days each with its month and year, however the ordinal, "the" and "of" are said', () => {
    const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom('UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata'),
        days,
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('the ', ''),
        fc.constantFrom(' of ', ', ', ' '),
        fc.constantFrom(['from ', ' to '], ['', ' to '], ['from ', ' until '], ['', ' through ']),
        (now, zone, [a, b], yearShift, the, of, [lead, to]) => {
          const year = DateTime.fromJSDate(now, { zone }).year + yearShift;
          const first = DateTime.fromObject({ year }, { zone }).plus({ days: a });
          const last = DateTime.fromObject({ year }, { zone }).plus({ days: b });
          if (last.year !== year) return;
          const say = (d: DateTime) => `${the}${ord(d.day)} of ${MONTHS[d.month - 1]}${of}${year}`;
          const text = `${lead}${say(first)}${to}${say(last)}`;
          const r = readWhen(`Book something ${text}`, { now, timezone: zone, allowPast: true });
          expect(span(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toEqual([first.toISO(), last.plus({ days: 1 }).toISO()]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a numeric date range with a clock time', () => {
  it('reads as the same range with the months named: from the time on the first day through the last day', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ORDER), days, fc.integer({ min: 7, max: 21 }), fc.constantFrom(' at ', ' ', ', '), fc.constantFrom(' - ', '-', ' to '), (now, who, [a, b], hour, at, dash) => {
        const year = DateTime.fromJSDate(now, { zone: who.timezone }).year + 1;
        const first = DateTime.fromObject({ year }, { zone: who.timezone }).plus({ days: a });
        const last = DateTime.fromObject({ year }, { zone: who.timezone }).plus({ days: b });
        if (last.year !== year) return;
        const w = (d: DateTime) => (who.dayFirst ? `${d.day}/${d.month}` : `${d.month}/${d.day}`);
        const named = (d: DateTime) => `${MONTHS[d.month - 1]} ${d.day}`;
        const clock = `${hour % 12 || 12}${hour < 12 ? 'am' : 'pm'}`;
        const opts = { now, timezone: who.timezone, ...(who.locale ? { locale: who.locale } : {}) };
        const numeric = span(readWhen(`Offsite ${w(first)}${dash}${w(last)}${at}${clock}`, opts), who.timezone);
        expect(numeric).toEqual(span(readWhen(`Offsite ${named(first)}${dash}${named(last)}${at}${clock}`, opts), who.timezone));
        // And never an all-day range that ends at a clock time (it was: start at midnight, end at the time on the last day).
        if (Array.isArray(numeric)) expect(numeric[0]!.slice(11, 13)).toBe(String(hour).padStart(2, '0'));
      }),
    );
  });
});
