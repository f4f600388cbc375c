/** Casual spellings seen in real event lines: "tonight 9", "next wk", dotted clocks. */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';
import { instant, ZONES } from './arbitraries.ts';

const now = new Date('2026-12-04T09:15:00Z'); // Friday, London
const read = (text: string) => readWhen(text, { now, timezone: 'Europe/London', locale: 'en-GB' });

describe('casual forms', () => {
  it.each([
    ['Hot tub hangout tonight 9', '2026-12-04T21:00:00.000Z', 'Hot tub hangout'],
    ['Quiz tonight 8:30, at the pub', '2026-12-04T20:30:00.000Z', 'Quiz'],
    ['Offsite planning next wk wed 10am', '2026-12-09T10:00:00.000Z', 'Offsite planning'],
    ['Panto trip sat 2.30pm', '2026-12-05T14:30:00.000Z', 'Panto trip'],
    ['Standup mon 8.45 a.m.', '2026-12-07T08:45:00.000Z', 'Standup'],
  ])('%s', (text, start, title) => {
    const r = read(text);
    expect(r.ok && [r.value.parsed.start.toISOString(), r.value.title]).toEqual([start, title]);
  });

  it('a dotted date stays a date, and a dotted clock past 12 with a meridiem is refused, not guessed', () => {
    const date = read('Party 5.1.2027 18:30');
    expect(date.ok && date.value.parsed.start.toISOString()).toBe('2027-01-05T18:30:00.000Z');
    expect(read('Party 14.30pm').ok).toBe(false);
  });
});

describe('a clock range with the am/pm only on its end', () => {
  it('ends at the written end, less than 12 hours after a start on the same dial', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('', ':30'), fc.constantFrom('', ':45'), fc.constantFrom('am', 'pm'), fc.constantFrom('-', ' - ', ' to '), (s, e, min, emin, mer, sep) => {
        fc.pre(s !== e || emin === ':45');
        const r = read(`Lunch tomorrow ${s}${min}${sep}${e}${emin}${mer}`);
        if (!r.ok) return; // asking is allowed
        answered++;
        const start = DateTime.fromJSDate(r.value.parsed.start, { zone: 'Europe/London' });
        const end = DateTime.fromJSDate(r.value.parsed.end!, { zone: 'Europe/London' });
        expect(end.hour).toBe((e % 12) + (mer === 'pm' ? 12 : 0));
        const hours = end.diff(start, 'hours').hours;
        expect(hours).toBeGreaterThan(0);
        expect(hours).toBeLessThan(12);
        expect(start.minute).toBe(min ? 30 : 0);
      }),
    );
    expect(answered, 'most generated ranges read without a question').toBeGreaterThan(50);
  });
});

describe('an evening range past midnight', () => {
  it('ends the next morning in every zone, east or west of UTC', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('Australia/Sydney', 'Asia/Tokyo', 'Asia/Kolkata', 'Pacific/Auckland', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles'),
        fc.integer({ min: 8, max: 11 }),
        fc.integer({ min: 1, max: 4 }),
        fc.date({ min: new Date('2026-06-01T00:00:00Z'), max: new Date('2028-06-01T00:00:00Z'), noInvalidDate: true }),
        (zone, s, e, now) => {
          const r = readWhen(`Gaming fri ${s}pm - ${e}am`, { now, timezone: zone, locale: 'en-GB' });
          if (!r.ok) return; // a clock change that night may ask
          answered++;
          const start = DateTime.fromJSDate(r.value.parsed.start, { zone });
          const end = DateTime.fromJSDate(r.value.parsed.end!, { zone });
          expect([start.weekday, start.hour, end.hour]).toEqual([5, s + 12, e]);
          expect(end.startOf('day').diff(start.startOf('day'), 'days').days).toBe(1);
        },
      ),
    );
    expect(answered, 'most generated ranges read without a question').toBeGreaterThan(50);
  });
});

describe('"tonight 11pm - 1am" east of UTC (chrono dates the end on the start day there)', () => {
  it.each(['Australia/Sydney', 'Asia/Tokyo', 'Pacific/Auckland', 'Asia/Kolkata'])('%s', (zone) => {
    const now = DateTime.fromISO('2027-01-15T15:00', { zone }).toJSDate();
    const r = readWhen('Late night gaming tonight 11pm - 1am', { now, timezone: zone, locale: 'en-GB' });
    expect(r.ok && [r.value.title, DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO(), DateTime.fromJSDate(r.value.parsed.end!, { zone }).toISO()]).toEqual([
      'Late night gaming',
      DateTime.fromISO('2027-01-15T23:00', { zone }).toISO(),
      DateTime.fromISO('2027-01-16T01:00', { zone }).toISO(),
    ]);
  });
});

