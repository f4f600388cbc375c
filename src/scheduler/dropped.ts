import type { DroppedFor } from '../core/carry-answers.ts';
import type { EventRecord } from '../core/event.ts';
import type { Occurrence } from '../core/occurrences.ts';
import { rowKey } from './keys.ts';
import type { DroppedNews } from './notifier.ts';
import { dmRow, type PlannedRow } from './plan.ts';
import type { ReminderRow } from './tables.ts';

/** What a 'dropped' row carries: the person's news, and until when it is worth telling. */
export interface DroppedPayload extends DroppedNews {
  /** The end of the last date they lost (or of the date the event has now): after it the news is moot. */
  until: number;
}

/**
 * One DM per person whose answers to dates the event no longer has were dropped by an edit,
 * about the date it has now (`current`). The key names the person and the edit (the event's
 * version), so a retried transaction queues each once.
 */
export function droppedRows(e: EventRecord, current: Occurrence, people: DroppedFor[], now: number): PlannedRow[] {
  return people.map((p) => {
    const payload: DroppedPayload = {
      dates: p.dates.length,
      first: p.dates[0]?.start ?? null,
      standing: p.standing,
      repeats: e.recurrence !== null,
      until: Math.max(current.end, ...p.dates.map((d) => d.end)),
    };
    return { ...dmRow(e, current, 'dropped', p.userId, now, rowKey('dropped', e.id, e.version, p.userId)), payload: JSON.stringify(payload) };
  });
}

export function droppedPayload(row: Pick<ReminderRow, 'payload'>): DroppedPayload | null {
  if (!row.payload) return null;
  try {
    return JSON.parse(row.payload) as DroppedPayload;
  } catch {
    return null;
  }
}
