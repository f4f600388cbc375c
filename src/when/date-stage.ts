/**
 * Stage 5 of the pipeline: the calendar date the text names — day arithmetic, n-th weekdays,
 * holidays, days of a month, written dates, weekdays — or null when it names none.
 */
import { DateTime } from 'luxon';
import type { Calendar } from './calendar.ts';
import type { Parts } from './components.ts';
import { nthWeekdayOf } from './dates.ts';
import { addWorkdays } from './day-count.ts';
import { errors } from './errors.ts';
import type { Extracted } from './extract.ts';
import type { WhenRefusal } from './types.ts';
import { WD_SRC } from './words.ts';

export interface DateInput {
  found: Extracted;
  start: Parts | null;
  end: Parts | null;
  cal: Calendar;
  raw: string;
  /** Reading again for a question's other candidate: "next friday" is the one a week later. */
  weekLater: boolean;
}

export type DateFound = { ok: true; date: DateTime | null; nextUnsure: boolean; holidayInTitle?: boolean } | { ok: false; error: WhenRefusal };

export function dateOf(x: DateInput): DateFound {
  const r = namedDate(x);
  if (!r.ok) return r;
  // "25/12 12:00 Christmas lunch": a holiday beside the day read is a title word.
  const { holiday } = x.found;
  const otherDay = x.found.monthDay || x.start?.day !== undefined || x.start?.weekday !== undefined;
  if (holiday && (otherDay || !r.date?.hasSame(holidayDate(holiday, x.cal), 'day'))) r.holidayInTitle = true;
  const shift = x.found.shift;
  if (shift?.base !== 'date') return r;
  // "2 weeks from january 15": the date the rest of the text names, moved.
  if (!r.date) return errors.noTime(x.raw);
  return { ...r, date: r.date.plus({ [shift.unit]: shift.n }) };
}

