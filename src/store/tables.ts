import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Platform, StoredStatus } from '../core/event.ts';
import type { EventKind, ReminderAudience, Visibility } from '../core/event-schema.ts';
import type { RsvpStatus } from '../core/rsvp.ts';
import type { Invitees } from '../core/event-schema.ts';
import type { Recurrence } from '../core/recurrence.ts';
import type { JsonText } from './json-text.ts';

/**
 * Table types for Kysely. Instants are epoch milliseconds (UTC) in BIGINT columns,
 * flags are 0/1 integers and lists are JSON text (JsonText<T>: what the text holds), so one
 * schema serves SQLite and Postgres.
 */
type Millis = number;
type Flag = number;

export interface WorkspaceSettingsTable {
  platform: string;
  workspace_id: string;
  timezone: string | null;
  locale: string | null;
  reminder_offsets: JsonText<string[]> | null;
  manager_user_ids: JsonText<string[]>;
  manager_role_ids: JsonText<string[]>;
  /** All-day events remind at this local time, minutes after midnight (null: 9:00). */
  all_day_reminder_at: number | null;
  /** Events mirrored to the platform's own events (Discord Scheduled Events); off by default. */
  mirror_events: ColumnType<Flag, Flag | undefined, Flag>;
  updated_at: Millis;
}

export interface UserSettingsTable {
  platform: string;
  workspace_id: string;
  user_id: string;
  timezone: string | null;
  locale: string | null;
  reminder_dms: Flag;
  /** The person's own reminder offsets (ISO 8601), null: each event's. */
  reminder_offsets: JsonText<string[]> | null;
  updated_at: Millis;
}

export interface EventsTable {
  id: string;
  platform: Platform;
  workspace_id: string;
  channel_id: string | null;
  title: string;
  description: string | null;
  location: string | null;
  join_url: string | null;
  kind: EventKind;
  start_at: Millis;
  end_at: Millis;
  /** End of the last occurrence; null for a recurrence without an end. */
  last_end_at: Millis | null;
  timezone: string;
  all_day: Flag;
  recurrence: JsonText<Recurrence> | null;
  capacity: number | null;
  min_attendees: number | null;
  ping_roles: JsonText<string[]> | null;
  /** 1: a seat that opens is offered to the first person waiting (null/0: given to them). */
  waitlist_offers: ColumnType<Flag | null, Flag | null | undefined, Flag | null>;
  /** How long an offer stays open, ISO 8601 (null: the default). */
  offer_window: ColumnType<string | null, string | null | undefined, string | null>;
  rsvp_deadline: Millis | null;
  approval_required: Flag;
  visibility: Visibility;
  invitees: JsonText<Invitees>;
  creator_id: string;
  host_ids: JsonText<string[]>;
  reminder_offsets: JsonText<string[]>;
  reminder_audience: ReminderAudience;
  remind_maybe: Flag;
  publish_at: Millis | null;
  status: StoredStatus;
  cancel_reason: string | null;
  /** Where the platform shows the event card: written by the adapter, opaque to the core. */
  card: JsonText<unknown> | null;
  rsvp_seq: ColumnType<number, number | undefined, number>;
  version: ColumnType<number, number | undefined, number>;
  created_at: Millis;
  updated_at: Millis;
}

export interface EventHostsTable {
  event_id: string;
  platform: string;
  workspace_id: string;
  user_id: string;
}

export interface RsvpsTable {
  event_id: string;
  /** '' for a one-off event; the occurrence's start (ISO, UTC) for a recurring one. */
  occurrence: string;
  platform: Platform;
  workspace_id: string;
  user_id: string;
  status: RsvpStatus;
  /** Arrival order within the event, taken under the event's lock: orders the waitlist. */
  seq: number;
  /** 'offered': when the held seat passes to the next person. */
  offer_expires_at: ColumnType<Millis | null, Millis | null | undefined, Millis | null>;
  created_at: Millis;
  updated_at: Millis;
  /** 1: written from the person's standing ("every time") answer; 0: they answered this occurrence. */
  standing: Generated<number>;
}

/** A standing ("every time") answer to a repeating event: each occurrence counts it unless the person answered that one. */
export interface StandingRsvpsTable {
  event_id: string;
  platform: Platform;
  workspace_id: string;
  user_id: string;
  /** going, maybe or declined. */
  status: string;
  /** When it was given, in the event's answer order (shared with `rsvps.seq`). */
  seq: number;
  created_at: Millis;
  updated_at: Millis;
}

/** A request already answered: keyed by tenant, user and key; the command type must match on replay. */
export interface IdempotencyKeysTable {
  platform: string;
  workspace_id: string;
  user_id: string;
  key: string;
  command: string;
  result: JsonText<unknown>;
  created_at: Millis;
}

export interface FeedTokensTable {
  /** SHA-256 (hex) of the token in the feed URL; the token itself is never stored. */
  token_hash: string;
  platform: string;
  workspace_id: string;
  user_id: string;
  scope: string;
  channel_id: string | null;
  generation: number;
  created_at: Millis;
  revoked_at: Millis | null;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: Millis;
}

/** An event shown on the platform's own events (a Discord Scheduled Event): which one. */
export interface EventMirrorsTable {
  event_id: string;
  platform: string;
  workspace_id: string;
  remote_id: string;
  updated_at: Millis;
}

export interface CalendarStampsTable {
  platform: string;
  workspace_id: string;
  deleted_at: Millis;
}

/** A time question waiting for its asker's pick: the candidate commands (JSON), until expires_at. */
export interface TimeQuestionsTable {
  id: string;
  platform: string;
  workspace_id: string;
  user_id: string;
  question: string;
  /** JSON array of { label, command }: each a create or update command without its key. */
  choices: JsonText<unknown>;
  /** The candidate taken (0-based), once taken. */
  answered_with: number | null;
  created_at: Millis;
  expires_at: Millis;
}

export interface CoreTables {
  workspace_settings: WorkspaceSettingsTable;
  user_settings: UserSettingsTable;
  events: EventsTable;
  event_hosts: EventHostsTable;
  rsvps: RsvpsTable;
  standing_rsvps: StandingRsvpsTable;
  idempotency_keys: IdempotencyKeysTable;
  feed_tokens: FeedTokensTable;
  server_secrets: ServerSecretsTable;
  calendar_stamps: CalendarStampsTable;
  event_mirrors: EventMirrorsTable;
  time_questions: TimeQuestionsTable;
}

export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
export type EventRowUpdate = Updateable<EventsTable>;
export type RsvpRow = Selectable<RsvpsTable>;
