import type { DateTime } from 'luxon';
import type { RuleDraft } from './recurrence.ts';
import { nthWeekdayOf } from './dates.ts';
import { CODE_FOR_NUMBER } from './words.ts';

/** Does this local date fit the rule's day pattern (ignoring the interval)? */
export function fitsDay(rule: RuleDraft, date: DateTime): boolean {
  const code = CODE_FOR_NUMBER[date.weekday - 1]!;
  if (rule.freq === 'DAILY') return rule.byday.length === 0 || rule.byday.includes(code);
  if (rule.freq === 'WEEKLY') return rule.byday.length === 0 || rule.byday.includes(code);
  if (rule.bymonthday.length) {
    const dim = date.daysInMonth ?? 31;
    return rule.bymonthday.some((d) => (d > 0 ? d === date.day : dim + d + 1 === date.day));
  }
  if (rule.byday.length) {
    return rule.byday.some((entry) => {
      const m = /^([+-]?\d)?([A-Z]{2})$/.exec(entry);
      if (!m) return false;
      const wd = CODE_FOR_NUMBER.indexOf(m[2] as (typeof CODE_FOR_NUMBER)[number]) + 1;
      if (!m[1]) return wd === date.weekday;
      const nth = nthWeekdayOf(date.year, date.month, wd, Number(m[1]));
      return nth !== null && nth.day === date.day;
    });
  }
  return true;
}

/**
 * The first local date at or after `from` that fits the rule and whose start is accepted
 * (`ok` says whether a start on that date is still ahead). Up to about two years out.
 */
export function firstDate(rule: RuleDraft, from: DateTime, ok: (d: DateTime) => boolean): DateTime | null {
  let d = from;
  for (let i = 0; i < 800; i++, d = d.plus({ days: 1 })) {
    if (fitsDay(rule, d) && ok(d)) return d;
  }
  return null;
}

/** Occurrence dates from `first` (inclusive) to `stop` (exclusive), honouring the interval. */
export function countUntil(draft: RuleDraft, first: DateTime, stop: DateTime): number {
  // A rule with no day list repeats on the first occurrence's weekday / day of month (RFC 5545).
  const rule: RuleDraft = { ...draft };
  if (rule.freq === 'WEEKLY' && !rule.byday.length) rule.byday = [CODE_FOR_NUMBER[first.weekday - 1]!];
  if (rule.freq === 'MONTHLY' && !rule.byday.length && !rule.bymonthday.length) rule.bymonthday = [first.day];
  let n = 0;
  const firstWeek = first.startOf('week');
  for (let d = first; d < stop && n < 1000; d = d.plus({ days: 1 })) {
    if (!fitsDay(rule, d)) continue;
    let step: number;
    if (rule.freq === 'DAILY') step = Math.round(d.diff(first, 'days').days);
    else if (rule.freq === 'WEEKLY') step = Math.round(d.startOf('week').diff(firstWeek, 'weeks').weeks);
    else step = (d.year - first.year) * 12 + d.month - first.month;
    if (step % rule.interval === 0) n++;
  }
  return n;
}
