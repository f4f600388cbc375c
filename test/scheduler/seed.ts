import type { EventRecord } from '../../src/core/event.ts';
import type { Store } from '../../src/store/database.ts';
import { eventsRepo } from '../../src/store/events-repo.ts';
import { remindersRepo } from '../../src/scheduler/repo.ts';
import type { RemindersTable } from '../../src/scheduler/tables.ts';
import type { Insertable } from 'kysely';

export interface SeedOptions {
  events: number;
  reminders: number;
  dueAt: (i: number) => number;
  /** Event start (default: a week after the latest due time), so reminders are never "late". */
  start?: number;
  platform?: EventRecord['platform'];
}

export function seedEvent(id: string, start: number, platform: EventRecord['platform'] = 'console'): EventRecord {
  return {
    id,
    platform,
    workspaceId: 'w1',
    channelId: 'general',
    title: `Event ${id}`,
    description: null,
    location: null,
    joinUrl: null,
    kind: 'other',
    start,
    end: start + 3_600_000,
    lastEnd: start + 3_600_000,
    timezone: 'UTC',
    allDay: false,
    recurrence: null,
    capacity: null,
    rsvpDeadline: null,
    approvalRequired: false,
    visibility: 'public',
    invitees: { users: [], roles: [] },
    creatorId: 'host',
    hostIds: ['host'],
    reminderOffsets: ['PT15M'],
    reminderAudience: 'channel',
    remindMaybe: false,
    publishAt: null,
    status: 'scheduled',
    cancelReason: null,
    card: null,
    version: 1,
    createdAt: 0,
    updatedAt: 0,
  };
}

/** A pending PT15M channel reminder row, as planning would write it. */
export function channelReminderRow(key: string, eventId: string, start: number, due: number, platform: EventRecord['platform'] = 'console'): Insertable<RemindersTable> {
  return {
    key,
    parent_key: null,
    platform,
    workspace_id: 'w1',
    event_id: eventId,
    kind: 'reminder',
    occurrence: '',
    occurrence_start: start,
    occurrence_end: start + 3_600_000,
    offset_iso: 'PT15M',
    target: 'channel',
    user_id: null,
    due_at: due,
    state: 'pending',
    attempts: 0,
    lease_owner: null,
    lease_expires_at: null,
    sent_at: null,
    last_error: null,
    previous_start: null,
    previous_end: null,
    reason: null,
    created_at: 0,
  };
}

/** Events and channel reminder rows straight through the repositories (no planning), for load tests. */
export async function insertSeed(store: Store, o: SeedOptions): Promise<string[]> {
  let latest = 0;
  for (let i = 0; i < o.reminders; i++) latest = Math.max(latest, o.dueAt(i));
  const start = o.start ?? latest + 7 * 86_400_000;
  const ids = Array.from({ length: o.events }, (_, i) => `sd${String(i).padStart(6, '0')}`);
  for (const id of ids) await eventsRepo.insert(store.db, seedEvent(id, start, o.platform));
  const rows: Insertable<RemindersTable>[] = [];
  const keys: string[] = [];
  for (let i = 0; i < o.reminders; i++) {
    const key = `seed-${String(i).padStart(8, '0')}`;
    keys.push(key);
    rows.push(channelReminderRow(key, ids[i % ids.length]!, start, o.dueAt(i), o.platform));
  }
  await store.db.transaction().execute(async (trx) => remindersRepo.insert(trx, rows));
  return keys;
}
