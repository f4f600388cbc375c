import type { EventRecord, Platform, StoredStatus } from '../core/event.ts';
import type { EventKind, Invitees, ReminderAudience, Visibility } from '../core/event-schema.ts';
import type { Recurrence } from '../core/recurrence.ts';
import type { EventRow, NewEventRow } from './tables.ts';

/* The events table's rows ↔ the core's EventRecord: the store maps, the core never sees a row. */

export function eventFromRow(row: EventRow): EventRecord {
  return {
    id: row.id,
    platform: row.platform as Platform,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    title: row.title,
    description: row.description,
    location: row.location,
    joinUrl: row.join_url,
    kind: row.kind as EventKind,
    start: Number(row.start_at),
    end: Number(row.end_at),
    lastEnd: row.last_end_at === null ? null : Number(row.last_end_at),
    timezone: row.timezone,
    allDay: Boolean(row.all_day),
    recurrence: row.recurrence ? (JSON.parse(row.recurrence) as Recurrence) : null,
    capacity: row.capacity,
    minAttendees: row.min_attendees ?? null,
    pingRoles: row.ping_roles ? (JSON.parse(row.ping_roles) as string[]) : [],
    rsvpDeadline: row.rsvp_deadline === null ? null : Number(row.rsvp_deadline),
    approvalRequired: Boolean(row.approval_required),
    visibility: row.visibility as Visibility,
    invitees: JSON.parse(row.invitees) as Invitees,
    creatorId: row.creator_id,
    hostIds: JSON.parse(row.host_ids) as string[],
    reminderOffsets: JSON.parse(row.reminder_offsets) as string[],
    reminderAudience: row.reminder_audience as ReminderAudience,
    remindMaybe: Boolean(row.remind_maybe),
    publishAt: row.publish_at === null ? null : Number(row.publish_at),
    status: row.status as StoredStatus,
    cancelReason: row.cancel_reason,
    card: row.card ? (JSON.parse(row.card) as unknown) : null,
    version: row.version,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export function eventToRow(e: EventRecord): NewEventRow {
  return {
    id: e.id,
    platform: e.platform,
    workspace_id: e.workspaceId,
    channel_id: e.channelId,
    title: e.title,
    description: e.description,
    location: e.location,
    join_url: e.joinUrl,
    kind: e.kind,
    start_at: e.start,
    end_at: e.end,
    last_end_at: e.lastEnd,
    timezone: e.timezone,
    all_day: e.allDay ? 1 : 0,
    recurrence: e.recurrence ? JSON.stringify(e.recurrence) : null,
    capacity: e.capacity,
    min_attendees: e.minAttendees ?? null,
    ping_roles: e.pingRoles?.length ? JSON.stringify(e.pingRoles) : null,
    rsvp_deadline: e.rsvpDeadline,
    approval_required: e.approvalRequired ? 1 : 0,
    visibility: e.visibility,
    invitees: JSON.stringify(e.invitees),
    creator_id: e.creatorId,
    host_ids: JSON.stringify(e.hostIds),
    reminder_offsets: JSON.stringify(e.reminderOffsets),
    reminder_audience: e.reminderAudience,
    remind_maybe: e.remindMaybe ? 1 : 0,
    publish_at: e.publishAt,
    status: e.status,
    cancel_reason: e.cancelReason,
    card: e.card === null || e.card === undefined ? null : JSON.stringify(e.card),
    version: e.version,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
  };
}
