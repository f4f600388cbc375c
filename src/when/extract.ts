/**
 * Stage 2 of the pipeline: the English phrases chrono does not read — repeats and their limits,
 * lengths, day arithmetic, n-th weekdays, week-of, the n-th of a month, holidays, whole-day
 * ranges, bare clock ranges. Each phrase found is taken off the board so the next reader
 * (finally chrono) does not see it twice.
 */
import type { ParsedResult } from 'chrono-node';
import { mergeResults, type Parts } from './components.ts';
import { findDayRange, findDays } from './day-range.ts';
import { findClockShift, findMinutesFromNow, findShift, findWeekdayCount, findWorkdays } from './day-count.ts';
import { findBareRange, findMonthDay, findNthWeekday, findWeekOf } from './dates.ts';
import { findHoliday } from './holidays.ts';
import { findDuration, findRelative } from './durations.ts';
import { findLimit, findRule, type LimitFound, type RuleDraft } from './recurrence.ts';
import type { Span } from './spans.ts';

/** The text still unread, and the way to mark a span read. */
export interface Board {
  readonly text: string;
  take(span: Span): void;
}

export interface Extracted {
  rule: RuleDraft | null;
  limit: LimitFound | null;
  untilParts: Parts | null;
  duration: ReturnType<typeof findDuration>;
  relative: ReturnType<typeof findRelative>;
  shift: ReturnType<typeof findShift>;
  /** "15 minutes from 1pm": minutes after the clock time read. */
  clockShift: ReturnType<typeof findClockShift>;
  wdCount: ReturnType<typeof findWeekdayCount>;
  /** "in 4 business days". */
  workdays: ReturnType<typeof findWorkdays>;
  nth: ReturnType<typeof findNthWeekday>;
  monthDay: ReturnType<typeof findMonthDay>;
  weekOf: ReturnType<typeof findWeekOf>;
  bare: ReturnType<typeof findBareRange>;
  holiday: ReturnType<typeof findHoliday>;
  dayRange: ReturnType<typeof findDayRange>;
  /** "the 11th to the 15th": days of a month not named (parse puts them in a month). */
  days: ReturnType<typeof findDays>;
  /** "all day", "the whole day" was said. */
  allDay: boolean;
}

export const NOTHING_FOUND: Extracted = {
  rule: null, limit: null, untilParts: null, duration: null, relative: null, shift: null, clockShift: null, wdCount: null, workdays: null,
  nth: null, monthDay: null, weekOf: null, bare: null, holiday: null, dayRange: null, days: null, allDay: false,
};

/** "all day", "all-day", "the whole day": the reading is all-day anyway; the words belong to the time. */
const ALL_DAY_RE = /(?<![\w])(?:all[\s-]day|(?:the\s+)?(?:whole|full|entire)\s+day)(?![\w])/;

/** Read the English phrases off the board; `{ error }` when a repeat's 'until' date can't be read. */
export function extractPhrases(board: Board, parse: (text: string) => ParsedResult[], numberIsDay = false): Extracted | { error: string } {
  const take = (s: Span) => board.take(s);
  const out: Extracted = { ...NOTHING_FOUND };
  // Before repeats: "two saturdays from now" is one day, not "on saturdays".
  out.wdCount = findWeekdayCount(board.text);
  if (out.wdCount) take(out.wdCount.span);
  out.workdays = findWorkdays(board.text);
  if (out.workdays) take(out.workdays.span);
  const foundRule = findRule(board.text);
  if (foundRule) {
    out.rule = foundRule.rule;
    take(foundRule.span);
    out.limit = findLimit(board.text);
    if (out.limit) {
      take(out.limit.span);
      if (out.limit.untilFrom !== undefined) {
        const after = board.text.slice(out.limit.untilFrom);
        const r = parse(after)[0];
        if (!r || after.slice(0, r.index).trim()) return { error: "I couldn't read the date after 'until'" };
        out.untilParts = mergeResults([r])!.start;
        take({ start: out.limit.untilFrom + r.index, end: out.limit.untilFrom + r.index + r.text.length, kind: 'limit' });
      }
    }
  }
  const allDay = ALL_DAY_RE.exec(board.text);
  if (allDay) take({ start: allDay.index, end: allDay.index + allDay[0].length, kind: 'filler' });
  out.allDay = !!allDay;
  out.duration = findDuration(board.text, !out.rule);
  if (out.duration) take(out.duration.span);
  const soon = findMinutesFromNow(board.text);
  if (soon) {
    out.relative = { span: soon.span, n: soon.minutes, unit: 'minutes' };
    take(soon.span);
  }
  out.shift = findShift(board.text);
  if (out.shift) take(out.shift.span);
  out.relative ??= findRelative(board.text);
  if (out.relative) take(out.relative.span);
  out.clockShift = findClockShift(board.text);
  if (out.clockShift) take(out.clockShift.span);
  out.nth = findNthWeekday(board.text);
  if (out.nth) {
    const { span, clock } = out.nth;
    // A clock said inside ("the first monday 1pm to 3pm of next month") stays for chrono to read.
    if (clock) {
      take({ ...span, end: clock.start });
      take({ ...span, start: clock.end });
    } else take(span);
  }
  out.weekOf = findWeekOf(board.text);
  if (out.weekOf) take(out.weekOf.span);
  // A range of days before a single day: "between the 9th and the 17th of april" is not "the 9th".
  out.dayRange = findDayRange(board.text);
  if (out.dayRange) take(out.dayRange.span);
  out.days = out.dayRange ? null : findDays(board.text);
  if (out.days) take(out.days.span);
  out.monthDay = findMonthDay(board.text, numberIsDay);
  if (out.monthDay) take(out.monthDay.span);
  out.holiday = findHoliday(board.text);
  if (out.holiday) take(out.holiday.span);
  out.bare = findBareRange(board.text);
  if (out.bare) take(out.bare.span);
  return out;
}
