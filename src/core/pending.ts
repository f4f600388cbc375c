import { rsvpsRepo } from '../store/rsvps-repo.ts';
import type { HandlerContext } from './context.ts';
import type { EventRecord } from './event.ts';
import { findOccurrence } from './occurrences.ts';
import { noSeatChanges, seatOrWaitlist } from './offers.ts';

/** A host's decision on one pending RSVP: approved takes a seat (else the waitlist), refused declines; the person is told. */
export async function settlePending(ctx: HandlerContext, event: EventRecord, occurrence: string, userId: string, approve: boolean): Promise<void> {
  const next = approve ? await seatOrWaitlist(ctx.db, event, occurrence) : 'declined';
  await rsvpsRepo.setStatus(ctx.db, event.id, occurrence, userId, next, ctx.now);
  await ctx.lifecycle.changed(
    ctx.db,
    { type: 'rsvp', event, occurrence, userId, status: next, previous: 'pending', ...noSeatChanges(), decidedBy: ctx.actor.userId },
    ctx.now,
  );
}

/**
 * Approval turned off: everyone still waiting for a host's decision on a date to come is let in
 * as seats allow (going, else the waitlist), in the order they asked, and told as if approved.
 */
export async function admitPending(ctx: HandlerContext, event: EventRecord): Promise<void> {
  for (const key of await rsvpsRepo.occurrencesWithRsvps(ctx.db, event.id)) {
    const occ = findOccurrence(event, key);
    if (!occ || occ.start <= ctx.now) continue;
    for (const r of await rsvpsRepo.withStatus(ctx.db, event.id, key, 'pending')) await settlePending(ctx, event, key, r.userId, true);
  }
}
