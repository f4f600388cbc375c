import { DateTime } from 'luxon';
import type { Span } from './spans.ts';
import { MONTH_SRC, ORD_SRC, WD_SRC, monthNumber, ordinalValue, weekdayCode, WEEKDAY_NUMBER } from './words.ts';
import { allMatches } from './matches.ts';

/**
 * Days in a month; February has 29 unless the year is known and is not a leap year. Plain
 * Gregorian arithmetic (as luxon's own): building a DateTime to ask was most of a date check's cost.
 */
export function daysInMonth(month: number, year = 2024): number {
  if (month < 1 || month > 12) return 0;
  if (!Number.isInteger(month) || !Number.isInteger(year)) return NaN;
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Impossible {
  kind: 'date' | 'time';
  part: string;
  why: string;
}

// Not the minutes of a clock ("18:00-20:00 of may").
const DAY_MONTH_RE = new RegExp(`(?<![\\w/:])(\\d{1,3})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SRC})(?!\\w)(?:,?\\s+(\\d{4}))?`, 'g');
const MONTH_DAY_RE = new RegExp(
  `(?<!\\w)(${MONTH_SRC})\\.?\\s+(?:the\\s+)?(\\d{1,3})(?:st|nd|rd|th)?(?![\\w:.]|\\s*(?:am|pm|h)\\b)(?:,?\\s+(\\d{4}))?`,
  'g',
);
/** An ordinal said as a day ("the 32nd", "on 32nd", "32nd of"); "Joe's 40th birthday" is a title's. */
const ORDINAL_RE = /(?:(?<=(?<!\w)(?:the|on)\s+)(\d{1,3})(st|nd|rd|th)(?!\w)|(?<!\w)(\d{1,3})(st|nd|rd|th)(?=\s+of(?!\w)))/g;
const ISO_RE = /(?<![\w-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g;
const SLASH_RE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?(?![\d/.])/g;
const CLOCK_RE = /(?<![\d:.-])(\d{1,2}):(\d{2})(?!\d)/g;
const MERIDIEM_RE = /(?<![\d:.])(\d{1,2})(?::(\d{2}))?(?:\s*(am|pm)|(a|p))(?!\w)/g;

/**
 * Dates and times that do not exist ("june 31", "the 32nd of june", "2026-02-30", "25:00",
 * "13pm"). chrono silently rolls or skips these; we refuse them instead.
 * `dayFirst` reads 3/12 as 3 December (en-GB and most non-US locales).
 */
export function findImpossible(text: string, dayFirst: boolean): Impossible | null {
  const dateBad = (month: number, day: number, year: string | undefined, part: string): Impossible | null => {
    if (month < 1 || month > 12) return { kind: 'date', part, why: `there is no month ${month}` };
    const y = year ? Number(year.length === 2 ? `20${year}` : year) : undefined;
    const max = daysInMonth(month, y);
    if (day < 1 || day > max) {
      const name = MONTH_NAMES[month - 1]!;
      return { kind: 'date', part, why: `${name}${y ? ` ${y}` : ''} has ${max} days` };
    }
    return null;
  };
  for (const m of allMatches(DAY_MONTH_RE, text)) {
    const bad = dateBad(monthNumber(m[2]!), Number(m[1]), m[3], m[0]);
    if (bad) return bad;
  }
  for (const m of allMatches(MONTH_DAY_RE, text)) {
    const bad = dateBad(monthNumber(m[1]!), Number(m[2]), m[3], m[0]);
    if (bad) return bad;
  }
  for (const m of allMatches(ORDINAL_RE, text)) {
    const n = Number(m[1] ?? m[3]);
    if (n < 1 || n > 31) return { kind: 'date', part: m[0], why: 'no month has that many days' };
  }
  for (const m of allMatches(ISO_RE, text)) {
    const bad = dateBad(Number(m[2]), Number(m[3]), m[1], m[0]);
    if (bad) return bad;
  }
  for (const m of allMatches(SLASH_RE, text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!m[3] && text[m.index + m[0].length] === ':') continue;
    const bad = dayFirst ? dateBad(b, a, m[3], m[0]) : dateBad(a, b, m[3], m[0]);
    if (bad) return bad;
  }
  for (const m of allMatches(CLOCK_RE, text)) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h > 24 || min > 59 || (h === 24 && min > 0)) return { kind: 'time', part: m[0], why: '' };
  }
  for (const m of allMatches(MERIDIEM_RE, text)) {
    const h = Number(m[1]);
    if (h === 0 || h > 12) return { kind: 'time', part: m[0], why: '' };
  }
  for (const m of allMatches(BIG_MERIDIEM_RE, text)) {
    if (Number(m[1]) > 12) return { kind: 'time', part: m[0], why: '' };
  }
  return null;
}

const BIG_MERIDIEM_RE = /(?<![\w:.])(\d{2,})\s*(am|pm)(?!\w)/g;

/** The weekday of "the last business day of march": any of Monday to Friday. */
export const ANY_WORKDAY = 0;

export interface NthWeekdayFound {
  span: Span;
  /** A clock time said between the weekday and its month ("the first monday 1pm to 3pm of next month"): left for chrono. */
  clock?: Span;
  n: number;
  /** 1 (Monday) to 7, or ANY_WORKDAY. */
  weekday: number;
  month: number;
  year?: number;
  /** "of next month": months from the current one (month is then 0). */
  monthsAhead?: number;
}

const RELATIVE_MONTH = '(next|this|last|previous|the\\s+following|the\\s+next|the\\s+coming)\\s+month';
/** A clock time or range: "1pm", "at 6", "18:00-20:00", "from 1pm to 3pm", "7-9 pm", "noon". */
const CLOCK = '(?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|\\d{1,2}:\\d{2}|noon|midnight)';
const CLOCK_START = '(?:\\d{1,2}(?::\\d{2})?(?:\\s*(?:am|pm))?|noon|midnight)';
const DAYPART_SRC = '(?:in\\s+the\\s+)?(?:morning|afternoon|evening|night)';
const CLOCK_BETWEEN = `(?:(?:from|between)\\s+${CLOCK_START}\\s*(?:-|–|to|till|until|and)\\s*${CLOCK}|${CLOCK_START}\\s*(?:-|–|to|till|until)\\s*${CLOCK}|(?:at|@|around)\\s+${CLOCK_START}|${CLOCK}|${DAYPART_SRC})`;
/** "weekday", "business day", "working day", "workday": any day Monday to Friday. */
const WORKDAY_SRC = '(?:week|business|working|work)\\s*day';
const WORKDAY_RE = new RegExp(`^${WORKDAY_SRC}$`);
const NTH_RE = new RegExp(
  `(?<!\\w)(?:the\\s+)?(${ORD_SRC}|\\d{1,2}(?:st|nd|rd|th)(?=\\s+${WORKDAY_SRC}))\\s+(${WD_SRC}|${WORKDAY_SRC})(?:\\s*,?\\s+(${CLOCK_BETWEEN}))?\\s*,?\\s+(?:of|in)\\s+(?:(${MONTH_SRC})(?:,?\\s+(\\d{4}))?|${RELATIVE_MONTH})(?!\\w)`,
  'd',
);

/** "first monday of december", "the last thursday 7-9pm of march" (a one-off; "of every month" is a repeat and read earlier). */
export function findNthWeekday(text: string): NthWeekdayFound | null {
  const m = NTH_RE.exec(text);
  if (!m) return null;
  const clock = m.indices?.[3];
  return {
    span: { start: m.index, end: m.index + m[0].length, kind: 'date' },
    clock: clock ? { start: clock[0], end: clock[1], kind: 'date' } : undefined,
    n: ordinalValue(m[1]!),
    weekday: WORKDAY_RE.test(m[2]!) ? ANY_WORKDAY : WEEKDAY_NUMBER[weekdayCode(m[2]!)!],
    month: m[4] ? monthNumber(m[4]) : 0,
    year: m[5] ? Number(m[5]) : undefined,
    monthsAhead: m[6] ? (/^(?:this)$/.test(m[6]) ? 0 : /^(?:last|previous)$/.test(m[6]) ? -1 : 1) : undefined,
  };
}

/** The n-th (or last, n = -1) given weekday of a month (or working day: ANY_WORKDAY), or null when there is none (5th). */
export function nthWeekdayOf(year: number, month: number, weekday: number, n: number): DateTime | null {
  const first = DateTime.fromObject({ year, month, day: 1 });
  if (weekday === ANY_WORKDAY) {
    // Step from the month's first (or last) day over the weekend days, counting working days.
    let d = n > 0 ? first : first.endOf('month').startOf('day');
    for (let left = Math.abs(n); d.month === month; d = d.plus({ days: n > 0 ? 1 : -1 })) {
      if (d.weekday <= 5 && --left === 0) return d;
    }
    return null;
  }
  if (n > 0) {
    const d = first.plus({ days: ((weekday - first.weekday + 7) % 7) + (n - 1) * 7 });
    return d.month === month ? d : null;
  }
  const last = first.endOf('month').startOf('day');
  const d = last.minus({ days: (last.weekday - weekday + 7) % 7 }).minus({ weeks: -n - 1 });
  return d.month === month ? d : null;
}

/** "next month", "this month", "the following month": a month chrono reads, named relative to now. */
const MONTH_OF = '(?:next|this|last|previous|the\\s+following|the\\s+coming|the\\s+next)\\s+month(?!\\w)';

export interface MonthDayFound {
  span: Span;
  day: number;
  /** Said with its weekday ("mon 13th", "friday the 13th"), not with one elsewhere in the line. */
  withWeekday: boolean;
}

const MONTHDAY_RE = new RegExp(
  `(?<!\\w)(?:(?:on\\s+)?the\\s+|(?<=${WD_SRC},?\\s+)|(?=\\d{1,2}(?:st|nd|rd|th)\\s+of\\s+${MONTH_OF}))(\\d{1,2})(?:st|nd|rd|th)(?!\\s*(?:of\\s+)?${MONTH_SRC})(?!\\w)(?!\\s+${WD_SRC})`,
);

/**
 * "monday 21", "sunday 31": a weekday, then a number no 12-hour clock has. 24–31 can only be a day;
 * 13–23 may be a 24-hour clock too, so it is read as a day only when asked to (`hourOrDay`). Not a day
 * with its month after it ("fri 13 march": the date is written).
 */
const WEEKDAY_NUMBER_RE = new RegExp(
  `(?<=(?<![\\w])${WD_SRC},?\\s+(?:the\\s+)?)(1[3-9]|2\\d|3[01])(?![\\w:.]|\\s*(?:am|pm|a\\.m|p\\.m|h\\b|hrs?\\b|hours?\\b|o'?clock|-|to\\s+\\d|till|until|(?:of\\s+)?${MONTH_SRC}(?![\\w])))`,
);

const WEEKDAY_BEFORE = new RegExp(`(?<![\\w])${WD_SRC},?\\s+(?:the\\s+)?$`);

/** The text has a weekday and a number that is either a day of the month or a 24-hour clock ("monday 21"). */
export function hourOrDay(text: string): boolean {
  const m = WEEKDAY_NUMBER_RE.exec(text);
  return !!m && Number(m[1]) <= 23;
}

const MONTH_AT_END = new RegExp(`${MONTH_SRC}\\.?\\s*$`);

/** "on the 3rd", "friday 27th", "sunday 31": the next 3rd of a month (`numberIsDay`: "monday 21" too). */
export function findMonthDay(text: string, numberIsDay = false): MonthDayFound | null {
  const m = MONTHDAY_RE.exec(text) ?? WEEKDAY_NUMBER_RE.exec(text);
  if (!m || (m[0].length <= 2 && Number(m[1]) <= 23 && !numberIsDay)) return null;
  const before = text.slice(0, m.index);
  if (MONTH_AT_END.test(before)) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const withWeekday = WEEKDAY_BEFORE.test(text.slice(Math.max(0, at - 20), at));
  return { span: { start: m.index, end: m.index + m[0].length, kind: 'date' }, day: Number(m[1]), withWeekday };
}

export interface BareRangeFound {
  span: Span;
  from: { hour: number; minute: number };
  to: { hour: number; minute: number };
  text: string;
}

const BARE_RANGE_RE =
  /(?<![\d:/.-])(\d{1,2})(?::(\d{2}))?\s*(?:-|to|till|until)\s*(\d{1,2})(?::(\d{2}))?(?![\d:/.]|\s*(?:am|pm|a|p|h|hours?|hrs?|min|mins|minutes?|days?|weeks?|months?|st|nd|rd|th)\b)/;

/** "7-9", "18:00-20:00": a range of clock times with no am/pm, which chrono skips. */
export function findBareRange(text: string): BareRangeFound | null {
  const m = BARE_RANGE_RE.exec(text);
  if (!m) return null;
  const fh = Number(m[1]);
  const th = Number(m[3]);
  if (fh > 23 || th > 24) return null;
  return {
    span: { start: m.index, end: m.index + m[0].length, kind: 'time' },
    from: { hour: fh, minute: Number(m[2] ?? 0) },
    to: { hour: th % 24, minute: Number(m[4] ?? 0) },
    text: m[0],
  };
}

export interface WeekOfFound {
  span: Span;
  /** Luxon weekday number, 1 = Monday. */
  weekday: number;
  /** 0 for "this week", 1 for "next week". */
  weeks: number;
}

const WEEK_OF_RE = new RegExp(
  `(?<!\\w)(?:(next|this|last|previous|the\\s+following)\\s+week(?:'s)?,?\\s*-?\\s*(?:on\\s+)?(${WD_SRC})|(${WD_SRC}),?\\s+(?:of\\s+)?(next|this|last|previous|the\\s+following)\\s+week)(?!\\w)`,
);

/**
 * "next week monday", "friday next week", "tuesday of this week": that weekday of the (ISO,
 * Monday-first) week, not the coming such day — chrono reads "next week" as seven days ahead.
 */
export function findWeekOf(text: string): WeekOfFound | null {
  const m = WEEK_OF_RE.exec(text);
  if (!m) return null;
  const which = m[1] ?? m[4]!;
  const wd = m[2] ?? m[3]!;
  return {
    span: { start: m.index, end: m.index + m[0].length, kind: 'date' },
    weekday: WEEKDAY_NUMBER[weekdayCode(wd)!],
    weeks: which === 'next' || which.endsWith('following') ? 1 : which === 'this' ? 0 : -1,
  };
}
