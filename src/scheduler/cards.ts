import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { EventRecord } from '../core/event.ts';
import type { Executor } from '../store/events-repo.ts';
import { rowKey } from './keys.ts';
import { CARD_ROLL, type PlannedRow } from './plan.ts';
import { remindersRepo } from './repo.ts';

/**
 * A burst of RSVPs redraws the card once per this window, not once per click. Edits, cancels and
 * the first post are not held back.
 */
export const CARD_REFRESH_DELAY_MS = 2_000;

function cardRow(e: EventRecord, action: CardAction, key: string, dueAt: number): PlannedRow {
  return {
    platform: e.platform,
    workspaceId: e.workspaceId,
    eventId: e.id,
    parentKey: null,
    userId: null,
    previous: null,
    reason: action,
    key,
    kind: 'card',
    occurrence: e.recurrence ? new Date(e.start).toISOString() : '',
    occurrenceStart: e.start,
    occurrenceEnd: e.end,
    offset: null,
    target: 'channel',
    dueAt,
  };
}

/** A card row posts the card (when the event has none yet) or redraws it; the row's `reason` says which ('roll': a series' occurrence ended, see plan.ts). */
export type CardAction = 'post' | 'redraw';

/** Post the card of an event just created (not a draft) in its channel: the same for every door. */
export function cardPost(e: EventRecord, now: number): PlannedRow | null {
  if (e.status !== 'scheduled' || e.channelId === null) return null;
  return cardRow(e, 'post', rowKey('card', e.id, 'post'), now);
}

/**
 * Make sure one refresh of the event's card is pending, due by `now + delay` at the latest.
 * One pending card row per event: a later change moves the pending one earlier if need be, and
 * the card is drawn from the event as it is when the row is delivered (a pending post will draw
 * the change too, so it counts).
 *
 * The UPDATE locks the pending row (Postgres) or runs in the one write transaction (SQLite), so a
 * scheduler claiming it at the same moment either waits for this change to commit (and draws it)
 * or has already claimed it, in which case the row no longer matches and a new one is queued.
 */
export async function queueCardRefresh(db: Executor, e: EventRecord, now: number, delayMs: number): Promise<PlannedRow | null> {
  if (e.status === 'draft' || e.channelId === null) return null;
  const due = now + delayMs;
  const touched = await db
    .updateTable('reminders')
    .set({ due_at: sql<number>`case when due_at > ${due} then ${due} else due_at end` })
    .where('event_id', '=', e.id)
    .where('kind', '=', 'card')
    .where('state', '=', 'pending')
    // A series' redraw at an occurrence's end stays at that end (another redraw before it is not it).
    .where('reason', '!=', CARD_ROLL)
    .returning('key')
    .execute();
  if (touched.length > 0) return null;
  // Each redraw is a new delivery (an earlier one at the same instant may be sent already).
  const row = cardRow(e, 'redraw', rowKey('card', e.id, now, randomUUID()), due);
  await remindersRepo.insertPlanned(db, [row], now);
  return row;
}

/** Withdraw a series' pending card redraws at its occurrences' ends (it was cancelled). */
export async function withdrawCardRolls(db: Executor, eventId: string): Promise<void> {
  await db.deleteFrom('reminders').where('event_id', '=', eventId).where('kind', '=', 'card').where('reason', '=', CARD_ROLL).where('state', '=', 'pending').execute();
}

/**
 * Take down a deleted event's card: the row carries where the card was and the title (the event
 * row is gone by the time it is delivered). Nothing to do for an event whose card was never posted.
 */
export function cardRemoval(e: EventRecord, by: string, now: number): PlannedRow | null {
  if (e.card === null || e.card === undefined) return null;
  return {
    ...cardRow(e, 'post', rowKey('card_removed', e.id), now),
    kind: 'card_removed',
    reason: null,
    payload: JSON.stringify({ card: e.card, title: e.title, deletedBy: by }),
  };
}
