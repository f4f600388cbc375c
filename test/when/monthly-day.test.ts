/** "every 27th", "each 1st and 15th at 9am": a day of the month said alone repeats monthly (Todoist, Slack /remind style). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { clock, clockText, instant, ZONES } from './arbitraries.ts';

const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const reading = (text: string, now: Date, timezone: string) => {
  const r = readWhen(text, { now, timezone });
  return r.ok ? { start: r.value.parsed.start.toISOString(), recurrence: r.value.parsed.recurrence ?? null, title: r.value.title } : r.error.code;
};

describe('a day of the month after "every"', () => {
  it('repeats monthly on that day (or days), read as "every month on the …"', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 31 }),
        fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
        clock,
        fc.constantFrom('every', 'each'),
        (now, zone, day, second, at, word) => {
          const days = second === null ? ord(day) : `${ord(day)} and ${ord(second)}`;
          const time = at ? ` at ${clockText(at)}` : '';
          const short = reading(`Rent ${word} ${days}${time}`, now, zone);
          expect(short).toEqual(reading(`Rent every month on the ${days}${time}`, now, zone));
          if (typeof short !== 'string') expect(short.recurrence?.freq).toBe('MONTHLY');
        },
      ),
    );
  });

  it('leaves "every 2nd tuesday", "every 3rd week" and "every 2nd day" to their own readings', () => {
    const now = new Date('2026-11-29T17:00:00Z');
    const rule = (text: string) => {
      const r = reading(text, now, 'UTC');
      return typeof r === 'string' ? r : r.recurrence;
    };
    expect(rule('every 2nd tuesday 7pm')).toMatchObject({ freq: 'MONTHLY', byday: ['2TU'] });
    expect(rule('every 3rd week on monday 9am')).toMatchObject({ freq: 'WEEKLY', interval: 3 });
    expect(rule('every 2nd day at 9am')).toMatchObject({ freq: 'DAILY', interval: 2 });
  });
});
