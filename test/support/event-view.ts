import type { EventView } from '../../src/core/view.ts';

/** A plain event view for render tests (any platform: override platform, ids and audience). */
export function view(over: Partial<EventView> = {}): EventView {
  const start = Date.parse('2026-11-27T19:00:00Z');
  return {
    id: 'abcd1234',
    platform: 'discord',
    workspaceId: 'g1',
    channelId: 'c1',
    title: 'Game night',
    description: null,
    location: null,
    joinUrl: null,
    kind: 'other',
    timezone: 'Europe/Berlin',
    allDay: false,
    recurrence: null,
    occurrence: { key: '', start, end: start + 2 * 3_600_000 },
    status: 'scheduled',
    minAttendees: null,
    pingRoles: [],
    waitlistOffers: false,
    offerWindow: 'PT2H',
    stillNeeded: null,
    capacity: null,
    seatsLeft: null,
    rsvpDeadline: null,
    rsvpOpen: true,
    approvalRequired: false,
    visibility: 'public',
    invitees: { users: [], roles: [] },
    creatorId: 'u1',
    hostIds: ['u1'],
    reminderOffsets: ['PT15M'],
    reminderAudience: 'both',
    publishAt: null,
    cancelReason: null,
    card: null,
    counts: { going: 0, maybe: 0, declined: 0, waitlisted: 0, pending: 0, offered: 0 },
    createdAt: start - 86_400_000,
    updatedAt: start - 86_400_000,
    attendees: { going: [], maybe: [], waitlisted: [], pending: [], offered: [] },
    ...over,
  };
}