describe('24-hour forms after a day word', () => {
  it.each([
    ['Raid prep thu 1830', '2026-12-10T18:30:00.000Z'],
    ['Code review tmrw 1400', '2026-12-05T14:00:00.000Z'],
    ['Team meeting mon 9h', '2026-12-07T09:00:00.000Z'],
    ['Apéro tonight 19h', '2026-12-04T19:00:00.000Z'],
  ])('%s', (text, start) => {
    const r = read(text);
    expect(r.ok && r.value.parsed.start.toISOString()).toBe(start);
    expect(r.ok && r.value.title).toBe(text.split(/ (?:thu|tmrw|mon|tonight) /)[0]);
  });

  it('a number that may be a year is not taken for a clock ("fri 2030")', () => {
    const r = read('Launch fri 2030');
    expect(r.ok).toBe(false);
  });
});

describe('a day part said without a clock', () => {
  it('is its usual hour on the hour, whatever the minute it is said at', () => {
    const HOURS: Record<string, number> = { 'tomorrow morning': 9, 'tomorrow afternoon': 14, 'tomorrow evening': 18, 'tomorrow night': 20, 'night tomorrow': 20 };
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(HOURS)), fc.integer({ min: 0, max: 24 * 60 - 1 }), (phrase, minuteOfDay) => {
        const now = new Date(Date.UTC(2026, 11, 4, 0, minuteOfDay, 17));
        const r = readWhen(`Movie ${phrase}`, { now, timezone: 'UTC', locale: 'en-GB' });
        expect(r.ok && [r.value.parsed.start.getUTCHours(), r.value.parsed.start.getUTCMinutes(), r.value.parsed.start.getUTCDate()]).toEqual([HOURS[phrase], 0, 5]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('links and slash pairs are not zones', () => {
  it('any https link as the place leaves the time alone', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }), (url) => {
        const r = read(`Call tomorrow 8pm at ${url}`);
        expect(r.ok && [r.value.parsed.start.toISOString(), r.value.title]).toEqual(['2026-12-05T20:00:00.000Z', 'Call']);
      }),
      { numRuns: 60 },
    );
  });

  // Found by the property above: '@' was read as 'at' before links were set aside, so the rest of
  // the link read as a time ("@%00a" -> "at 00am").
  it.each(['https://a.aa?@%00a', 'https://meet.example/abc?x=@9am', 'https://x.example/@7pm/'])('an @ inside a link is part of it: %s', (url) => {
    const r = read(`Call tomorrow 8pm at ${url}`);
    expect(r.ok && [r.value.parsed.start.toISOString(), r.value.title]).toEqual(['2026-12-05T20:00:00.000Z', 'Call']);
  });

  it.each(['Weekly JP/US sync every wednesday 8am', 'Sync and/or chat fri 3pm'])('%s', (text) => {
    expect(read(text).ok).toBe(true);
  });

  it('a mistyped IANA zone is still refused by name', () => {
    const r = read('9am Europe/Londn');
    expect(!r.ok && r.error.code).toBe('bad_zone');
  });
});

describe('"in N minutes"', () => {
  it('is on a whole minute, the nearest to now + N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 0, max: 59_999 }), (n, ms) => {
        const now = new Date(Date.UTC(2026, 11, 4, 10, 0) + ms);
        const r = readWhen(`Call in ${n} minutes`, { now, timezone: 'UTC' });
        const start = r.ok ? r.value.parsed.start.getTime() : NaN;
        expect(start % 60_000).toBe(0);
        expect(Math.abs(start - (now.getTime() + n * 60_000))).toBeLessThanOrEqual(30_000);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a repeat every 0 units', () => {
  it.each(['Sync every 0 weeks at 6pm', 'Sync every 0 days at 9am', 'Sync every 0 months on the 3rd at 7pm'])('%s is refused, never weekly', (text) => {
    expect(read(text).ok).toBe(false);
  });
});

describe('approximate and misspelled forms read as their plain ones (found by the Duckling corpus)', () => {
  const startOf = (text: string, at: Date, zone: string) => {
    const r = readWhen(text, { now: at, timezone: zone });
    return r.ok ? { start: r.value.parsed.start.toISOString(), end: r.value.parsed.end?.toISOString() ?? null } : null;
  };

  it('"around 1030" is "at 10:30" for every four-digit clock but those that may be a year ahead (20xx)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('around', 'about', 'approximately', 'approx.', 'circa', 'at around'),
        fc.constantFrom('tomorrow', 'on friday', 'dec 12'),
        instant,
        fc.constantFrom(...ZONES),
        (h, m, word, day, at, zone) => {
          const digits = `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}`;
          const approx = startOf(`Sync ${day} ${word} ${digits}`, at, zone);
          if (h === 20 && !word.startsWith('at')) {
            expect(approx?.start ?? null).not.toBe(startOf(`Sync ${day} at ${digits.slice(0, 2)}:${digits.slice(2)}`, at, zone)?.start);
            return;
          }
          expect(approx).toEqual(startOf(`Sync ${day} at ${digits.slice(0, 2)}:${digits.slice(2)}`, at, zone));
        },
      ),
    );
  });

  it('"untill", "unitl" and "tomorrows" read as "until" and "tomorrow"', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 20 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('untill', 'unitl', 'untll'),
        fc.constantFrom('tomorrow', 'on thursday', 'dec 3'),
        instant,
        fc.constantFrom(...ZONES),
        (h, hours, typo, day, at, zone) => {
          const plain = `Review ${day} from ${h}:30 until ${h + hours}:00`;
          expect(startOf(plain.replace('until', typo), at, zone)).toEqual(startOf(plain, at, zone));
          expect(startOf(plain.replace('tomorrow', 'tomorrows'), at, zone)).toEqual(startOf(plain, at, zone));
        },
      ),
    );
  });

  it('a prime after for/in is minutes: "for 30\' from 4pm", "in 15\'"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 180 }), fc.constantFrom("'", '′'), instant, fc.constantFrom(...ZONES), (n, prime, at, zone) => {
        expect(startOf(`Drill tomorrow for ${n}${prime} starting from 4pm`, at, zone)).toEqual(startOf(`Drill tomorrow for ${n} minutes starting from 4pm`, at, zone));
        expect(startOf(`Call in ${n}${prime}`, at, zone)).toEqual(startOf(`Call in ${n} minutes`, at, zone));
      }),
    );
  });
});

