/**
 * Ranges said in pieces: "29 / 30 august", "29 & 30 aug" (two days that follow each other are both
 * days; two apart are refused, never the second alone), "between 21 and 22.11.2017" (a day before a
 * day-first numeric date), "6am dec 5 to 7am", "16:00 nov 6 to 17:00" (a clock range split by its
 * date). Expected days and times in luxon; a date with no year is the next one still ahead.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { instant, ZONES } from './arbitraries.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const span = (r: ReturnType<typeof readWhen>, zone: string) =>
  r.ok ? [DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO(), r.value.parsed.end && DateTime.fromJSDate(r.value.parsed.end, { zone }).toISO()] : r.error.code;
const day = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 27 }) });
const h12 = (h: number) => `${h % 12 || 12}${h < 12 ? 'am' : 'pm'}`;

/** The next `month`/`day` (at `hour`) still ahead of `local`. */
function next(local: DateTime, month: number, d: number, hour: number | null): DateTime {
  const on = (year: number) => DateTime.fromObject({ year, month, day: d, hour: hour ?? 0 }, { zone: local.zone });
  const ahead = (x: DateTime) => (hour === null ? x >= local.startOf('day') : x > local);
  return ahead(on(local.year)) ? on(local.year) : on(local.year + 1);
}

describe('two days of a month said together', () => {
  it('"29 / 30 august", "aug 29 & 30": days that follow each other are both days; farther apart, refused', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), day, fc.integer({ min: 1, max: 3 }), fc.constantFrom(' / ', ' & ', ' and '), fc.boolean(), (now, zone, d, gap, join, monthFirst) => {
        const local = DateTime.fromJSDate(now, { zone });
        const name = MONTHS[d.month - 1]!;
        const days = `${d.day}${join}${d.day + gap}`;
        const text = monthFirst ? `Festival ${name} ${days}` : `Festival ${days} ${name}`;
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        const first = next(local, d.month, d.day, null);
        if (gap === 1) expect(span(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toEqual([first.toISO(), first.plus({ days: 2 }).toISO()]);
        else expect(r.ok, `${text}: two days apart are not one event`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('"between 21 and 22.11.2027": a day before a day-first numeric date starts a range in its month', () => {
    fc.assert(
      fc.property(instant, day, fc.integer({ min: 1, max: 4 }), (now, d, len) => {
        const last = d.day + len;
        // Day first by its own numbers (the day is past 12): no locale or zone is needed to settle it.
        fc.pre(last > 12 && last <= 28);
        const year = DateTime.fromJSDate(now, { zone: 'UTC' }).year + 1;
        const text = `Conference between ${d.day} and ${last}.${d.month}.${year}`;
        const r = readWhen(text, { now, timezone: 'UTC', allowPast: true });
        const first = DateTime.fromObject({ year, month: d.month, day: d.day }, { zone: 'UTC' });
        expect(span(r, 'UTC'), text).toEqual([first.toISO(), first.plus({ days: len + 1 }).toISO()]);
      }),
      { numRuns: 200 },
    );
  });

  it('in any zone, a day before a numeric date is that range or refused, never a clock or another day', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), day, fc.integer({ min: 1, max: 4 }), (now, zone, d, len) => {
        const year = DateTime.fromJSDate(now, { zone }).year + 1;
        fc.pre(d.day + len <= 28);
        const text = `between ${d.day} and ${d.day + len}.${d.month}.${year}`;
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        if (!r.ok || !r.value.parsed.allDay) expect(r.ok, `${text} ${zone}`).toBe(false);
        else {
          const first = DateTime.fromObject({ year, month: d.month, day: d.day }, { zone });
          expect(span(r, zone), `${text} ${zone}`).toEqual([first.toISO(), first.plus({ days: len + 1 }).toISO()]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('a clock range split by its date', () => {
  it('"6am dec 5 to 7am", "16:00 on friday, nov 6 - 17:00": that day, from one clock to the other', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), day, fc.integer({ min: 7, max: 20 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.integer({ min: 0, max: 2 }), (now, zone, d, hour, len, h24, form) => {
        const local = DateTime.fromJSDate(now, { zone });
        const start = next(local, d.month, d.day, hour);
        const c = (h: number) => (h24 ? `${h}:00` : h12(h));
        const date = [`${MONTHS[d.month - 1]!.slice(0, 3)} ${d.day}`, `${d.day} ${MONTHS[d.month - 1]}`, `on ${start.toFormat('cccc')}, ${MONTHS[d.month - 1]} ${d.day}`][form]!;
        const text = `Workshop ${c(hour)} ${date} to ${c(hour + len)}`;
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        expect(span(r, zone), `${text} (now ${now.toISOString()} ${zone})`).toEqual([start.toISO(), start.plus({ hours: len }).toISO()]);
      }),
      { numRuns: 300 },
    );
  });

  it('an end with its own day keeps it ("4pm today to 5pm tomorrow")', () => {
    const r = readWhen('out from 4pm today to 5pm tomorrow', { now: new Date('2026-11-07T12:00:00Z'), timezone: 'UTC' });
    expect(span(r, 'UTC')).toEqual(['2026-11-07T16:00:00.000Z', '2026-11-08T17:00:00.000Z']);
  });
});

describe('a day and a clock joined by a dash ("dec 3 - 9pm")', () => {
  it('is never a clock range on another day with the month dropped: refused, asked, or on that date', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), day, fc.integer({ min: 1, max: 11 }), fc.constantFrom(' - ', '-', ' to '), (now, zone, d, h, dash) => {
        const text = `${MONTHS[d.month - 1]!.slice(0, 3)} ${d.day}${dash}${h}pm`;
        const r = readWhen(text, { now, timezone: zone, allowPast: true });
        if (r.ok) {
          const s = DateTime.fromJSDate(r.value.parsed.start, { zone });
          expect([s.month, s.day], `${text} (now ${now.toISOString()} ${zone})`).toEqual([d.month, d.day]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
