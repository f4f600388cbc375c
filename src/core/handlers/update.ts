import { admitPending } from '../pending.ts';
import { assertReachableMinimum } from '../minimum.ts';
import { assertNoEveryoneInvite } from '../everyone-invite.ts';
import { eventsRepo } from '../../store/events-repo.ts';
import { applyStandingAhead } from '../standing-apply.ts';
import { rsvpsRepo } from '../../store/rsvps-repo.ts';
import type { CommandOf } from '../commands.ts';
import { resolveEvent, type HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import type { EventRecord } from '../event.ts';
import { currentOrNextOccurrence } from '../occurrences.ts';
import { carryAnswers, NOTHING_DROPPED, type DroppedAnswers } from '../carry-answers.ts';
import { canManage } from '../permissions.ts';
import { assertFuture, settleTiming, type Timing } from '../timing.ts';
import { isUrl } from '../values.ts';
import { buildView, shownOccurrence, statusAt, type EventView } from '../view.ts';
import { fillSeats, noSeatChanges } from '../offers.ts';

export interface Updated {
  event: EventView;
  /** The start moved: attendees are told "moved" and reminders re-planned. */
  moved: boolean;
  /** What changed about the occurrences besides the start (attendees are told "changed" when the start stayed). */
  timingChanges: TimingChange[];
  changedFields: string[];
  promoted: string[];
  /** Answers to dates the new time no longer has (the series stopped repeating, or ends sooner): their people are told by DM. */
  dropped: DroppedAnswers;
}

/** What an edit changed about when the event happens. Only 'start' is a move. */
export type TimingChange = 'start' | 'end' | 'repeat' | 'all-day' | 'zone';

/**
 * What changed about the occurrences. A zone named differently with the same instants changes
 * nothing; the start "moves" when the occurrence people know (the live or next one) starts at
 * another instant; a new length is an 'end' change, not a move.
 */
export function timingChanges(before: EventRecord, after: Timing, now: number): TimingChange[] {
  const out: TimingChange[] = [];
  const was = before.recurrence ? currentOrNextOccurrence(before, now) : before;
  const is = after.recurrence ? currentOrNextOccurrence(after, now) : after;
  if (was?.start !== is?.start) out.push('start');
  if (after.end - after.start !== before.end - before.start) out.push('end');
  if (JSON.stringify(after.recurrence) !== JSON.stringify(before.recurrence)) out.push('repeat');
  if (after.allDay !== before.allDay) out.push('all-day');
  if (after.recurrence !== null && before.recurrence !== null && after.timezone !== before.timezone) out.push('zone');
  return out;
}

/** The patch names a zone and no time: a change of the event's zone, not the zone of new times. */
function zoneAlone(p: CommandOf<'update'>['patch']): boolean {
  return p.timezone !== undefined && p.start === undefined && p.end === undefined && p.allDay === undefined && p.recurrence === undefined && p.durationMinutes === undefined;
}

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

  // A series that stops repeating becomes the date people know (its live or next one), not its first.
  const kept = p.recurrence === null && before.recurrence !== null && p.start === undefined ? currentOrNextOccurrence(before, ctx.now) : null;
  const start = p.start ?? kept?.start ?? before.start;
  // A new start without a new end keeps the length; a new length counts from the (new) start.
  const length = p.durationMinutes !== undefined ? p.durationMinutes * 60_000 : before.end - before.start;
  const end = p.end !== undefined ? p.end : p.start !== undefined || p.durationMinutes !== undefined || kept ? start + length : before.end;
  const timing = settleTiming({
    start,
    end,
    timezone: p.timezone ?? before.timezone,
    allDay: p.allDay ?? before.allDay,
    recurrence: p.recurrence !== undefined ? p.recurrence : before.recurrence,
    rsvpDeadline: p.rsvpDeadline !== undefined ? p.rsvpDeadline : before.rsvpDeadline,
    publishAt: p.publishAt !== undefined ? p.publishAt : before.publishAt,
  });
  const changes = timingChanges(before, timing, ctx.now);
  const retimed = changes.length > 0;
  const moved = changes.includes('start');
  const occ = shownOccurrence(before, ctx.now);
  const state = statusAt(before, occ, ctx.now);
  if (retimed && (state === 'live' || state === 'ended')) {
    throw new UserError(
      'conflict',
      `"${before.title}" has already ${state === 'live' ? 'started' : 'ended'}, so its time can't be changed. Cancel it and create a new event instead.`,
    );
  }
  if (retimed) {
    // A series may keep an anchor in the past (a new length or hour for its remaining dates): what
    // must lie ahead is its next occurrence. A one-off event must itself lie ahead.
    const next = timing.recurrence ? currentOrNextOccurrence(timing, ctx.now) : null;
    if (timing.recurrence && next) assertFuture(timing.allDay ? next.end : next.start, timing.timezone, ctx.now);
    else assertFuture(timing.allDay ? timing.end : timing.start, timing.timezone, ctx.now);
  }

  const capacity = p.capacity !== undefined ? p.capacity : before.capacity;
  if (capacity !== null && capacity !== before.capacity && occ) {
    const going = await rsvpsRepo.maxGoing(ctx.db, before.id, occ.key);
    if (capacity < going) {
      throw new UserError('conflict', `${going} people are already going to "${before.title}", so capacity can't go below ${going}.`);
    }
  }
  const location = p.location !== undefined ? p.location : before.location;
  const after: EventRecord = {
    ...before,
    // A zone sent with times is the zone they were read in: it becomes the event's when they change
    // it. A zone sent alone (the API's PATCH {timezone}) changes the event's zone and keeps the
    // instants, as calendar apps do. (A series' new zone is a timing change: its dates follow it.)
    ...(retimed ? timing : { rsvpDeadline: timing.rsvpDeadline, publishAt: timing.publishAt, ...(zoneAlone(p) ? { timezone: timing.timezone } : {}) }),
    channelId: p.channelId !== undefined ? p.channelId : before.channelId,
    title: p.title ?? before.title,
    description: p.description !== undefined ? p.description : before.description,
    location,
    joinUrl: location && isUrl(location) ? location : null,
    kind: p.kind ?? before.kind,
    capacity,
    minAttendees: p.minAttendees !== undefined ? p.minAttendees : before.minAttendees ?? null,
    pingRoles: p.pingRoles ? [...new Set(p.pingRoles)] : before.pingRoles ?? [],
    waitlistOffers: p.waitlistOffers ?? before.waitlistOffers ?? false,
    offerWindow: p.offerWindow ?? before.offerWindow ?? null,
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
  assertReachableMinimum(after);
  // Only a new list is checked: an edit of anything else never trips over what is stored.
  if (p.invitees) assertNoEveryoneInvite(after);
  await eventsRepo.update(ctx.db, after);
  const carried = retimed ? await carryAnswers(ctx.db, before, after, ctx.now) : NOTHING_DROPPED;
  // New dates count the standing ("every time") answers too.
  if (retimed) await applyStandingAhead(ctx, after);
  if (before.approvalRequired && !after.approvalRequired) await admitPending(ctx, after);
  const nextOcc = shownOccurrence(after, ctx.now);
  // A new capacity (or offers turned on or off) fills or gives back seats.
  const reseat = capacity !== before.capacity || Boolean(after.waitlistOffers) !== Boolean(before.waitlistOffers);
  const seats = nextOcc && reseat ? await fillSeats(ctx.db, after, nextOcc, ctx.now) : noSeatChanges();
  await ctx.lifecycle.changed(ctx.db, { type: 'updated', before, event: after, moved, timingChanges: changes, ...seats, dropped: carried.people, droppedDates: carried.dates }, ctx.now);
  return { event: await buildView(ctx.db, after, ctx.now), moved, timingChanges: changes, changedFields, promoted: seats.promoted, dropped: carried.summary };
}
