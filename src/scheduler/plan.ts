import { DateTime } from 'luxon';
import type { EventRecord } from '../core/event.ts';
import { occurrencesBetween, type Occurrence } from '../core/occurrences.ts';
import { parseOffset } from '../core/values.ts';
import { zoneObject } from '../when/zone-cache.ts';
import { rowKey } from './keys.ts';
import type { ReminderKind, ReminderTarget } from './tables.ts';

/**
 * Pure planning: which rows an event should have, given the time. No database, no clock.
 */

export interface PlannedRow {
  key: string;
  parentKey: string | null;
  platform: string;
  workspaceId: string;
  eventId: string;
  kind: ReminderKind;
  occurrence: string;
  occurrenceStart: number;
  occurrenceEnd: number;
  offset: string | null;
  target: ReminderTarget;
  userId: string | null;
  dueAt: number;
  previous: { start: number; end: number } | null;
  reason: string | null;
  /** What the row carries by itself (a webhook body, a deleted event's card). */
  payload?: string | null;
}

export const DAY_MS = 86_400_000;
/** Recurring events: reminders are planned this far ahead and rolled forward as time passes. */
export const DEFAULT_HORIZON_MS = 14 * DAY_MS;
/** The "starting now" reminder is still worth sending this long after the start; later it is skipped. */
export const START_GRACE_MS = 5 * 60_000;

/** All-day events remind at this local time (minutes after midnight) unless the workspace says otherwise. */
export const DEFAULT_ALL_DAY_REMINDER_AT = 9 * 60;

/**
 * When a reminder `offset` before `start` is due, in the event's zone: P1D before 7pm is 7pm the
 * day before (calendar arithmetic, so it stays 7pm across a DST change); PT1H is one real hour.
 * An all-day event (`allDayAt` = minutes after local midnight) has no hour to count back from:
 * its reminders come at that local time, on the day for offsets under a day and N days before
 * for N whole days (P1D: 9:00 the day before, not midnight minus a day).
 */
export function reminderDue(start: number, offset: string, zone: string, allDayAt: number | null = null): number {
  const d = parseOffset(offset);
  if (!d) throw new Error(`not a reminder offset: ${offset}`);
  if (allDayAt !== null) {
    const days = Math.floor(d.as('days') + 1e-9);
    // Wall-clock hour and minute on that date (a DST day is 23 or 25 hours: never add minutes to midnight).
    return DateTime.fromMillis(start, { zone: zoneObject(zone) })
      .startOf('day')
      .minus({ days })
      .set({ hour: Math.floor(allDayAt / 60), minute: allDayAt % 60 })
      .toMillis();
  }
  return DateTime.fromMillis(start, { zone: zoneObject(zone) }).minus(d).toMillis();
}

/** The local reminder time that applies to `e`: null unless it is all-day. */
export function allDayAtFor(e: Pick<EventRecord, 'allDay'>, workspaceAt: number | null | undefined): number | null {
  return e.allDay ? (workspaceAt ?? DEFAULT_ALL_DAY_REMINDER_AT) : null;
}

function maxOffsetMs(e: EventRecord, extra: string[] = []): number {
  let max = 0;
  for (const o of [...e.reminderOffsets, ...extra]) max = Math.max(max, parseOffset(o)?.as('milliseconds') ?? 0);
  // Calendar days can be 25 hours long across a DST change.
  return max + DAY_MS;
}

function targetsFor(e: EventRecord): ReminderTarget[] {
  const out: ReminderTarget[] = [];
  if (e.reminderAudience !== 'dm' && e.channelId !== null) out.push('channel');
  if (e.reminderAudience !== 'channel') out.push('attendees');
  return out;
}

export function reminderKey(e: EventRecord, occ: Occurrence, offset: string, target: ReminderTarget, allDayAt: number | null = null): string {
  // An all-day reminder's hour is part of what it is: a new workspace hour is a new row.
  return rowKey('reminder', e.id, occ.key, occ.start, allDayAt === null ? offset : `${offset}@${allDayAt}`, target);
}

function base(e: EventRecord): Pick<PlannedRow, 'platform' | 'workspaceId' | 'eventId' | 'parentKey' | 'userId' | 'previous' | 'reason'> {
  return { platform: e.platform, workspaceId: e.workspaceId, eventId: e.id, parentKey: null, userId: null, previous: null, reason: null };
}

