/**
 * "feb 29", "29th of february", "2/29" with no year: the next February 29 (chrono reads the day
 * only in a leap year, so the year is written in: "feb 29" -> "feb 29 2028"). Runs after numeric
 * dates are put month first, so "29/2" in a day-first locale is "2/29" here.
 */
import { DateTime } from 'luxon';
import type { Rewriter } from './prepare.ts';
import { allMatches } from './matches.ts';

/** After a February 29: the rest of a range whose end carries the year ("2/29-3/1, 2028", "feb 29 to mar 2 2028"), which is the 29th's too. */
const RANGE_WITH_YEAR = '\\s*(?:-|–|to|through|thru|until|till)\\s*(?:\\d{1,2}\\/\\d{1,2}(?:\\/\\d{4}|,?\\s*\\d{4})|[a-z]+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4})';
const LEAP_DAY_RE = new RegExp(
  `(?<![\\w/.-])(?:feb(?:ruary)?\\.?\\s+(?:the\\s+)?29(?:th)?|29(?:th)?\\s+(?:of\\s+)?feb(?:ruary)?\\.?|0?2\\/29)(?![\\w/])(?!,?\\s*(?:of\\s+|in\\s+)?\\d{4})(?!${RANGE_WITH_YEAR})`,
  'g',
);

/** The text names February 29 without a year. */
export const hasLeapDay = (text: string): boolean => text.includes('29') && ONE_LEAP_DAY_RE.test(text);
const ONE_LEAP_DAY_RE = new RegExp(LEAP_DAY_RE.source);

/** The year of the next February 29 on or after `today`. */
export function nextLeapDayYear(today: DateTime): number {
  for (let y = today.year; ; y++) {
    if (DateTime.fromObject({ year: y }).isInLeapYear && (y > today.year || today.month <= 2)) return y;
  }
}

/** Write `year` after each year-less February 29. */
export function leapDayIn(year: number): Rewriter {
  return (text) => allMatches(LEAP_DAY_RE, text).map((m) => ({ start: m.index, end: m.index + m[0].length, replacement: /\//.test(m[0]) ? `${m[0]}/${year}` : `${m[0]} ${year}` }));
}
