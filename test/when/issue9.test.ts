/** Issue 9's examples, each behaving right or asking. Now: Sat 2026-11-21 10:00 in New York. */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { runOne } from '../../src/when/cli-parse.ts';
import { parseWhen, splitTitleAndWhen } from '../../src/when/index.ts';

const NOW = '2026-11-21T15:00:00Z';
const NY = 'America/New_York';
const opts = (timezone = NY, locale?: string) => ({ now: new Date(NOW), timezone, locale });

function read(text: string, timezone = NY, locale?: string) {
  const r = parseWhen(text, opts(timezone, locale));
  if (!r.ok) return { error: r.error.code };
  const f = (d: Date | null) => (d ? DateTime.fromJSDate(d, { zone: r.value.timezone }).toISO({ suppressMilliseconds: true }) : null);
  return { start: f(r.value.start), end: f(r.value.end), allDay: r.value.allDay };
}

describe('issue 9: phrases that were misread', () => {
  it.each([
    ['Offsite dec 10-12', '2026-12-10T00:00:00-05:00', '2026-12-13T00:00:00-05:00', true],
    ['Trip aug 20-22', '2027-08-20T00:00:00-04:00', '2027-08-23T00:00:00-04:00', true],
    ['3-9 october', '2027-10-03T00:00:00-04:00', '2027-10-10T00:00:00-04:00', true],
    ['dinner at 7 in the evening', '2026-11-21T19:00:00-05:00', null, false],
    ['tomorrow morning at 4', '2026-11-22T04:00:00-05:00', null, false],
    ['half past 4 pm', '2026-11-21T16:30:00-05:00', null, false],
    ['quarter past 10am', '2026-11-21T10:15:00-05:00', null, false],
    ['25 past 6pm', '2026-11-21T18:25:00-05:00', null, false],
    ['quarter to midnight', '2026-11-21T23:45:00-05:00', null, false],
    ['from 2:30 to five p.m.', '2026-11-21T14:30:00-05:00', '2026-11-21T17:00:00-05:00', false],
    ['between 10:15 and 11:45 on friday', '2026-11-27T10:15:00-05:00', '2026-11-27T11:45:00-05:00', false],
    ['eleven fifteen am', '2026-11-21T11:15:00-05:00', null, false],
    ['six forty five p.m.', '2026-11-21T18:45:00-05:00', null, false],
    ['at 0930', '2026-11-22T09:30:00-05:00', null, false],
    ['445 p.m.', '2026-11-21T16:45:00-05:00', null, false],
    ['18h45', '2026-11-21T18:45:00-05:00', null, false],
  ])('%s', (text, start, end, allDay) => {
    expect(read(text)).toEqual({ start, end, allDay });
  });

  it('a part of the day alone is not a time: "Book club night" is refused, never tonight 20:00', () => {
    const r = splitTitleAndWhen('Book club night', opts());
    expect(r.ok).toBe(false);
    expect(parseWhen('night', opts()).ok).toBe(false);
  });

  it('"Team offsite dec 10 all day" keeps its title', () => {
    const r = splitTitleAndWhen('Team offsite dec 10 all day', opts());
    expect(r.ok && r.value.title).toBe('Team offsite');
    expect(r.ok && r.value.parsed.allDay).toBe(true);
  });

  it('titles with numbers read the same date as without', () => {
    for (const [line, when] of [
      ['Top 5 albums club sun 4pm', 'sun 4pm'],
      ['Raid night 2 thursday 9pm', 'thursday 9pm'],
    ] as const) {
      const a = splitTitleAndWhen(line, opts());
      const b = parseWhen(when, opts());
      expect(a.ok && b.ok && a.value.parsed.start.getTime() === b.value.start.getTime(), line).toBe(true);
    }
  });
});

describe('issue 9: questions instead of guesses', () => {
  it('a small hour without am/pm asks, with both readings', () => {
    const r = parseWhen('tomorrow at 4', opts());
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'ambiguous') throw new Error('expected a question');
    const hours = r.error.candidates.map((c) => DateTime.fromJSDate(c.start, { zone: NY }).hour);
    expect(hours).toEqual([16, 4]);
    expect(r.error.message).toMatch(/4:00 PM.*4:00 AM/);
  });

  it('a day-part word or am/pm settles it', () => {
    expect(parseWhen('tomorrow at 4pm', opts()).ok).toBe(true);
    expect(parseWhen('tomorrow at 4 in the afternoon', opts()).ok).toBe(true);
    expect(parseWhen('tomorrow 16:00', opts()).ok).toBe(true);
  });

  it('a weekday in the title and a time without a date asks', () => {
    const r = splitTitleAndWhen('Friday night drinks 6pm', opts());
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'ambiguous') throw new Error('expected a question');
    expect(r.error.split?.title).toBe('Friday night drinks');
    expect(DateTime.fromJSDate(r.error.candidates[0]!.start, { zone: NY }).toISODate()).toBe('2026-11-27');
  });

  it('cli parse prints the question and the candidates in the contract shape', () => {
    const out = runOne('friday at 4', 'UTC', NOW, undefined);
    expect(typeof out.error).toBe('string');
    expect(out.candidates).toEqual([
      { start: '2026-11-27T16:00:00Z', end: null, allDay: false, recurrence: null },
      { start: '2026-11-27T04:00:00Z', end: null, allDay: false, recurrence: null },
    ]);
  });
});
