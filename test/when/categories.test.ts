/**
 * Categories of phrases the reader used to misread or refuse (issue 9, the external corpus's
 * failure classes), one row per form, all through readWhen — the one path every door uses.
 * Now: Sat 2026-11-21 10:00 in New York unless a row says otherwise.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';

const SAT = '2026-11-21T15:00:00Z';
const THU = '2026-11-26T15:00:00Z';
const NY = 'America/New_York';

function read(text: string, now = SAT) {
  const r = readWhen(text, { now: new Date(now), timezone: NY, allowPast: true });
  const iso = (d: Date | null) => (d ? DateTime.fromJSDate(d, { zone: NY }).toISO({ suppressMilliseconds: true }) : null);
  if (r.ok) return { start: iso(r.value.parsed.start), end: iso(r.value.parsed.end), allDay: r.value.parsed.allDay };
  if (r.error.code === 'ambiguous') return { question: r.error.candidates.map((c) => iso(c.start)) };
  return { refused: r.error.code };
}

describe('day ranges named once', () => {
  it.each([
    ['between the ninth and the seventeenth of april', '2027-04-09T00:00:00-04:00', '2027-04-18T00:00:00-04:00'],
    ['from april the ninth till the seventeenth', '2027-04-09T00:00:00-04:00', '2027-04-18T00:00:00-04:00'],
    ['april 9th through seventeenth', '2027-04-09T00:00:00-04:00', '2027-04-18T00:00:00-04:00'],
    ['from april twenty-seventh to the third', '2027-04-27T00:00:00-04:00', '2027-05-04T00:00:00-04:00'],
    ['Movie night dec 10-12', '2026-12-10T00:00:00-05:00', '2026-12-13T00:00:00-05:00'],
  ])('%s', (text, start, end) => {
    expect(read(text)).toEqual({ start, end, allDay: true });
  });
});

describe('a day of a month said relative to now, or with its weekday', () => {
  it.each([
    ['the 15th day of next month', '2026-12-15T00:00:00-05:00'],
    ['20th of next month', '2026-12-20T00:00:00-05:00'],
    ['the first friday of next month', '2026-12-04T00:00:00-05:00'],
    ['the second monday of next month', '2026-12-14T00:00:00-05:00'],
    // The next 13th that is a Monday (as "friday the 13th"), not the next 13th.
    ['mon 13th', '2027-09-13T00:00:00-04:00'],
    ['friday the 13th', '2027-08-13T00:00:00-04:00'],
    ['sunday 31', '2027-01-31T00:00:00-05:00'],
  ])('%s', (text, start) => {
    expect(read(text)).toEqual({ start, end: null, allDay: true });
  });

  it('"monday 21" is the 21st or 21:00: it asks with both', () => {
    expect(read('monday 21', '2026-12-15T15:00:00Z')).toEqual({ question: ['2026-12-21T00:00:00-05:00', '2026-12-21T21:00:00-05:00'] });
  });

  it('a weekday elsewhere in the line that the day is not is refused, never moved months ahead', () => {
    expect(read('Friday on the 14th at 9am')).toEqual({ refused: 'invalid_date' });
  });
});

describe('clock times with day parts and ranges', () => {
  it.each([
    ["11 o'clock lunchtime", '2026-11-21T11:00:00-05:00', null],
    ["1 o'clock lunchtime", '2026-11-21T13:00:00-05:00', null],
    ["lunchtime 12 o'clock", '2026-11-21T12:00:00-05:00', null],
    ['half past seven to 4pm tomorrow', '2026-11-22T07:30:00-05:00', '2026-11-22T16:00:00-05:00'],
    ['between half past seven and 4pm of tomorrow', '2026-11-22T07:30:00-05:00', '2026-11-22T16:00:00-05:00'],
    ['from 8am-3 tomorrow afternoon', '2026-11-22T08:00:00-05:00', '2026-11-22T15:00:00-05:00'],
    ['8pm in the evening, 1st Jan', '2027-01-01T20:00:00-05:00', null],
    ['11pm to 2am', '2026-11-21T23:00:00-05:00', '2026-11-22T02:00:00-05:00'],
    ['friday 8pm to saturday 9pm', '2026-11-27T20:00:00-05:00', '2026-11-28T21:00:00-05:00'],
  ])('%s', (text, start, end) => {
    expect(read(text)).toEqual({ start, end, allDay: false });
  });
});

describe('two days named that disagree are never resolved silently', () => {
  it('"in 3 days on friday" (a Tuesday) is refused', () => {
    expect(read('in 3 days on friday')).toEqual({ refused: 'invalid_date' });
  });

  it('"next friday" said on a Thursday asks: tomorrow or the Friday after', () => {
    expect(read('next friday 8pm', THU)).toEqual({ question: ['2026-11-27T20:00:00-05:00', '2026-12-04T20:00:00-05:00'] });
    expect(read('Game night next friday at 8pm', THU)).toEqual({ question: ['2026-11-27T20:00:00-05:00', '2026-12-04T20:00:00-05:00'] });
  });

  it('"next friday" said on a Saturday is the coming one (next week either way)', () => {
    expect(read('next friday 8pm')).toEqual({ start: '2026-11-27T20:00:00-05:00', end: null, allDay: false });
  });
});

describe('years joined to their date, or said in words', () => {
  it.each([
    ['july 4th of 2027', '2027-07-04T00:00:00-04:00'],
    ['fourth of july of 2027', '2027-07-04T00:00:00-04:00'],
    ['28 june in 2027', '2027-06-28T00:00:00-04:00'],
    ['january first two thousand and thirty two', '2032-01-01T00:00:00-05:00'],
    ['twenty five January nineteen eighty six', '1986-01-25T00:00:00-05:00'],
    ['on September 10, nineteen zero one', '1901-09-10T00:00:00-05:00'],
    ['6 April seventeen hundred thirty three', '1733-04-06T00:00:00-04:56'],
  ])('%s', (text, start) => {
    expect(read(text)).toEqual({ start, end: null, allDay: true });
  });

  it('a year said once at the end of a range is the start\'s too', () => {
    expect(read('26 june to 28 june in 2027')).toEqual({ start: '2027-06-26T00:00:00-04:00', end: '2027-06-29T00:00:00-04:00', allDay: true });
  });
});

describe('more everyday forms', () => {
  it.each([
    ['on the 17 from 2pm to 4pm', '2026-12-17T14:00:00-05:00', '2026-12-17T16:00:00-05:00', false],
    ['8pm on 15', '2026-12-15T20:00:00-05:00', null, false],
    ['tonight around 7', '2026-11-21T19:00:00-05:00', null, false],
    ['8 in the night', '2026-11-21T20:00:00-05:00', null, false],
    ['4 til 5pm', '2026-11-21T16:00:00-05:00', '2026-11-21T17:00:00-05:00', false],
    ['Vacation 5/1-5/7', '2027-05-01T00:00:00-04:00', '2027-05-08T00:00:00-04:00', true],
  ])('%s', (text, start, end, allDay) => {
    expect(read(text)).toEqual({ start, end, allDay });
  });

  it('"every afternoon at 4pm" repeats daily', () => {
    const r = readWhen('every afternoon at 4pm', { now: new Date(SAT), timezone: NY });
    expect(r.ok && r.value.parsed.recurrence?.freq).toBe('DAILY');
  });
});
