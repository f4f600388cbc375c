/**
 * A day said twice in agreeing words is one day: "tomorrow 16 nov noon" said on the 15th, "fri 13
 * march 04:00" when March 13 is a Friday. Said twice in disagreeing words it is refused or asked,
 * never one of them silently. Expected dates in luxon.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { instant, ZONES } from './arbitraries.ts';

const at = (r: ReturnType<typeof readWhen>, zone: string) => (r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : 'refused');
const clockWords = [['noon', 12], ['at 7pm', 19], ['9am', 9], ['18:30', 18.5]] as const;
const withClock = (d: DateTime, h: number) => d.set({ hour: Math.floor(h), minute: (h % 1) * 60 });

describe('today or tomorrow with its own date', () => {
  it('"tomorrow 16 nov noon" is that day when they agree, refused when they do not', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom('today', 'tomorrow'), fc.integer({ min: -1, max: 1 }), fc.constantFrom(...clockWords), fc.boolean(), (now, zone, word, off, [clock, h], dateFirst) => {
        const today = DateTime.fromJSDate(now, { zone }).startOf('day');
        const meant = word === 'today' ? today : today.plus({ days: 1 });
        const said = meant.plus({ days: off });
        const date = `${said.day} ${said.toFormat('LLL')}`;
        const text = dateFirst ? `Lunch ${date} ${word} ${clock}` : `Lunch ${word} ${date} ${clock}`;
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        // Across a new year "tomorrow 1 jan" said on Dec 31 may read the date in the next year: agreeing still.
        if (off === 0) expect(at(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toBe(withClock(meant, h).toISO());
        else expect(r.ok, `${text} (now ${now.toISOString()} ${zone})`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a weekday with a day and month after it', () => {
  it('"fri 13 march 04:00", "friday 13 of march": that date when it is that weekday (not "13:00" or a question)', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 400 }), fc.boolean(), fc.constantFrom('', ' 04:00', ' at 7pm'), fc.boolean(), (now, zone, ahead, short, clock, of) => {
        const d = DateTime.fromJSDate(now, { zone }).startOf('day').plus({ days: ahead });
        const text = `${d.toFormat(short ? 'ccc' : 'cccc')} ${d.day} ${of ? 'of ' : ''}${d.toFormat('LLLL')} ${d.year}${clock}`;
        const want = clock === ' 04:00' ? d.set({ hour: 4 }) : clock ? d.set({ hour: 19 }) : d;
        expect(at(readWhen(text, { now, timezone: zone, allowPast: true }), zone), `${text} (now ${now.toISOString()} ${zone})`).toBe(want.toISO());
      }),
      { numRuns: 300 },
    );
  });
});

describe('a weekday said apart from its date', () => {
  it('"jun 7, wed at 3pm", "wed (jun 7)", "nov 12 (sun": that date when the weekday is its own, refused or asked when not', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (now, zone, ahead, wrongBy, form, short) => {
        const d = DateTime.fromJSDate(now, { zone }).startOf('day').plus({ days: ahead });
        const wd = d.plus({ days: wrongBy }).toFormat(short ? 'ccc' : 'cccc');
        const date = `${d.toFormat('LLL')} ${d.day}`;
        const text = [`${date}, ${wd} at 3pm`, `${wd} (${date}) 3pm`, `${date} (${wd}`, `${d.day} ${d.toFormat('LLLL')} ${wd}, 1500pm`][form]!;
        const want = form === 2 ? d : d.set({ hour: 15 });
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        if (wrongBy === 0) expect(at(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toBe(want.toISO());
        else expect(r.ok, `${text} (now ${now.toISOString()} ${zone})`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
