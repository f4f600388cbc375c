/**
 * "15 minutes from 1pm", "an hour after 1:30pm", "10 minutes before 13:00": a length from, after or
 * before a clock time is that clock time, on the day it is read, moved on (or back) by the length.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'America/Sao_Paulo', 'Asia/Kolkata', 'Australia/Sydney', 'Pacific/Auckland'];
const two = (n: number) => String(n).padStart(2, '0');

/** The clock as people write it: "1pm", "1:30 pm", "13:00". */
function clockText(h: number, m: number, form: number): string {
  const h12 = h % 12 || 12;
  const ap = h < 12 ? 'am' : 'pm';
  if (form === 0) return m === 0 ? `${h12}${ap}` : `${h12}:${two(m)}${ap}`;
  if (form === 1) return `${h12}:${two(m)} ${ap}`;
  return `${two(h)}:${two(m)}`;
}

/** The length as people say it, and its minutes. */
const LENGTHS: [string, number][] = [
  ['half an hour', 30],
  ['an hour', 60],
  ['fifteen minutes', 15],
  ['2 hours', 120],
  ['90 minutes', 90],
];
const length = fc.oneof(
  fc.integer({ min: 1, max: 59 }).chain((n) => fc.constantFrom<[string, number]>([`${n} minutes`, n], [`${n} min`, n], [`${n} mins`, n])),
  fc.constantFrom(...LENGTHS),
);

const instant = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2028-12-31T00:00:00Z') }).map((ms) => new Date(ms));

describe('a length from a clock time', () => {
  it('is the clock time, on the day the clock time alone is read (today if still ahead, else tomorrow), moved by the length', () => {
    let read = 0;
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 2 }),
        length,
        fc.constantFrom('', 'Standup '),
        fc.constantFrom('from', 'after', 'before'),
        (now, zone, h, m0, form, [said, length], title, word) => {
          // A whole hour after or before ("15 minutes after 1pm") is the grammar's "past"/"to" clock, read as 1:15 pm: not this rule's.
          const m = word !== 'from' && m0 === 0 ? 30 : m0;
          const minutes = word === 'before' ? -length : length;
          const opts = { now, timezone: zone };
          const r = readWhen(`${title}${said} ${word} ${clockText(h, m, form)}`, opts);
          const local = DateTime.fromJSDate(now, { zone });
          const at = (d: DateTime) => d.set({ hour: h, minute: m, second: 0, millisecond: 0 });
          const today = at(local.startOf('day'));
          const clock = today > local ? today : at(local.startOf('day').plus({ days: 1 }));
          // A clock time the clocks skip or pass twice (daylight saving) is refused or asked, never guessed.
          if (clock.hour !== h || clock.minute !== m || clock.offset !== clock.plus({ hours: 3 }).offset || clock.offset !== clock.minus({ hours: 3 }).offset) {
            if (r.ok) expect(r.value.parsed.start.getTime()).toBe(clock.plus({ minutes }).toMillis());
            return;
          }
          // Before a clock time that is soon: already passed, and said so.
          if (clock.plus({ minutes }) < local) {
            expect(!r.ok && r.error.code).toBe('past');
            return;
          }
          expect(r.ok, JSON.stringify(r)).toBe(true);
          if (!r.ok) return;
          read++;
          expect(r.value.parsed.start.getTime()).toBe(clock.plus({ minutes }).toMillis());
          expect(r.value.title).toBe(title.trim());
        },
      ),
      { numRuns: 150 },
    );
    expect(read).toBeGreaterThan(100);
  });

  it('with a day said, it is that day\'s clock time moved on by the length', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('am', 'pm'),
        length,
        fc.constantFrom('tomorrow', 'friday', 'on monday', 'dec 3', 'next wednesday'),
        fc.boolean(),
        fc.constantFrom('from', 'after'),
        (now, zone, h12, ap, [said, minutes], day, dayFirst, word) => {
          const opts = { now, timezone: zone };
          const clock = `${h12}:45${ap}`;
          const base = readWhen(`${day} ${clock}`, opts);
          const r = readWhen(dayFirst ? `${day} ${said} ${word} ${clock}` : `${said} ${word} ${clock} ${day}`, opts);
          if (!base.ok) {
            // A question about the clock time alone ("next wednesday": which one?) is asked of the shifted time too.
            expect(r.ok).toBe(false);
            return;
          }
          expect(r.ok, JSON.stringify(r)).toBe(true);
          if (r.ok) expect(r.value.parsed.start.getTime()).toBe(base.value.parsed.start.getTime() + minutes * 60_000);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('is refused, with what to write, where it would be a guess: with a repeat or an end time', () => {
    const opts = { now: new Date('2026-11-21T12:00:00Z'), timezone: 'Europe/Berlin' };
    for (const text of ['every friday 15 minutes from 1pm', '15 minutes from 1pm to 3pm']) {
      const r = readWhen(text, opts);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain("say the start itself, like '1:15pm'");
    }
    // A length said with "for" is the event's length, from 1pm; "from now" counts from now.
    const forLength = readWhen('for 15 minutes from 1pm', opts);
    expect(forLength.ok && forLength.value.parsed.end!.getTime() - forLength.value.parsed.start.getTime()).toBe(15 * 60_000);
    const fromNow = readWhen('15 minutes from now', opts);
    expect(fromNow.ok && fromNow.value.parsed.start.toISOString()).toBe('2026-11-21T12:15:00.000Z');
  });
});