function namedDate(x: DateInput): DateFound {
  const { found, start, cal, raw } = x;
  const { wdCount, workdays, shift, weekOf, relative, nth, holiday, monthDay } = found;
  const { today } = cal;
  const ok = (date: DateTime | null, nextUnsure = false): DateFound => ({ ok: true, date, nextUnsure });
  if (wdCount) {
    if (start?.weekday !== undefined || start?.day !== undefined) return errors.noTime(raw);
    if (wdCount.n < 0) return ok(today.minus({ days: ((today.weekday - wdCount.weekday + 7) % 7 || 7) + 7 * (-wdCount.n - 1) }));
    return ok(today.plus({ days: ((wdCount.weekday - today.weekday + 7) % 7 || 7) + 7 * (wdCount.n - 1) }));
  }
  if (workdays) {
    if (start?.day !== undefined) return errors.noTime(raw);
    const date = addWorkdays(today.plus({ days: workdays.base === 'tomorrow' ? 1 : workdays.base === 'yesterday' ? -1 : 0 }), workdays.n);
    // "friday, in 3 business days": two ways to the day, as "in 3 days on friday".
    if (start?.weekday !== undefined && date.weekday !== start.weekday) return mismatch(raw, date, start.weekday);
    return ok(date);
  }
  if (shift && shift.base !== 'date') {
    if (start?.weekday !== undefined || start?.day !== undefined) return errors.noTime(raw);
    return ok(today.plus({ days: shift.base === 'tomorrow' ? 1 : shift.base === 'yesterday' ? -1 : 0 }).plus({ [shift.unit]: shift.n }));
  }
  if (weekOf) return ok(today.startOf('week').plus({ weeks: weekOf.weeks, days: weekOf.weekday - 1 }));
  if (relative) {
    const n = relative.n;
    const date = Number.isInteger(n) ? today.plus({ [relative.unit]: n }) : today.plus({ days: Math.round(n * (relative.unit === 'weeks' ? 7 : relative.unit === 'months' ? 30 : 1)) });
    // "in 3 days on friday": two ways to the day; if they name different days, neither is taken.
    if (start?.weekday !== undefined && start.day === undefined && date.weekday !== start.weekday) return mismatch(raw, date, start.weekday);
    return ok(date);
  }
  if (nth?.monthsAhead !== undefined) {
    const month = today.startOf('month').plus({ months: nth.monthsAhead });
    const d = nthWeekdayOf(month.year, month.month, nth.weekday, nth.n);
    return d ? ok(cal.dateFrom(d.year, d.month, d.day)) : errors.invalidDate(raw, 'that month has no such day');
  }
  if (nth) {
    // In the reader's zone: nthWeekdayOf's dates are the system zone's, and west of it today looked passed.
    const inYear = (y: number) => {
      const d = nthWeekdayOf(y, nth.month, nth.weekday, nth.n);
      return d && cal.dateFrom(d.year, d.month, d.day);
    };
    let d = inYear(nth.year ?? today.year);
    if (!nth.year && (!d || !cal.ahead(d))) d = inYear(today.year + 1);
    return d ? ok(d) : errors.invalidDate(raw, 'that month has no such day');
  }
  if (holiday) {
    const d = holidayDate(holiday, cal);
    // Another day named beside a holiday ("Christmas party friday dec 18") is the date; the holiday is the title's.
    // A weekday is the coming one: "Easter brunch sun 11am" said after Easter is this Sunday, not next year's Easter.
    const otherDay = monthDay || start?.day !== undefined;
    if (!otherDay && start?.weekday !== undefined) {
      const w = weekday(x, start.weekday, start);
      return w.ok && w.date?.hasSame(d, 'day') ? ok(d) : w;
    }
    if (!otherDay) return ok(d);
  }
  if (monthDay) return dayOfMonth(x, monthDay);
  // "next week", "sometime next week": a week, not a day (chrono would say a week from today).
  const week = start && start.weekday === undefined ? WEEK_ONLY.exec(start.text) : null;
  if (week) return errors.wholeWeek(raw, week[0]);
  if (start && start.day !== undefined && start.month !== undefined) return writtenDate(x, start as Parts & { day: number; month: number });
  if (start && start.weekday !== undefined) return weekday(x, start.weekday, start);
  if (start && start.month !== undefined && start.hour === undefined) return errors.noTime(raw);
  return ok(null);
}

