import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ActorInput } from '../../core/actor.ts';
import type { Clock } from '../../core/clock.ts';
import type { Result, UserErrorCode } from '../../core/errors.ts';
import type { EventService } from '../../core/service.ts';
import type { Store } from '../../store/database.ts';
import { eventIcsAnswer } from '../../calendar/event-ics-route.ts';
import { coreError, errorAnswer, invalidRequest, sendError, type Answer } from './errors.ts';
import { IdempotencyRecords, requestHash } from './idempotency.ts';
import { createInput, eventObject, patchInput, replaceInput, type FieldError } from './mapping.ts';
import { openApiDocument } from './openapi.ts';
import type { Route } from './route.ts';
import { webhookRoutes } from './webhook-routes.ts';
import { RateLimiter } from './rate-limit.ts';
import { CancelRequest, EventCreate, EventPatch, EventReplace, ListQuery } from './schemas.ts';

export interface ApiDeps {
  service: EventService;
  store: Store;
  clock: Clock;
  /** Requests per key per minute (default 600). */
  rateLimitPerMinute?: number;
}



const EVENT_ID = /^[a-z0-9]{8}$/;
const MAX_IDEMPOTENCY_KEY = 255;

const notFound = (id: string): Answer => errorAnswer(404, 'not_found', `No event "${id}" in this workspace; GET /v1/events lists them with their ids.`, 'id');
/** A core refusal about the event in the path: its "not found" speaks to an API caller, not a chat user. */
const eventError = (id: string, e: { code: UserErrorCode; message: string }): Answer => (e.code === 'not_found' ? notFound(id) : coreError(e));

function encodeCursor(c: { start: number; id: string }): string {
  return Buffer.from(JSON.stringify([c.start, c.id])).toString('base64url');
}

function decodeCursor(s: string): { start: number; id: string } | null {
  try {
    const [start, id] = JSON.parse(Buffer.from(s, 'base64url').toString()) as [unknown, unknown];
    return typeof start === 'number' && typeof id === 'string' ? { start, id } : null;
  } catch {
    return null;
  }
}

/**
 * The JSON API under /v1: each request authenticates with a workspace's API key and acts through
 * the same core as chat, as a manager of that workspace (the tenant), arriving via 'http'.
 */
