import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { UserErrorCode } from '../../core/errors.ts';
import { firstIssue, issueText } from './issue-text.ts';

/** What a route answers: a status and a JSON body (null: none). */
export interface Answer {
  status: number;
  body: unknown;
  /** Set for a non-JSON body (the .ics file). */
  headers?: Record<string, string>;
}

/** The one error shape: `{"error": {"code", "message", "field"}}`. */
export function errorAnswer(status: number, code: string, message: string, field: string | null = null, extra: Record<string, unknown> = {}): Answer {
  return { status, body: { error: { code, message, field, ...extra } } };
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string, field: string | null = null) {
  const a = errorAnswer(status, code, message, field);
  return reply.code(a.status).send(a.body);
}

const STATUS: Record<UserErrorCode, number> = {
  invalid: 422,
  not_found: 404,
  ambiguous: 422,
  forbidden: 403,
  conflict: 409,
  closed: 409,
  unconfirmed: 409,
};

/** Core field names as the API calls them, for the `field` of a core refusal. */
const FIELDS: Array<[RegExp, string]> = [
  [/^Title\b/, 'name'],
  [/^Start\b/, 'start'],
  [/^End\b/, 'end'],
  [/^Time zone\b/, 'timezone'],
  [/^Capacity\b/, 'capacity'],
  [/^RSVP deadline\b|deadline/i, 'rsvp_deadline'],
  [/^Reminders\b/, 'reminders'],
  [/^Publish time\b/, 'publish_at'],
  [/^Offer window\b/, 'offer_window'],
  [/^Location\b/, 'location'],
  [/^Description\b/, 'description'],
  [/^url: /, 'url'],
];

export function coreError(e: { code: UserErrorCode; message: string }): Answer {
  const field = FIELDS.find(([re]) => re.test(e.message))?.[1] ?? null;
  return errorAnswer(STATUS[e.code] ?? 422, e.code, e.message, field);
}

/** A request that does not match its schema: 400 naming the first field at fault. */
export function invalidRequest(error: z.ZodError, where: 'body' | 'query' = 'body'): Answer {
  const issue = firstIssue(error.issues);
  const path = issue?.path.length ? issue.path.map(String).join('.') : null;
  const unknown = issue?.code === 'unrecognized_keys' ? issue.keys[0] ?? null : null;
  const field = unknown ?? path;
  const text = issue ? issueText(issue) : 'invalid';
  const message = unknown
    ? `unknown field "${unknown}"${where === 'query' ? ' in the query' : ''}; see GET /v1/openapi.json`
    : field
      ? `${field}: ${text}`
      : `${text} (see GET /v1/openapi.json)`;
  return errorAnswer(400, 'invalid_request', message, field);
}