const WEEKDAY_WORDS = [['monday', 'mon'], ['tuesday', 'tue'], ['wednesday', 'wed'], ['thursday', 'thu'], ['friday', 'fri'], ['saturday', 'sat'], ['sunday', 'sun']] as const;
const at = (r: ReturnType<typeof readWhen>, zone: string) => (r.ok ? DateTime.fromJSDate(r.value.parsed.start, { zone }).toISO() : r.error.code);

describe('"this coming monday", "upcoming fri 7pm"', () => {
  it('is the next such weekday after today: said on that weekday, the one a week later, never today', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 7 }), fc.boolean(), fc.constantFrom('this coming', 'this upcoming', 'coming', 'upcoming'), fc.option(fc.integer({ min: 7, max: 22 }), { nil: null }), (now, zone, wd, short, lead, hour) => {
        const today = DateTime.fromJSDate(now, { zone }).startOf('day');
        const day = today.plus({ days: (wd - today.weekday + 7) % 7 || 7 });
        const want = hour === null ? day : day.set({ hour });
        const text = `${lead} ${WEEKDAY_WORDS[wd - 1]![short ? 1 : 0]}${hour === null ? '' : ` at ${hour % 12 || 12}${hour < 12 ? 'am' : 'pm'}`}`;
        expect(at(readWhen(text, { now, timezone: zone }), zone), `${text} (now ${now.toISOString()} ${zone})`).toBe(want.toISO());
      }),
      { numRuns: 300 },
    );
  });
});

describe('"the day after next"', () => {
  it('is the day after tomorrow, at the clock said with it', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.option(fc.integer({ min: 7, max: 22 }), { nil: null }), fc.constantFrom('the day after next', 'day after next'), fc.constantFrom(' ', ' at ', ', '), (now, zone, hour, words, join) => {
        const day = DateTime.fromJSDate(now, { zone }).startOf('day').plus({ days: 2 });
        const want = hour === null ? day : day.set({ hour });
        const text = `Dinner ${words}${hour === null ? '' : `${join}${hour % 12 || 12}${hour < 12 ? 'am' : 'pm'}`}`;
        expect(at(readWhen(text, { now, timezone: zone }), zone), `${text} (now ${now.toISOString()} ${zone})`).toBe(want.toISO());
      }),
      { numRuns: 200 },
    );
  });

  it('"the day after next friday" is not the day after tomorrow', () => {
    const r = readWhen('the day after next friday', { now, timezone: 'Europe/London', allowPast: true });
    expect(r.ok && r.value.parsed.start.toISOString()).not.toBe('2026-12-06T00:00:00.000Z');
  });
});

describe('a year joined to its date by words', () => {
  it('"the 2nd of february in the year 1980", "4 july of 2027", "march 9 in 2030": that date', () => {
    const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 1950, max: 2060 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('of', 'in', 'in the year'), fc.integer({ min: 0, max: 2 }), (now, zone, year, month, day, join, form) => {
        const name = MONTH_NAMES[month - 1]!;
        const sfx = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
        const text = [`the ${day}${sfx} of ${name} ${join} ${year}`, `${day} ${name} ${join} ${year}`, `${name} ${day} ${join} ${year}`][form]!;
        const want = DateTime.fromObject({ year, month, day }, { zone });
        expect(at(readWhen(text, { now, timezone: zone, allowPast: true }), zone), `${text} ${zone}`).toBe(want.toISO());
      }),
      { numRuns: 200 },
    );
  });
});

