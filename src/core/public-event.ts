import { z } from 'zod';
import { EVENT_KINDS } from './event-schema.ts';
import { rruleValue } from './occurrences.ts';
import { tenantLabel, type Platform } from './tenant.ts';
import type { EventView } from './view.ts';

/**
 * The public event: what the HTTP API answers and webhooks carry, in the field names event
 * platforms use. No platform card ids. The OpenAPI document is generated from this schema.
 */
const Iso = z.iso.datetime({ offset: true });

export const RsvpStats = z.object({
  going: z.number().int(),
  maybe: z.number().int(),
  declined: z.number().int(),
  waitlisted: z.number().int(),
  pending: z.number().int(),
  offered: z.number().int().describe('Seats held for people offered them from the waitlist'),
});

/** The public event: the request's fields plus id, status, rsvp_stats and times; no platform card ids. */
export const EventObject = z
  .object({
    id: z.string(),
    workspace: z.string().describe('The tenant, e.g. discord:123 or slack:T0123'),
    name: z.string(),
    description: z.string().nullable(),
    kind: z.enum(EVENT_KINDS),
    start: Iso.describe('The shown occurrence (the next one of a series)'),
    end: Iso,
    timezone: z.string(),
    all_day: z.boolean(),
    location: z.string().nullable(),
    join_url: z.string().nullable(),
    capacity: z.number().int().nullable(),
    rsvp_deadline: Iso.nullable(),
    require_approval: z.boolean(),
    waitlist_offers: z.boolean(),
    offer_window: z.string().describe('ISO 8601 duration a waitlist offer stays open'),
    visibility: z.enum(['public', 'invite_only']),
    invited: z.object({ users: z.array(z.string()), roles: z.array(z.string()) }),
    hosts: z.array(z.string()),
    recurrence: z.string().nullable(),
    reminders: z.array(z.string()),
    reminder_audience: z.enum(['channel', 'attendees', 'both']),
    channel: z.string().nullable(),
    publish_at: Iso.nullable(),
    status: z.enum(['draft', 'scheduled', 'live', 'ended', 'cancelled']),
    cancel_reason: z.string().nullable(),
    rsvp_stats: RsvpStats,
    created_at: Iso,
    updated_at: Iso,
  })
  ;
export type EventObject = z.infer<typeof EventObject>;


const AUDIENCE_OUT = { channel: 'channel', dm: 'attendees', both: 'both' } as const;
const iso = (ms: number) => new Date(ms).toISOString();

export function publicEvent(v: EventView): EventObject {
  return {
    id: v.id,
    workspace: tenantLabel({ platform: v.platform as Platform, workspaceId: v.workspaceId }),
    name: v.title,
    description: v.description,
    kind: v.kind as EventObject['kind'],
    start: iso(v.occurrence.start),
    end: iso(v.occurrence.end),
    timezone: v.timezone,
    all_day: v.allDay,
    location: v.location,
    join_url: v.joinUrl,
    capacity: v.capacity,
    rsvp_deadline: v.rsvpDeadline === null ? null : iso(v.rsvpDeadline),
    require_approval: v.approvalRequired,
    waitlist_offers: v.waitlistOffers,
    offer_window: v.offerWindow,
    visibility: v.visibility as EventObject['visibility'],
    invited: v.invitees,
    hosts: v.hostIds,
    recurrence: v.recurrence ? rruleValue(v.recurrence) : null,
    reminders: v.reminderOffsets,
    reminder_audience: AUDIENCE_OUT[v.reminderAudience as keyof typeof AUDIENCE_OUT] ?? 'both',
    channel: v.channelId,
    publish_at: v.publishAt === null ? null : iso(v.publishAt),
    status: v.status,
    cancel_reason: v.cancelReason,
    rsvp_stats: v.counts,
    created_at: iso(v.createdAt),
    updated_at: iso(v.updatedAt),
  };
}
