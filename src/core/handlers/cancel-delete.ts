import { eventsRepo } from '../../store/events-repo.ts';
import { rsvpsRepo } from '../../store/rsvps-repo.ts';
import type { CommandOf } from '../commands.ts';
import { resolveEvent, resolveLeadingEvent, type HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import type { EventRecord } from '../event.ts';
import { canManage, isManager } from '../permissions.ts';
import { buildView, shownOccurrence, type EventView } from '../view.ts';

export interface Cancelled {
  event: EventView;
  /** Everyone who had said yes, maybe, or was waiting: they are told. */
  attendees: string[];
}

export interface Deleted {
  id: string;
  title: string;
  card: unknown;
}

async function attendeesOf(ctx: HandlerContext, event: EventRecord): Promise<string[]> {
  const occ = shownOccurrence(event, ctx.now);
  if (!occ) return [];
  const lists = await Promise.all(
    (['going', 'maybe', 'waitlisted', 'pending', 'offered'] as const).map((s) => rsvpsRepo.withStatus(ctx.db, event.id, occ.key, s)),
  );
  return [...new Set(lists.flat().map((r) => r.userId))];
}

export async function cancelEvent(ctx: HandlerContext, cmd: CommandOf<'cancel'>): Promise<Cancelled> {
  // "cancel standup no longer needed" typed as one line: the name, then the reason.
  const { event: before, rest } = cmd.reason
    ? { event: await resolveEvent(ctx, cmd.event, { lock: true }), rest: '' }
    : await resolveLeadingEvent(ctx, cmd.event, { lock: true });
  const reason = cmd.reason ?? (rest.slice(0, 500) || null);
  if (!canManage(ctx.actor, before, ctx.workspace)) {
    throw new UserError('forbidden', `Only the hosts of "${before.title}" or a workspace manager can cancel it.`);
  }
  if (before.status === 'cancelled') throw new UserError('conflict', `"${before.title}" is already cancelled.`);
  if (!shownOccurrence(before, ctx.now)) throw new UserError('conflict', `"${before.title}" has already ended.`);
  const attendees = await attendeesOf(ctx, before);
  const event: EventRecord = {
    ...before,
    status: 'cancelled',
    cancelReason: reason,
    version: before.version + 1,
    updatedAt: ctx.now,
  };
  await eventsRepo.update(ctx.db, event);
  // Open seat offers are taken back (their DMs and expiries are withdrawn with the event's other notices).
  const occ = shownOccurrence(before, ctx.now);
  if (occ) await rsvpsRepo.withdrawOffers(ctx.db, event.id, occ.key, ctx.now);
  await ctx.lifecycle.changed(ctx.db, { type: 'cancelled', event, attendees }, ctx.now);
  return { event: await buildView(ctx.db, event, ctx.now), attendees };
}

export async function deleteEvent(ctx: HandlerContext, cmd: CommandOf<'delete'>): Promise<Deleted> {
  const event = await resolveEvent(ctx, cmd.event, { lock: true });
  const manager = isManager(ctx.actor, ctx.workspace);
  if (!manager) {
    if (event.creatorId !== ctx.actor.userId) {
      throw new UserError('forbidden', `Only the creator of "${event.title}" or a workspace manager can delete it. Hosts can cancel it.`);
    }
    if (await rsvpsRepo.anyoneElse(ctx.db, event.id, ctx.actor.userId)) {
      throw new UserError(
        'forbidden',
        `People have already answered "${event.title}", so deleting it would lose their RSVPs. Cancel it instead (they'll be told), or ask a manager.`,
      );
    }
  }
  if (!cmd.confirmed) await assertConfirmed(ctx, event);
  await ctx.lifecycle.changed(ctx.db, { type: 'deleted', event, by: ctx.actor.userId }, ctx.now);
  await eventsRepo.delete(ctx.db, ctx.tenant, event.id);
  return { id: event.id, title: event.title, card: event.card };
}

/**
 * Deleting a whole series, or an event other people answered, cannot be undone and tells nobody:
 * the person is asked first (the same command again with `confirmed`).
 */
async function assertConfirmed(ctx: HandlerContext, event: EventRecord): Promise<void> {
  const others = await rsvpsRepo.othersAnswered(ctx.db, event.id, ctx.actor.userId);
  const what = event.recurrence ? `every date of the repeating event "${event.title}"` : `"${event.title}"`;
  const answered = others ? `${others} ${others === 1 ? 'person has' : 'people have'} answered; their RSVPs are lost and nobody is told (cancel it to tell them). ` : '';
  if (event.recurrence || others) throw new UserError('unconfirmed', `Delete ${what}? ${answered}This can't be undone.`);
}
