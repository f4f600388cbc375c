import { assertReachableMinimum } from '../minimum.ts';
import { assertNoEveryoneInvite } from '../everyone-invite.ts';
import { eventsRepo } from '../../store/events-repo.ts';
import type { CommandOf } from '../commands.ts';
import type { HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import type { EventRecord } from '../event.ts';
import { assertFuture, settleTiming } from '../timing.ts';
import { DEFAULT_REMINDER_OFFSETS, isUrl } from '../values.ts';
import { buildView, type EventView } from '../view.ts';

export interface Created {
  event: EventView;
}

export async function createEvent(ctx: HandlerContext, cmd: CommandOf<'create'>): Promise<Created> {
  const input = cmd.input;
  const timing = settleTiming({
    start: input.start,
    end: input.end ?? (input.durationMinutes ? input.start + input.durationMinutes * 60_000 : null),
    timezone: input.timezone,
    allDay: input.allDay ?? false,
    recurrence: input.recurrence ?? null,
    rsvpDeadline: input.rsvpDeadline ?? null,
    publishAt: input.publishAt ?? null,
  });
  assertFuture(timing.allDay ? timing.end : timing.start, timing.timezone, ctx.now);
  if (timing.rsvpDeadline !== null && timing.rsvpDeadline <= ctx.now) {
    throw new UserError('invalid', 'The RSVP deadline has already passed. Pick a later deadline or leave it out.');
  }
  const location = input.location ?? null;
  const event: EventRecord = {
    id: ctx.newId(),
    ...ctx.tenant,
    channelId: input.channelId ?? null,
    title: input.title,
    description: input.description ?? null,
    location,
    joinUrl: location && isUrl(location) ? location : null,
    kind: input.kind ?? 'other',
    ...timing,
    capacity: input.capacity ?? null,
    minAttendees: input.minAttendees ?? null,
    pingRoles: [...new Set(input.pingRoles ?? [])],
    waitlistOffers: input.waitlistOffers ?? false,
    offerWindow: input.offerWindow ?? null,
    approvalRequired: input.approvalRequired ?? false,
    visibility: input.visibility ?? 'public',
    invitees: input.invitees ?? { users: [], roles: [] },
    creatorId: ctx.actor.userId,
    hostIds: [...new Set([ctx.actor.userId, ...(input.coHostIds ?? [])])],
    reminderOffsets: [...new Set(input.reminderOffsets ?? ctx.workspace.reminderOffsets ?? DEFAULT_REMINDER_OFFSETS)],
    reminderAudience: input.reminderAudience ?? 'both',
    remindMaybe: input.remindMaybe ?? false,
    status: timing.publishAt !== null && timing.publishAt > ctx.now ? 'draft' : 'scheduled',
    cancelReason: null,
    card: null,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  assertReachableMinimum(event);
  assertNoEveryoneInvite(event);
  await eventsRepo.insert(ctx.db, event);
  await ctx.lifecycle.changed(ctx.db, { type: 'created', event }, ctx.now);
  return { event: await buildView(ctx.db, event, ctx.now) };
}
