import type { Calendar } from './calendar.ts';
import type { Span } from './spans.ts';
import { CODE_FOR_NUMBER, MONTH_SRC, WD_SRC, WEEKDAY_NAME, WEEKDAY_NUMBER, monthNumber, ordinalSuffix, weekdayCode } from './words.ts';

/** "dec 10-12", "3-9 october", "November 19 to 20", "from 4 to January 22, 1995": whole days. */
export interface DayRangeFound {
  span: Span;
  from: { month: number; day: number };
  to: { month: number; day: number };
  year?: number;
  /** The end's year, when not the start's ("the 28th to the 3rd" said in December). */
  toYear?: number;
}

const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const THE = '(?:the\\s+)?';
const CONN = '\\s*(?:-|to|through|thru|till|until|til)\\s*';
/** Also "and", "/", "&": two days said together (a range only after "between", or when they follow each other). */
const CONN_AND = '\\s*(?:-|to|through|thru|till|until|til|and|\\/|&)\\s*';
const MON = `(${MONTH_SRC})\\.?`;
const YEAR = '(?:,?\\s*(?:of\\s+|in\\s+)?(\\d{4}))?';
/** The end day is not a clock time ("dec 3 - 9pm", "dec 3 7:30"). */
const NOT_CLOCK = '(?!\\s*(?::|\\.\\d|am\\b|pm\\b|h\\b|hrs?\\b|o\'?clock))';
/** A month named after the range is not followed by its own day ("7-9 dec 3" is a time and a date). */
const NO_DAY_AFTER = '(?!\\s+\\d{1,2}(?!\\d))';

const SHAPES: Array<{ re: RegExp; read: (m: RegExpExecArray) => Omit<DayRangeFound, 'span'> }> = [
  {
    // "dec 10-12", "april 9th through 17th", "nov 18 - dec 19, 2015", "between oct 2 and october 22"
    re: new RegExp(`(?<![\\w])(between\\s+)?${MON}\\s+${THE}${D}(?:${CONN_AND})${THE}(?:${MON}\\s+${THE})?${D}${NOT_CLOCK}${YEAR}(?![\\w])`),
    read: (m) => {
      const fm = monthNumber(m[2]!);
      return { from: { month: fm, day: Number(m[3]) }, to: { month: m[4] ? monthNumber(m[4]) : fm, day: Number(m[5]) }, year: year(m[6]) };
    },
  },
  {
    // "3-9 october", "9 to 12 of june", "between 4-22 january, 1995", "from 3 until 12 of sept", "between 2 and 7 feb"
    re: new RegExp(`(?<![\\w:./-])(?:(?:from|between)\\s+)?${THE}${D}(?:${CONN_AND})${THE}${D}\\s+(?:of\\s+)?${MON}${NO_DAY_AFTER}${YEAR}(?![\\w])`),
    read: (m) => {
      const mo = monthNumber(m[3]!);
      return { from: { month: mo, day: Number(m[1]) }, to: { month: mo, day: Number(m[2]) }, year: year(m[4]) };
    },
  },
  {
    // "feb between 2-7", "november between 19 and 20"
    re: new RegExp(`(?<![\\w])${MON}\\s+between\\s+${THE}${D}(?:${CONN_AND})${THE}${D}${NOT_CLOCK}${YEAR}(?![\\w])`),
    read: (m) => {
      const mo = monthNumber(m[1]!);
      return { from: { month: mo, day: Number(m[2]) }, to: { month: mo, day: Number(m[3]) }, year: year(m[4]) };
    },
  },
  {
    // "from 4 to january 22, 1995", "from 02 to april 07"
    re: new RegExp(`(?<![\\w])from\\s+${THE}${D}${CONN}${MON}\\s+${THE}${D}${NOT_CLOCK}${YEAR}(?![\\w])`),
    read: (m) => {
      const mo = monthNumber(m[2]!);
      return { from: { month: mo, day: Number(m[1]) }, to: { month: mo, day: Number(m[3]) }, year: year(m[4]) };
    },
  },
];

function year(s: string | undefined): number | undefined {
  return s ? Number(s) : undefined;
}

