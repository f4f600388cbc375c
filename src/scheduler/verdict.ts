import type { EventRecord } from '../core/event.ts';
import { findOccurrence, type Occurrence } from '../core/occurrences.ts';
import { shownOccurrence } from '../core/view.ts';
import { lateness } from './plan.ts';
import type { ReminderKind, ReminderRow } from './tables.ts';

export type Verdict =
  | { skip: string }
  /** An announcement whose draft reached its publish time: publish it, then ask again. */
  | { publish: true }
  | { deliver: Occurrence };

/**
 * Is a claimed row still worth delivering at `now`, and about which occurrence? Pure: the row,
 * the event as it is now, and the time. The event may have changed since the row was planned:
 * cancelled, moved (a row for a time the event no longer has is stale), still a draft.
 */
export function judge(row: ReminderRow, event: EventRecord | null, now: number): Verdict {
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
    const shown = shownOccurrence(event, now);
    if (!shown) return { skip: 'late: the event is over' };
    occurrence = shown;
  } else if (kind === 'moved' && event.status === 'cancelled') {
    return { skip: 'the event was cancelled since' };
  }
  const late = lateness(kind, row.offset_iso, occurrence, now);
  return late.send ? { deliver: occurrence } : { skip: late.reason };
}
