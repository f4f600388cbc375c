/**
 * A clock said before its date reads as the date then the clock: "19:00 december 3" (the minutes
 * were taken for the day: "00 december"), "10:30 dec 3 - 12:00 dec 4" (was Dec 4 10:30 with no end).
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { instant, ZONES } from './arbitraries.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const reading = (text: string, now: Date, timezone: string) => {
  const r = readWhen(text, { now, timezone });
  return r.ok ? { start: r.value.parsed.start.toISOString(), end: r.value.parsed.end?.toISOString() ?? null, title: r.value.title } : r.error.code;
};
const clock24 = fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.constantFrom(0, 15, 30, 45) }).map(({ hour, minute }) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
const clock12 = fc.record({ hour: fc.integer({ min: 1, max: 12 }), minute: fc.constantFrom(0, 30), pm: fc.boolean() }).map(({ hour, minute, pm }) => `${hour}${minute ? ':30' : ''}${pm ? 'pm' : 'am'}`);
const clockText = fc.oneof(clock24, clock12);

describe('a clock before its date', () => {
  it('"19:00 december 3", "7:30pm on dec 3" read as "december 3 19:00"', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 364 }), clockText, fc.constantFrom(' ', ' on ', ', '), (now, zone, d, clock, join) => {
        const day = DateTime.fromJSDate(now, { zone }).plus({ days: 1 + d });
        const date = `${MONTHS[day.month - 1]} ${day.day}`;
        expect(reading(`Dinner ${clock}${join}${date}`, now, zone)).toEqual(reading(`Dinner ${date} ${clock}`, now, zone));
      }),
    );
  });

  it('"10:30 dec 3 - 12:00 dec 4": each end at its own date', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 5 }), clock24, clock24, fc.constantFrom(' - ', ' to '), (now, zone, d, len, c1, c2, dash) => {
        const first = DateTime.fromJSDate(now, { zone }).plus({ days: d });
        const last = first.plus({ days: len });
        const name = (x: DateTime) => `${MONTHS[x.month - 1]!.slice(0, 3)} ${x.day}`;
        const said = reading(`Offsite ${c1} ${name(first)}${dash}${c2} ${name(last)}`, now, zone);
        expect(said).toEqual(reading(`Offsite ${name(first)} ${c1}${dash}${name(last)} ${c2}`, now, zone));
        if (typeof said !== 'string') expect(said.end).not.toBeNull();
      }),
    );
  });
});
