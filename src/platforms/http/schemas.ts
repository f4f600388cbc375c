import { z } from 'zod';
import { API_SCOPES } from '../../core/api-keys.ts';
import { WEBHOOK_EVENTS } from '../../core/webhooks.ts';
import { EVENT_KINDS } from '../../core/event-schema.ts';

/**
 * The API's JSON shapes, in the field names event platforms use. One source: the routes validate
 * requests with these and the OpenAPI document is generated from them (z.toJSONSchema).
 */

const Iso = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time with an offset, like 2026-12-03T19:00:00Z' });
const Text = (max: number) => z.string().trim().max(max);

export const Invited = z
  .object({
    users: z.array(z.string().min(1)).max(500).default([]).describe('Platform user ids'),
    roles: z.array(z.string().min(1)).max(100).default([]).describe('Platform role (Discord) or user-group ids'),
  })
  .strict();

const fields = {
  name: Text(200).min(1, 'must not be empty').describe('The event title'),
  description: Text(4000).nullable(),
  kind: z.enum(EVENT_KINDS),
  start: Iso.describe('Start, ISO 8601 with an offset (or give `when`)'),
  end: Iso.nullable().describe('End, ISO 8601; default one hour after the start'),
  when: Text(300).min(1).describe('The time in natural language ("friday 8-10pm", "every other tuesday 6pm"), read in `timezone`'),
  timezone: z.string().trim().min(1).describe('IANA time zone the event lives in, e.g. Europe/Berlin'),
  all_day: z.boolean(),
  location: Text(255).nullable().describe('Free text, or an https URL: a URL makes the event virtual with a join link'),
  capacity: z.number().int().min(0).max(100_000).nullable().describe('0 or absent: unlimited'),
  rsvp_deadline: Iso.nullable(),
  waitlist_offers: z.boolean().describe('A seat that opens is offered to the first person waiting, who claims it within `offer_window` (off: it is given to them)'),
  offer_window: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .describe('How long a waitlist offer stays open: an ISO 8601 duration from PT5M to P7D, e.g. PT2H (the default)'),
  require_approval: z.boolean(),
  visibility: z.enum(['public', 'invite_only']),
  invited: Invited,
  hosts: z.array(z.string().min(1)).min(1).max(25).describe('Host user ids; default the key creator'),
  recurrence: Text(500).min(1).nullable().describe('An RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=TU'),
  reminders: z.array(z.string().min(2).max(20)).max(10).describe('ISO 8601 durations before the start, e.g. ["PT15M","P1D","P1W"]'),
  reminder_audience: z.enum(['channel', 'attendees', 'both']),
  channel: z.string().min(1).nullable().describe('Channel id where the card with RSVP buttons is posted'),
  publish_at: Iso.nullable().describe('Announce later: a draft until then. Must lie ahead (a past one is a 422); null or absent: announce now'),
};

const timeGiven = (v: { start?: unknown; when?: unknown }, ctx: z.RefinementCtx) => {
  if (v.start === undefined && v.when === undefined) ctx.addIssue({ code: 'custom', path: ['start'], message: 'give `start` (ISO 8601) or `when` (natural language)' });
  if (v.start !== undefined && v.when !== undefined) ctx.addIssue({ code: 'custom', path: ['when'], message: 'give either `start` or `when`, not both' });
};

const body = z.object(fields).partial().required({ name: true, timezone: true }).strict();
export const EventCreate = body.superRefine(timeGiven);
export type EventCreate = z.output<typeof EventCreate>;

/** PUT: the whole event; what is left out goes back to its default. */
export const EventReplace = body.superRefine(timeGiven);

export const EventPatch = z
  .object(fields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'the body changes nothing: send at least one field to change, e.g. {"capacity": 60}' })
  .refine((p) => !(p.start !== undefined && p.when !== undefined), { message: 'give either `start` or `when`, not both', path: ['when'] })
  ;
export type EventPatch = z.output<typeof EventPatch>;

export const CancelRequest = z.object({ reason: Text(500).min(1).nullable().optional() }).strict();

export { EventObject, RsvpStats } from '../../core/public-event.ts';
import { EventObject } from '../../core/public-event.ts';

export const RsvpObject = z
  .object({
    user: z.string(),
    status: z.enum(['going', 'maybe', 'declined', 'waitlisted', 'pending', 'offered']).describe('offered: a seat is held for them to claim (waitlist offers)'),
    updated_at: Iso,
    every_time: z.boolean().describe('The answer comes from their standing ("every time") answer to the series, not one given for this occurrence'),
  })
  ;

export const ListQuery = z
  .object({
    status: z.enum(['draft', 'scheduled', 'cancelled']).optional(),
    from: Iso.optional().describe('Events still running at or after this instant'),
    to: Iso.optional().describe('Events starting before this instant'),
    channel: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().min(1).max(200).optional().describe('`next_cursor` of the previous page'),
  })
  .strict();

export const EventIdParams = z.object({ id: z.string().min(1).max(64) });

/** One reading of an ambiguous `when`, in the request's own field names. */
export const TimeCandidate = z.object({
  start: z.string().describe('ISO 8601 instant'),
  end: z.string().nullable(),
  all_day: z.boolean(),
  recurrence: z.string().nullable().describe('RRULE, when the reading repeats'),
});

export const ErrorObject = z
  .object({
    error: z.object({
      code: z.string().describe('Machine-readable: invalid_request, unauthorized, forbidden, not_found, conflict, idempotent_request_in_progress, idempotency_key_reused, rate_limited…'),
      message: z.string().describe('What went wrong and what to do, for a person'),
      field: z.string().nullable().describe('The request field it is about, when there is one'),
      issues: z
        .array(z.object({ field: z.string().nullable(), message: z.string() }))
        .optional()
        .describe('With code "invalid_request": every field at fault, one each (the first is `field` and `message`)'),
      candidates: z
        .array(TimeCandidate)
        .optional()
        .describe('With code "ambiguous": the readings of `when`; resend one as start/end (and all_day, recurrence)'),
    }),
  })
  ;

export const Scopes = z.enum(API_SCOPES);

export const dataOf = <T extends z.ZodType>(t: T) => z.object({ data: t });
export const EventEnvelope = dataOf(EventObject);
/** An edit's answer: the event, and what a new time dropped (answers to dates it no longer has). */
export const UpdateEnvelope = z.object({
  data: EventObject,
  dropped_answers: z
    .object({
      answers: z.number().int().describe('Answers to later dates the new time no longer has (declines too), removed'),
      every_time: z.number().int().describe('"Every time" answers removed because the event no longer repeats'),
      told: z.number().int().describe('People told by DM that their answers were dropped (those who had said going or maybe, or were waiting)'),
    })
    .describe('What the edit dropped: all zero unless the new time has fewer dates than people answered'),
});
export const EventListEnvelope = z.object({ data: z.array(EventObject), next_cursor: z.string().nullable() });
export const RsvpListEnvelope = z.object({ data: z.array(RsvpObject) });

/** A webhook endpoint as the API shows it (its secret only once, in the answer that adds it). */
export const WebhookObject = z.object({
  id: z.string().describe('wh_…'),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  created_by: z.string(),
  created_at: Iso,
});
export const WebhookCreated = z.object({
  data: WebhookObject.extend({ secret: z.string().describe('whsec_…: signs every delivery (Standard Webhooks); shown only in this answer') }),
});
export const WebhookListEnvelope = z.object({ data: z.array(WebhookObject) });
export { WebhookRequest as WebhookCreate } from '../../core/webhooks.ts';