/** The first range of whole days the text names, or null (invalid days are left to findImpossible). */
export function findDayRange(text: string): DayRangeFound | null {
  for (const { re, read } of SHAPES) {
    const m = re.exec(text);
    if (!m) continue;
    const r = read(m);
    // "and", "/", "&" join a range only after "between" or between days that follow each other
    // ("29 / 30 august" is both days; "dec 3 and 5" is two days, not the days between).
    if (/\sand\s|\/|&/.test(m[0]) && !/between/.test(m[0]) && !(r.from.month === r.to.month && r.to.day === r.from.day + 1)) continue;
    if (r.from.day < 1 || r.to.day < 1 || r.from.day > 31 || r.to.day > 31) continue;
    // Within one month the end comes after the start; across months it may wrap the year.
    // "april 27th to the 3rd": an end day said in words before the start day is in the next month.
    if (r.from.month === r.to.month && r.to.day <= r.from.day) {
      if (!(re === SHAPES[0]!.re && /\s(?:to|through|thru|till|until|til)\s+the\s/.test(m[0]) && !m[4])) continue;
      r.to = { ...r.to, month: (r.from.month % 12) + 1 };
    }
    return { ...r, span: { start: m.index, end: m.index + m[0].length, kind: 'date' } };
  }
  return null;
}

/** "Friday the 11th until Tuesday the 15th", "the 11th to the 15th": days of a month not named (weekdays: luxon numbers). */
export interface DaysFound {
  span: Span;
  from: { day: number; weekday?: number };
  to: { day: number; weekday?: number };
}

const WD_LEAD = `(?:(${WD_SRC})\\s*,?\\s+)?`;
const ORD = '(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)';
const DAYS_RE = new RegExp(
  `(?<![\\w])(?<!${MONTH_SRC}\\.?\\s*)(between\\s+|from\\s+)?${WD_LEAD}${ORD}${CONN_AND}${WD_LEAD}${ORD}(?![\\w])(?!\\s*(?:of|in|${MONTH_SRC}|next|this|last)(?![\\w]))`,
);

/** Two days of a month said by their numbers only, each ordinal, maybe with weekdays; the month is left to `daysInMonth`. */
export function findDays(text: string): DaysFound | null {
  const m = DAYS_RE.exec(text);
  if (!m) return null;
  if (/\sand\s/.test(m[0]) && !/between/.test(m[0])) return null;
  const [from, to] = [Number(m[3]), Number(m[5])];
  if (from < 1 || to < 1 || from > 31 || to > 31 || from === to) return null;
  const wd = (w: string | undefined) => (w ? WEEKDAY_NUMBER[weekdayCode(w)!] : undefined);
  return { span: { start: m.index, end: m.index + m[0].length, kind: 'date' }, from: { day: from, weekday: wd(m[2]) }, to: { day: to, weekday: wd(m[4]) } };
}

/** How far ahead a month is looked for. */
const MONTHS_AHEAD = 12;

/**
 * The days in the nearest coming month that has them (the end in the next month when it is the
 * smaller day: "the 28th to the 3rd"), starting ahead (at the time read, if any), on the weekdays
 * said; null when no month in the coming year has them.
 */
export function daysInMonth(days: DaysFound, cal: Pick<Calendar, 'today' | 'ahead'>): DayRangeFound | null {
  const { today } = cal;
  const { from, to } = days;
  for (let i = 0; i < MONTHS_AHEAD; i++) {
    const month = today.startOf('month').plus({ months: i });
    const endMonth = to.day > from.day ? month : month.plus({ months: 1 });
    if (from.day > month.daysInMonth! || to.day > endMonth.daysInMonth!) continue;
    const start = month.set({ day: from.day });
    const end = endMonth.set({ day: to.day });
    if (!cal.ahead(start)) continue;
    if ((from.weekday !== undefined && start.weekday !== from.weekday) || (to.weekday !== undefined && end.weekday !== to.weekday)) continue;
    return { span: days.span, from: { month: start.month, day: from.day }, to: { month: end.month, day: to.day }, year: start.year, toYear: end.year };
  }
  return null;
}

/** "Friday the 11th and Tuesday the 15th", for a message. */
export function describeDays(days: DaysFound): string {
  const one = (d: DaysFound['from']) => `${d.weekday ? `${WEEKDAY_NAME[CODE_FOR_NUMBER[d.weekday - 1]!]} ` : ''}the ${d.day}${ordinalSuffix(d.day)}`;
  return `${one(days.from)} to ${one(days.to)}`;
}
