/**
 * bench:api — create and get round trips over real HTTP at 100 concurrent connections
 * (autocannon) against the API plugin on a local Fastify, SQLite in a temp file (WAL).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
// autocannon ships no types; the two calls below are its documented API.
// @ts-expect-error no declaration file
import autocannon from 'autocannon';
import { ApiKeys } from '../src/core/api-keys.ts';
import { systemClock } from '../src/core/clock.ts';
import { EventService } from '../src/core/service.ts';
import { apiPlugin } from '../src/platforms/http/plugin.ts';
import { createReminderLifecycle } from '../src/scheduler/index.ts';
import { openStore } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { peakRssMb } from './stats.ts';

const CONNECTIONS = 100;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Result {
  latency: { p50: number; p99: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
}
const run = (opts: Record<string, unknown>): Promise<Result> => autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts }) as Promise<Result>;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-api-'));
const store = openStore(`sqlite:${path.join(dir, 'bench.db')}`);
await migrateToLatest(store);
const service = new EventService({ store, clock: systemClock, lifecycle: createReminderLifecycle() });
const app = Fastify();
await app.register((scope) => apiPlugin(scope, { service, store, clock: systemClock, rateLimitPerMinute: 10_000_000 }), { prefix: '/v1' });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/v1`;
const made = await new ApiKeys(store, systemClock).createFor({ platform: 'console', workspaceId: 'bench' }, 'bench');
if (!made.ok) throw new Error(made.error.message);
const headers = { authorization: `Bearer ${made.value.token}`, 'content-type': 'application/json' };
const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
const body = JSON.stringify({ name: 'Bench night', start, timezone: 'Europe/Berlin', channel: 'general', reminders: ['PT15M', 'P1D'], capacity: 50 });

const create = await run({ url: `${base}/events`, method: 'POST', headers, body });
const first = (await (await fetch(`${base}/events`, { method: 'POST', headers, body })).json()) as { data: { id: string } };
const get = await run({ url: `${base}/events/${first.data.id}`, headers });

await app.close();
await store.close();
fs.rmSync(dir, { recursive: true, force: true });

const bad = create.non2xx + create.errors + get.non2xx + get.errors;
console.log(`create: p50 ${create.latency.p50} ms, p99 ${create.latency.p99} ms, ${Math.round(create.requests.average)}/s (${CONNECTIONS} connections, ${SECONDS} s)`);
console.log(`get:    p50 ${get.latency.p50} ms, p99 ${get.latency.p99} ms, ${Math.round(get.requests.average)}/s`);
console.log(`targets: get p99 < 10 ms, create p99 < 25 ms; non-2xx or errors: ${bad}`);
console.log(
  `bench api: create_p50_ms=${create.latency.p50} create_p99_ms=${create.latency.p99} get_p50_ms=${get.latency.p50} get_p99_ms=${get.latency.p99} per_s=${Math.round(get.requests.average)} create_per_s=${Math.round(create.requests.average)} rss_mb=${peakRssMb()}`,
);
if (bad > 0) process.exitCode = 1;