export interface PlanOptions {
  horizonMs?: number;
  /**
   * Also list rows whose due time has passed (for occurrences not yet started): the set of rows
   * the event should have, used to decide which existing pending rows to keep when re-planning.
   */
  includePassed?: boolean;
  /** The workspace's local reminder time for all-day events (minutes after midnight; default 9:00). */
  allDayAt?: number | null;
  /** Offsets people who answered chose for themselves: DM reminders ('attendees' rows) at those too. */
  personalOffsets?: string[];
}

/**
 * The reminders (and the draft's announcement) an event should have at `now`:
 * - one row per (occurrence, offset, target); DM targets are one 'attendees' row, fanned out when due;
 * - offsets already passed are not planned (a day-before reminder for an event in 2 hours);
 * - two offsets due at the same instant (PT60M, PT1H) are one reminder;
 * - recurring events: occurrences whose reminders fall within the horizon;
 * - a draft: an announcement at its publish time, and no reminders due before it (nobody has seen the event yet);
 * - a cancelled event: nothing.
 */
export function planEvent(e: EventRecord, now: number, opts: PlanOptions = {}): PlannedRow[] {
  if (e.status === 'cancelled') return [];
  const horizon = opts.horizonMs ?? DEFAULT_HORIZON_MS;
  const out: PlannedRow[] = [];
  const span = maxOffsetMs(e, opts.personalOffsets);
  const occurrences = e.recurrence
    ? occurrencesBetween(e, now - (opts.includePassed ? START_GRACE_MS : 0), now + horizon + span, 1000)
    : [{ key: '', start: e.start, end: e.end }];
  const targets = targetsFor(e);
  const allDayAt = allDayAtFor(e, opts.allDayAt);
  // Each offset with the targets it reminds: the event's to its audience, people's own by DM.
  const wanted = new Map<string, Set<ReminderTarget>>();
  for (const offset of e.reminderOffsets) wanted.set(offset, new Set(targets));
  for (const offset of opts.personalOffsets ?? []) wanted.set(offset, new Set([...(wanted.get(offset) ?? []), 'attendees']));
  for (const occ of occurrences) {
    // PT60M and PT1H are one reminder (per target).
    const dues = new Set<string>();
    for (const [offset, offsetTargets] of wanted) {
      const due = reminderDue(occ.start, offset, e.timezone, allDayAt);
      if (!opts.includePassed && due < now) continue;
      if (e.recurrence && due > now + horizon) continue;
      if (e.status === 'draft' && e.publishAt !== null && due < e.publishAt) continue;
      for (const target of offsetTargets) {
        if (dues.has(`${due}|${target}`)) continue;
        dues.add(`${due}|${target}`);
        out.push({
          ...base(e),
          key: reminderKey(e, occ, offset, target, allDayAt),
          kind: 'reminder',
          occurrence: occ.key,
          occurrenceStart: occ.start,
          occurrenceEnd: occ.end,
          offset,
          target,
          dueAt: due,
        });
      }
    }
  }
  if (e.status === 'draft' && e.publishAt !== null) out.push({ ...announcement(e, e.publishAt, `at:${e.publishAt}`), reason: PUBLISH_ROW });
  out.push(...cardRolls(e, occurrences, now, horizon));
  return out;
}

/** The `reason` of a card row that redraws a series' card when an occurrence ends. */
export const CARD_ROLL = 'roll';

/**
 * A series' card shows its next occurrence and that occurrence's answers: when one ends, the card
 * is redrawn for the next (a card row with `reason` 'roll', due at the end, one per occurrence).
 * A draft has no card yet; a series without a channel has none to redraw.
 */
function cardRolls(e: EventRecord, occurrences: Occurrence[], now: number, horizon: number): PlannedRow[] {
  if (!e.recurrence || e.status !== 'scheduled' || e.channelId === null) return [];
  return occurrences
    .filter((occ) => occ.end > now && occ.end <= now + horizon)
    .map((occ) => ({
      ...base(e),
      reason: CARD_ROLL,
      key: rowKey('card', e.id, 'roll', occ.key, occ.end),
      kind: 'card' as const,
      occurrence: occ.key,
      occurrenceStart: occ.start,
      occurrenceEnd: occ.end,
      offset: null,
      target: 'channel' as const,
      dueAt: occ.end,
    }));
}

/**
 * The reason of a draft's publish row: an announcement row due at publish-at that asks the core
 * to publish the draft (the publish command then queues the card post as an announcement of its
 * own, in its transaction). Rows without it post the card.
 */
export const PUBLISH_ROW = 'publish';

