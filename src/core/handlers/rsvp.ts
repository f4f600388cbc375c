import { eventsRepo } from '../../store/events-repo.ts';
import { rsvpsRepo } from '../../store/rsvps-repo.ts';
import type { RsvpStatus } from '../rsvp.ts';
import type { CommandOf } from '../commands.ts';
import { resolveEvent, type HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import type { EventRecord } from '../event.ts';
import { findOccurrence, occurrencesBetween, type Occurrence } from '../occurrences.ts';
import { DateTime } from 'luxon';
import { canManage, isHost, isInvited } from '../permissions.ts';
import { refusalText, restrictionOf } from '../restriction.ts';
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

function assertOpen(event: EventRecord, occ: Occurrence, now: number, opts: { deadline?: boolean } = {}): void {
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

/** Fill free seats from the waitlist, first come first served. */
export async function promoteFromWaitlist(ctx: HandlerContext, event: EventRecord, occurrence: string): Promise<string[]> {
  if (event.capacity === null) {
    const all = await rsvpsRepo.withStatus(ctx.db, event.id, occurrence, 'waitlisted');
    for (const r of all) await rsvpsRepo.setStatus(ctx.db, event.id, occurrence, r.userId, 'going', ctx.now);
    return all.map((r) => r.userId);
  }
  const counts = await rsvpsRepo.counts(ctx.db, event.id, occurrence);
  const free = event.capacity - counts.going;
  if (free <= 0 || counts.waitlisted === 0) return [];
  const next = await rsvpsRepo.withStatus(ctx.db, event.id, occurrence, 'waitlisted', free);
  for (const r of next) await rsvpsRepo.setStatus(ctx.db, event.id, occurrence, r.userId, 'going', ctx.now);
  return next.map((r) => r.userId);
}

async function seatOrWaitlist(ctx: HandlerContext, event: EventRecord, occurrence: string): Promise<'going' | 'waitlisted'> {
  if (event.capacity === null) return 'going';
  const counts = await rsvpsRepo.counts(ctx.db, event.id, occurrence);
  return counts.going < event.capacity && counts.waitlisted === 0 ? 'going' : 'waitlisted';
}

async function outcome(
  ctx: HandlerContext,
  event: EventRecord,
  occ: Occurrence,
  userId: string,
  previous: RsvpStatus | null,
  promoted: string[],
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
    promoted,
    changed: previous !== status || promoted.length > 0,
  };
}

export async function rsvp(ctx: HandlerContext, cmd: CommandOf<'rsvp'>): Promise<RsvpOutcome> {
  const event = await resolveEvent(ctx, cmd.event, { lock: true });
  const occ = pickOccurrence(event, cmd.occurrence, ctx.now, cmd.date);
  assertOpen(event, occ, ctx.now);
  if (!isInvited(ctx.actor, event)) {
    const restriction = restrictionOf(event);
    throw new UserError('forbidden', refusalText(restriction, () => null), restriction);
  }
  const userId = ctx.actor.userId;
  const current = await rsvpsRepo.get(ctx.db, event.id, occ.key, userId);
  const previous = current?.status ?? null;

  let next: RsvpStatus;
  if (cmd.status === 'going') {
    if (previous === 'going' || previous === 'waitlisted' || previous === 'pending') {
      return outcome(ctx, event, occ, userId, previous, []);
    }
    next = event.approvalRequired && !isHost(ctx.actor, event) ? 'pending' : await seatOrWaitlist(ctx, event, occ.key);
  } else {
    next = cmd.status;
    if (previous === next) return outcome(ctx, event, occ, userId, previous, []);
  }

  const seq = await eventsRepo.nextRsvpSeq(ctx.db, event.id);
  await rsvpsRepo.upsert(ctx.db, { eventId: event.id, occurrence: occ.key, ...ctx.tenant, userId, status: next, seq, now: ctx.now });
  const promoted = previous === 'going' ? await promoteFromWaitlist(ctx, event, occ.key) : [];
  await ctx.lifecycle.changed(ctx.db, { type: 'rsvp', event, occurrence: occ.key, userId, status: next, previous, promoted }, ctx.now);
  return outcome(ctx, event, occ, userId, previous, promoted);
}

export async function decide(ctx: HandlerContext, cmd: CommandOf<'decide'>): Promise<RsvpOutcome> {
  const event = await resolveEvent(ctx, cmd.event, { lock: true });
  if (!canManage(ctx.actor, event, ctx.workspace)) {
    throw new UserError('forbidden', `Only the hosts of "${event.title}" or a workspace manager can approve RSVPs.`);
  }
  const occ = pickOccurrence(event, cmd.occurrence, ctx.now);
  // A request made before the deadline may still be decided after it; not on a closed event.
  assertOpen(event, occ, ctx.now, { deadline: false });
  const current = await rsvpsRepo.get(ctx.db, event.id, occ.key, cmd.userId);
  if (current?.status !== 'pending') {
    throw new UserError('conflict', `That person has no RSVP waiting for approval on "${event.title}".`);
  }
  const next = cmd.approve ? await seatOrWaitlist(ctx, event, occ.key) : 'declined';
  await rsvpsRepo.setStatus(ctx.db, event.id, occ.key, cmd.userId, next, ctx.now);
  await ctx.lifecycle.changed(
    ctx.db,
    { type: 'rsvp', event, occurrence: occ.key, userId: cmd.userId, status: next, previous: 'pending', promoted: [], decidedBy: ctx.actor.userId },
    ctx.now,
  );
  return outcome(ctx, event, occ, cmd.userId, 'pending', []);
}
