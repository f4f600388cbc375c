import type { EventRecord, Platform } from '../core/event.ts';
import { findOccurrence, type Occurrence } from '../core/occurrences.ts';
import { lapseOffer, type Offer, type OfferOutcome } from '../core/offers.ts';
import { eventsRepo, type Executor } from '../store/events-repo.ts';
import { rsvpsRepo } from '../store/rsvps-repo.ts';
import { queueCardRefresh } from './cards.ts';
import { rowKey } from './keys.ts';
import { dmRow, type PlannedRow } from './plan.ts';
import { remindersRepo } from './repo.ts';
import type { ReminderKind, ReminderRow } from './tables.ts';
import { webhookRows } from './webhooks.ts';

/**
 * Waitlist offers as scheduler rows, so they survive a crash and happen once:
 * - 'offer': the DM to the person offered a seat, with claim / pass buttons;
 * - 'offer_expiry': due when the offer lapses; the scheduler lapses it (if still open) and offers
 *   the seat to the next person, in one transaction with settling the row;
 * - 'offer_closed': the DM telling a person their offer lapsed (reason 'lapsed') or was taken
 *   back because the capacity went down (reason 'withdrawn');
 * - 'offer_result': the DM telling each host how an offer ended (payload: who, how, who is next).
 */

/** What an offer row carries: when it lapses. */
export interface OfferPayload {
  expiresAt: number;
}

/** What a host's summary row carries. */
export interface OfferResultPayload {
  userId: string;
  outcome: OfferOutcome;
  /** Who the seat was offered to next, in order (empty: nobody was waiting, the seat is open). */
  next: string[];
}

/** Rows withdrawn with a cancelled event. */
export const OFFER_KINDS: ReminderKind[] = ['offer', 'offer_expiry'];

function row(e: EventRecord, occ: Occurrence, kind: ReminderKind, userId: string, dueAt: number, key: string, payload: unknown, reason: string | null = null): PlannedRow {
  return { ...dmRow(e, occ, kind, userId, dueAt, key, reason), payload: payload === null ? null : JSON.stringify(payload) };
}

export interface OfferNews {
  offered: Offer[];
  withdrawn: string[];
  /** The answer (or lapse) that freed the seat, told to the hosts. */
  ended?: { userId: string; outcome: OfferOutcome };
}

/** The rows one change of offers needs. Keys name the offer (person and expiry), so a retried change queues nothing twice. */
export function offerRows(e: EventRecord, occ: Occurrence, news: OfferNews, now: number): PlannedRow[] {
  const out: PlannedRow[] = [];
  for (const o of news.offered) {
    const payload: OfferPayload = { expiresAt: o.expiresAt };
    out.push(row(e, occ, 'offer', o.userId, now, rowKey('offer', e.id, occ.key, o.userId, o.expiresAt), payload));
    out.push(row(e, occ, 'offer_expiry', o.userId, o.expiresAt, rowKey('offer_expiry', e.id, occ.key, o.userId, o.expiresAt), payload));
  }
  for (const u of news.withdrawn) out.push(row(e, occ, 'offer_closed', u, now, rowKey('offer_closed', e.id, occ.key, u, now), null, 'withdrawn'));
  if (news.ended) {
    const { userId, outcome } = news.ended;
    if (outcome === 'lapsed') out.push(row(e, occ, 'offer_closed', userId, now, rowKey('offer_closed', e.id, occ.key, userId, now), null, 'lapsed'));
    const payload: OfferResultPayload = { userId, outcome, next: news.offered.map((o) => o.userId) };
    for (const host of new Set([e.creatorId, ...e.hostIds])) {
      out.push(row(e, occ, 'offer_result', host, now, rowKey('offer_result', e.id, occ.key, userId, outcome, now, host), payload, outcome));
    }
  }
  return out;
}

export function offerPayload(r: Pick<ReminderRow, 'payload'>): OfferPayload | null {
  try {
    const p = JSON.parse(r.payload ?? 'null') as Partial<OfferPayload> | null;
    return typeof p?.expiresAt === 'number' ? { expiresAt: p.expiresAt } : null;
  } catch {
    return null;
  }
}

/**
 * An 'offer_expiry' row came due: lapse the offer if it is still open, under the event's lock,
 * and queue what follows (the next offer, the DMs, the card). Runs inside the transaction that
 * settles the row, so a crash either does all of it or none (and the row is taken up again).
 */
export async function lapseDueOffer(
  db: Executor,
  dialect: 'sqlite' | 'postgres',
  r: ReminderRow,
  now: number,
): Promise<{ lapsed: true } | { lapsed: false; reason: string }> {
  const tenant = { platform: r.platform as Platform, workspaceId: r.workspace_id };
  const event = await eventsRepo.getForUpdate(db, tenant, r.event_id, dialect);
  if (!event) return { lapsed: false, reason: 'the event was deleted' };
  if (event.status === 'cancelled') return { lapsed: false, reason: 'the event was cancelled' };
  const payload = offerPayload(r);
  if (!payload || r.user_id === null) return { lapsed: false, reason: 'not an offer' };
  // Where the offer is now: a series that moved since carried it to another occurrence key.
  const key = (await rsvpsRepo.offerOccurrence(db, event.id, r.user_id, payload.expiresAt)) ?? r.occurrence;
  const occ = findOccurrence(event, key) ?? { key, start: Number(r.occurrence_start), end: Number(r.occurrence_end) };
  const seats = await lapseOffer(db, event, occ, r.user_id, payload.expiresAt, now);
  if (!seats) return { lapsed: false, reason: 'the offer was answered' };
  const rows = offerRows(event, occ, { ...seats, ended: { userId: r.user_id, outcome: 'lapsed' } }, now);
  // Promoted outright (the start is too close for another offer): told like any promotion.
  for (const u of seats.promoted) {
    rows.push({ ...row(event, occ, 'promoted', u, now, rowKey('promoted', event.id, occ.key, u, now), null), payload: null });
  }
  // Webhook receivers hear of it as of any RSVP change: the lapse, and the seats it moved.
  rows.push(
    ...(await webhookRows(db, { type: 'rsvp', event, occurrence: occ.key, userId: r.user_id, status: 'declined', previous: 'offered', ...seats, offerOutcome: 'lapsed' }, now)),
  );
  await remindersRepo.insertPlanned(db, rows, now);
  await queueCardRefresh(db, event, now, 0);
  return { lapsed: true };
}
