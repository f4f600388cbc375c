import type { ColumnType, Selectable } from 'kysely';

type Millis = number;

/** What a row says. Reminders, announcements and notices share one table and one loop. */
export type ReminderKind =
  | 'reminder'
  | 'announcement'
  | 'card'
  | 'moved'
  | 'changed'
  | 'cancelled'
  | 'delivery_failed'
  | 'promoted'
  | 'decided'
  /** To one person: answers they gave to dates the event no longer has were dropped (payload: which). */
  | 'dropped'
  /** A deleted event's card: removed from the channel (payload: where it was). */
  | 'card_removed'
  /** A signed POST to a workspace's webhook endpoint (reason: the endpoint id; payload: the body). */
  | 'webhook'
  /** Make the platform's own events (Discord Scheduled Events) match the workspace's: see mirror.ts. */
  | 'mirror'
  /** Waitlist offers (see offers.ts): the offer DM, its lapse, the DM that it ended, the hosts' summary. */
  | 'offer'
  | 'offer_expiry'
  | 'offer_closed'
  | 'offer_result';

/**
 * Where it goes: the event's channel (resolved at delivery), the attendees (fanned out into one
 * 'dm' row per recipient when due, recipients computed then), one person by DM, or the whole
 * workspace (a mirror sync: event_id is '').
 */
export type ReminderTarget = 'channel' | 'attendees' | 'dm' | 'webhook' | 'workspace';

export type ReminderState = 'pending' | 'claimed' | 'sent' | 'skipped' | 'failed';

/**
 * One delivery, exactly once. `key` is the idempotency key the platform dedupes on (Discord
 * nonce, Slack metadata): at most 25 characters, derived from what the row is, so planning the
 * same reminder twice (two processes rolling forward, a retried transaction) makes one row.
 */
export interface RemindersTable {
  key: string;
  /** For a per-recipient row fanned out of an 'attendees' row: that row's key. */
  parent_key: string | null;
  platform: string;
  workspace_id: string;
  event_id: string;
  kind: ReminderKind;
  /** '' for a one-off event; the occurrence start (ISO, UTC) for a recurring one, like rsvps.occurrence. */
  occurrence: string;
  /** The occurrence's start and end when planned: a reminder for a time the event no longer has is skipped. */
  occurrence_start: Millis;
  occurrence_end: Millis;
  /** ISO 8601 reminder offset (reminders only). */
  offset_iso: string | null;
  target: ReminderTarget;
  user_id: string | null;
  /** When it may next be handed off: the planned instant, pushed back by retry backoff. */
  due_at: Millis;
  state: ColumnType<ReminderState, ReminderState | undefined, ReminderState>;
  attempts: number;
  lease_owner: string | null;
  lease_expires_at: Millis | null;
  sent_at: Millis | null;
  last_error: string | null;
  /** 'moved', 'changed': the occurrence's old time. */
  previous_start: Millis | null;
  previous_end: Millis | null;
  /** 'cancelled': why; 'moved', 'changed': what changed besides the start ('end,repeat');  'delivery_failed': the error; 'decided': the RSVP status the host's decision gave. */
  reason: string | null;
  created_at: Millis;
  /**
   * What a notice carries by itself, JSON: a webhook's body (signed as it is), a deleted event's
   * card location. Such rows outlive their event (no cascade), so they are never lost with it.
   */
  payload: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SchedulerTables {
  reminders: RemindersTable;
}

export type ReminderRow = Selectable<RemindersTable>;
