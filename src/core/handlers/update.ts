import { eventsRepo } from '../../store/events-repo.ts';
import { rsvpsRepo } from '../../store/rsvps-repo.ts';
import type { CommandOf } from '../commands.ts';
import { resolveEvent, type HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import type { EventRecord } from '../event.ts';
import { canManage } from '../permissions.ts';
import { assertFuture, settleTiming } from '../timing.ts';
import { isUrl } from '../values.ts';
import { buildView, shownOccurrence, statusAt, type EventView } from '../view.ts';
import { promoteFromWaitlist } from './rsvp.ts';

export interface Updated {
  event: EventView;
  /** The time changed: attendees are told and reminders re-planned. */
  moved: boolean;
  changedFields: string[];
  promoted: string[];
}

const TIME_FIELDS = ['start', 'end', 'timezone', 'allDay', 'recurrence'] as const;

export async function updateEvent(ctx: HandlerContext, cmd: CommandOf<'update'>): Promise<Updated> {
  const before = await resolveEvent(ctx, cmd.event, { lock: true });
  if (!canManage(ctx.actor, before, ctx.workspace)) {
    throw new UserError('forbidden', `Only the hosts of "${before.title}" or a workspace manager can edit it.`);
  }
  if (before.status === 'cancelled') {
    throw new UserError('conflict', `"${before.title}" is cancelled and can't be edited. Create a new event instead.`);
  }
  const p = cmd.patch;
  const changedFields = Object.keys(p).filter((k) => (p as Record<string, unknown>)[k] !== undefined);
  const moving = TIME_FIELDS.some((f) => p[f] !== undefined);
  const occ = shownOccurrence(before, ctx.now);
  const state = statusAt(before, occ, ctx.now);
  if (moving && (state === 'live' || state === 'ended')) {
    throw new UserError(
      'conflict',
      `"${before.title}" has already ${state === 'live' ? 'started' : 'ended'}, so its time can't be changed. Cancel it and create a new event instead.`,
    );
  }

  const start = p.start ?? before.start;
  // Moving the start without a new end keeps the duration.
  const end = p.end !== undefined ? p.end : p.start !== undefined ? start + (before.end - before.start) : before.end;
  const timing = settleTiming({
    start,
    end,
    timezone: p.timezone ?? before.timezone,
    allDay: p.allDay ?? before.allDay,
    recurrence: p.recurrence !== undefined ? p.recurrence : before.recurrence,
    rsvpDeadline: p.rsvpDeadline !== undefined ? p.rsvpDeadline : before.rsvpDeadline,
    publishAt: p.publishAt !== undefined ? p.publishAt : before.publishAt,
  });
  if (moving) assertFuture(timing.allDay ? timing.end : timing.start, timing.timezone, ctx.now);

  const capacity = p.capacity !== undefined ? p.capacity : before.capacity;
  if (capacity !== null && capacity !== before.capacity && occ) {
    const going = (await rsvpsRepo.counts(ctx.db, before.id, occ.key)).going;
    if (capacity < going) {
      throw new UserError(
        'conflict',
        `${going} people are already going to "${before.title}", so capacity can't go below ${going}.`,
      );
    }
  }
  const location = p.location !== undefined ? p.location : before.location;
  const after: EventRecord = {
    ...before,
    ...timing,
    channelId: p.channelId !== undefined ? p.channelId : before.channelId,
    title: p.title ?? before.title,
    description: p.description !== undefined ? p.description : before.description,
    location,
    joinUrl: location && isUrl(location) ? location : null,
    kind: p.kind ?? before.kind,
    capacity,
    approvalRequired: p.approvalRequired ?? before.approvalRequired,
    visibility: p.visibility ?? before.visibility,
    invitees: p.invitees ?? before.invitees,
    hostIds: p.coHostIds ? [...new Set([before.creatorId, ...p.coHostIds])] : before.hostIds,
    reminderOffsets: p.reminderOffsets ? [...new Set(p.reminderOffsets)] : before.reminderOffsets,
    reminderAudience: p.reminderAudience ?? before.reminderAudience,
    remindMaybe: p.remindMaybe ?? before.remindMaybe,
    status:
      before.status === 'draft' && (timing.publishAt === null || timing.publishAt <= ctx.now) ? 'scheduled' : before.status,
    version: before.version + 1,
    updatedAt: ctx.now,
  };
  await eventsRepo.update(ctx.db, after);
  const promoted = occ && (capacity === null || capacity > (before.capacity ?? Infinity)) ? await promoteFromWaitlist(ctx, after, occ.key) : [];
  const moved = moving && (after.start !== before.start || after.end !== before.end || after.timezone !== before.timezone || JSON.stringify(after.recurrence) !== JSON.stringify(before.recurrence) || after.allDay !== before.allDay);
  await ctx.lifecycle.changed(ctx.db, { type: 'updated', before, event: after, moved }, ctx.now);
  return { event: await buildView(ctx.db, after, ctx.now), moved, changedFields, promoted };
}
