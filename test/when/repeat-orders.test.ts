/**
 * A repeat's parts in either order read the same: "wednesday every 2 weeks" as "every 2 weeks on
 * wednesday", "every first monday every two months" as "the first monday of every 2 months"
 * (found by the issue-reports corpus: the weekday, or the interval, was dropped).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { clock, clockText, instant, ZONES } from './arbitraries.ts';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const COUNT = ['', 'one', 'two', 'three', 'four'];
const reading = (text: string, now: Date, timezone: string) => {
  const r = readWhen(text, { now, timezone });
  return r.ok ? { start: r.value.parsed.start.toISOString(), recurrence: r.value.parsed.recurrence ?? null } : r.error.code;
};

describe('a repeat said in either order', () => {
  it('days before "every N weeks" are the repeat\'s days', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 1, max: 4 }),
        clock,
        fc.boolean(),
        (now, zone, days, n, at, on) => {
          const time = at ? ` ${clockText(at)}` : '';
          const every = n === 1 ? 'every week' : `every ${n} weeks`;
          const said = reading(`Sync ${on ? 'on ' : ''}${days.join(' and ')} ${every}${time}`, now, zone);
          expect(said).toEqual(reading(`Sync ${every} on ${days.join(' and ')}${time}`, now, zone));
          if (typeof said !== 'string') expect(said.recurrence).toMatchObject({ freq: 'WEEKLY', interval: n });
        },
      ),
    );
  });

  it('"every first monday every two months" keeps its interval', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.constantFrom('first', 'second', 'third', 'last'),
        fc.constantFrom(...DAYS),
        fc.integer({ min: 2, max: 4 }),
        clock,
        (now, zone, nth, day, n, at) => {
          const time = at ? ` at ${clockText(at)}` : '';
          const said = reading(`Board meeting every ${nth} ${day} every ${COUNT[n]} months${time}`, now, zone);
          expect(said).toEqual(reading(`Board meeting the ${nth} ${day} of every ${n} months${time}`, now, zone));
          if (typeof said !== 'string') expect(said.recurrence).toMatchObject({ freq: 'MONTHLY', interval: n });
        },
      ),
    );
  });

  it('"every 2nd and 4th saturday" is "the 2nd and 4th saturday of every month"', () => {
    const ORD = ['first', '2nd', 'third', '4th', 'last'];
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.uniqueArray(fc.constantFrom(...ORD), { minLength: 1, maxLength: 2 }), fc.constantFrom(...DAYS), clock, (now, zone, nths, day, at) => {
        const time = at ? ` at ${clockText(at)}` : '';
        const said = reading(`Market every ${nths.join(' and ')} ${day}${time}`, now, zone);
        expect(said).toEqual(reading(`Market the ${nths.join(' and ')} ${day} of every month${time}`, now, zone));
        if (typeof said !== 'string') expect(said.recurrence?.byday).toHaveLength(nths.length);
      }),
    );
  });

  it('a repeat with an exception ("every day except sunday 9am", "every weekday but friday") is asked about, never read without the exception', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.constantFrom('every day', 'every weekday', 'each weekday', 'every week', 'each day'),
        fc.constantFrom('except', 'but', 'excluding', 'but not'),
        fc.constantFrom(...DAYS),
        clock,
        fc.constantFrom('', 'Sync '),
        (now, zone, repeat, word, day, at, title) => {
          const said = reading(`${title}${repeat} ${word} ${day}${at ? ` ${clockText(at)}` : ''}`, now, zone);
          expect(typeof said).toBe('string');
        },
      ),
    );
  });
});

