import type { CreateEventInput, EventPatch as CorePatch } from '../../core/event-schema.ts';
import { rruleValue } from '../../core/occurrences.ts';
import { publicEvent } from '../../core/public-event.ts';
import { recurrenceFromRrule } from '../../core/rrule-text.ts';
import type { Recurrence } from '../../core/recurrence.ts';
import { resolveLocale } from '../../core/locale.ts';
import { interpretWhen } from '../../when/interpret.ts';
import { isValidZone } from '../../core/values.ts';
import type { z } from 'zod';
import type { EventCreate, EventPatch, TimeCandidate } from './schemas.ts';

/** A request field the core cannot take as it is: the message names it. */
export interface FieldError {
  field: string;
  message: string;
  /** `when` read more than one way: each reading, to resend as start/end. */
  candidates?: z.infer<typeof TimeCandidate>[];
}

type Mapped<T> = { ok: true; value: T } | { ok: false; error: FieldError };

const AUDIENCE_IN = { channel: 'channel', attendees: 'dm', both: 'both' } as const;

interface Timing {
  start?: string;
  end?: string | null;
  allDay?: boolean;
  recurrence?: Recurrence | null;
}

/**
 * `when` read by the one text→time path every door uses, in the event's zone (numeric dates in
 * that zone's order when it settles one). A phrase that reads two ways is refused with its
 * readings spelled out: an API caller cannot click a button, but can resend `start`.
 */
function readTime(text: string, zone: string, now: Date): Mapped<{ start: string; end: string | null; allDay: boolean; recurrence: Recurrence | null }> {
  const locale = resolveLocale({ user: null, platform: null, workspace: null, timezone: zone });
  const r = interpretWhen(text, { timezone: zone, locale }, now);
  if (r.ok) return { ok: true, value: r };
  if (!r.choices) return { ok: false, error: { field: 'when', message: `${r.message} Or send start (and end) in ISO 8601 instead of when.` } };
  const candidates = r.choices.map((c) => ({ start: c.start, end: c.end, all_day: c.allDay, recurrence: c.recurrence ? rruleValue(c.recurrence) : null }));
  const readings = candidates.map((c) => (c.end ? `${c.start} to ${c.end}` : c.start)).join('; ');
  // The chat question's hints (buttons, `settings locale`) mean nothing to an API caller.
  const message = `"${text}" reads more than one way: ${readings}. Send start and end in ISO 8601, or resend one of error.candidates as start/end (with all_day and recurrence).`;
  return { ok: false, error: { field: 'when', message, candidates } };
}

/** `when` in natural language (read in `zone`, the event's), or `recurrence` as an RRULE. */
function timingOf(b: Partial<EventCreate>, now: Date, zone: string): Mapped<Timing> {
  const out: Timing = {};
  if (b.when !== undefined) {
    // The zone is at fault, not the phrase: say so before reading it there.
    if (!isValidZone(zone)) return { ok: false, error: { field: 'timezone', message: `"${zone}" is not a time zone I know; use an IANA name like Europe/Berlin or America/New_York` } };
    const r = readTime(b.when, zone, now);
    if (!r.ok) return r;
    out.start = r.value.start;
    out.end = b.end !== undefined ? b.end : r.value.end;
    out.allDay = b.all_day ?? r.value.allDay;
    if (r.value.recurrence) out.recurrence = r.value.recurrence;
  } else {
    if (b.start !== undefined) out.start = b.start;
    if (b.end !== undefined) out.end = b.end;
    if (b.all_day !== undefined) out.allDay = b.all_day;
  }
  if (b.recurrence !== undefined) {
    if (b.recurrence === null) out.recurrence = null;
    else {
      const r = recurrenceFromRrule(b.recurrence);
      if (!r.ok) return { ok: false, error: { field: 'recurrence', message: r.message } };
      out.recurrence = r.value;
    }
  }
  return { ok: true, value: out };
}

