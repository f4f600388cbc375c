/** Stage 6 of the pipeline: a repeat — its first date (rrule, via rule-dates) and its limit. */
import type { DateTime } from 'luxon';
import type { Recurrence } from '../core/recurrence.ts';
import type { Calendar } from './calendar.ts';
import type { Parts } from './components.ts';
import { errors } from './errors.ts';
import type { LimitFound, RuleDraft } from './recurrence.ts';
import { countUntil, firstDate } from './rule-dates.ts';
import type { WhenRefusal } from './types.ts';
import { WEEKDAY_NUMBER } from './words.ts';

export interface RepeatInput {
  rule: RuleDraft;
  limit: LimitFound | null;
  until: Parts | null;
  /** A weekday the text named besides the repeat's ("Friday every tuesday 7pm"). */
  saidWeekday: number | undefined;
  /** The date the text gave, from which the first occurrence is looked for (else today). */
  from: DateTime | null;
  cal: Calendar;
  raw: string;
}

export type RepeatFound = { ok: true; first: DateTime; recurrence: Recurrence } | { ok: false; error: WhenRefusal };

export function repeatOf(x: RepeatInput): RepeatFound {
  const { rule, limit, until, cal, raw } = x;
  // "Friday every tuesday 7pm": a weekday that is not one of the repeat's days names another day.
  const said = x.saidWeekday;
  if (said !== undefined && rule.byday.length && rule.freq !== 'MONTHLY' && !rule.byday.some((d) => WEEKDAY_NUMBER[d as keyof typeof WEEKDAY_NUMBER] === said)) {
    return errors.twoTimes(raw);
  }
  const first = firstDate(rule, x.from ?? cal.today, cal.ahead);
  if (!first) return errors.badRecurrence(raw, 'it never happens');
  const recurrence: Recurrence = { freq: rule.freq, interval: rule.interval, byday: rule.byday, bymonthday: rule.bymonthday, count: null, until: null };
  if (limit?.count) recurrence.count = limit.count;
  else if (limit?.window) {
    // "for 6 weeks" is stored as COUNT: the occurrences that start inside the window.
    const stop = first.plus({ [limit.window.unit]: limit.window.n });
    recurrence.count = Math.max(1, countUntil(rule, first, stop));
  } else if (until) {
    let u = until.day !== undefined && until.month !== undefined
      ? cal.dateFrom(until.year ?? first.year, until.month, until.day)
      : until.weekday !== undefined
        ? // "until friday": the first such weekday on or after the first occurrence.
          first.plus({ days: (until.weekday - first.weekday + 7) % 7 }).startOf('day')
        : cal.dateFrom(until.implied.year, until.implied.month, until.implied.day);
    if (until.year === undefined && u < first) u = u.plus({ years: 1 });
    if (!u.isValid || u < first) return errors.badRecurrence(raw, "the 'until' date is before the first time");
    // UNTIL is inclusive: the last local second of that day.
    recurrence.until = u.endOf('day').set({ millisecond: 0 }).toISO({ suppressMilliseconds: true })!;
  }
  return { ok: true, first, recurrence };
}
