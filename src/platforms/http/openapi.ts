import { z } from 'zod';
import {
  CancelRequest,
  ErrorObject,
  EventCreate,
  EventEnvelope,
  UpdateEnvelope,
  EventListEnvelope,
  EventPatch,
  EventReplace,
  RsvpListEnvelope,
  WebhookCreate,
  WebhookCreated,
  WebhookListEnvelope,
} from './schemas.ts';

type Json = Record<string, unknown>;

const schema = (s: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
  return rest;
};

const json = (s: z.ZodType, io: 'input' | 'output') => ({ 'application/json': { schema: schema(s, io) } });

const errors = (...codes: number[]): Json =>
  Object.fromEntries(codes.map((c) => [String(c), { description: DESCRIPTIONS[c] ?? 'Error', content: json(ErrorObject, 'output') }]));

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request does not match the schema (field says which)',
  401: 'No API key, or not a valid one',
  403: 'The key lacks the scope, or the rules forbid it',
  404: 'No such event in this workspace',
  409: 'The event state forbids it, or the same Idempotency-Key is still running',
  422: 'The core refused the values (field says which), or the Idempotency-Key was used with another body',
  429: 'Too many requests with this key; see Retry-After',
};

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9]{8}$' } };
const idemHeader = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: { type: 'string', minLength: 1, maxLength: 255 },
  description: 'Replays the first outcome for 24 hours (Idempotent-Replay: true); scoped to the API key',
};
const ok = (code: number, s: z.ZodType, description: string) => ({ [String(code)]: { description, content: json(s, 'output') } });
const common = [401, 403, 429];

const WEBHOOK_DELIVERY =
  'Adds an endpoint. Each change in the workspace (event.created, event.updated, event.cancelled, event.deleted, rsvp.created, rsvp.changed) ' +
  'is POSTed to it as {"id","type","timestamp","workspace","data"} with Standard Webhooks headers: webhook-id (the same on every retry: dedupe on it), ' +
  'webhook-timestamp (Unix seconds) and webhook-signature ("v1,<base64 HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` keyed with the base64 after whsec_>"). ' +
  'A non-2xx answer or a timeout (10 s) is retried with backoff (5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 6 h); after 8 attempts the delivery is recorded as failed.';

let built: Json | null = null;

/** OpenAPI 3.1 for /v1, generated from the zod schemas the routes validate with (once: they do not change). */
export function openApiDocument(): Json {
  built ??= buildDocument();
  return built;
}

function buildDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Convene events API', version: '1.0.0', description: 'Create and read events that appear in Discord or Slack with RSVP buttons and reminders.' },
    servers: [{ url: '/v1' }],
    security: [{ apiKey: [] }],
    components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A workspace API key (/event api-key create)' } } },
    paths: {
      '/events': {
        post: {
          operationId: 'createEvent',
          parameters: [idemHeader],
          requestBody: { required: true, content: json(EventCreate, 'input') },
          responses: { ...ok(201, EventEnvelope, 'Created'), ...errors(400, 409, 422, ...common) },
        },
        get: {
          operationId: 'listEvents',
          parameters: [
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['draft', 'scheduled', 'cancelled'] } },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'channel', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
          ],
          responses: { ...ok(200, EventListEnvelope, 'A page of events in start order'), ...errors(400, ...common) },
        },
      },
      '/events/{id}': {
        parameters: [idParam],
        get: { operationId: 'getEvent', responses: { ...ok(200, EventEnvelope, 'The event'), ...errors(404, ...common) } },
        patch: {
          operationId: 'updateEvent',
          requestBody: { required: true, content: json(EventPatch, 'input') },
          responses: { ...ok(200, UpdateEnvelope, 'Updated'), ...errors(400, 404, 409, 422, ...common) },
        },
        put: {
          operationId: 'replaceEvent',
          requestBody: { required: true, content: json(EventReplace, 'input') },
          responses: { ...ok(200, UpdateEnvelope, 'Replaced'), ...errors(400, 404, 409, 422, ...common) },
        },
        delete: { operationId: 'deleteEvent', responses: { '204': { description: 'Deleted' }, ...errors(404, 409, ...common) } },
      },
      '/events/{id}/cancel': {
        parameters: [idParam],
        post: {
          operationId: 'cancelEvent',
          parameters: [idemHeader],
          requestBody: { required: false, content: json(CancelRequest, 'input') },
          responses: { ...ok(200, EventEnvelope, 'Cancelled; attendees are told'), ...errors(400, 404, 409, 422, ...common) },
        },
      },
      '/events/{id}.ics': {
        parameters: [idParam],
        get: {
          operationId: 'getEventIcs',
          responses: {
            '200': { description: "The event's iCalendar file (UID stable, SEQUENCE bumped on every change)", content: { 'text/calendar': { schema: { type: 'string' } } } },
            ...errors(404, ...common),
          },
        },
      },
      '/events/{id}/rsvps': {
        parameters: [idParam],
        get: { operationId: 'listRsvps', responses: { ...ok(200, RsvpListEnvelope, 'Who answered, in arrival order'), ...errors(404, ...common) } },
      },
      '/webhooks': {
        get: {
          operationId: 'listWebhooks',
          description: "The workspace's webhook endpoints (never their secrets). Needs events:write.",
          responses: { ...ok(200, WebhookListEnvelope, 'Endpoints, oldest first'), ...errors(...common) },
        },
        post: {
          operationId: 'createWebhook',
          description: WEBHOOK_DELIVERY,
          parameters: [idemHeader],
          requestBody: { required: true, content: json(WebhookCreate, 'input') },
          responses: { ...ok(201, WebhookCreated, 'Added; the secret is shown only here'), ...errors(400, 409, 422, ...common) },
        },
      },
      '/webhooks/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^wh_[a-z0-9]{12}$' } }],
        delete: { operationId: 'deleteWebhook', responses: { '204': { description: 'Removed; nothing more is sent to it' }, ...errors(404, ...common) } },
      },
    },
  };
}
