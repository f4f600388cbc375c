import { z } from 'zod';
import { RecurrenceSchema } from './recurrence.ts';
import { Instant, OfferWindow, PlatformId, ReminderOffset, TimeZone } from './values.ts';

export const EVENT_KINDS = ['meeting', 'social', 'game', 'workshop', 'webinar', 'conference', 'dinner', 'other'] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const Visibility = z.enum(['public', 'invite_only']);
export type Visibility = z.infer<typeof Visibility>;

export const ReminderAudience = z.enum(['channel', 'dm', 'both']);
export type ReminderAudience = z.infer<typeof ReminderAudience>;

export const Invitees = z.object({
  users: z.array(PlatformId).max(500).default([]),
  roles: z.array(PlatformId).max(100).default([]),
});
export type Invitees = z.infer<typeof Invitees>;

/** The fields a person sets on an event. No defaults here: create fills them, update patches. */
const eventFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).nullable(),
  /** Free text, or a URL: a URL makes the event virtual and becomes its join link. */
  location: z.string().trim().max(255).nullable(),
  kind: EventKind,
  start: Instant,
  end: Instant.nullable(),
  /**
   * Length instead of an end: for a repeating event the only way to say "each one now lasts 2 hours"
   * without naming the first occurrence's end. Ignored when `end` is given.
   */
  durationMinutes: z.number().int().min(1, 'must be at least a minute').max(31 * 24 * 60),
  timezone: TimeZone,
  allDay: z.boolean(),
  recurrence: RecurrenceSchema.nullable(),
  capacity: z.number().int().min(1, 'must be at least 1 (leave it empty for no limit)').max(100_000).nullable(),
  /** The fewest people it needs; cards say "still need N" until then. */
  minAttendees: z.number().int().min(1, 'must be at least 1 (leave it empty for no minimum)').max(100_000).nullable(),
  /** Roles (Discord) or user groups (Slack) to ping when it is announced and in its reminders. */
  pingRoles: z.array(PlatformId).max(10),
  /** A seat that opens is offered to the first person waiting, to claim within `offerWindow` (else given to them). */
  waitlistOffers: z.boolean(),
  /** How long a waitlist offer stays open (ISO 8601, PT5M to P7D; default PT2H). */
  offerWindow: OfferWindow,
  rsvpDeadline: Instant.nullable(),
  approvalRequired: z.boolean(),
  visibility: Visibility,
  invitees: Invitees,
  coHostIds: z.array(PlatformId).max(25),
  reminderOffsets: z.array(ReminderOffset).max(10),
  reminderAudience: ReminderAudience,
  remindMaybe: z.boolean(),
  channelId: PlatformId.nullable(),
  publishAt: Instant.nullable(),
};

const required = z.object(eventFields).pick({ title: true, start: true, timezone: true });
const optional = z.object(eventFields).omit({ title: true, start: true, timezone: true }).partial();

export const CreateEventInput = required.extend(optional.shape);
export type CreateEventInput = z.input<typeof CreateEventInput>;
export type CreateEventFields = z.output<typeof CreateEventInput>;

export const EventPatch = z
  .object(eventFields)
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change: name at least one field' });
export type EventPatch = z.input<typeof EventPatch>;
export type EventPatchFields = z.output<typeof EventPatch>;