/** Post the event card to its channel: now, when the core publishes a draft (by an edit, or at its publish time). */
export function announcement(e: EventRecord, dueAt: number, why: string): PlannedRow {
  const first = e.recurrence ? new Date(e.start).toISOString() : '';
  return {
    ...base(e),
    key: rowKey('announcement', e.id, why),
    kind: 'announcement',
    occurrence: first,
    occurrenceStart: e.start,
    occurrenceEnd: e.end,
    offset: null,
    target: 'channel',
    dueAt,
  };
}

/**
 * Tell people the time moved or changed (`reason`: what else changed, comma-separated), or that
 * the event is off: DMs to `attendees` when the audience includes
 * DMs, the channel (where the platform also updates the card) when it includes the channel. With
 * no channel, attendees are told by DM whatever the audience.
 */
export function changeNotices(
  kind: 'moved' | 'changed' | 'cancelled',
  e: EventRecord,
  occ: Occurrence,
  attendees: string[],
  now: number,
  extra: { previous?: { start: number; end: number }; reason?: string | null } = {},
): PlannedRow[] {
  const channel = e.reminderAudience !== 'dm' && e.channelId !== null;
  const dms = e.reminderAudience !== 'channel' || e.channelId === null;
  const row = (target: ReminderTarget, userId: string | null): PlannedRow => ({
    ...base(e),
    key: rowKey(kind, e.id, e.version, target, userId),
    kind,
    occurrence: occ.key,
    occurrenceStart: occ.start,
    occurrenceEnd: occ.end,
    offset: null,
    target,
    userId,
    dueAt: now,
    previous: extra.previous ?? null,
    reason: extra.reason ?? null,
  });
  const out: PlannedRow[] = [];
  if (channel) out.push(row('channel', null));
  if (dms) for (const u of new Set(attendees)) out.push(row('dm', u));
  return out;
}

/**
 * A DM to one person about their own RSVP: a seat opened up ('promoted'), or a host decided
 * ('decided', reason = the resulting status). `now` is in the key: the same person can be
 * promoted again after leaving and rejoining the waitlist.
 */
export function personalNotice(
  kind: 'promoted' | 'decided',
  e: EventRecord,
  occ: Occurrence,
  userId: string,
  now: number,
  reason: string | null = null,
): PlannedRow {
  return dmRow(e, occ, kind, userId, now, rowKey(kind, e.id, occ.key, userId, now), reason);
}

/** A row that DMs one person about one occurrence (promotions, decisions, seat offers). */
export function dmRow(e: EventRecord, occ: Occurrence, kind: ReminderKind, userId: string, dueAt: number, key: string, reason: string | null = null): PlannedRow {
  return {
    ...base(e),
    key,
    kind,
    occurrence: occ.key,
    occurrenceStart: occ.start,
    occurrenceEnd: occ.end,
    offset: null,
    target: 'dm',
    userId,
    dueAt,
    reason,
  };
}

/** Lateness policy at hand-off. */
export type Lateness = { send: true } | { send: false; reason: string };

/**
 * A late reminder whose event has not started is still sent (worded from the real time left);
 * one for an occurrence that has started is skipped, except the "starting now" one within a grace.
 * An all-day event's reminders come during its day, so they stand until the day is over.
 * Announcements and change notices are pointless once the occurrence is over.
 */
export function lateness(
  kind: ReminderKind,
  offset: string | null,
  occ: { start: number; end: number },
  now: number,
  allDay = false,
): Lateness {
  switch (kind) {
    case 'reminder': {
      if (allDay) return now < occ.end ? { send: true } : { send: false, reason: 'late: the day is over' };
      const zero = offset !== null && (parseOffset(offset)?.as('milliseconds') ?? 0) === 0;
      const limit = zero ? occ.start + START_GRACE_MS : occ.start;
      if (zero ? now <= limit : now < limit) return { send: true };
      return { send: false, reason: 'late: the event had already started' };
    }
    case 'announcement':
    case 'moved':
    case 'changed':
    case 'cancelled':
    case 'promoted':
    case 'decided':
    case 'offer_closed':
    case 'offer_result':
      return now < occ.end ? { send: true } : { send: false, reason: 'late: the occurrence is over' };
    case 'delivery_failed':
    // Judged on the dates it tells of (verdict.ts).
    case 'dropped':
    case 'card':
    case 'card_removed':
    case 'webhook':
    case 'mirror':
    // An offer is judged on its own expiry (verdict.ts); an expiry is never delivered (dispatch lapses it).
    case 'offer':
    case 'offer_expiry':
      return { send: true };
  }
}
