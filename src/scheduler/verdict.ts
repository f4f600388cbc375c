import type { EventRecord } from '../core/event.ts';
import { findOccurrence, type Occurrence } from '../core/occurrences.ts';
import { shownOccurrence } from '../core/view.ts';
import { parseOffset } from '../core/values.ts';
import { allDayAtFor, lateness, PUBLISH_ROW, reminderDue } from './plan.ts';
import type { ReminderKind, ReminderRow } from './tables.ts';
import { offerPayload } from './offers.ts';
import { droppedPayload } from './dropped.ts';

export type Verdict =
  | { skip: string }
  /** A draft's publish row whose time has come: the core publishes it (its card is then a row of its own). */
  | { publish: true }
  | { deliver: Occurrence };

/**
 * Is a claimed row still worth delivering at `now`, and about which occurrence? Pure: the row,
 * the event as it is now, and the time. The event may have changed since the row was planned:
 * cancelled, moved (a row for a time the event no longer has is stale), still a draft.
 */
export function judge(row: ReminderRow, event: EventRecord | null, now: number, workspaceAllDayAt: number | null = null): Verdict {
  if (!event || event.platform !== row.platform || event.workspaceId !== row.workspace_id) return { skip: 'the event was deleted' };
  const kind = row.kind as ReminderKind;
  let occurrence: Occurrence = { key: row.occurrence, start: Number(row.occurrence_start), end: Number(row.occurrence_end) };
  if (kind === 'reminder') {
    if (event.status === 'cancelled') return { skip: 'the event was cancelled' };
    if (event.status === 'draft') return { skip: 'the event is not announced yet' };
    const current = findOccurrence(event, row.occurrence);
    if (!current || current.start !== occurrence.start) return { skip: 'stale: the event moved' };
    occurrence = current;
  } else if (kind === 'announcement') {
    if (event.status === 'cancelled') return { skip: 'the event was cancelled' };
    if (event.status === 'draft') {
      if (event.publishAt !== null && event.publishAt > now) return { skip: 'stale: the publish time moved' };
      return { publish: true };
    }
    // A draft's publish row only says when: the publish queued the card as a row of its own (a
    // retry of this row after the publish committed must not post it twice).
    if (row.reason === PUBLISH_ROW) return { skip: 'published: its card is a notice of its own' };
    const shown = shownOccurrence(event, now);
    if (!shown) return { skip: 'late: the event is over' };
    occurrence = shown;
  } else if (kind === 'card') {
    // A card shows the event as it is now, over or cancelled included; a draft has none.
    if (event.status === 'draft') return { skip: 'the event is not announced yet' };
    const shown = shownOccurrence(event, now);
    if (row.reason === 'post' && event.status === 'cancelled') return { skip: 'the event was cancelled before its card was posted' };
    if (row.reason === 'post' && !shown) return { skip: 'late: the event is over' };
    occurrence = shown ?? occurrence;
  } else if (kind === 'offer') {
    if (event.status === 'cancelled') return { skip: 'the event was cancelled' };
    const expiresAt = offerPayload(row)?.expiresAt ?? 0;
    if (now >= expiresAt) return { skip: 'late: the offer has lapsed' };
  } else if (kind === 'dropped') {
    if (event.status === 'cancelled') return { skip: 'the event was cancelled since' };
    if (now >= (droppedPayload(row)?.until ?? occurrence.end)) return { skip: 'late: the dates it tells of are over' };
  } else if ((kind === 'moved' || kind === 'changed') && event.status === 'cancelled') {
    return { skip: 'the event was cancelled since' };
  }
  const late = lateness(kind, row.offset_iso, occurrence, now, kind === 'reminder' && event.allDay);
  if (!late.send) return { skip: late.reason };
  if (kind === 'reminder' && row.offset_iso) {
    const newer = supersededBy(event, row.offset_iso, occurrence, now, allDayAtFor(event, workspaceAllDayAt));
    if (newer) return { skip: `superseded: the ${newer} reminder is due too` };
  }
  return { deliver: occurrence };
}

/**
 * After downtime several reminders of one occurrence can be due at once (the day-before, the
 * hour-before, the 15-minutes-before). Only the closest to the start goes out, worded for the
 * time left; the older ones are skipped rather than flooding people. Returns that closer offset.
 */
function supersededBy(event: EventRecord, offset: string, occ: Occurrence, now: number, allDayAt: number | null): string | null {
  const mine = parseOffset(offset)?.as('milliseconds');
  if (mine === undefined) return null;
  const myDue = reminderDue(occ.start, offset, event.timezone, allDayAt);
  let closest: { offset: string; ms: number } | null = null;
  for (const other of event.reminderOffsets) {
    const ms = parseOffset(other)?.as('milliseconds');
    if (ms === undefined || ms >= mine || (closest && ms >= closest.ms)) continue;
    const due = reminderDue(occ.start, other, event.timezone, allDayAt);
    // All-day offsets can share one due time (PT15M and PT1H: both 9:00 on the day): that is one reminder, not a newer one.
    if (due <= now && due > myDue) closest = { offset: other, ms };
  }
  return closest?.offset ?? null;
}
