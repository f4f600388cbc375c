import { z } from 'zod';
import { CreateEventInput, EventKind, EventPatch } from './event-schema.ts';
import { Locale, NUL_MESSAGE, nulPath, PlatformId, ReminderOffset, ZoneSettingInput } from './values.ts';
import { isOccurrenceKey } from './occurrences.ts';
import { StandingChoice } from './standing.ts';

/** An event named by id or by (part of) its title; titles are at most 200 characters. */
const EventRef = z.string().trim().min(1, 'Name the event (its id or title)').max(200);
const IdempotencyKey = z.string().min(1).max(200).optional();
/** '' or omitted: the one-off event, or the next occurrence of a recurring one. */
const Occurrence = z
  .string()
  .max(40)
  .refine((s) => s === '' || isOccurrenceKey(s), { message: 'must be an occurrence start like 2026-12-03T19:00:00.000Z' })
  .optional();

export const RsvpChoice = z.enum(['going', 'maybe', 'declined']);
export type RsvpChoice = z.infer<typeof RsvpChoice>;

export const ListScope = z.enum(['channel', 'workspace', 'hosting', 'attending', 'mine']);
export type ListScope = z.infer<typeof ListScope>;

export const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('create'), input: CreateEventInput, idempotencyKey: IdempotencyKey }),
  z.object({ type: z.literal('update'), event: EventRef, patch: EventPatch, idempotencyKey: IdempotencyKey }),
  z.object({
    type: z.literal('cancel'),
    event: EventRef,
    reason: z.string().trim().max(500).nullable().default(null),
    idempotencyKey: IdempotencyKey,
  }),
  z.object({
    type: z.literal('delete'),
    event: EventRef,
    /** A series, or an event others answered, is deleted only when the person confirmed it. */
    confirmed: z.boolean().optional(),
    idempotencyKey: IdempotencyKey,
  }),
  /**
   * A draft whose publish time has come goes out: what the scheduler runs at publish-at (an
   * earlier ask is refused; a published event is answered as it is, so a retry is harmless).
   */
  z.object({ type: z.literal('publish'), event: EventRef }),
  z.object({ type: z.literal('get'), event: EventRef, occurrence: Occurrence }),
  /** What a calendar needs to add the event: the same visibility as get. */
  z.object({ type: z.literal('calendar'), event: EventRef }),
  /** The asker's calendar feed URLs (and the channel's, from a channel); reset revokes and reissues. */
  z.object({
    type: z.literal('feed'),
    channelId: z.string().min(1).nullable().default(null),
    reset: z.boolean().default(false),
    idempotencyKey: IdempotencyKey,
  }),
  z.object({
    type: z.literal('list'),
    scope: ListScope.default('workspace'),
    channelId: PlatformId.nullable().default(null),
    past: z.boolean().default(false),
    /** Only events whose title contains this (or whose id starts with it): autocomplete. */
    query: z.string().trim().max(100).optional(),
    /** Only this kind of event. */
    kind: EventKind.optional(),
    /** Only events with an occurrence in [from, to) (epoch ms); each shows its first one there. */
    from: z.number().int().optional(),
    to: z.number().int().optional(),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(25).default(10),
  }),
  /** The HTTP API's listing: by stored status, start window and channel, a page after a cursor. */
  z.object({
    type: z.literal('search'),
    status: z.enum(['draft', 'scheduled', 'cancelled']).optional(),
    from: z.number().optional(),
    to: z.number().optional(),
    channelId: z.string().min(1).optional(),
    after: z.object({ start: z.number(), id: z.string() }).optional(),
    limit: z.number().int().min(1).max(100).default(25),
  }),
  z.object({ type: z.literal('attendance'), event: EventRef, occurrence: Occurrence }),
  z.object({
    type: z.literal('rsvp'),
    event: EventRef,
    occurrence: Occurrence,
    /** The occurrence on this calendar date (YYYY-MM-DD, in the event's zone), for a person who named a date. */
    date: z.iso.date({ message: 'must be a date like 2026-12-11' }).optional(),
    status: RsvpChoice,
    idempotencyKey: IdempotencyKey,
  }),
  /** Claim a seat offered from the waitlist, or pass it on to the next person. */
  z.object({
    type: z.literal('offer'),
    event: EventRef,
    occurrence: Occurrence,
    answer: z.enum(['claim', 'pass']),
    idempotencyKey: IdempotencyKey,
  }),
  /** A standing ("every time") answer to a repeating event; 'none' withdraws it. */
  z.object({
    type: z.literal('standing_rsvp'),
    event: EventRef,
    status: StandingChoice,
    idempotencyKey: IdempotencyKey,
  }),
  z.object({
    type: z.literal('decide'),
    event: EventRef,
    occurrence: Occurrence,
    userId: PlatformId,
    approve: z.boolean(),
    idempotencyKey: IdempotencyKey,
  }),
  z.object({
    type: z.literal('user_settings'),
    /** As typed: an IANA name, an abbreviation ('est' is America/New_York) or an offset ('+05:30'). */
    timezone: ZoneSettingInput.nullable().optional(),
    locale: Locale.nullable().optional(),
    reminderDms: z.boolean().optional(),
    /** My own reminder offsets for events I go to (null: each event's). */
    reminderOffsets: z.array(ReminderOffset).max(10).nullable().optional(),
  }),
  z.object({
    type: z.literal('workspace_settings'),
    /** As typed: an IANA name, an abbreviation ('est' is America/New_York) or an offset ('+05:30'). */
    timezone: ZoneSettingInput.nullable().optional(),
    locale: Locale.nullable().optional(),
    reminderOffsets: z.array(ReminderOffset).max(10).nullable().optional(),
    managerUserIds: z.array(PlatformId).max(100).optional(),
    managerRoleIds: z.array(PlatformId).max(100).optional(),
    /** All-day events remind at this local time, minutes after midnight (null: 9:00). */
    allDayReminderAt: z.number().int().min(0).max(1439).nullable().optional(),
    /** Mirror events to the platform's own events (Discord Scheduled Events). */
    mirrorEvents: z.boolean().optional(),
  }),
]).superRefine((cmd, ctx) => {
  const path = nulPath(cmd);
  if (path) ctx.addIssue({ code: 'custom', path, message: NUL_MESSAGE });
});

export type Command = z.input<typeof CommandSchema>;
export type ParsedCommand = z.output<typeof CommandSchema>;
export type CommandType = ParsedCommand['type'];
export type CommandOf<T extends CommandType> = Extract<ParsedCommand, { type: T }>;
