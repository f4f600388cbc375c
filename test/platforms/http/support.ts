import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach } from 'vitest';
import type { ApiKeys, ApiScope } from '../../../src/core/api-keys.ts';
import { ManualClock, type Clock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import type { Tenant } from '../../../src/core/tenant.ts';
import { apiPlugin } from '../../../src/platforms/http/plugin.ts';
import { createReminderLifecycle } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';
import type { StoreFactory } from '../../support/stores.ts';

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

/** Per test: a fresh store, a core at 2026-11-21 12:00 UTC, the API on it and a key of `tenant`; closed after each test. */
export function withApi(factory: StoreFactory, tenant: Tenant, set: (t: { store: Store; clock: ManualClock; api: Api; key: string }) => void): void {
  let opened: { store: Store; api: Api } | undefined;
  beforeEach(async () => {
    const store = await factory.open();
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
    const api = await startApi({ service, store, clock, rateLimitPerMinute: 1000 });
    opened = { store, api };
    set({ store, clock, api, key: await api.key(tenant) });
  });
  afterEach(async () => {
    await opened?.api.close();
    await opened?.store.close();
  });
}
