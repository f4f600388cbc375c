import { eventsRepo } from '../../store/events-repo.ts';
import { rsvpsRepo } from '../../store/rsvps-repo.ts';
import { standingRepo } from '../../store/standing-repo.ts';
import type { CommandOf } from '../commands.ts';
import { resolveEvent, type HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import type { EventRecord } from '../event.ts';
import type { Occurrence } from '../occurrences.ts';
import type { RsvpStatus } from '../rsvp.ts';
import { applyStanding, standingOccurrences, standingStatus } from '../standing-apply.ts';
import type { StandingAnswer } from '../standing.ts';
import { buildView, shownOccurrence, type EventView } from '../view.ts';
import { fillSeats, noSeatChanges, type SeatChanges } from '../offers.ts';
import { assertInvited, assertOpen } from './rsvp.ts';

/** Where the person stands on one upcoming occurrence after the change. */
export interface StandingDate {
  start: number;
  status: RsvpStatus;
  /** They answered this date themselves: the standing answer does not apply to it. */
  own: boolean;
  /** 1-based waitlist place when waitlisted. */
  position: number | null;
}

export interface StandingOutcome {
  /** The series as its card shows it: the next occurrence and its counts. */
  event: EventView;
  userId: string;
  /** The standing answer now; null once withdrawn. */
  status: StandingAnswer | null;
  previous: StandingAnswer | null;
  changed: boolean;
  /** The upcoming occurrences the standing answer is written onto, with where the person stands on each. */
  dates: StandingDate[];
}

async function datesOf(ctx: HandlerContext, event: EventRecord, userId: string): Promise<StandingDate[]> {
  const out: StandingDate[] = [];
  for (const occ of standingOccurrences(event, ctx.now)) {
    const mine = await rsvpsRepo.get(ctx.db, event.id, occ.key, userId);
    if (!mine) continue;
    const position = mine.status === 'waitlisted' ? await rsvpsRepo.waitlistPosition(ctx.db, event.id, occ.key, mine.seq) : null;
    out.push({ start: occ.start, status: mine.status, own: !mine.standing, position });
  }
  return out;
}

/** Tell the occurrences a change touched: the next one always (its card and webhooks), others when someone there got a seat. */
async function told(ctx: HandlerContext, event: EventRecord, next: Occurrence, userId: string, status: string, previous: string | null, seats: Map<string, SeatChanges>): Promise<void> {
  const keys = new Set([next.key, ...seats.keys()]);
  for (const key of keys) {
    const standing = key === next.key ? ('answer' as const) : ('seats' as const);
    const change = { type: 'rsvp' as const, event, occurrence: key, userId, status, previous, ...(seats.get(key) ?? noSeatChanges()), standing };
    await ctx.lifecycle.changed(ctx.db, change, ctx.now);
  }
}

/**
 * A standing ("every time") answer to a repeating event, or its withdrawal ('none'). It is written
 * onto every upcoming occurrence the person has not answered themselves, with that occurrence's
 * rules: capacity (a full one puts them on its waitlist, in the order answers were given),
 * approval, invite-only; the deadline and the series' state are checked against the next
 * occurrence. Answers given for single dates stay as they are, whatever happens to this one.
 */
export async function standingRsvp(ctx: HandlerContext, cmd: CommandOf<'standing_rsvp'>): Promise<StandingOutcome> {
  const event = await resolveEvent(ctx, cmd.event, { lock: true });
  if (!event.recurrence) {
    throw new UserError('invalid', `"${event.title}" doesn't repeat, so there is no "every time": answer it with rsvp ${cmd.status === 'none' ? 'no' : cmd.status} "${event.title}".`);
  }
  const next = shownOccurrence(event, ctx.now);
  if (!next) throw new UserError('closed', `"${event.title}" has ended, so it no longer takes RSVPs.`);
  assertOpen(event, next, ctx.now);
  assertInvited(ctx, event);
  const userId = ctx.actor.userId;
  const previous = (await standingRepo.get(ctx.db, event.id, userId))?.status ?? null;
  const wanted = cmd.status === 'none' ? null : cmd.status;
  const result = async (changed: boolean): Promise<StandingOutcome> => ({
    event: await buildView(ctx.db, event, ctx.now, next),
    userId,
    status: wanted,
    previous,
    changed,
    dates: await datesOf(ctx, event, userId),
  });
  if (wanted === null && previous === null) {
    throw new UserError('conflict', `You have no "every time" answer for "${event.title}" to withdraw.`);
  }
  if (wanted === previous) return result(false);

  const seq = await eventsRepo.nextRsvpSeq(ctx.db, event.id);
  if (wanted === null) await standingRepo.remove(ctx.db, event.id, userId);
  else await standingRepo.upsert(ctx.db, { eventId: event.id, ...ctx.tenant, userId, status: wanted, seq, now: ctx.now });

  const seats = new Map<string, SeatChanges>();
  for (const occ of standingOccurrences(event, ctx.now)) {
    const mine = await rsvpsRepo.get(ctx.db, event.id, occ.key, userId);
    // Others' standing answers hold their places first (and this one goes onto a date it was not on).
    await applyStanding(ctx, event, occ);
    // A date the person answered themselves keeps that answer.
    if (!mine || !mine.standing) continue;
    const holding = mine.status === 'going' || mine.status === 'offered' || mine.status === 'waitlisted' || mine.status === 'pending';
    if (wanted === null) await rsvpsRepo.remove(ctx.db, event.id, occ.key, userId);
    else if (!(wanted === 'going' && holding)) {
      // A changed answer joins the back of the line, as a changed direct answer does.
      const status = await standingStatus(ctx, event, occ.key, userId, wanted);
      await rsvpsRepo.upsert(ctx.db, { eventId: event.id, occurrence: occ.key, ...ctx.tenant, userId, status, seq, now: ctx.now, standing: true });
    }
    // A seat given up (or a seat offer passed on) goes to the next in line, as when answering that date.
    if ((mine.status === 'going' || mine.status === 'offered') && wanted !== 'going') {
      const changes = await fillSeats(ctx.db, event, occ, ctx.now);
      if (changes.promoted.length || changes.offered.length || changes.withdrawn.length) seats.set(occ.key, changes);
    }
  }
  await told(ctx, event, next, userId, wanted ?? 'none', previous, seats);
  return result(true);
}