export async function apiPlugin(app: FastifyInstance, deps: ApiDeps): Promise<void> {
  const { service, clock } = deps;
  // The service's own instance: a key revoked from chat stops working here at once.
  const keys = service.apiKeys;
  const limiter = new RateLimiter(deps.rateLimitPerMinute ?? 600, 60_000);
  const idempotency = new IdempotencyRecords(deps.store);
  const now = () => clock.now();

  // A bodiless request (DELETE, POST …/cancel) that still says Content-Type: application/json is
  // no error: an empty body is no body. Anything else goes to Fastify's own (poisoning-safe) parser.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body.toString();
    if (text.trim() === '') return done(null, undefined);
    return json(req, text, done);
  });

  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      reply.log.error({ err }, 'api: request failed');
      return sendError(reply, 500, 'internal', 'Something went wrong on our side; the request can be retried.');
    }
    return sendError(reply, status, status === 415 ? 'unsupported_media_type' : 'invalid_request', err.message);
  });
  app.setNotFoundHandler((req, reply) => sendError(reply, 404, 'not_found', `No route ${req.method} ${req.url}; see GET /v1/openapi.json.`));

  app.get('/openapi.json', async () => openApiDocument());

  /** Authenticate, check the scope and the rate, then run; POSTs may be idempotent. */
  const route: Route = (scope, handler, opts = {}) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      const header = req.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
      if (!token) return sendError(reply, 401, 'unauthorized', 'Send an API key as "Authorization: Bearer <key>" (create one with /event api-key create).');
      const key = await keys.verify(token);
      if (!key) return sendError(reply, 401, 'unauthorized', 'That API key is not valid or was revoked.');
      if (!key.scopes.includes(scope)) return sendError(reply, 403, 'forbidden', `This API key lacks the ${scope} scope.`);
      const wait = limiter.take(key.id, now().getTime());
      if (wait !== null) {
        reply.header('retry-after', String(wait));
        return sendError(reply, 429, 'rate_limited', `Too many requests with this key; retry after ${wait} s.`);
      }
      const actor: ActorInput = { platform: key.platform, workspaceId: key.workspaceId, via: 'http', userId: key.createdBy, platformManager: true };
      const idemKey = opts.idempotent ? req.headers['idempotency-key'] : undefined;
      if (typeof idemKey !== 'string') {
        const a = await handler(req, key, actor);
        return reply.code(a.status).headers(a.headers ?? {}).send(a.body ?? undefined);
      }
      if (idemKey.length === 0 || idemKey.length > MAX_IDEMPOTENCY_KEY) {
        return sendError(reply, 400, 'invalid_request', `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY} characters.`, 'Idempotency-Key');
      }
      const claim = await idempotency.claim(key.id, idemKey, requestHash(req.method, req.url, req.body), now().getTime());
      if (claim.kind === 'in_progress') return sendError(reply, 409, 'idempotent_request_in_progress', 'A request with this Idempotency-Key is still running; retry shortly.');
      if (claim.kind === 'mismatch') return sendError(reply, 422, 'idempotency_key_reused', 'This Idempotency-Key was used with a different request; use a new key.', 'Idempotency-Key');
      if (claim.kind === 'replay') return reply.code(claim.status).header('idempotent-replay', 'true').send(claim.body ?? undefined);
      let a: Answer;
      try {
        a = await handler(req, key, actor);
      } catch (err) {
        await idempotency.release(key.id, idemKey);
        throw err;
      }
      await idempotency.finish(key.id, idemKey, a.status, a.body);
      return reply.code(a.status).send(a.body ?? undefined);
    };

  /** The core's answer; `id`: the event in the path, whose "not found" is the API's own. */
  const core = async <T>(r: Promise<Result<T>>, ok: (v: T) => Answer, id?: string): Promise<Answer> => {
    const result = await r;
    if (result.ok) return ok(result.value);
    return id === undefined ? coreError(result.error) : eventError(id, result.error);
  };
  const invalid = invalidRequest;
  const fieldError = (e: FieldError): Answer =>
    errorAnswer(422, e.candidates ? 'ambiguous' : 'invalid', `${e.field}: ${e.message}`, e.field, e.candidates ? { candidates: e.candidates } : {});
  const idOf = (req: FastifyRequest) => String((req.params as { id?: unknown }).id ?? '');
  /** GET /v1/events/{id}.ics: the event's iCalendar file, as the calendar module writes it for every surface. */
  const icsFile = async (id: string, actor: ActorInput): Promise<Answer> => {
    if (!EVENT_ID.test(id)) return notFound(id);
    const r = await eventIcsAnswer(service, actor, id);
    return r.ok ? { status: 200, body: r.body, headers: r.headers } : eventError(id, r.error);
  };

  app.post(
    '/events',
    route(
      'events:write',
      async (req, key, actor) => {
        const body = EventCreate.safeParse(req.body ?? {});
        if (!body.success) return invalid(body.error);
        const mapped = createInput(body.data, key.createdBy, now());
        if (!mapped.ok) return fieldError(mapped.error);
        return core(service.run({ ...actor, userId: mapped.value.creator }, { type: 'create', input: mapped.value.input }), (v) => ({
          status: 201,
          body: { data: eventObject(v.event) },
        }));
      },
      { idempotent: true },
    ),
  );

  app.get(
    '/events',
    route('events:read', async (req, _key, actor) => {
      const q = ListQuery.safeParse(req.query ?? {});
      if (!q.success) return invalid(q.error, 'query');
      const after = q.data.cursor ? decodeCursor(q.data.cursor) : undefined;
      if (after === null) return errorAnswer(400, 'invalid_request', 'cursor: not a cursor this API gave out', 'cursor');
      return core(
        service.run(actor, {
          type: 'search',
          status: q.data.status,
          from: q.data.from ? Date.parse(q.data.from) : undefined,
          to: q.data.to ? Date.parse(q.data.to) : undefined,
          channelId: q.data.channel,
          after,
          limit: q.data.limit,
        }),
        (v) => ({ status: 200, body: { data: v.events.map(eventObject), next_cursor: v.next ? encodeCursor(v.next) : null } }),
      );
    }),
  );

  app.get(
    '/events/:id',
    route('events:read', async (req, _key, actor) => {
      const id = idOf(req);
      if (id.endsWith('.ics')) return icsFile(id.slice(0, -'.ics'.length), actor);
      if (!EVENT_ID.test(id)) return notFound(id);
      return core(service.run(actor, { type: 'get', event: id }), (v) => ({ status: 200, body: { data: eventObject(v.event) } }), id);
    }),
  );

  app.get(
    '/events/:id/rsvps',
    route('events:read', async (req, _key, actor) => {
      const id = idOf(req);
      if (!EVENT_ID.test(id)) return notFound(id);
      return core(service.run(actor, { type: 'attendance', event: id }), (v) => ({
        status: 200,
        body: { data: v.rsvps.map((r) => ({ user: r.userId, status: r.status, updated_at: new Date(r.updatedAt).toISOString(), every_time: r.standing })) },
      }), id);
    }),
  );

  const update = (schema: typeof EventPatch | typeof EventReplace, full: boolean) =>
    route('events:write', async (req, _key, actor) => {
      const id = idOf(req);
      if (!EVENT_ID.test(id)) return notFound(id);
      const body = schema.safeParse(req.body ?? {});
      if (!body.success) return invalid(body.error);
      const patch = body.data as EventPatch;
      // A PATCH's `when` without a `timezone` is read in the event's zone: look it up.
      let zone = patch.timezone ?? 'UTC';
      if (!full && patch.when !== undefined && patch.timezone === undefined) {
        const found = await service.run(actor, { type: 'get', event: id });
        if (!found.ok) return eventError(id, found.error);
        zone = found.value.event.timezone;
      }
      const mapped = full ? replaceInput(body.data as EventCreate, now()) : patchInput(patch, now(), zone);
      if (!mapped.ok) return fieldError(mapped.error);
      return core(
        service.run(actor, { type: 'update', event: id, patch: mapped.value }),
        (v) => ({
          status: 200,
          body: { data: eventObject(v.event), dropped_answers: { answers: v.dropped.answers, every_time: v.dropped.standing, told: v.dropped.told.length } },
        }),
        id,
      );
    });
  app.patch('/events/:id', update(EventPatch, false));
  app.put('/events/:id', update(EventReplace, true));

  app.post(
    '/events/:id/cancel',
    route(
      'events:write',
      async (req, _key, actor) => {
        const id = idOf(req);
        if (!EVENT_ID.test(id)) return notFound(id);
        const body = CancelRequest.safeParse(req.body ?? {});
        if (!body.success) return invalid(body.error);
        return core(service.run(actor, { type: 'cancel', event: id, reason: body.data.reason ?? null }), (v) => ({
          status: 200,
          body: { data: eventObject(v.event) },
        }), id);
      },
      { idempotent: true },
    ),
  );

  app.delete(
    '/events/:id',
    route('events:write', async (req, _key, actor) => {
      const id = idOf(req);
      if (!EVENT_ID.test(id)) return notFound(id);
      return core(service.run(actor, { type: 'delete', event: id, confirmed: true }), () => ({ status: 204, body: null }), id);
    }),
  );

  webhookRoutes(app, route, service);
}
