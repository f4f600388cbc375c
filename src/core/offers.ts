import type { Executor } from '../store/events-repo.ts';
import { rsvpsRepo } from '../store/rsvps-repo.ts';
import type { EventRecord } from './event.ts';
import type { Occurrence } from './occurrences.ts';
import { DEFAULT_OFFER_WINDOW, offerWindowMs } from './values.ts';

/**
 * Seats and the waitlist. When a seat opens, the first person waiting either gets it outright
 * (promoted) or, on an event with waitlist offers, is offered it: the seat is held for them
 * (status 'offered') until they claim it, pass, or the offer lapses at its expiry. Held seats
 * count against capacity, so nobody else takes them meanwhile.
 */

/** An offer shorter than this (the event is about to start) could not be answered: the seat is given outright. */
export const LAST_MINUTE_MS = 5 * 60_000;

export interface Offer {
  userId: string;
  expiresAt: number;
}

/** How an offer ended: claimed (going), passed (declined), lapsed (unanswered: off the waitlist). */
export type OfferOutcome = 'claimed' | 'passed' | 'lapsed';

/** What filling the seats of one occurrence did. */
export interface SeatChanges {
  /** Moved from the waitlist (or an open offer) to going. */
  promoted: string[];
  /** Offered a seat, held for them until `expiresAt`. */
  offered: Offer[];
  /** Offers taken back (fewer seats than are held): back on the waitlist, at their place. */
  withdrawn: string[];
}

export const noSeatChanges = (): SeatChanges => ({ promoted: [], offered: [], withdrawn: [] });

/** Seats are offered (not given) on this event. */
export function offersOn(e: Pick<EventRecord, 'waitlistOffers' | 'capacity'>): boolean {
  return Boolean(e.waitlistOffers) && e.capacity !== null;
}

/** The event's offer window in milliseconds. */
export function offerWindowOf(e: Pick<EventRecord, 'offerWindow'>): number {
  return offerWindowMs(e.offerWindow ?? DEFAULT_OFFER_WINDOW) ?? offerWindowMs(DEFAULT_OFFER_WINDOW)!;
}

/**
 * When an offer made at `now` lapses: the window, cut at the occurrence's start (a seat nobody
 * claimed by then is no use to the next person). Null when less than LAST_MINUTE_MS would be left.
 */
export function offerExpiry(e: Pick<EventRecord, 'offerWindow'>, occ: Pick<Occurrence, 'start'>, now: number): number | null {
  const until = Math.min(now + offerWindowOf(e), occ.start);
  return until - now >= LAST_MINUTE_MS ? until : null;
}

/**
 * Make the seats of one occurrence match its capacity, first come first served:
 * - no limit: everyone waiting (or offered) goes;
 * - more seats held than there are (capacity lowered): the latest offers are taken back;
 * - free seats: the first people waiting are offered them (offers on) or given them.
 */
export async function fillSeats(db: Executor, e: EventRecord, occ: Occurrence, now: number): Promise<SeatChanges> {
  const out = noSeatChanges();
  if (e.capacity === null) {
    for (const status of ['offered', 'waitlisted'] as const) {
      for (const r of await rsvpsRepo.withStatus(db, e.id, occ.key, status)) {
        await rsvpsRepo.setStatus(db, e.id, occ.key, r.userId, 'going', now);
        out.promoted.push(r.userId);
      }
    }
    return out;
  }
  const counts = await rsvpsRepo.counts(db, e.id, occ.key);
  const free = e.capacity - counts.going - counts.offered;
  if (free < 0) {
    const held = await rsvpsRepo.withStatus(db, e.id, occ.key, 'offered');
    for (const r of held.slice(Math.max(0, held.length + free))) {
      await rsvpsRepo.setStatus(db, e.id, occ.key, r.userId, 'waitlisted', now);
      out.withdrawn.push(r.userId);
    }
    return out;
  }
  if (free === 0 || counts.waitlisted === 0) return out;
  const next = await rsvpsRepo.withStatus(db, e.id, occ.key, 'waitlisted', free);
  const expiresAt = offersOn(e) ? offerExpiry(e, occ, now) : null;
  for (const r of next) {
    if (expiresAt === null) {
      await rsvpsRepo.setStatus(db, e.id, occ.key, r.userId, 'going', now);
      out.promoted.push(r.userId);
    } else {
      await rsvpsRepo.setStatus(db, e.id, occ.key, r.userId, 'offered', now, expiresAt);
      out.offered.push({ userId: r.userId, expiresAt });
    }
  }
  return out;
}

/** A person joining: a free seat (none held, nobody ahead of them) or the waitlist. */
export async function seatOrWaitlist(db: Executor, e: EventRecord, occurrence: string): Promise<'going' | 'waitlisted'> {
  if (e.capacity === null) return 'going';
  const counts = await rsvpsRepo.counts(db, e.id, occurrence);
  return counts.going + counts.offered < e.capacity && counts.waitlisted === 0 ? 'going' : 'waitlisted';
}

/**
 * An offer's window ended unanswered (the scheduler's expiry row, under the event's lock): the
 * person leaves the waitlist and the seat goes to the next in line. Null when there is nothing
 * to lapse: the offer was claimed, passed, withdrawn or renewed since (its expiry differs).
 */
export async function lapseOffer(
  db: Executor,
  e: EventRecord,
  occ: Occurrence,
  userId: string,
  expiresAt: number,
  now: number,
): Promise<SeatChanges | null> {
  const mine = await rsvpsRepo.get(db, e.id, occ.key, userId);
  if (mine?.status !== 'offered' || mine.offerExpiresAt !== expiresAt || now < expiresAt) return null;
  await rsvpsRepo.setStatus(db, e.id, occ.key, userId, 'declined', now);
  return fillSeats(db, e, occ, now);
}
