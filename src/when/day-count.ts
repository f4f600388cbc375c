/**
 * Day arithmetic chrono does not do: "monday after next", "two saturdays from now",
 * "3 weeks from tomorrow", "2 weeks from january 15", "in 2 hours 15 minutes", "in 1/4 hour".
 */
import type { Span } from './spans.ts';
import { NUM_SRC, ORDINALS, WD_SRC, WEEKDAY_NUMBER, numberValue, weekdayCode } from './words.ts';

const span = (m: RegExpExecArray): Span => ({ start: m.index, end: m.index + m[0].length, kind: 'relative' });

export interface WeekdayCountFound {
  span: Span;
  /** Luxon weekday, 1 = Monday. */
  weekday: number;
  /** 1 = the coming one, 2 = the one after that, …; negative counts back ("two fridays ago": -2). */
  n: number;
}

const AFTER_NEXT_RE = new RegExp(`(?<![\\w])(?:the\\s+)?(${WD_SRC})\\s+after\\s+next(?![\\w])`);
/** A count said as a number ("two", "3") or an ordinal ("second", "the 3rd"). */
const COUNT_SRC = `(?:${NUM_SRC}|\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})`;
const COUNT_RE = new RegExp(
  `(?<![\\w])(?:the\\s+)?(${COUNT_SRC})\\s+(${WD_SRC})s?\\s+(?:(from\\s+(?:right\\s+)?(?:now|today)|later|hence|away)|(ago|before\\s+(?:now|today)|back))(?![\\w])`,
);
/** "in 2 mondays": the plural is what makes it a count of weekdays. */
const IN_COUNT_RE = new RegExp(`(?<![\\w])in\\s+(${NUM_SRC})\\s+(${WD_SRC})s(?![\\w])`);

function countValue(word: string): number {
  const w = word.toLowerCase();
  if (/^\d{1,2}(?:st|nd|rd|th)$/.test(w)) return Number(w.replace(/\D/g, ''));
  return ORDINALS[w] ?? numberValue(w);
}

/**
 * "monday after next" (the second coming Monday); "two saturdays from now", "the 3rd friday from
 * today", "in 2 mondays": the n-th coming one, today not counted (said on a Sunday, "one sunday
 * from now" is a week away); "two fridays ago": the n-th before today.
 */
export function findWeekdayCount(text: string): WeekdayCountFound | null {
  let m = AFTER_NEXT_RE.exec(text);
  if (m) return { span: span(m), weekday: WEEKDAY_NUMBER[weekdayCode(m[1]!)!], n: 2 };
  m = COUNT_RE.exec(text) ?? IN_COUNT_RE.exec(text);
  if (m) {
    const n = countValue(m[1]!);
    const back = m[4] !== undefined;
    if (Number.isInteger(n) && n >= 1 && n <= 52) return { span: span(m), weekday: WEEKDAY_NUMBER[weekdayCode(m[2]!)!], n: back ? -n : n };
  }
  return null;
}

export interface WorkdaysFound {
  span: Span;
  /** Business days to count, Monday to Friday; negative counts back ("3 business days ago"). */
  n: number;
  /** The day counted from. */
  base: 'today' | 'tomorrow' | 'yesterday';
}

const WORKDAY_SRC = '(?:business|working|work)[\\s-]?days?';
const WORKDAYS_IN_RE = new RegExp(`(?<![\\w])(?:in|within)\\s+(?:about\\s+)?(${NUM_SRC})\\s+(?:more\\s+)?${WORKDAY_SRC}(?:\\s+from\\s+(?:right\\s+)?(?:now|today))?(?![\\w])`);
const WORKDAYS_FROM_RE = new RegExp(
  `(?<![\\w])(${NUM_SRC})\\s+${WORKDAY_SRC}\\s+(?:(?:from|after)\\s+(?:right\\s+)?(now|today|tomorrow|yesterday)|(later|hence)|(ago|before\\s+(?:now|today)))(?![\\w])`,
);
const NEXT_WORKDAY_RE = new RegExp(`(?<![\\w])(?:the\\s+)?(?:next|following)\\s+${WORKDAY_SRC.replace('days?', 'day')}(?![\\w])`);

/**
 * "in four business days", "3 working days from now", "5 business days from tomorrow", "the next
 * working day", "2 business days ago": days Monday to Friday counted from the day after the base
 * (no holiday calendar: a public holiday counts as a working day).
 */
export function findWorkdays(text: string): WorkdaysFound | null {
  let m = NEXT_WORKDAY_RE.exec(text);
  if (m) return { span: span(m), n: 1, base: 'today' };
  m = WORKDAYS_IN_RE.exec(text);
  if (m) {
    const n = numberValue(m[1]!);
    return Number.isInteger(n) && n >= 1 && n <= 260 ? { span: span(m), n, base: 'today' } : null;
  }
  m = WORKDAYS_FROM_RE.exec(text);
  if (!m) return null;
  const n = numberValue(m[1]!);
  if (!Number.isInteger(n) || n < 1 || n > 260) return null;
  const base = (m[2] === 'now' || !m[2] ? 'today' : m[2]) as WorkdaysFound['base'];
  return { span: span(m), n: m[4] ? -n : n, base };
}

