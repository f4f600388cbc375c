import { eventsRepo } from '../../store/events-repo.ts';
import type { CommandOf } from '../commands.ts';
import { resolveEvent, type HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { findOccurrence } from '../occurrences.ts';
import { canManage, isManager } from '../permissions.ts';
import { rsvpsRepo } from '../../store/rsvps-repo.ts';
import type { Rsvp } from '../rsvp.ts';
import { buildView, shownOccurrence, type EventView } from '../view.ts';

export interface Searched {
  events: EventView[];
  /** Where the next page starts (the last event's start and id), null on the last page. */
  next: { start: number; id: string } | null;
}

export interface Attendance {
  event: EventView;
  rsvps: Rsvp[];
}

/**
 * The workspace's events by stored status, start window and channel, in start order, a page at a
 * time from a keyset cursor (stable while events are added). Drafts only for managers.
 */
export async function searchEvents(ctx: HandlerContext, cmd: CommandOf<'search'>): Promise<Searched> {
  const rows = await eventsRepo.search(ctx.db, ctx.tenant, {
    status: cmd.status,
    drafts: isManager(ctx.actor, ctx.workspace),
    channelId: cmd.channelId,
    from: cmd.from,
    to: cmd.to,
    after: cmd.after,
    limit: cmd.limit + 1,
  });
  const page = rows.slice(0, cmd.limit);
  const events = await Promise.all(page.map((e) => buildView(ctx.db, e, ctx.now)));
  const last = page.at(-1);
  return { events, next: rows.length > cmd.limit && last ? { start: last.start, id: last.id } : null };
}

/** Who answered an occurrence (the shown one by default), in arrival order. */
export async function eventAttendance(ctx: HandlerContext, cmd: CommandOf<'attendance'>): Promise<Attendance> {
  const event = await resolveEvent(ctx, cmd.event);
  if (event.status === 'draft' && !canManage(ctx.actor, event, ctx.workspace)) {
    throw new UserError('not_found', `No event "${cmd.event}" in this workspace.`);
  }
  const occ = cmd.occurrence ? findOccurrence(event, cmd.occurrence) : shownOccurrence(event, ctx.now);
  if (cmd.occurrence && !occ) throw new UserError('not_found', `"${event.title}" has no occurrence at ${cmd.occurrence}.`);
  const key = occ?.key ?? (event.recurrence ? new Date(event.start).toISOString() : '');
  return { event: await buildView(ctx.db, event, ctx.now, occ ?? undefined), rsvps: await rsvpsRepo.all(ctx.db, event.id, key) };
}
