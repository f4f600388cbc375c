import type { Executor } from '../store/events-repo.ts';
import type { EventRecord, Tenant } from './event.ts';
import type { Offer, OfferOutcome } from './offers.ts';
import type { DroppedFor } from './carry-answers.ts';

export type EventChange =
  | { type: 'created'; event: EventRecord }
  | {
      type: 'updated';
      before: EventRecord;
      event: EventRecord;
      /** The start of the occurrence people know moved. */
      moved: boolean;
      /** Everything that changed about when it happens ('start', 'end', 'repeat', 'all-day', 'zone'). */
      timingChanges: string[];
      promoted: string[];
      /** Seats offered, and offers taken back, by a new capacity (waitlist offers). */
      offered: Offer[];
      withdrawn: string[];
      /** People whose answers to dates the event no longer has were dropped: each is told by DM. */
      dropped: DroppedFor[];
      /** The occurrence keys that lost their answers (their seat offers are withdrawn). */
      droppedDates: string[];
    }
  | { type: 'cancelled'; event: EventRecord; attendees: string[] }
  /** `by`: who deleted it (the card's thread says so). */
  | { type: 'deleted'; event: EventRecord; by: string }
  /** A workspace turned the mirror to the platform's own events (Discord Scheduled Events) on or off. */
  | { type: 'mirror'; tenant: Tenant; on: boolean }
  /** Nothing about the event changed, but what its reminders depend on did (a workspace's all-day hour, someone's own offsets). */
  | { type: 'replan'; event: EventRecord }
  | {
      type: 'rsvp';
      event: EventRecord;
      occurrence: string;
      userId: string;
      status: string;
      /** The person's answer before this change (null: they had none). */
      previous: string | null;
      /** Moved from the waitlist to going by this change: they are told. */
      promoted: string[];
      /** Offered a seat by this change (waitlist offers): they get an offer to claim. */
      offered: Offer[];
      /** Offers taken back by this change: they are told. */
      withdrawn: string[];
      /** Set when the person answered a seat offer: the hosts are told. */
      offerOutcome?: OfferOutcome;
      /** Set when a host decided on a pending RSVP (approve/deny): the person is told. */
      decidedBy?: string;
      /**
       * A standing ("every time") answer: 'answer' when the person's standing answer changed
       * (`status` is it, or 'none' when withdrawn; `occurrence` the next one), 'seats' when this
       * occurrence only tells of the people it moved off the waitlist.
       */
      standing?: 'answer' | 'seats';
    };

/**
 * What happens around the core when an event changes: the scheduler plans, re-plans and
 * withdraws reminders here. Called inside the write transaction, so a crash can never leave
 * an event without its reminders.
 */
export interface EventLifecycle {
  changed(db: Executor, change: EventChange, now: number): Promise<void>;
}

/** For a core running without a scheduler (unit tests of the core's own rules). */
export const noLifecycle: EventLifecycle = { changed: async () => {} };
