/**
 * Stage 4 of the pipeline: refuse rather than guess. Whatever the readers left unread that
 * changes the meaning, and readings that contradict each other, end the reading with a message.
 */
import type { ParsedResult } from 'chrono-node';
import { errors } from './errors.ts';
import { allMatches } from './matches.ts';
import { EXCEPTION_AFTER_REPEAT, EXCEPTION_WORDS, MONTH_SRC, WD_SRC } from './words.ts';
import type { WhenRefusal } from './types.ts';

/** Words that may sit between the pieces of a time phrase without meaning anything. */
export const FILLER = new Set([
  'at', 'on', 'from', 'starting', 'start', 'starts', 'beginning', 'begins', 'the', 'of', 'and', 'to', 'until', 'till',
  'by', 'around', 'about', 'approx', 'approximately', 'ish', 'in', 'time', 'o\'clock', 'oclock', 'sharp', 'local',
  'this', 'next', 'coming', 'effective', 'repeating', 'repeat', 'recurring', 'please', 'pls', 'between', 'for', 'is',
  'it', 'a', 'an', 'every', 'each', 'then', 'onwards', 'onward', 'forward', 'hrs', 'h',
]);

const YEARLY = new Set(['year', 'years', 'yearly', 'annually', 'annual']);
const SHIFTING = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'fortnight', 'ago', 'after', 'before', 'later', 'earlier', 'hence']);
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth)$/;

type Refusal = { ok: false; error: WhenRefusal };

/** `unread` is the text with every span read blanked out; `norm` the whole prepared text. */
export function checkLeftovers(unread: string, norm: string, hasRule: boolean, english: boolean, raw: string): Refusal | null {
  const leftovers = unread.split(/[\s,;.!?()\-–/]+/).filter((w) => w && !FILLER.has(w));
  // Anything with digits left over was not understood, nor a number in words ("nineteen eighty six").
  const stray = leftovers.find((w) => /\d/.test(w) || NUMBER_WORD.test(w));
  if (stray) return errors.unread(raw, stray);
  // Words that change the meaning of a time ("a week from friday", "every year") left unread would
  // silently give a different date: refuse instead.
  const yearly = leftovers.find((w) => YEARLY.has(w));
  if (yearly && (hasRule || /\b(?:every|each)\b/.test(norm) || yearly !== 'year')) {
    return errors.badRecurrence(raw, "events repeat daily, weekly or monthly, not yearly; create this year's event");
  }
  // "every blursday at 7pm": a repeat was asked for but none was read; never make it a one-off.
  if (!hasRule && english && /(?<!\w)(?:every|each)(?!\w)/.test(norm)) return errors.badRecurrence(raw, "I couldn't read how it repeats");
  // An exception is not read ("every day except sunday", "every weekday but friday"), so it must not be dropped.
  const excepting = (w: string) => EXCEPTION_WORDS.has(w) && (hasRule || !EXCEPTION_AFTER_REPEAT.has(w));
  const shifting = leftovers.find((w) => SHIFTING.has(w) || excepting(w));
  if (shifting) return errors.unread(raw, shifting);
  // "dec 3 - 9pm" read as 3-9pm today (the month left), "dec 3-5pm" as the days dec 3-5 (the pm left).
  const dropped = leftBehind(MONTH_NUMBER, unread, norm) ?? leftBehind(MERIDIEM_AFTER_NUMBER, unread, norm);
  if (dropped) return errors.unread(raw, dropped);
  return null;
}

/** A month before a number ("dec 3 - 9pm", "may 5pm"). */
const MONTH_NUMBER = new RegExp(`(?<![\\w])${MONTH_SRC}(?=\\.?\\s+\\d)`, 'g');
/** An am/pm right after a number ("dec 3-5pm", "06/16/2027-5pm"): never a title word ("PM sync"). */
const MERIDIEM_AFTER_NUMBER = /(?<=\d\s?)(?:am|pm|a\.m\.|p\.m\.)(?![\w])/g;

/** A word of the time phrase (`re` in the prepared text) that the readers left unread: the reading dropped it. */
function leftBehind(re: RegExp, unread: string, norm: string): string | null {
  for (const m of allMatches(re, norm)) if (unread.slice(m.index!, m.index! + m[0].length) === m[0]) return m[0];
  return null;
}

/** Two independent readings in one phrase that disagree: two clock times, or two named days. */
export function checkDisagreement(results: ParsedResult[], raw: string): Refusal | null {
  const clocks = results.filter((r) => r.start.isCertain('hour') && !r.end).map((r) => `${r.start.get('hour')}:${r.start.get('minute')}`);
  if (new Set(clocks).size > 1) return errors.twoTimes(raw);
  // "monday night … dec 3 7pm": which day is meant is a guess ("tomorrow 16 nov noon" said on the 15th is one day).
  const dated = results.filter((r) => !r.end && (r.start.isCertain('weekday') || r.start.isCertain('day')));
  if (dated.length > 1 && !oneDay(dated)) return errors.twoTimes(raw);
  return null;
}

/**
 * Readings that name one day: the same day of a month ("tomorrow", "16 nov"), with any weekday said
 * alone ("jun 7, wed"): that one the date stage checks against the date it settles on (the year too).
 */
function oneDay(results: ParsedResult[]): boolean {
  const days = results.filter((r) => r.start.isCertain('day')).map((r) => `${r.start.get('year')}-${r.start.get('month')}-${r.start.get('day')}`);
  const weekdays = new Set(results.filter((r) => r.start.isCertain('weekday')).map((r) => r.start.get('weekday')));
  return days.length > 0 && days.every((d) => d === days[0]) && weekdays.size <= 1;
}

/** "mon-fri 9:15am": two weekdays joined as a range, with a clock time, and no repeat word. */
const WEEKDAY_SPAN = new RegExp(`(?<![\\w])(?<!(?:every|each)\\s+)(${WD_SRC})\\s*(?:-|–|to|through|thru)\\s*(${WD_SRC})(?![\\w])(?!\\s*,?\\s*(?:every|each)(?![\\w]))`);
/** "mon & wed", "tues + thurs", "monday and wednesday": two weekdays joined as a list ("mondays and wednesdays" is a repeat). */
const WEEKDAYS_JOINED = new RegExp(`(?<![\\w])(${WD_SRC})(?![\\w])\\s*(?:&|\\+|and|,)\\s*(${WD_SRC})(?![\\w])`);
const CLOCK_SAID = /(?<![\w:.])\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![\w])|(?<![\w:.])\d{1,2}:\d{2}(?![\d])|(?<![\w])(?:at|@)\s*\d{1,2}(?![\w/.])|(?<![\w])(?:noon|midnight)(?![\w])/;

/**
 * Two weekdays with no repeat word, which chrono reads as a range from one to the other:
 * "mon & wed 6-7pm" is two days; "standup mon-fri 9:15am" is every weekday at 9:15, or one stretch
 * from Monday to Friday, which the words don't say (it was an all-day range that ended at 9:15 on Friday).
 */
export function checkWeekdayPair(norm: string, raw: string): Refusal | null {
  // "mon & wed 6-7pm" (no repeat word): two days, not a range from the first to the second.
  if (WEEKDAYS_JOINED.test(norm) && !/(?<![\w])(?:every|each|weekly)(?![\w])/.test(norm)) return errors.twoTimes(raw);
  const span = WEEKDAY_SPAN.exec(norm);
  if (!span || !CLOCK_SAID.test(norm) || /(?<![\w])(?:every|each|weekly|daily)(?![\w])/.test(norm)) return null;
  const [, from, to] = span;
  return errors.weekdaySpan(raw, from!, to!);
}

