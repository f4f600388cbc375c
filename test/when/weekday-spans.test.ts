/**
 * Two weekdays joined as a span: "every fri-sun 18:00" repeats on each day of it (past Sunday if
 * need be); "standup mon-fri 9:15am" with no repeat word is asked about (it was an all-day range
 * that ended at 9:15 on Friday); an all-day reading always ends at a midnight.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { clock, clockText, instant, ZONES } from './arbitraries.ts';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const short = (d: string) => d.slice(0, 3);

describe('a span of weekdays', () => {
  it('after "every" (or before "every other week"), repeats on each day from the first through the last, wrapping past Sunday', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.constantFrom('-', ' to ', ' through '), clock, (now, zone, a, len, abbr, join, at) => {
        const b = (a + len) % 7;
        const name = (i: number) => (abbr ? short(DAYS[i]!) : DAYS[i]!);
        const r = readWhen(`Shift every ${name(a)}${join}${name(b)}${at ? ` ${clockText(at)}` : ''}`, { now, timezone: zone });
        const expected = Array.from({ length: len + 1 }, (_, k) => CODES[(a + k) % 7]!).sort((x, y) => CODES.indexOf(x) - CODES.indexOf(y));
        expect(r.ok && r.value.parsed.recurrence).toMatchObject({ freq: 'WEEKLY', interval: 1, byday: expected });
        // Said the other way round, with the interval after the span.
        const after = readWhen(`Shift ${name(a)}${join}${name(b)} every other week${at ? ` ${clockText(at)}` : ''}`, { now, timezone: zone });
        expect(after.ok && after.value.parsed.recurrence).toMatchObject({ freq: 'WEEKLY', interval: 2, byday: expected });
      }),
    );
  });

  it('with a time and no repeat word, is never read as whole days ending at that time; an all-day reading ends at a midnight', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.record({ hour: fc.integer({ min: 7, max: 21 }), minute: fc.constantFrom(0, 15, 30) }),
        fc.constantFrom((h: string) => h, (h: string) => `at ${h}`),
        (now, zone, a, len, c, lead) => {
          const text = `Standup ${short(DAYS[a]!)}-${short(DAYS[(a + len) % 7]!)} ${lead(clockText(c))}`;
          const r = readWhen(text, { now, timezone: zone });
          if (!r.ok) {
            expect(r.error.code).not.toBe('no_time');
            return;
          }
          const p = r.value.parsed;
          if (p.allDay && p.end) expect(DateTime.fromJSDate(p.end, { zone: p.timezone }).toFormat('HH:mm')).toBe('00:00');
        },
      ),
    );
  });

  it('two weekdays joined as a list ("mon & wed 6-7pm") are two days, never a range from one to the other; with "every" they repeat on both', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(' & ', ' and ', ' + ', ', '), fc.constantFrom('6-7pm', '6pm', '18:00-19:30'), (now, zone, a, gap, join, time) => {
        const b = (a + gap) % 7;
        const days = `${short(DAYS[a]!)}${join}${short(DAYS[b]!)}`;
        expect(readWhen(`Training ${days} ${time}`, { now, timezone: zone }).ok).toBe(false);
        const every = readWhen(`Training every ${days} ${time}`, { now, timezone: zone });
        if (every.ok) expect([...(every.value.parsed.recurrence?.byday ?? [])].sort()).toEqual([CODES[a]!, CODES[b]!].sort());
      }),
    );
  });
});

