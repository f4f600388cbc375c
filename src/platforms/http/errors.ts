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

type Issue = z.core.$ZodIssue;

/** One issue as the API reports it: the field (dotted path, or the unknown key) and what is wrong. */
function reported(issue: Issue, where: 'body' | 'query'): { field: string | null; message: string } {
  const path = issue.path.length ? issue.path.map(String).join('.') : null;
  const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] ?? null : null;
  const field = unknown ?? path;
  const text = issueText(issue);
  const message = unknown
    ? `unknown field "${unknown}"${where === 'query' ? ' in the query' : ''}; see GET /v1/openapi.json`
    : field
      ? `${field}: ${text}`
      : `${text} (see GET /v1/openapi.json)`;
  return { field, message };
}

/**
 * A request that does not match its schema: 400 naming the first field at fault, and in `issues`
 * every field at fault (one each), so a caller fixes them all in one round.
 */
export function invalidRequest(error: z.ZodError, where: 'body' | 'query' = 'body'): Answer {
  const first = firstIssue(error.issues);
  if (!first) return errorAnswer(400, 'invalid_request', 'invalid (see GET /v1/openapi.json)');
  const top = reported(first, where);
  const byField = new Map<string | null, Issue[]>([[top.field, []]]);
  for (const issue of error.issues) {
    const field = reported(issue, where).field;
    byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  const issues = [...byField.values()].map((group) => reported(firstIssue(group)!, where));
  return errorAnswer(400, 'invalid_request', top.message, top.field, { issues });
}