const WEEK_ONLY = /^(?:next|this|last|past|previous|coming)\s+week(?![\w'])/;

/** A holiday's next date (or in the year said with it). */
function holidayDate(holiday: NonNullable<Extracted['holiday']>, cal: Calendar): DateTime {
  const on = (y: number) => {
    const d = holiday.on(y);
    return cal.dateFrom(y, d.month, d.day);
  };
  if (holiday.year !== undefined) return on(holiday.year);
  const d = on(cal.today.year);
  return cal.ahead(d) ? d : on(cal.today.year + 1);
}

/** "on the 3rd", "mon 13th", "the 15th of next month". */
function dayOfMonth(x: DateInput, monthDay: NonNullable<Extracted['monthDay']>): DateFound {
  const { start, cal, raw } = x;
  // "the 9th ... 17th of april": two days named, neither a range we read.
  if (start?.day !== undefined) return errors.twoTimes(raw);
  if (start?.month !== undefined) {
    // "the 15th of next month": our day in the month chrono read.
    const d = cal.dateFrom(start.year ?? start.implied.year, start.month, monthDay.day);
    return d.isValid ? { ok: true, date: d, nextUnsure: false } : errors.invalidDate(raw, `that month has no day ${monthDay.day}`);
  }
  // "on the 3rd": the next 3rd; "mon 13th": the next 13th that is a Monday (as "friday the 13th").
  const weekday = monthDay.withWeekday ? start?.weekday : undefined;
  let d: DateTime | null = null;
  for (let i = 0; i < (weekday === undefined ? 14 : 40) && !d; i++) {
    const month = cal.today.plus({ months: i }).startOf('month');
    if (monthDay.day > (month.daysInMonth ?? 31)) continue;
    const c = month.set({ day: monthDay.day });
    if (cal.ahead(c) && (weekday === undefined || c.weekday === weekday)) d = c;
  }
  if (!d) return errors.invalidDate(raw, `no such day in the next ${weekday === undefined ? 'year' : 'three years'}`);
  // A weekday elsewhere in the line ("Friday ... on the 14th") that the 14th is not: ask the person.
  if (start?.weekday !== undefined && d.weekday !== start.weekday) return mismatch(raw, d, start.weekday);
  return { ok: true, date: d, nextUnsure: false };
}

/** "dec 3", "3/12/2027", "26 june to 28 june in 2020": the next such date unless a year is said. */
function writtenDate(x: DateInput, start: Parts & { day: number; month: number }): DateFound {
  const { end, cal, raw } = x;
  // "26 june to 28 june in 2020": a year said once, at the end, is the start's too.
  const endYear = end?.year !== undefined && end.month !== undefined ? end.year - (end.month < start.month ? 1 : 0) : undefined;
  const year = start.year ?? endYear;
  const y = year ?? cal.today.year;
  let d = cal.dateFrom(y, start.month, start.day);
  if (!d.isValid && year === undefined) {
    // "feb 29" with no year: the next February that has one.
    d = nextValid(cal, y, start.month, start.day) ?? d;
  }
  if (!d.isValid) return errors.invalidDate(raw, `${start.month}/${start.day}/${y} does not exist`);
  if (year === undefined && !cal.ahead(d)) {
    const passed = d;
    d = nextValid(cal, d.year + 1, start.month, start.day)!;
    // "Sunday, Feb 10" two days after it: the weekday says which year (the past one; a reading in the past is refused later).
    if (start.weekday !== undefined && d.weekday !== start.weekday && passed.weekday === start.weekday) d = passed;
  }
  if (start.weekday !== undefined && d.weekday !== start.weekday) return mismatch(raw, d, start.weekday);
  return { ok: true, date: d, nextUnsure: false };
}

/** The first year from `from` in which month/day exists (February 29 within eight years). */
function nextValid(cal: Calendar, from: number, month: number, day: number): DateTime | null {
  for (let y = from; y < from + 8; y++) {
    const d = cal.dateFrom(y, month, day);
    if (d.isValid) return d;
  }
  return null;
}

/** "this coming monday", "upcoming mon": the coming one, never today. */
const COMING_WEEKDAY = new RegExp(`(?<![\\w])(?:up)?coming\\s+${WD_SRC}(?![\\w])`, 'i');

/** "friday", "next friday", "last friday". */
function weekday(x: DateInput, wd: number, start: Parts): DateFound {
  const { cal } = x;
  if (start.modifier === 'last') return { ok: true, date: cal.dateFrom(start.implied.year, start.implied.month, start.implied.day), nextUnsure: false };
  let days = (wd - cal.today.weekday + 7) % 7;
  if (days === 0 && (start.modifier === 'next' || COMING_WEEKDAY.test(x.raw) || !cal.ahead(cal.today))) days = 7;
  // "next friday" on a Thursday: tomorrow, or the Friday of next week? Ask (done() reads both).
  let nextUnsure = false;
  if (start.modifier === 'next' && days < 7 && sameWeek(cal.today.weekday, wd)) {
    if (x.weekLater) days += 7;
    else nextUnsure = true;
  }
  return { ok: true, date: cal.today.plus({ days }), nextUnsure };
}

/**
 * Whether a coming weekday is still in today's week, with weeks starting Monday or Sunday
 * (luxon numbering, 1 = Monday … 7 = Sunday): then "next <weekday>" may mean either.
 */
function sameWeek(today: number, weekday: number): boolean {
  return weekday > today || weekday % 7 > today % 7;
}

function mismatch(raw: string, d: DateTime, said: number): { ok: false; error: WhenRefusal } {
  return errors.weekdayMismatch(raw, d.toFormat('LLL d, yyyy'), d.toFormat('cccc'), DateTime.fromObject({ weekday: said as 1 }).toFormat('cccc'));
}
