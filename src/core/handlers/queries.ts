import { eventsRepo } from '../../store/events-repo.ts';
import { calendarEvent, type CalendarEvent } from '../calendar-view.ts';
import type { CommandOf } from '../commands.ts';
import { draftViewer, resolveEvent, type HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { findOccurrence, occurrencesBetween } from '../occurrences.ts';
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
  if (cmd.from !== undefined && cmd.to !== undefined && cmd.to <= cmd.from) {
    throw new UserError('invalid', 'The end of the date range is before its start: list from dec 1 to dec 31.');
  }
  const rows = await eventsRepo.list(ctx.db, {
    ...ctx.tenant,
    scope: cmd.scope,
    channelId: cmd.channelId,
    userId: ctx.actor.userId,
    now: ctx.now,
    past: cmd.past,
    query: cmd.query,
    kind: cmd.kind,
    from: cmd.from,
    to: cmd.to,
    drafts: draftViewer(ctx),
    offset: (cmd.page - 1) * cmd.pageSize,
    limit: cmd.pageSize + 1,
  });
  const page = rows.slice(0, cmd.pageSize);
  const windowed = cmd.from !== undefined || cmd.to !== undefined;
  const shown = await Promise.all(
    page.map(async (e) => {
      if (!windowed) return buildView(ctx.db, e, ctx.now);
      // In a date range, each event shows its first occurrence there (a series may have none).
      const [first] = occurrencesBetween(e, cmd.from ?? ctx.now, cmd.to ?? Number.MAX_SAFE_INTEGER, 1);
      return first ? buildView(ctx.db, e, ctx.now, first) : null;
    }),
  );
  const events = shown.filter((v): v is EventView => v !== null);
  events.sort((a, b) => (cmd.past ? b.occurrence.start - a.occurrence.start : a.occurrence.start - b.occurrence.start));
  return { events, page: cmd.page, hasMore: rows.length > cmd.pageSize };
}
