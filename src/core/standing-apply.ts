import type { Executor } from '../store/events-repo.ts';
import { rsvpsRepo } from '../store/rsvps-repo.ts';
import { standingRepo } from '../store/standing-repo.ts';
import type { EventRecord } from './event.ts';
import { seatOrWaitlist } from './offers.ts';
import { currentOrNextOccurrence, occurrencesBetween, type Occurrence } from './occurrences.ts';
import { isHost } from './permissions.ts';
import type { RsvpStatus } from './rsvp.ts';
import { STANDING_HORIZON_MS, STANDING_MAX_OCCURRENCES, type StandingAnswer, type StandingRsvp } from './standing.ts';

interface Ctx {
  db: Executor;
  now: number;
}

/**
 * What a standing answer means for one occurrence, by the same rules as answering it directly:
 * "going" needs a host's approval where the event asks for it, and takes a seat only while one is
 * free and nobody is waiting (else the waitlist, ordered by when each answer was given).
 */
export async function standingStatus(ctx: Ctx, event: EventRecord, occurrence: string, userId: string, answer: StandingAnswer): Promise<RsvpStatus> {
  if (answer !== 'going') return answer;
  if (event.approvalRequired && !isHost({ userId }, event)) return 'pending';
  return seatOrWaitlist(ctx.db, event, occurrence);
}

/**
 * Write the standing answers onto one occurrence for everyone who has no answer there yet, in
 * the order they were given. Someone who answered the occurrence (or whose standing answer is
 * already on it) keeps that. Call under the event's lock.
 */
export async function applyStanding(ctx: Ctx, event: EventRecord, occ: Occurrence, given?: StandingRsvp[]): Promise<void> {
  if (!event.recurrence || event.status !== 'scheduled') return;
  const standing = given ?? (await standingRepo.all(ctx.db, event.id));
  if (standing.length === 0) return;
  const answered = await rsvpsRepo.answeredOn(ctx.db, event.id, occ.key);
  for (const s of standing) {
    if (answered.has(s.userId)) continue;
    const status = await standingStatus(ctx, event, occ.key, s.userId, s.status);
    await rsvpsRepo.upsert(ctx.db, {
      eventId: event.id,
      occurrence: occ.key,
      platform: event.platform,
      workspaceId: event.workspaceId,
      userId: s.userId,
      status,
      seq: s.seq,
      now: ctx.now,
      standing: true,
    });
  }
}

/**
 * The occurrences standing answers are written onto now: not yet over, starting within the
 * horizon, and always the next one (a series that meets every few months has it further out).
 */
export function standingOccurrences(event: EventRecord, now: number): Occurrence[] {
  if (!event.recurrence) return [];
  const next = currentOrNextOccurrence(event, now);
  const until = Math.max(now + STANDING_HORIZON_MS, next ? next.start + 1 : 0);
  return occurrencesBetween(event, now, until, STANDING_MAX_OCCURRENCES);
}

/** Write the standing answers onto every occurrence within the horizon (the scheduler rolls this forward). */
export async function applyStandingAhead(ctx: Ctx, event: EventRecord): Promise<void> {
  if (!event.recurrence || event.status !== 'scheduled') return;
  const standing = await standingRepo.all(ctx.db, event.id);
  if (standing.length === 0) return;
  for (const occ of standingOccurrences(event, ctx.now)) await applyStanding(ctx, event, occ, standing);
}
