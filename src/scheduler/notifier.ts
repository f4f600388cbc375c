import type { Result } from '../core/errors.ts';
import type { EventRecord, Tenant } from '../core/event.ts';
import type { EventView } from '../core/view.ts';

/**
 * What the scheduler asks a platform to say. The platform renders it in its own format
 * (Discord <t:…:R>, Slack <!date^…>, console text) for each reader's zone.
 */
export type NoticeKind =
  | 'reminder' // the event starts soon (offset before, or "starting now")
  | 'announcement' // a draft reached its publish-at: post the event card
  | 'card' // post the event card (a new event) or redraw it in place (it or its RSVPs changed): `card` says which
  | 'moved' // the start changed: previous holds the old time; changes what else changed
  | 'changed' // the start stayed but the end, repeat or all-day did: changes says which, previous the old time
  | 'cancelled' // the event was cancelled: reason may say why
  | 'delivery_failed' // to the host: a reminder could not be delivered (error says why)
  | 'promoted' // to one person: a seat opened up and they moved from the waitlist to going
  | 'decided' // to one person: a host approved or declined their RSVP (decision says which)
  | 'dropped' // to one person: their answers to dates the event no longer has were dropped (dropped says which); occurrence is the date it has now
  | 'offer' // to one person: a seat is held for them until offer.expiresAt; claim or pass (buttons)
  | 'offer_closed' // to one person: their offer lapsed unanswered, or was taken back (offer.closed says which)
  | 'offer_result'; // to a host: how an offer ended (offer.result)

/** What a 'dropped' notice tells one person. */
export interface DroppedNews {
  dates: number;
  /** Start of the first of those dates (null: only an "every time" answer went). */
  first: number | null;
  standing: boolean;
  repeats: boolean;
}

export interface Notice {
  /** Stable per (reminder row, target): a platform that dedupes (Discord nonce, Slack metadata) uses it. */
  key: string;
  kind: NoticeKind;
  event: EventView;
  /** Start and end of the occurrence the notice is about. */
  occurrence: { start: number; end: number };
  /** When the notice is delivered (from the scheduler's clock), so "starts in 3 minutes" is true when read. */
  now: number;
  /** The reminder offset (ISO 8601) for reminders. */
  offset: string | null;
  previous?: { start: number; end: number };
  /** 'moved', 'changed': what changed besides the start. */
  changes?: Array<'end' | 'repeat' | 'all-day' | 'zone'>;
  reason?: string | null;
  error?: string;
  /** For 'card': post it (when the event has no card yet; else redraw) or redraw it (nothing to do without one). */
  card?: 'post' | 'redraw';
  /** For 'decided': where the host's decision left the RSVP. */
  decision?: 'going' | 'waitlisted' | 'declined';
  /** For 'dropped': how many of their dates lost an answer and the first of them, whether their "every time" answer went, whether the event still repeats. */
  dropped?: DroppedNews;
  /** For the offer kinds: when it lapses (offer), why it ended (offer_closed), how it ended (offer_result). */
  offer?: {
    expiresAt?: number;
    closed?: 'lapsed' | 'withdrawn';
    result?: { userId: string; outcome: 'claimed' | 'passed' | 'lapsed'; next: string[] };
  };
  /**
   * Which hand-off of this key this is: 1 the first time; more after a throw or a timeout, or when
   * a process died holding it, i.e. when an earlier attempt's outcome is unknown. A platform
   * without server-side dedupe (Slack) looks for a message carrying `key` before posting again.
   */
  attempt?: number;
}

export type Target = { type: 'channel'; channelId: string } | { type: 'dm'; userId: string };

export type DeliveryResult =
  | { status: 'sent'; messageId?: string }
  /** Permanently impossible (DMs closed, channel gone): not retried. */
  | { status: 'unreachable'; reason: string };

/**
 * The scheduler's side of one hand-off (scheduler/handoff.ts). A notifier that queues its work
 * (Discord's DM pacer) says so with `queued()` and asks `begin()` when the work leaves the queue:
 * the delivery timeout counts only from then, and work the scheduler gave up on is not begun.
 */
export interface Handoff {
  /** Aborted when the scheduler gives up on this hand-off (timed out, or too long queued). */
  readonly signal: AbortSignal;
  /** The hand-off waits in the notifier's queue: the delivery timeout does not count meanwhile. */
  queued(): void;
  /** True: begin the delivery now. False: drop it unbegun (the scheduler gave up, or too little lease is left). */
  begin(): boolean;
}

/** What a mirror sync did: done (and when time alone will next change what to show), or refused for good. */
export type MirrorResult =
  | {
      status: 'sent';
      /** When to sync again with nothing else changed (an occurrence ends, a series moves on). */
      nextAt: number | null;
      /**
       * Sync again at once: this one created something (the next one finds any duplicate a
       * retried call made) or stopped short of its work.
       */
      again?: boolean;
    }
  | { status: 'unreachable'; reason: string };

/** What a mirror sync is handed: its row's key, the time, and which hand-off this is (as for notices). */
export interface MirrorSync {
  key: string;
  now: number;
  attempt: number;
  /** Aborted when the scheduler gives up waiting: make no further calls. */
  signal: AbortSignal;
}

/**
 * A platform's way to deliver notices. Throwing means "try again later" (network, rate limit,
 * 5xx); the scheduler retries with backoff and the same key, so delivery must be idempotent on it.
 */
export interface Notifier {
  deliver(notice: Notice, target: Target, handoff?: Handoff): Promise<DeliveryResult>;
  /** Take down a deleted event's card (a card already gone counts as done). */
  removeCard?(removal: CardRemoval): Promise<DeliveryResult>;
  /**
   * Make the platform's own events (Discord Scheduled Events) show the workspace's events as they
   * are now. Level-triggered and idempotent: any number of syncs converge on the same state.
   * Platforms without such events leave it out (their mirror rows are skipped).
   */
  mirror?(tenant: Tenant, sync: MirrorSync): Promise<MirrorResult>;
}

/** A deleted event's card, to take down (the event row is gone: the row carries where the card was). */
export interface CardRemoval {
  key: string;
  workspaceId: string;
  eventId: string;
  title: string;
  /** Where the platform showed the card, as its adapter stored it. */
  card: unknown;
  /** Who deleted the event, when known. */
  deletedBy: string | null;
  attempt: number;
}

/** One webhook message to one endpoint; the same `messageId` on every retry (receivers dedupe on it). */
export interface WebhookDelivery {
  /** The row's key: unique per (message, endpoint). */
  key: string;
  messageId: string;
  platform: string;
  workspaceId: string;
  endpointId: string;
  /** The JSON body, signed exactly as it is. */
  body: string;
  attempt: number;
}

/** POSTs webhook messages; throwing (or a non-2xx answer) means "try again later". */
export interface WebhookSender {
  send(delivery: WebhookDelivery): Promise<DeliveryResult>;
}

/**
 * The core command the scheduler runs when a draft's publish time comes (EventService.publishDue):
 * publishing is the core's, in one transaction with everything it queues; the scheduler only
 * knows when.
 */
export interface DraftPublisher {
  publishDue(event: Pick<EventRecord, 'platform' | 'workspaceId' | 'id' | 'creatorId'>): Promise<Result<{ published: boolean }>>;
}

/** The notifier for each platform the process runs. */
export type NotifierRegistry = Partial<Record<string, Notifier>>;
