import type { Executor } from '../store/events-repo.ts';
import { rsvpsRepo } from '../store/rsvps-repo.ts';
import type { RsvpCounts } from './rsvp.ts';
import type { EventRecord, EventStatus } from './event.ts';
import { currentOrNextOccurrence, type Occurrence } from './occurrences.ts';
import { DEFAULT_OFFER_WINDOW } from './values.ts';

/** How many names per status a card shows; renderers cut further to their platform's limits. */
export const ATTENDEES_SHOWN = 15;

/**
 * The neutral picture of an event that every renderer draws from (Discord embed, Block Kit,
 * console text, JSON). Times are epoch ms; renderers localize them.
 */
export interface EventView {
  id: string;
  platform: string;
  workspaceId: string;
  channelId: string | null;
  title: string;
  description: string | null;
  location: string | null;
  joinUrl: string | null;
  kind: string;
  timezone: string;
  allDay: boolean;
  recurrence: EventRecord['recurrence'];
  /** The occurrence shown: the one-off event, or the live/next occurrence of a series (the first when the series is over). */
  occurrence: Occurrence;
  status: EventStatus;
  capacity: number | null;
  seatsLeft: number | null;
  minAttendees: number | null;
  /** Roles or user groups pinged when it is announced and in channel reminders. */
  pingRoles: string[];
  /** A seat that opens is offered to the first person waiting, to claim within `offerWindow` (ISO 8601). */
  waitlistOffers: boolean;
  offerWindow: string;
  /** How many more people going it needs to reach its minimum (0 once reached; null without one). */
  stillNeeded: number | null;
  rsvpDeadline: number | null;
  rsvpOpen: boolean;
  approvalRequired: boolean;
  visibility: string;
  invitees: EventRecord['invitees'];
  creatorId: string;
  hostIds: string[];
  reminderOffsets: string[];
  reminderAudience: string;
  publishAt: number | null;
  cancelReason: string | null;
  card: unknown;
  counts: RsvpCounts;
  createdAt: number;
  updatedAt: number;
  attendees: { going: string[]; maybe: string[]; waitlisted: string[]; pending: string[]; offered: string[] };
}

export function statusAt(e: EventRecord, occurrence: Occurrence | null, now: number): EventStatus {
  if (e.status === 'cancelled' || e.status === 'draft') return e.status;
  if (!occurrence) return 'ended';
  if (occurrence.start <= now && now < occurrence.end) return 'live';
  if (!e.recurrence && now >= occurrence.end) return 'ended';
  return 'scheduled';
}

export function shownOccurrence(e: EventRecord, now: number): Occurrence | null {
  return currentOrNextOccurrence(e, now);
}

export async function buildView(db: Executor, e: EventRecord, now: number, occurrence?: Occurrence | null): Promise<EventView> {
  const live = occurrence === undefined ? shownOccurrence(e, now) : occurrence;
  const occ = live ?? { key: e.recurrence ? new Date(e.start).toISOString() : '', start: e.start, end: e.end };
  const status = statusAt(e, live, now);
  const counts = await rsvpsRepo.counts(db, e.id, occ.key);
  const names = async (s: 'going' | 'maybe' | 'waitlisted' | 'pending' | 'offered') =>
    counts[s] ? (await rsvpsRepo.withStatus(db, e.id, occ.key, s, ATTENDEES_SHOWN)).map((r) => r.userId) : [];
  const [going, maybe, waitlisted, pending, offered] = await Promise.all([
    names('going'),
    names('maybe'),
    names('waitlisted'),
    names('pending'),
    names('offered'),
  ]);
  const deadlinePassed = e.rsvpDeadline !== null && now >= e.rsvpDeadline;
  return {
    id: e.id,
    platform: e.platform,
    workspaceId: e.workspaceId,
    channelId: e.channelId,
    title: e.title,
    description: e.description,
    location: e.location,
    joinUrl: e.joinUrl,
    kind: e.kind,
    timezone: e.timezone,
    allDay: e.allDay,
    recurrence: e.recurrence,
    occurrence: occ,
    status,
    capacity: e.capacity,
    // A seat held for someone offered it is not free.
    seatsLeft: e.capacity === null ? null : Math.max(0, e.capacity - counts.going - counts.offered),
    minAttendees: e.minAttendees ?? null,
    pingRoles: e.pingRoles ?? [],
    waitlistOffers: Boolean(e.waitlistOffers),
    offerWindow: e.offerWindow ?? DEFAULT_OFFER_WINDOW,
    stillNeeded: e.minAttendees == null ? null : Math.max(0, e.minAttendees - counts.going),
    rsvpDeadline: e.rsvpDeadline,
    rsvpOpen: (status === 'scheduled' || status === 'live') && !deadlinePassed,
    approvalRequired: e.approvalRequired,
    visibility: e.visibility,
    invitees: e.invitees,
    creatorId: e.creatorId,
    hostIds: [...new Set([e.creatorId, ...e.hostIds])],
    reminderOffsets: e.reminderOffsets,
    reminderAudience: e.reminderAudience,
    publishAt: e.publishAt,
    cancelReason: e.cancelReason,
    card: e.card,
    counts,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    attendees: { going, maybe, waitlisted, pending, offered },
  };
}
