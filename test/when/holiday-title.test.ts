/** A holiday named in a title never moves the day the line names outright. */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';

const HOLIDAYS = ['Easter', "Mother's Day", 'Christmas', 'Thanksgiving', 'Good Friday', 'Halloween', "New Year's Eve", 'Memorial Day', 'Pancake Day'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('holidays in titles', () => {
  it('"<holiday> brunch <weekday> 11am" is the coming weekday, whatever the date', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...HOLIDAYS),
        fc.integer({ min: 0, max: 6 }),
        fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }),
        (holiday, wd, now) => {
          const zone = 'Europe/London';
          const r = readWhen(`${holiday} brunch ${WEEKDAYS[wd]} 11am`, { now, timezone: zone, locale: 'en-GB' });
          if (!r.ok) return; // a question is allowed; a far-away date is not
          answered++;
          const start = DateTime.fromJSDate(r.value.parsed.start, { zone });
          const today = DateTime.fromJSDate(now, { zone }).startOf('day');
          expect(start.weekday).toBe(wd + 1);
          expect(start.startOf('day').diff(today, 'days').days).toBeLessThanOrEqual(7);
        },
      ),
    );
    expect(answered, 'most generated lines read without a question').toBeGreaterThan(50);
  });
});

describe('titles that name a day the line also names', () => {
  const now = new Date('2026-12-01T15:00:00Z'); // Tuesday
  const read = (text: string) => readWhen(text, { now, timezone: 'Europe/London', locale: 'en-GB' });
  it.each([
    ['25/12 12:00 Christmas lunch', 'Christmas lunch', '25/12 12:00', '2026-12-25T12:00:00.000Z'],
    ['Christmas lunch 25/12 12:00', 'Christmas lunch', '25/12 12:00', '2026-12-25T12:00:00.000Z'],
    ['Taco Tuesday: tuesday 7pm', 'Taco Tuesday', 'tuesday 7pm', '2026-12-01T19:00:00.000Z'],
    ['Fri drinks fri 6pm', 'Fri drinks', 'fri 6pm', '2026-12-04T18:00:00.000Z'],
  ])('%s', (text, title, whenText, start) => {
    const r = read(text);
    expect(r.ok && [r.value.title, r.value.whenText, r.value.parsed.start.toISOString()]).toEqual([title, whenText, start]);
  });

  it('a title weekday that is not the day read is still not taken silently', () => {
    const r = read('Taco Tuesday wednesday 7pm');
    expect(r.ok).toBe(false);
  });
});
