import type { EventRecord, StoredStatus } from './event.ts';
import type { Recurrence } from './recurrence.ts';

/**
 * What a calendar needs to know about an event: the series anchor (not the next occurrence, so a
 * COUNT still counts from the first), the stored status and the revision. Renderers of iCalendar
 * and add-to-calendar links draw from this, as chat renderers draw from EventView.
 */
export interface CalendarEvent {
  id: string;
  title: string;
  description: string | null;
  location: string | null;
  joinUrl: string | null;
  start: number;
  end: number;
  /** End of the last occurrence; null for a series without an end. */
  lastEnd: number | null;
  timezone: string;
  allDay: boolean;
  recurrence: Recurrence | null;
  status: StoredStatus;
  cancelReason: string | null;
  /** iCalendar SEQUENCE: 0 when created, one more for every edit, cancellation or publication. */
  sequence: number;
  createdAt: number;
  updatedAt: number;
}

export function calendarEvent(e: EventRecord): CalendarEvent {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    location: e.location,
    joinUrl: e.joinUrl,
    start: e.start,
    end: e.end,
    lastEnd: e.lastEnd,
    timezone: e.timezone,
    allDay: e.allDay,
    recurrence: e.recurrence,
    status: e.status,
    cancelReason: e.cancelReason,
    // The event's version starts at 1 and is bumped on every change the core makes to it.
    sequence: Math.max(0, e.version - 1),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
