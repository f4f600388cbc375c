import { eventsRepo } from '../../store/events-repo.ts';
import { calendarEvent, type CalendarEvent } from '../calendar-view.ts';
import type { CommandOf } from '../commands.ts';
import { draftViewer, resolveEvent, type HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { findOccurrence } from '../occurrences.ts';
import { buildView, type EventView } from '../view.ts';

export interface Got {
  event: EventView;
}

export interface CalendarEntry {
  event: EventView;
  calendar: CalendarEvent;
}

export interface Listed {
  events: EventView[];
  page: number;
  hasMore: boolean;
}

export async function calendarEntry(ctx: HandlerContext, cmd: CommandOf<'calendar'>): Promise<CalendarEntry> {
  // Drafts are resolved only for their hosts and the managers.
  const event = await resolveEvent(ctx, cmd.event);
  return { event: await buildView(ctx.db, event, ctx.now), calendar: calendarEvent(event) };
}

export async function getEvent(ctx: HandlerContext, cmd: CommandOf<'get'>): Promise<Got> {
  const event = await resolveEvent(ctx, cmd.event);
  if (cmd.occurrence) {
    const occ = findOccurrence(event, cmd.occurrence);
    if (!occ) throw new UserError('not_found', `"${event.title}" has no occurrence at ${cmd.occurrence}.`);
    return { event: await buildView(ctx.db, event, ctx.now, occ) };
  }
  return { event: await buildView(ctx.db, event, ctx.now) };
}

export async function listEvents(ctx: HandlerContext, cmd: CommandOf<'list'>): Promise<Listed> {
  if (cmd.scope === 'channel' && !cmd.channelId) {
    throw new UserError('invalid', 'Listing a channel needs the channel. Use the workspace scope instead.');
  }
  const rows = await eventsRepo.list(ctx.db, {
    ...ctx.tenant,
    scope: cmd.scope,
    channelId: cmd.channelId,
    userId: ctx.actor.userId,
    now: ctx.now,
    past: cmd.past,
    query: cmd.query,
    drafts: draftViewer(ctx),
    offset: (cmd.page - 1) * cmd.pageSize,
    limit: cmd.pageSize + 1,
  });
  const page = rows.slice(0, cmd.pageSize);
  const events = await Promise.all(page.map((e) => buildView(ctx.db, e, ctx.now)));
  events.sort((a, b) => (cmd.past ? b.occurrence.start - a.occurrence.start : a.occurrence.start - b.occurrence.start));
  return { events, page: cmd.page, hasMore: rows.length > cmd.pageSize };
}
