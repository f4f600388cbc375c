/**
 * The shortcuts the reader takes for speed (bench:when) give exactly what the long way gives.
 * Each rule is checked on generated input against the long way written out here.
 */
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { occurrencesBetween } from '../../src/core/occurrences.ts';
import { daysInMonth } from '../../src/when/dates.ts';
import { allMatches } from '../../src/when/matches.ts';
import { dayPattern } from '../../src/when/rule-dates.ts';
import { REWRITERS, dayFirstDates, monthFirstDates } from '../../src/when/grammar.ts';
import { leapDayIn } from '../../src/when/leap-day.ts';
import { prepare } from '../../src/when/prepare.ts';
import { lowerSameLength, normalize } from '../../src/when/spans.ts';

const shape = (ms: RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));

describe('allMatches', () => {
  // Regexes of the shapes the readers use, and ones that match the empty string (the edge of an exec loop).
  const regexes = [/\d{1,2}(?::\d{2})?\s*(am|pm)?/g, /(?<![\w])(mon|tue)(?:day)?(?![\w])/gi, /x*/g, /(?=a)/g, /\b/g, /(?:)/gu, /[\u{1F600}-\u{1F64F}]|b*/gu, / {2,}/g];
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'x', ' ', '1', '2', ':', 'm', 'p', 'mon', 'Tue', 'day', '😀', '\u00e9', '-'), maxLength: 40 });

  it('finds what String.matchAll finds, in order, with the same groups', () => {
    fc.assert(
      fc.property(fc.constantFrom(...regexes), text, (re, t) => {
        expect(shape(allMatches(re, t))).toEqual(shape([...t.matchAll(re)]));
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('may be run again on the same regex while its matches are being looked at', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of allMatches(re, '1 22 333')) seen.push(`${m[0]}:${allMatches(re, m[0]).length}`);
    expect(seen).toEqual(['1:1', '22:1', '333:1']);
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError);
  });
});

describe('chrono on a fully read text', () => {
  it('finds nothing in blanks, walled off or not (so it is not run there)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '|'), maxLength: 60 }), fc.integer({ min: 0, max: 4_102_444_800_000 }), (t, ms) => {
        expect(chrono.en.casual.parse(t, { instant: new Date(ms), timezone: 0 })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a repeat\'s first dates, week by week', () => {
  const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];

  it('are the dates of the same days listed day by day, across DST and year ends', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'DAILY' | 'WEEKLY'>('DAILY', 'WEEKLY'),
        fc.subarray(DAYS),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 30 }),
        (freq, byday, ms, zone, limit) => {
          const from = DateTime.fromMillis(ms, { zone }).set({ hour: 12, minute: 0, second: 0, millisecond: 0 });
          const series = (p: ReturnType<typeof dayPattern>) => ({ start: from.toMillis(), end: from.toMillis() + 60_000, timezone: zone, recurrence: { ...p, count: null, until: null } });
          const until = from.toMillis() + 800 * 86_400_000;
          const dayByDay = series({ freq: 'DAILY', interval: 1, byday, bymonthday: [] });
          const pattern = series(dayPattern({ freq, interval: 1, byday, bymonthday: [] }));
          expect(occurrencesBetween(pattern, pattern.start, until, limit)).toEqual(occurrencesBetween(dayByDay, dayByDay.start, until, limit));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('days in a month', () => {
  it('are what luxon says for any year a date can be written with (0–9999), 2024 when the year is not known', () => {
    const luxon = (month: number, year = 2024) => (month < 1 || month > 12 ? 0 : DateTime.fromObject({ year, month, day: 1 }).daysInMonth);
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 14 }), fc.option(fc.integer({ min: 0, max: 9999 }), { nil: undefined }), (month, year) => {
        expect(daysInMonth(month, year)).toBe(luxon(month, year));
      }),
      { numRuns: 3000 },
    );
    for (const year of [1900, 2000, 2023, 2024, 2100]) expect(daysInMonth(2, year)).toBe(luxon(2, year));
  });
});

describe('preparing a text', () => {
  const WORDS = ['friday', 'Dec', '3/4', '25/12', '5.1.2027', 'feb 29', '02/29', 'half past', 'four', 'pm', 'EST', 'at', '7', '10:30', 'every', 'tuesday', 'the', 'ninth', 'İstanbul', 'ΟΔΟΣ', '—', '  ', 'x'.repeat(45), 'meet', 'noon'];
  const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
  const view = (p: ReturnType<typeof prepare>) => ({
    text: p.text,
    cased: p.cased,
    dense: p.dense,
    spans: Array.from({ length: p.text.length + 1 }, (_, i) => p.toRaw({ start: Math.max(0, i - 3), end: i, kind: 'date' })),
  });

  it('with more rewriters afterwards is the same as with them all at once', () => {
    fc.assert(
      fc.property(phrase, fc.constantFrom(dayFirstDates, monthFirstDates), (raw, numeric) => {
        const leap = leapDayIn(2028);
        expect(view(prepare(raw, REWRITERS).more([numeric]))).toEqual(view(prepare(raw, [...REWRITERS, numeric])));
        expect(view(prepare(raw, REWRITERS).more([numeric]).more([leap]))).toEqual(view(prepare(raw, [...REWRITERS, numeric, leap])));
      }),
      { numRuns: 500 },
    );
  });

  /** The long way: character by character. */
  const lowerEach = (t: string) => [...t].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
  const anyText = fc.string({ unit: fc.constantFrom('A', 'b', 'Z', '1', ' ', '-', 'İ', 'Σ', 'É', 'ß', '\u2013', '😀', '\u00a0', '@'), maxLength: 30 });

  it('lower-cases as character by character does, ASCII or not, keeping the length', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(lowerSameLength(t)).toBe(lowerEach(t));
        expect(normalize(t).length).toBe(t.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the capitals the user typed where normalizing only lower-cased', () => {
    const noSpace = fc.string({ unit: fc.constantFrom('E', 's', 'T', 'İ', 'Σ', 'A', '1', '\u2013', 'É'), maxLength: 30 });
    fc.assert(
      fc.property(noSpace, (raw) => {
        const text = normalize(raw);
        let expected = '';
        for (let i = 0; i < text.length; i++) expected += text[i] === raw[i]!.toLowerCase() ? raw[i] : text[i];
        expect(prepare(raw, []).cased).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
