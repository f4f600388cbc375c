import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { ApiKeys, ApiScope } from '../../../src/core/api-keys.ts';
import type { Clock } from '../../../src/core/clock.ts';
import type { EventService } from '../../../src/core/service.ts';
import type { Tenant } from '../../../src/core/tenant.ts';
import { apiPlugin } from '../../../src/platforms/http/plugin.ts';
import type { Store } from '../../../src/store/database.ts';

export interface Api {
  app: FastifyInstance;
  base: string;
  keys: ApiKeys;
  key(tenant: Tenant, scopes?: ApiScope[], createdBy?: string): Promise<string>;
  call(method: string, path: string, opts?: { key?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; json: any }>;
  close(): Promise<void>;
}

/** The API plugin on its own Fastify, listening on 127.0.0.1, driven over real HTTP. */
export async function startApi(deps: { service: EventService; store: Store; clock: Clock; rateLimitPerMinute?: number }): Promise<Api> {
  const app = Fastify();
  await app.register((scope) => apiPlugin(scope, deps), { prefix: '/v1' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/v1`;
  const keys = deps.service.apiKeys;
  return {
    app,
    base,
    keys,
    async key(tenant, scopes = ['events:read', 'events:write'], createdBy = 'owner') {
      const r = await keys.createFor(tenant, createdBy, { name: 'test', scopes });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.token;
    },
    async call(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.key) headers.authorization = `Bearer ${opts.key}`;
      if (opts.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${base}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
      const text = await res.text();
      return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null };
    },
    async close() {
      await app.close();
    },
  };
}