/** `n` days Monday to Friday after (n < 0: before) `from`, `from` itself not counted. */
export function addWorkdays<D extends { weekday: number; plus(d: { days: number }): D }>(from: D, n: number): D {
  let d = from;
  for (let left = Math.abs(n); left > 0; ) {
    d = d.plus({ days: Math.sign(n) });
    if (d.weekday <= 5) left--;
  }
  return d;
}

export interface ShiftFound {
  span: Span;
  n: number;
  unit: 'days' | 'weeks' | 'months' | 'years';
  /** What the shift counts from: a day word, or a date the rest of the text names. */
  base: 'today' | 'tomorrow' | 'yesterday' | 'date';
}

/**
 * The count may be left out ("week from sunday": one), but not after a word that makes it a repeat
 * or another week ("every week from monday", "next week from …"); "this"/"coming" before the day
 * are the day's own ("a week from this friday").
 */
const SHIFT_RE = new RegExp(
  `(?<![\\w])(?:(${NUM_SRC})\\s+|(?<!(?:every|each|per|other|next|last|this|that|the)\\s+))(days?|weeks?|months?|years?|fortnights?)\\s+(?:from|after)\\s+(?:(tomorrow|yesterday|today)(?![\\w])|(?=(?:(?:this|coming)\\s+)?(?:(?:the\\s+)?\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))))`,
);

/** "three weeks from tomorrow", "4 days from yesterday", "2 weeks from january 15", "16 days from 01/02/2018". */
export function findShift(text: string): ShiftFound | null {
  const m = SHIFT_RE.exec(text);
  if (!m) return null;
  let n = m[1] === undefined ? 1 : numberValue(m[1]);
  if (!Number.isInteger(n) || n < 0) return null;
  const word = m[2]!;
  let unit: ShiftFound['unit'] = word.startsWith('d') ? 'days' : word.startsWith('w') ? 'weeks' : word.startsWith('m') ? 'months' : 'years';
  if (word.startsWith('f')) {
    unit = 'weeks';
    n *= 2;
  }
  return { span: span(m), n, unit, base: (m[3] as ShiftFound['base'] | undefined) ?? 'date' };
}

export interface MinutesFound {
  span: Span;
  minutes: number;
}

const FRACTION_RE =
  /(?<![\w])in\s+(?:an?\s+|one\s+)?(1\/4|1\/2|3\/4|quarter|half|three[\s-]quarters?)\s*(?:of\s+)?(?:an?\s+)?(?:hours?|hrs?|h)(?![\w])/;
const COMPOUND_RE = new RegExp(
  `(?<![\\w])in\\s+(${NUM_SRC})\\s+(?:hours?|hrs?|h)\\s*,?\\s*(?:and\\s+)?(${NUM_SRC})\\s+(?:minutes?|mins?|m)(?![\\w])`,
);

/** "in 1/4 hour", "in three quarters of an hour", "in 2 hours 15 minutes", "in 1 hour and 5 mins". */
export function findMinutesFromNow(text: string): MinutesFound | null {
  let m = FRACTION_RE.exec(text);
  if (m) {
    const f = m[1]!;
    const minutes = /3/.test(f) || /three/.test(f) ? 45 : /1\/2|half/.test(f) ? 30 : 15;
    return { span: span(m), minutes };
  }
  m = COMPOUND_RE.exec(text);
  if (m) {
    const h = numberValue(m[1]!);
    const min = numberValue(m[2]!);
    if (Number.isFinite(h) && Number.isFinite(min) && min < 60) return { span: span(m), minutes: Math.round(h * 60 + min) };
  }
  return null;
}

export interface ClockShiftFound {
  span: Span;
  /** Negative before the clock time ("10 minutes before 13:00"). */
  minutes: number;
}

/** A clock time next ("1pm", "1:30 p.m.", "13:00", "noon", a bare "1"): what a clock shift counts from. */
const CLOCK_AHEAD = '(?=(?:\\d{1,2}(?::\\d{2})?(?:\\s*(?:am|pm|a\\.m\\.?|p\\.m\\.?))?|noon)(?![\\w:./-]))';
// "from" is left to chrono, which reads "from 1pm" (and a bare "from 1") as the clock; "after" and "before" are taken.
const CLOCK_SHIFT_RE = new RegExp(`(?<![\\w])(${NUM_SRC})\\s*(minutes?|mins?|hours?|hrs?)(?:(?=\\s+from\\s+${CLOCK_AHEAD})|\\s+(after|before)\\s+${CLOCK_AHEAD})`);

/**
 * "15 minutes from 1pm", "an hour after 1:30pm", "10 minutes before 13:00": a length after (or
 * before) a clock time, which the rest of the text reads (with its day) as usual. Whole hours
 * ("15 minutes after 1pm") are rewritten before this (grammar.ts pastTo).
 */
export function findClockShift(text: string): ClockShiftFound | null {
  const m = CLOCK_SHIFT_RE.exec(text);
  if (!m) return null;
  const n = numberValue(m[1]!);
  const minutes = m[2]!.startsWith('h') ? n * 60 : n;
  if (!Number.isInteger(minutes) || minutes <= 0) return null;
  return { span: span(m), minutes: m[3] === 'before' ? -minutes : minutes };
}