/** The fields both create and patch carry over as they are (renamed). */
function common(b: Partial<EventCreate>): CorePatch {
  const p: Record<string, unknown> = {};
  if (b.name !== undefined) p.title = b.name;
  if (b.description !== undefined) p.description = b.description;
  if (b.kind !== undefined) p.kind = b.kind;
  if (b.timezone !== undefined) p.timezone = b.timezone;
  if (b.location !== undefined) p.location = b.location;
  if (b.capacity !== undefined) p.capacity = b.capacity === 0 ? null : b.capacity;
  if (b.rsvp_deadline !== undefined) p.rsvpDeadline = b.rsvp_deadline;
  if (b.waitlist_offers !== undefined) p.waitlistOffers = b.waitlist_offers;
  if (b.offer_window !== undefined) p.offerWindow = b.offer_window;
  if (b.require_approval !== undefined) p.approvalRequired = b.require_approval;
  if (b.visibility !== undefined) p.visibility = b.visibility;
  if (b.invited !== undefined) p.invitees = b.invited;
  if (b.reminders !== undefined) p.reminderOffsets = b.reminders.map((r) => r.toUpperCase());
  if (b.reminder_audience !== undefined) p.reminderAudience = AUDIENCE_IN[b.reminder_audience];
  if (b.channel !== undefined) p.channelId = b.channel;
  if (b.publish_at !== undefined) p.publishAt = b.publish_at;
  return p as CorePatch;
}

/** A publish time must lie ahead: a past one is refused rather than silently read as "now". */
function pastPublish(b: Partial<EventCreate>, now: Date): Mapped<never> | null {
  if (!b.publish_at || Date.parse(b.publish_at) > now.getTime()) return null;
  return { ok: false, error: { field: 'publish_at', message: `${b.publish_at} is in the past; send a later time to announce it then, or leave publish_at out (null) to announce it now` } };
}

/**
 * A create request as the core's input, and who hosts it: the first of `hosts` (the key's creator
 * when none are given) creates it; the others are co-hosts.
 */
export function createInput(b: EventCreate, keyCreator: string, now: Date): Mapped<{ input: CreateEventInput; creator: string }> {
  const timing = timingOf(b, now, b.timezone);
  if (!timing.ok) return timing;
  const past = pastPublish(b, now);
  if (past) return past;
  const [creator = keyCreator, ...coHosts] = b.hosts ?? [];
  const input = { ...common(b), ...timing.value, coHostIds: coHosts } as CreateEventInput;
  return { ok: true, value: { input, creator } };
}

/**
 * A PATCH as the core's patch (hosts become co-hosts: the creator stays). `when` is read in the
 * `timezone` of the same body, else in `zone`: the event's own.
 */
export function patchInput(b: EventPatch, now: Date, zone: string): Mapped<CorePatch> {
  const timing = timingOf(b, now, b.timezone ?? zone);
  if (!timing.ok) return timing;
  const past = pastPublish(b, now);
  if (past) return past;
  const patch: Record<string, unknown> = { ...common(b), ...timing.value };
  if (b.hosts !== undefined) patch.coHostIds = b.hosts;
  return { ok: true, value: patch as CorePatch };
}

/** A PUT: every field, what is left out back to its default. */
export function replaceInput(b: EventCreate, now: Date): Mapped<CorePatch> {
  // A PUT names its zone (required), so its `when` is read there.
  const full: EventPatch = {
    description: null,
    kind: 'other',
    end: null,
    all_day: false,
    location: null,
    capacity: null,
    rsvp_deadline: null,
    require_approval: false,
    waitlist_offers: false,
    offer_window: 'PT2H',
    visibility: 'public',
    invited: { users: [], roles: [] },
    hosts: [],
    recurrence: null,
    reminder_audience: 'both',
    channel: null,
    publish_at: null,
    ...b,
  };
  return patchInput(full, now, b.timezone);
}

/** The public event object (core/public-event.ts), as the API answers it. */
export const eventObject = publicEvent;