describe('a date joined to its time by a dash (found by the issue-reports corpus)', () => {
  const MON = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const reading = (text: string, at: Date, zone: string) => {
    const r = readWhen(text, { now: at, timezone: zone, locale: 'en-US' });
    return r.ok ? { start: r.value.parsed.start.toISOString(), allDay: r.value.parsed.allDay } : null;
  };

  it('"06/16/2027-05:00 PM", "2027-06-16-17:00" read as the date and the time with a space', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), (at, zone, month, day, hour, iso) => {
        const year = at.getUTCFullYear() + 1;
        const date = iso ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : `${month}/${day}/${year}`;
        const clockText = iso ? `${hour + 8}:00` : `${String(hour).padStart(2, '0')}:00 PM`;
        expect(reading(`Launch ${date}-${clockText}`, at, zone)).toEqual(reading(`Launch ${date} ${clockText}`, at, zone));
      }),
    );
  });

  it('a time whose am/pm was left unread is never dropped: "dec 3-5pm" is asked about, not an all-day Dec 3', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('am', 'pm'), (at, zone, m, day, hour, mer) => {
        const r = reading(`Party ${MON[m]} ${day}-${hour}${mer}`, at, zone);
        if (r) expect(r.allDay).toBe(false);
      }),
    );
  });
});

describe('a shift from a day said loosely (found by the issue-reports corpus)', () => {
  const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const reading = (text: string, at: Date, zone: string) => {
    const r = readWhen(text, { now: at, timezone: zone });
    return r.ok ? { start: r.value.parsed.start.toISOString(), recurrence: r.value.parsed.recurrence ?? null } : r.error.code;
  };
  it('"a week from this friday" is "a week from friday"; "week from sunday" is "a week from sunday"; "every week from monday" stays a repeat', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom(...DAYS), fc.constantFrom('a week', 'two weeks', '3 days'), fc.constantFrom('', ' 6pm'), (at, zone, day, shift, time) => {
        const plain = reading(`Review ${shift} from ${day}${time}`, at, zone);
        expect(typeof plain).not.toBe('string');
        expect(reading(`Review ${shift} from this ${day}${time}`, at, zone)).toEqual(plain);
        if (shift === 'a week') expect(reading(`Review week from ${day}${time}`, at, zone)).toEqual(plain);
        const repeat = reading(`Review every week from ${day}${time}`, at, zone);
        if (typeof repeat !== 'string') expect(repeat.recurrence).not.toBeNull();
      }),
    );
  });
});

describe('"tonight 9ish" and "sat arvo"', () => {
  const reading = (text: string, at: Date, zone: string) => {
    const r = readWhen(text, { now: at, timezone: zone });
    return r.ok ? r.value.parsed.start.toISOString() : r.error.code;
  };
  it('about an evening hour tonight is that hour; "arvo" is the afternoon', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.integer({ min: 6, max: 11 }), fc.constantFrom('ish', '-ish', ' ish'), fc.constantFrom('saturday', 'sunday', 'tomorrow'), (at, zone, h, ish, day) => {
        expect(reading(`Drinks tonight ${h}${ish}`, at, zone)).toEqual(reading(`Drinks tonight at ${h}pm`, at, zone));
        expect(reading(`BBQ ${day} arvo`, at, zone)).toEqual(reading(`BBQ ${day} afternoon`, at, zone));
      }),
    );
  });

  it('"fri eve 7pm" is Friday evening; "fri eve 7" never drops its hour into the title', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom('fri', 'saturday', 'tomorrow'), fc.integer({ min: 6, max: 10 }), (at, zone, day, h) => {
        expect(reading(`Drinks ${day} eve ${h}pm`, at, zone)).toEqual(reading(`Drinks ${day} evening ${h}pm`, at, zone));
        const bare = readWhen(`Drinks ${day} eve ${h}`, { now: at, timezone: zone });
        if (bare.ok) expect(bare.value.parsed.allDay).toBe(false);
      }),
    );
  });

  it('a question about "next thurs" never drops the hour said after it ("next thurs 7")', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom('mon', 'thurs', 'friday', 'sat'), fc.integer({ min: 1, max: 12 }), (at, zone, day, h) => {
        const r = readWhen(`Team dinner next ${day} ${h}`, { now: at, timezone: zone });
        if (r.ok) expect(r.value.parsed.allDay).toBe(false);
        else if (r.error.code === 'ambiguous') for (const c of r.error.candidates) expect(c.allDay).toBe(false);
      }),
    );
  });
});

