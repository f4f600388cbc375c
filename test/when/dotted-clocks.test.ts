/**
 * Numbers written with a dot, read by their shape: "17 august 13.00", "mon dec 4 08.40", "june 7th
 * 17.05-18.15" (a two-digit dotted clock after a date, or one no date could be: 24-hour time), and
 * "sunday 15.10.", "26.9. around 17:00", "13.6. - 15.6." (a trailing dot: day and month, never a
 * clock). Expected days and times in luxon; a date with no year is the next one still ahead.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { instant, ZONES } from './arbitraries.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const two = (n: number) => String(n).padStart(2, '0');
const span = (r: ReturnType<typeof readWhen>, zone: string) =>
  r.ok ? [DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO(), r.value.parsed.end && DateTime.fromJSDate(r.value.parsed.end, { zone }).toISO(), r.value.parsed.allDay] : r.error.code;

/** A day of the year (no Feb 29) and a 24-hour clock away from the small hours, where clocks change. */
const day = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
const clock24 = fc.record({ hour: fc.integer({ min: 4, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) });

/** The next time that day (at that clock, or all day) is still ahead of `local`. */
function next(local: DateTime, d: { month: number; day: number }, c: { hour: number; minute: number } | null): DateTime {
  const on = (year: number) => DateTime.fromObject({ year, month: d.month, day: d.day, hour: c?.hour ?? 0, minute: c?.minute ?? 0 }, { zone: local.zone });
  const ahead = (x: DateTime) => (c ? x > local : x >= local.startOf('day'));
  return ahead(on(local.year)) ? on(local.year) : on(local.year + 1);
}

describe('a dotted 24-hour clock', () => {
  it('after a written date ("17 august 13.00", "mon dec 4 08.40", "june 7th at 17.05h") is that date at that time', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), day, clock24, fc.integer({ min: 0, max: 5 }), fc.constantFrom('', 'h', ' h', '.'), (now, zone, d, c, form, tail) => {
        // "04.01." is a second date (a trailing dot marks a day and month): only a number no date could be ends a sentence.
        fc.pre(tail !== '.' || c.minute === 0 || c.minute > 12);
        const local = DateTime.fromJSDate(now, { zone });
        const want = next(local, d, c);
        const name = MONTHS[d.month - 1]!;
        const wd = want.toFormat('ccc').toLowerCase();
        const at = `${two(c.hour)}.${two(c.minute)}${tail}`;
        const text = [
          `${d.day} ${name} ${at}`,
          `${name} ${d.day} ${at}`,
          `${wd} ${name.slice(0, 3)} ${d.day} ${at}`,
          `on ${name} ${d.day}th at ${at}`,
          `Team dinner ${name} ${d.day} approximately ${at}`,
          `${wd}, ${name} ${d.day} around ${at}`,
        ][form]!;
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        expect(span(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toEqual([want.toISO(), null, false]);
      }),
      { numRuns: 300 },
    );
  });

  it('as a range after a date ("june 7th 17.05-18.15") runs from one to the other that day', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), day, clock24, fc.integer({ min: 1, max: 300 }), fc.constantFrom('-', ' - ', ' to '), (now, zone, d, c, length, dash) => {
        const local = DateTime.fromJSDate(now, { zone });
        const want = next(local, d, c);
        const end = want.plus({ minutes: length });
        fc.pre(end.day === want.day);
        const text = `${MONTHS[d.month - 1]} ${d.day} ${two(c.hour)}.${two(c.minute)}${dash}${two(end.hour)}.${two(end.minute)}`;
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        expect(span(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toEqual([want.toISO(), end.toISO(), false]);
      }),
      { numRuns: 200 },
    );
  });

  it('that no date could be (minutes 00 or past 31, or both parts past 12) is a clock time with no date said', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), clock24, (now, zone, c) => {
        const either = (a: number, b: number) => a >= 1 && a <= 12 && b >= 1 && b <= 31;
        fc.pre(!either(c.hour, c.minute) && !either(c.minute, c.hour));
        const local = DateTime.fromJSDate(now, { zone });
        const today = local.set({ hour: c.hour, minute: c.minute, second: 0, millisecond: 0 });
        const want = today > local ? today : today.plus({ days: 1 });
        const text = `Standup ${two(c.hour)}.${two(c.minute)}`;
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        expect(span(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toEqual([want.toISO(), null, false]);
      }),
      { numRuns: 200 },
    );
  });

  it('stays unread or asked where it could be a date or the hour has one digit', () => {
    const now = new Date('2026-10-11T10:00:00Z');
    for (const text of ['meet 13.05', 'Party 14.30pm']) expect(readWhen(text, { now, timezone: 'UTC' }).ok, text).toBe(false);
    const r = readWhen('oct 13 5.10', { now, timezone: 'UTC' });
    expect(!r.ok && r.error.code, 'one-digit hour: am or pm is asked').toBe('ambiguous');
  });
});

describe('a day and month with a trailing dot ("15.10.", German style)', () => {
  it('is that date, all day or at the clock said after it, whatever the zone, with or without its weekday', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), day, fc.option(clock24, { nil: null }), fc.boolean(), fc.boolean(), (now, zone, d, c, weekday, padded) => {
        const local = DateTime.fromJSDate(now, { zone });
        const want = next(local, d, c);
        const dm = padded ? `${two(d.day)}.${two(d.month)}.` : `${d.day}.${d.month}.`;
        const text = `${weekday ? `${want.toFormat('cccc')} ` : ''}${dm}${c ? ` at ${two(c.hour)}:${two(c.minute)}` : ''}`;
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        expect(span(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toEqual([want.toISO(), null, !c]);
      }),
      { numRuns: 300 },
    );
  });

  it('two of them joined by a dash are the days from one to the other (the year written once at the end)', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 330 }), fc.integer({ min: 1, max: 30 }), fc.constantFrom('-', ' - '), (now, zone, a, len, dash) => {
        const year = DateTime.fromJSDate(now, { zone }).year + 1;
        const first = DateTime.fromObject({ year }, { zone }).plus({ days: a });
        const last = first.plus({ days: len });
        const text = `Holiday ${first.day}.${first.month}.${dash}${last.day}.${last.month}.${year}`;
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        expect(span(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toEqual([first.toISO(), last.plus({ days: 1 }).toISO(), true]);
      }),
      { numRuns: 200 },
    );
  });
});
