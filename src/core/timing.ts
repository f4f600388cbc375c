import { DateTime } from 'luxon';
import { stamp } from '../when/describe.ts';
import { UserError } from './errors.ts';
import { lastEnd, occurrencesBetween } from './occurrences.ts';
import type { Recurrence } from './recurrence.ts';

export const DEFAULT_DURATION_MINUTES = 60;

export interface TimingInput {
  start: number;
  end: number | null;
  timezone: string;
  allDay: boolean;
  recurrence: Recurrence | null;
  rsvpDeadline: number | null;
  publishAt: number | null;
}

export interface Timing {
  start: number;
  end: number;
  lastEnd: number | null;
  timezone: string;
  allDay: boolean;
  recurrence: Recurrence | null;
  rsvpDeadline: number | null;
  publishAt: number | null;
}

function show(ms: number, zone: string): string {
  return stamp(ms, zone, 'ccc d LLL yyyy, HH:mm');
}

/**
 * Fills the end (default duration, or the whole day), then checks the rules every event keeps:
 * end after start, a deadline and a publish time that make sense, a repeat that ever happens.
 */
export function settleTiming(t: TimingInput): Timing {
  let start = t.start;
  if (t.allDay) start = DateTime.fromMillis(start, { zone: t.timezone }).startOf('day').toMillis();
  const end =
    t.end ??
    (t.allDay
      ? DateTime.fromMillis(start, { zone: t.timezone }).plus({ days: 1 }).toMillis()
      : start + DEFAULT_DURATION_MINUTES * 60_000);
  if (end <= start) {
    throw new UserError(
      'invalid',
      `The end (${show(end, t.timezone)}) must be after the start (${show(start, t.timezone)}). Give a later end or a duration like "for 2 hours".`,
    );
  }
  if (end - start > 31 * 86_400_000) {
    throw new UserError('invalid', 'An event can last at most 31 days. For something longer, make a repeating event.');
  }
  const timing: Timing = { ...t, start, end, lastEnd: end };
  if (t.recurrence) {
    if (t.recurrence.until !== null && Date.parse(t.recurrence.until) < start) {
      throw new UserError('invalid', `The repeat ends (${t.recurrence.until}) before the first occurrence starts. Pick a later "until".`);
    }
    if (occurrencesBetween(timing, start, start + 1)[0]?.start !== start) {
      throw new UserError(
        'invalid',
        `The start (${show(start, t.timezone)}) is not one of the repeat's days. Start on a day the repeat includes, or give both at once, like "every saturday 8pm".`,
      );
    }
    timing.lastEnd = lastEnd(timing);
  }
  if (t.rsvpDeadline !== null && t.recurrence) {
    throw new UserError('invalid', 'An RSVP deadline works for one-off events. For a repeating event, leave the deadline out.');
  }
  if (t.rsvpDeadline !== null && t.rsvpDeadline > end) {
    throw new UserError('invalid', 'The RSVP deadline is after the event ends. Set it before the start.');
  }
  if (t.publishAt !== null && t.publishAt >= start) {
    throw new UserError('invalid', 'The announcement (publish) time must be before the event starts.');
  }
  return timing;
}

/** Creating an event in the past is always a mistake; say so with the time we understood. */
export function assertFuture(start: number, zone: string, now: number): void {
  if (start <= now) {
    throw new UserError(
      'invalid',
      `That time (${show(start, zone)}) has already passed. Pick a time in the future, like "tomorrow 7pm".`,
    );
  }
  if (start > DateTime.fromMillis(now).plus({ years: MAX_YEARS_AHEAD }).toMillis()) {
    throw new UserError('invalid', `That time (${show(start, zone)}) is more than ${MAX_YEARS_AHEAD} years away — check the year.`);
  }
}

/** Further ahead than this is a typo ("dec 4 9999"), not a plan. */
const MAX_YEARS_AHEAD = 10;
