/**
 * Dates of a repeat the reader needs (its first date, how many fall in "for 6 weeks"), from the
 * one recurrence engine the events use (rrule, via core/occurrences), never a second hand-written one.
 */
import { DateTime } from 'luxon';
import { occurrencesBetween } from '../core/occurrences.ts';
import type { Recurrence } from '../core/recurrence.ts';
import type { RuleDraft } from './recurrence.ts';

const DAY_MS = 86_400_000;
/** Searched this far ahead for a first date (a monthly "5th friday" can be months away). */
const HORIZON_DAYS = 800;

/** A series anchored at noon on `date`: a wall time every zone has on every date. */
function seriesFrom(date: DateTime, r: Omit<Recurrence, 'count' | 'until'>) {
  const start = date.set({ hour: 12, minute: 0, second: 0, millisecond: 0 }).toMillis();
  return { start, end: start + 60_000, timezone: date.zoneName ?? 'UTC', recurrence: { ...r, count: null, until: null } };
}

/**
 * The day pattern alone, every period: a weekly rule with no days fits any day, as "every week" starts any day.
 * Days of the week are listed week by week (the same dates as day by day with those days): rrule
 * builds a year-long day set for every step, so a step per week costs a seventh of a step per day.
 */
export function dayPattern(rule: RuleDraft): Omit<Recurrence, 'count' | 'until'> {
  if (rule.freq === 'MONTHLY' && (rule.byday.length || rule.bymonthday.length)) {
    return { freq: 'MONTHLY', interval: 1, byday: rule.byday, bymonthday: rule.bymonthday };
  }
  const days = rule.freq === 'MONTHLY' ? [] : rule.byday;
  if (!days.every((d) => PLAIN_DAY.test(d))) return { freq: 'DAILY', interval: 1, byday: days, bymonthday: [] };
  return { freq: 'WEEKLY', interval: 1, byday: days.length ? days : EVERY_DAY, bymonthday: [] };
}

const PLAIN_DAY = /^(?:MO|TU|WE|TH|FR|SA|SU)$/;
const EVERY_DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * The first local date at or after `from` that fits the rule's day pattern and whose start is
 * accepted (`ok`: is a start on that date still ahead?), up to about two years out.
 */
export function firstDate(rule: RuleDraft, from: DateTime, ok: (d: DateTime) => boolean): DateTime | null {
  const series = seriesFrom(from, dayPattern(rule));
  const until = series.start + HORIZON_DAYS * DAY_MS;
  for (const limit of [3, HORIZON_DAYS]) {
    for (const o of occurrencesBetween(series, series.start, until, limit)) {
      const date = DateTime.fromMillis(o.start, { zone: from.zone }).startOf('day');
      if (ok(date)) return date;
    }
  }
  return null;
}

/** How many occurrences of the repeat start on dates from `first` (inclusive) to `stop` (exclusive). */
export function countUntil(rule: RuleDraft, first: DateTime, stop: DateTime): number {
  const series = seriesFrom(first, { freq: rule.freq, interval: rule.interval, byday: rule.byday, bymonthday: rule.bymonthday });
  const stopNoon = stop.set({ hour: 12, minute: 0, second: 0, millisecond: 0 }).toMillis();
  return occurrencesBetween(series, series.start, stopNoon, 1000).length;
}
