import { DateTime } from 'luxon';
import rrule, { type Options, type Weekday as RRuleWeekday } from 'rrule';

// rrule ships CommonJS for Node (its ESM build is only for bundlers): take the class off the default export.
const { RRule } = rrule;
type RRule = InstanceType<typeof RRule>;
import type { EventRecord } from './event.ts';
import type { Recurrence } from './recurrence.ts';
import { zoneObject } from '../when/zone-cache.ts';

export interface Occurrence {
  /** '' for a one-off event; the occurrence start as ISO UTC for a recurring one. */
  key: string;
  start: number;
  end: number;
}

type Timing = Pick<EventRecord, 'start' | 'end' | 'timezone' | 'recurrence'>;

const DAYS: Record<string, RRuleWeekday> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};

/*
 * rrule works in UTC. We feed it the event's local wall time dressed as UTC ("floating"),
 * and turn each result back into an instant in the event's zone with luxon, so a weekly
 * 7pm stays 7pm on both sides of a daylight-saving change.
 */
function toFloating(ms: number, zone: string): Date {
  const l = DateTime.fromMillis(ms, { zone: zoneObject(zone) });
  return new Date(Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second));
}

function fromFloating(d: Date, zone: string): number {
  return DateTime.fromObject(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    { zone: zoneObject(zone) },
  ).toMillis();
}

/** The rule's parts as rrule options, without the anchor: shared by expansion and the RRULE line. */
function ruleOptions(r: Recurrence): Partial<Options> {
  const options: Partial<Options> = {
    freq: { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY }[r.freq],
    interval: r.interval,
    wkst: RRule.MO,
  };
  if (r.byday.length) {
    options.byweekday = r.byday.map((code) => {
      const m = /^([+-]?\d)?([A-Z]{2})$/.exec(code);
      const day = DAYS[m?.[2] ?? ''];
      if (!day) throw new Error(`bad BYDAY ${code}`);
      return m?.[1] ? day.nth(Number(m[1])) : day;
    });
  }
  if (r.bymonthday.length) options.bymonthday = r.bymonthday;
  if (r.count !== null) options.count = r.count;
  return options;
}

function ruleFor(t: Timing, r: Recurrence): RRule {
  const options: Partial<Options> = { ...ruleOptions(r), dtstart: toFloating(t.start, t.timezone) };
  if (r.until !== null) options.until = toFloating(new Date(r.until).getTime(), t.timezone);
  return new RRule(options);
}

/**
 * The repeat as an RFC 5545 RRULE value ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO"), written by the
 * same rrule engine that expands it. UNTIL is the UTC instant, as RFC 5545 asks when DTSTART has a zone.
 */
export function rruleValue(r: Recurrence): string {
  const options = ruleOptions(r);
  if (r.until !== null) options.until = new Date(r.until);
  return RRule.optionsToString(options).replace(/^RRULE:/, '');
}

/*
 * Building an RRule is the slow part of expanding a series, and the same event is expanded many
 * times per request. The rule depends on the repeat, the local start and the zone: all three are
 * in the key, so an event that moves gets a fresh rule. Bounded: oldest entries go first.
 */
const RULE_CACHE_SIZE = 2000;
const ruleCache = new Map<string, RRule>();
function cachedRule(t: Timing, r: Recurrence): RRule {
  const key = `${JSON.stringify(r)}|${t.start}|${t.timezone}`;
  let rule = ruleCache.get(key);
  if (!rule) {
    rule = ruleFor(t, r);
    if (ruleCache.size >= RULE_CACHE_SIZE) ruleCache.delete(ruleCache.keys().next().value!);
    ruleCache.set(key, rule);
  }
  return rule;
}

/** Instants past this (and before 1970) are no event's: rrule and luxon stop working near Date's limits. */
const LATEST = Date.UTC(9999, 11, 31);

/** An occurrence key as the core writes them: an ISO instant within the years events can have. */
export function isOccurrenceKey(key: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(key)) return false;
  const ms = Date.parse(key);
  return Number.isFinite(ms) && ms >= 0 && ms <= LATEST;
}

export function occurrenceKey(t: Timing, start: number): string {
  return t.recurrence ? new Date(start).toISOString() : '';
}

function make(t: Timing, start: number): Occurrence {
  return { key: occurrenceKey(t, start), start, end: start + (t.end - t.start) };
}

/** Occurrences that overlap [from, to), at most `limit` of them, in order. */
export function occurrencesBetween(t: Timing, from: number, to: number, limit = 500): Occurrence[] {
  if (!t.recurrence) return t.end > from && t.start < to ? [make(t, t.start)] : [];
  const duration = t.end - t.start;
  // Nothing starts before the series does; clamping keeps rrule's dates valid whatever is asked.
  from = Math.max(from, t.start - duration);
  to = Math.min(to, LATEST);
  if (from >= to) return [];
  const rule = cachedRule(t, t.recurrence);
  const out: Occurrence[] = [];
  // Floating dates are shifted by at most a day from real instants; widen, then filter exactly.
  const after = toFloating(from - duration - 86_400_000, t.timezone);
  const before = toFloating(to + 86_400_000, t.timezone);
  rule.between(after, before, true, (d: Date) => {
    const start = fromFloating(d, t.timezone);
    if (start + duration > from && start < to) out.push(make(t, start));
    return out.length < limit;
  });
  return out;
}

/** The occurrence that is live now or comes next; null when the series is over. */
export function currentOrNextOccurrence(t: Timing, now: number): Occurrence | null {
  if (!t.recurrence) return t.end > now ? make(t, t.start) : null;
  const found = occurrencesBetween(t, now, now + 400 * 86_400_000 * t.recurrence.interval, 1);
  return found[0] ?? null;
}

export function findOccurrence(t: Timing, key: string): Occurrence | null {
  if (!t.recurrence) return key === '' ? make(t, t.start) : null;
  if (!isOccurrenceKey(key)) return null;
  const start = Date.parse(key);
  const hit = occurrencesBetween(t, start, start + 1, 1)[0];
  return hit && hit.start === start ? hit : null;
}

/** End of the last occurrence, or null when the series never ends. */
export function lastEnd(t: Timing): number | null {
  const r = t.recurrence;
  if (!r) return t.end;
  if (r.count === null && r.until === null) return null;
  const all = cachedRule(t, r).all((_: Date, i: number) => i < 1000);
  const last = all[all.length - 1];
  return last ? fromFloating(last, t.timezone) + (t.end - t.start) : t.end;
}
