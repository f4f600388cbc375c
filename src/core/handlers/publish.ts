import { eventsRepo } from '../../store/events-repo.ts';
import type { CommandOf } from '../commands.ts';
import { resolveEvent, type HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import type { EventRecord } from '../event.ts';
import { buildView, type EventView } from '../view.ts';

export interface Published {
  event: EventView;
  /** False: it was already out (published earlier, by an edit or a retried publish). */
  published: boolean;
}

/**
 * A draft reaches its publish time (announce-later): it becomes scheduled, and the change goes
 * through the lifecycle like any edit, in this one transaction: its card is queued to the
 * channel, its reminders planned, the event.updated webhook and the platform mirror queued, the
 * calendar feeds told. The scheduler runs this when the draft's announcement row comes due.
 */
export async function publishEvent(ctx: HandlerContext, cmd: CommandOf<'publish'>): Promise<Published> {
  const before = await resolveEvent(ctx, cmd.event, { lock: true });
  if (before.status !== 'draft') return { event: await buildView(ctx.db, before, ctx.now), published: false };
  if (before.publishAt !== null && before.publishAt > ctx.now) {
    throw new UserError('conflict', `"${before.title}" is to be published at ${new Date(before.publishAt).toISOString()}; it stays a draft until then.`);
  }
  const event: EventRecord = { ...before, status: 'scheduled', updatedAt: ctx.now, version: before.version + 1 };
  await eventsRepo.update(ctx.db, event);
  await ctx.lifecycle.changed(ctx.db, { type: 'updated', before, event, moved: false, timingChanges: [], promoted: [], offered: [], withdrawn: [], dropped: [], droppedDates: [] }, ctx.now);
  return { event: await buildView(ctx.db, event, ctx.now), published: true };
}
