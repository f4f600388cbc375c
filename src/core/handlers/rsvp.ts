import { eventsRepo } from '../../store/events-repo.ts';
import { rsvpsRepo } from '../../store/rsvps-repo.ts';
import type { RsvpStatus } from '../rsvp.ts';
import type { CommandOf } from '../commands.ts';
import { resolveEvent, type HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import type { EventRecord } from '../event.ts';
import { findOccurrence, occurrencesBetween, type Occurrence } from '../occurrences.ts';
import { DateTime } from 'luxon';
import { applyStanding } from '../standing-apply.ts';
import { settlePending } from '../pending.ts';
import { canManage, isHost, isInvited } from '../permissions.ts';
import { refusalText, restrictionOf } from '../restriction.ts';
import { fillSeats, noSeatChanges, seatOrWaitlist, type OfferOutcome, type SeatChanges } from '../offers.ts';
import { buildView, shownOccurrence, statusAt, type EventView } from '../view.ts';

export interface RsvpOutcome {
  event: EventView;
  userId: string;
  status: RsvpStatus;
  previous: RsvpStatus | null;
  /** 1-based waitlist place when status is waitlisted. */
  position: number | null;
  /** Users moved from the waitlist to going by this change: tell them. */
  promoted: string[];
  /** Seats offered, and offers taken back, by this change (waitlist offers): they are told. */
  offered: SeatChanges['offered'];
  /** 'offered': when the seat passes to the next person unless claimed. */
  offerExpiresAt: number | null;
  changed: boolean;
}

/**
 * The occurrence a person named by its date (in the event's zone): never silently another one.
 * A date without one says which dates the event does have.
 */
function occurrenceOn(event: EventRecord, date: string, now: number): Occurrence {
  const day = DateTime.fromISO(date, { zone: event.timezone });
  const from = day.startOf('day').toMillis();
  const to = day.endOf('day').toMillis();
  const candidates = event.recurrence ? occurrencesBetween(event, from, to, 5) : [{ key: '', start: event.start, end: event.end }];
  const hit = candidates.find((o) => {
    const local = DateTime.fromMillis(o.start, { zone: event.timezone });
    return local.toISODate() === date;
  });
  if (hit) return hit;
  const show = (ms: number) => DateTime.fromMillis(ms, { zone: event.timezone }).toFormat('ccc d LLL');
  const next = event.recurrence
    ? occurrencesBetween(event, now, now + 400 * 86_400_000, 3).map((o) => show(o.start))
    : [show(event.start)];
  const dates = next.length ? ` Its ${event.recurrence ? 'next dates are' : 'date is'} ${next.join(', ')}.` : '';
  throw new UserError('not_found', `"${event.title}" doesn't happen on ${day.toFormat('ccc d LLL yyyy')}.${dates}`);
}

function pickOccurrence(event: EventRecord, key: string | undefined, now: number, date?: string): Occurrence {
  if (date) return occurrenceOn(event, date, now);
  if (key) {
    const occ = findOccurrence(event, key);
    if (!occ) throw new UserError('not_found', `"${event.title}" has no occurrence at ${key}.`);
    return occ;
  }
  const occ = shownOccurrence(event, now);
  if (!occ) throw new UserError('closed', `"${event.title}" has ended, so it no longer takes RSVPs.`);
  return occ;
}

export function assertOpen(event: EventRecord, occ: Occurrence, now: number, opts: { deadline?: boolean } = {}): void {
  const status = statusAt(event, occ, now);
  if (status === 'cancelled') {
    throw new UserError('closed', `"${event.title}" was cancelled${event.cancelReason ? ` (${event.cancelReason})` : ''}, so it no longer takes RSVPs.`);
  }
  if (status === 'draft') throw new UserError('closed', `"${event.title}" isn't announced yet. RSVPs open when it is.`);
  if (now >= occ.end) throw new UserError('closed', `"${event.title}" has ended, so it no longer takes RSVPs.`);
  if (opts.deadline !== false && event.rsvpDeadline !== null && now >= event.rsvpDeadline) {
    throw new UserError('closed', `The RSVP deadline for "${event.title}" has passed. Ask a host if you still want to come.`);
  }
}

/** Invite-only and restricted events refuse others, saying who the event is for (a door may ask again with the person's groups). */
export function assertInvited(ctx: Pick<HandlerContext, 'actor'>, event: EventRecord): void {
  if (isInvited(ctx.actor, event)) return;
  const restriction = restrictionOf(event);
  throw new UserError('forbidden', refusalText(restriction, () => null), restriction);
}

async function outcome(
  ctx: HandlerContext,
  event: EventRecord,
  occ: Occurrence,
  userId: string,
  previous: RsvpStatus | null,
  seats: SeatChanges,
): Promise<RsvpOutcome> {
  const mine = await rsvpsRepo.get(ctx.db, event.id, occ.key, userId);
  const status = mine?.status ?? 'declined';
  const position = mine && status === 'waitlisted' ? await rsvpsRepo.waitlistPosition(ctx.db, event.id, occ.key, mine.seq) : null;
  return {
    event: await buildView(ctx.db, event, ctx.now, occ),
    userId,
    status,
    previous,
    position,
    promoted: seats.promoted,
    offered: seats.offered,
    offerExpiresAt: status === 'offered' ? (mine?.offerExpiresAt ?? null) : null,
    changed: previous !== status || seats.promoted.length > 0 || seats.offered.length > 0,
  };
}

export async function rsvp(ctx: HandlerContext, cmd: CommandOf<'rsvp'>): Promise<RsvpOutcome> {
  const event = await resolveEvent(ctx, cmd.event, { lock: true });
  const occ = pickOccurrence(event, cmd.occurrence, ctx.now, cmd.date);
  // Someone holding a seat offer may answer it on the card after the RSVP deadline, as with its DM.
  const offered = (await rsvpsRepo.get(ctx.db, event.id, occ.key, ctx.actor.userId))?.status === 'offered';
  assertOpen(event, occ, ctx.now, { deadline: !offered });
  assertInvited(ctx, event);
  const userId = ctx.actor.userId;
  // Standing answers given earlier hold their place on this occurrence before this answer counts.
  await applyStanding(ctx, event, occ);
  const current = await rsvpsRepo.get(ctx.db, event.id, occ.key, userId);
  const previous = current?.status ?? null;
  // The same answer as the standing one, given for this date, is this date's own from now on.
  const same = async () => {
    if (current?.standing) await rsvpsRepo.keepAsOverride(ctx.db, event.id, occ.key, userId, ctx.now);
    return outcome(ctx, event, occ, userId, previous, noSeatChanges());
  };

  // Going, from an open offer, claims the held seat; anything else from one passes it on.
  if (previous === 'offered') return answerOffer(ctx, event, occ, cmd.status === 'going' ? 'claim' : 'pass', cmd.status);
  let next: RsvpStatus;
  if (cmd.status === 'going') {
    if (previous === 'going' || previous === 'waitlisted' || previous === 'pending') return same();
    next = event.approvalRequired && !isHost(ctx.actor, event) ? 'pending' : await seatOrWaitlist(ctx.db, event, occ.key);
  } else {
    next = cmd.status;
    if (previous === next) return same();
  }

  const seq = await eventsRepo.nextRsvpSeq(ctx.db, event.id);
  await rsvpsRepo.upsert(ctx.db, { eventId: event.id, occurrence: occ.key, ...ctx.tenant, userId, status: next, seq, now: ctx.now });
  const seats = previous === 'going' ? await fillSeats(ctx.db, event, occ, ctx.now) : noSeatChanges();
  await ctx.lifecycle.changed(ctx.db, { type: 'rsvp', event, occurrence: occ.key, userId, status: next, previous, ...seats }, ctx.now);
  return outcome(ctx, event, occ, userId, previous, seats);
}

/** The person offered a seat claims it (going) or passes (declined, or `passAs`: maybe); the next in line is offered it. */
async function answerOffer(
  ctx: HandlerContext,
  event: EventRecord,
  occ: Occurrence,
  answer: 'claim' | 'pass',
  passAs: RsvpStatus = 'declined',
): Promise<RsvpOutcome> {
  const userId = ctx.actor.userId;
  const mine = await rsvpsRepo.get(ctx.db, event.id, occ.key, userId);
  const previous = mine?.status ?? null;
  if (previous !== 'offered') {
    // A second click on the same button: already done, nothing to repeat.
    if ((answer === 'claim' && previous === 'going') || (answer === 'pass' && previous === 'declined')) {
      return outcome(ctx, event, occ, userId, previous, noSeatChanges());
    }
    const where = previous === 'waitlisted' ? "You're on the waitlist; you'll get an offer when a seat is yours." : 'It lapsed, was passed on, or was taken back when the capacity changed. RSVP going to join the waitlist again.';
    throw new UserError('conflict', `You have no open seat offer for "${event.title}". ${where}`);
  }
  const expired = mine!.offerExpiresAt !== null && mine!.offerExpiresAt !== undefined && ctx.now >= mine!.offerExpiresAt;
  if (answer === 'claim' && expired) {
    throw new UserError('closed', `Your seat offer for "${event.title}" has expired, so the seat is going to the next person waiting. RSVP going to join the waitlist again.`);
  }
  const status: RsvpStatus = answer === 'claim' ? 'going' : passAs === 'going' ? 'declined' : passAs;
  await rsvpsRepo.setStatus(ctx.db, event.id, occ.key, userId, status, ctx.now);
  const seats = answer === 'pass' ? await fillSeats(ctx.db, event, occ, ctx.now) : noSeatChanges();
  const offerOutcome: OfferOutcome = answer === 'claim' ? 'claimed' : 'passed';
  await ctx.lifecycle.changed(
    ctx.db,
    { type: 'rsvp', event, occurrence: occ.key, userId, status, previous, ...seats, offerOutcome },
    ctx.now,
  );
  return outcome(ctx, event, occ, userId, previous, seats);
}

/** Claim or pass on a seat offer (the buttons of the offer DM, console `claim` / `pass`). */
export async function answerSeatOffer(ctx: HandlerContext, cmd: CommandOf<'offer'>): Promise<RsvpOutcome> {
  const event = await resolveEvent(ctx, cmd.event, { lock: true });
  // The occurrence where this person holds an offer (a series that moved carried it to another
  // key than the DM's button names; `claim <event>` names none); else the one asked for.
  const held = await rsvpsRepo.offeredOccurrences(ctx.db, event.id, ctx.actor.userId);
  const mine = held.length === 1 || (held.length > 1 && !cmd.occurrence) ? findOccurrence(event, held[0]!) : null;
  const occ = mine ?? pickOccurrence(event, cmd.occurrence, ctx.now);
  // An offer made before the deadline may be answered after it; not on a closed event.
  assertOpen(event, occ, ctx.now, { deadline: false });
  return answerOffer(ctx, event, occ, cmd.answer);
}

export async function decide(ctx: HandlerContext, cmd: CommandOf<'decide'>): Promise<RsvpOutcome> {
  const event = await resolveEvent(ctx, cmd.event, { lock: true });
  if (!canManage(ctx.actor, event, ctx.workspace)) {
    throw new UserError('forbidden', `Only the hosts of "${event.title}" or a workspace manager can approve RSVPs.`);
  }
  const occ = pickOccurrence(event, cmd.occurrence, ctx.now);
  // A request made before the deadline may still be decided after it; not on a closed event.
  assertOpen(event, occ, ctx.now, { deadline: false });
  await applyStanding(ctx, event, occ);
  const current = await rsvpsRepo.get(ctx.db, event.id, occ.key, cmd.userId);
  if (current?.status !== 'pending') {
    // Already decided (a second approve, or an answer of their own): say where they stand.
    const where: Partial<Record<string, string>> = {
      going: 'is already going to',
      waitlisted: 'is already on the waitlist for',
      offered: 'already has a seat offered at',
      declined: 'is already not going to',
      maybe: 'is a maybe (no approval needed) for',
    };
    const stands = current ? where[current.status] : undefined;
    throw new UserError('conflict', stands ? `That person ${stands} "${event.title}"; nothing to decide.` : `That person has no RSVP waiting for approval on "${event.title}".`);
  }
  await settlePending(ctx, event, occ.key, cmd.userId, cmd.approve);
  return outcome(ctx, event, occ, cmd.userId, 'pending', noSeatChanges());
}
