import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../observe/log.ts';
import type { Readiness } from './readiness.ts';

/**
 * A feature served over HTTP (the JSON API under /v1, calendar feeds under /feeds): a Fastify
 * plugin that registers its routes on the scope it is given. It closes over its own deps
 * (service, store, config), so the server knows nothing about them. List it in mounts.ts.
 */
export interface Mount {
  prefix: string;
  plugin: (app: FastifyInstance) => Promise<void>;
}

export interface HttpServerDeps {
  log: Logger;
  readiness: Readiness;
  /** Prometheus text for GET /metrics; no route without it. */
  metrics?: { contentType: string; render(): Promise<string> };
  mounts?: Mount[];
  /** More routes on the root scope before the server is ready (Slack's receiver). */
  extras?: Array<(app: FastifyInstance) => Promise<void> | void>;
}

/**
 * The one HTTP server: liveness, readiness, metrics, and every feature mounted as a plugin.
 * Built here, listened on by main.ts (or a test with `app.inject` / `listen({ port: 0 })`).
 */
export function buildHttpServer(deps: HttpServerDeps): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.log.child({ component: 'http' }) as FastifyBaseLogger,
    // One line per request is for debugging; interactions log their own line with the outcome.
    logController: new LogController({ disableRequestLogging: true }),
    // Slack and the API both retry on a slow answer; a stuck socket should not hold a worker.
    requestTimeout: 30_000,
  });

  app.get('/healthz', async () => ({ ok: true }));

  app.get('/readyz', async (_req, reply) => {
    const report = await deps.readiness.report();
    if (!report.ok) {
      reply.code(503);
      return { ok: false, failing: report.failing, error: `not ready: ${report.failing.join(', ')}`, checks: report.checks };
    }
    return { ok: true, checks: report.checks };
  });

  const metrics = deps.metrics;
  if (metrics) {
    app.get('/metrics', async (_req, reply) => {
      reply.header('content-type', metrics.contentType);
      return metrics.render();
    });
  }

  for (const extra of deps.extras ?? []) void app.register(async (scope) => extra(scope));
  for (const m of deps.mounts ?? []) void app.register(m.plugin, { prefix: m.prefix });
  return app;
}

/** Listens and returns the port actually bound (port 0 picks a free one). */
export async function listen(app: FastifyInstance, at: { host: string; port: number }): Promise<number> {
  await app.listen({ host: at.host, port: at.port });
  return (app.server.address() as AddressInfo).port;
}
