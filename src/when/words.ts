/** Shared vocabulary for the English extractors: weekdays, ordinals, small numbers. */
import type { Weekday } from '../core/recurrence.ts';
import { allMatches } from './matches.ts';

export const WD_SRC =
  '(?:monday|mon|tuesday|tues|tue|wednesday|weds|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)';
/** A day said by name ("fri", "tomorrow", "tonight"): what a bare clock right after it belongs to. */
export const DAY_WORD_SRC = `(?:${WD_SRC}|today|tonight|tomorrow|tmrw)`;
/** A day word ending the text before a match ("thu 1830", "mon 9h"). */
export const DAY_WORD_BEFORE = new RegExp(`(?<![\\w])${DAY_WORD_SRC}\\s*,?\\s*$`, 'i');
/** The same, or a written day ("the 12th", "24/12"). */
export const DAY_BEFORE = new RegExp(`(?<![\\w])(?:${DAY_WORD_SRC}|\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}[/.]\\d{1,2}\\.?)\\s*,?\\s*$`, 'i');
/** A weekday, optionally plural ("fridays"). */
export const WDS_SRC = `${WD_SRC}s?`;
/** "mon, wed and fri", "tue/thu", "mon wed fri" (a list said with spaces only). */
export const WD_LIST_SRC = `${WDS_SRC}(?:(?:\\s*(?:,|and|&|\\+|\\/|or)\\s*|\\s+)(?:${WDS_SRC}))*(?:\\s*,?\\s*and\\s+${WDS_SRC})?`;

export function weekdayCode(word: string): Weekday | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w.startsWith('mo')) return 'MO';
  if (w.startsWith('tu')) return 'TU';
  if (w.startsWith('we')) return 'WE';
  if (w.startsWith('th')) return 'TH';
  if (w.startsWith('fr')) return 'FR';
  if (w.startsWith('sa')) return 'SA';
  if (w.startsWith('su')) return 'SU';
  return null;
}

/** Luxon weekday number (1 = Monday) for an RFC 5545 code. */
export const WEEKDAY_NUMBER: Record<Weekday, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
export const WEEKDAY_NAME: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
export const CODE_FOR_NUMBER: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const WEEKDAYS_RE = new RegExp(WD_SRC, 'g');

export function weekdayList(text: string): Weekday[] {
  const out: Weekday[] = [];
  for (const m of allMatches(WEEKDAYS_RE, text)) {
    const code = weekdayCode(m[0]);
    if (code && !out.includes(code)) out.push(code);
  }
  return out.sort((a, b) => WEEKDAY_NUMBER[a] - WEEKDAY_NUMBER[b]);
}

/** The days from one weekday through another, past Sunday if need be ("fri-sun": FR, SA, SU). */
export function weekdaySpan(from: string, to: string): Weekday[] {
  const a = WEEKDAY_NUMBER[weekdayCode(from)!];
  const b = WEEKDAY_NUMBER[weekdayCode(to)!];
  const days: Weekday[] = [];
  for (let d = a; ; d = (d % 7) + 1) {
    days.push(CODE_FOR_NUMBER[d - 1]!);
    if (d === b) break;
  }
  return days.sort((x, y) => WEEKDAY_NUMBER[x] - WEEKDAY_NUMBER[y]);
}

/** "st", "nd", "rd" or "th" after a day number. */
export const ordinalSuffix = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

/** Ordinal words and their numbers, "first" to "thirtieth" (compounds like "twenty-first" are the grammar's). */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** An ordinal of a weekday in its month; "final" is "last". */
export const ORD_SRC = '(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)';
export function ordinalValue(word: string): number {
  const w = word.toLowerCase();
  if (w === 'last' || w === 'final') return -1;
  if (/^\d+(?:st|nd|rd|th)$/.test(w)) return parseInt(w, 10);
  if (w.startsWith('fi') && w !== 'fifth') return 1;
  return ({ '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 } as Record<string, number>)[w] ?? 1;
}

export const NUM_SRC = '(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-five|forty|ninety|half\\s+an?)';
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  ninety: 90,
  other: 2,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
};
export function numberValue(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('half')) return 0.5;
  if (/^\d/.test(w)) return parseFloat(w);
  return NUMBER_WORDS[w] ?? NaN;
}

export const MONTH_SRC =
  '(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)';
/** Words that start an exception to a time ("every day except sunday"); "but" and "not" only after a repeat (they are common in titles). */
export const EXCEPTION_WORDS = new Set(['except', 'excluding', 'excl', 'besides', 'but', 'not']);
export const EXCEPTION_AFTER_REPEAT = new Set(['but', 'not']);

/** Each month's three-letter name, January first. */
export const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
export function monthNumber(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return (MONTH_ABBR as readonly string[]).indexOf(w) + 1;
}

/**
 * A date written with its month: "dec 10", "10 dec", "the 10th of december", "12/10",
 * "10.12.2026", "2026-12-10", "2026/12/10" (not a weekday or "tomorrow", which name a day by where it falls).
 */
export const WRITTEN_DATE = new RegExp(
  `(?<![\\w])${MONTH_SRC}\\.?\\s+(?:the\\s+)?\\d{1,2}(?!\\d)|(?<![\\w.:/])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SRC}(?![\\w])|(?<![\\w.:/])\\d{1,2}[/.]\\d{1,2}(?![\\d:])|(?<!\\d)\\d{4}([-/.])\\d{1,2}\\1\\d{1,2}(?!\\d)`,
  'i',
);

/** A date or weekday ending the text (then "at", "around", a comma): "june 7th", "17 august at", "dec 4", "15/06", "thursday". */
export const DAY_SAID_BEFORE = new RegExp(
  `(?:(?<![\\w])(?:${WD_SRC}|today|tomorrow|tonight|${MONTH_SRC}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SRC}\\.?)(?:,?\\s+\\d{4})?|(?<![\\w./:])\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)` +
    `(?:\\s*,)?(?:\\s+(?:(?:in\\s+the\\s+)?(?:morning|afternoon|evening)|at|@|around|about|approximately|approx\\.?|circa|ca\\.?|from))*\\s*,?\\s*$`,
);
