import type { FastifyInstance } from 'fastify';
import type { EventService } from '../../core/service.ts';
import type { WebhookInfo } from '../../core/webhooks.ts';
import { coreError, errorAnswer, invalidRequest } from './errors.ts';
import type { Route } from './route.ts';
import { WebhookCreate } from './schemas.ts';

const WEBHOOK_ID = /^wh_[a-z0-9]{12}$/;

function webhookObject(w: WebhookInfo) {
  return { id: w.id, url: w.url, events: w.events, created_by: w.createdBy, created_at: new Date(w.createdAt).toISOString() };
}

/**
 * /v1/webhooks: the key's workspace's endpoints. Managing them takes events:write (a key acts as
 * a manager); the signing secret is in the answer that adds an endpoint, and never again.
 */
export function webhookRoutes(app: FastifyInstance, route: Route, service: EventService): void {
  app.get(
    '/webhooks',
    route('events:write', async (_req, key) => ({ status: 200, body: { data: (await service.webhooks.listFor(key)).map(webhookObject) } })),
  );

  app.post(
    '/webhooks',
    route(
      'events:write',
      async (req, key) => {
        const body = WebhookCreate.safeParse(req.body ?? {});
        if (!body.success) return invalidRequest(body.error);
        const r = await service.webhooks.addFor(key, key.createdBy, body.data);
        if (!r.ok) return coreError(r.error);
        return { status: 201, body: { data: { ...webhookObject(r.value.webhook), secret: r.value.secret } } };
      },
      { idempotent: true },
    ),
  );

  app.delete(
    '/webhooks/:id',
    route('events:write', async (req, key) => {
      const id = String((req.params as { id?: unknown }).id ?? '');
      const missing = errorAnswer(404, 'not_found', `No webhook "${id}" in this workspace.`);
      if (!WEBHOOK_ID.test(id)) return missing;
      const r = await service.webhooks.removeFor(key, id);
      return r.ok ? { status: 204, body: null } : missing;
    }),
  );
}
