/**
 * bench:api-cpu — the CPU time (user + system, this process) of one API request, layer by layer,
 * with no network and no load generator: the core's create and get (service.run), the same over
 * HTTP through Fastify with auth, logs at info and metrics (app.inject), and the scheduler's
 * delivery of each new event's card. CPU time depends far less than latency on what else the
 * machine runs (it still grows some under contention: caches, shared cores), so this says what a
 * request costs where bench:api's latencies, on a shared machine, cannot. app.inject adds its own
 * simulated request and response to the HTTP figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiKeys } from '../src/core/api-keys.ts';
import { systemClock } from '../src/core/clock.ts';
import { createLogger } from '../src/observe/log.ts';
import { Metrics } from '../src/observe/metrics.ts';
import { ObservedEventService } from '../src/observe/observed-service.ts';
import { observeInteractions, observeReminders } from '../src/observe/observers.ts';
import { ConsoleNotifier } from '../src/platforms/console/notifier.ts';
import { apiPlugin } from '../src/platforms/http/plugin.ts';
import { createReminderLifecycle, Scheduler } from '../src/scheduler/index.ts';
import { buildHttpServer } from '../src/server/http.ts';
import { Readiness } from '../src/server/readiness.ts';
import { openStore } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpu-'));
const store = openStore(`sqlite:${path.join(dir, 'b.db')}`);
await migrateToLatest(store);
// Logs at info, as in production, written to /dev/null.
const log = createLogger({ level: 'info', format: 'json', destination: fs.createWriteStream('/dev/null') });
const metrics = new Metrics({ pool: store.poolStats });
const service = new ObservedEventService({ store, clock: systemClock, lifecycle: createReminderLifecycle() }, observeInteractions(log, metrics));
const scheduler = new Scheduler({ store, clock: systemClock, notifiers: { console: new ConsoleNotifier(() => {}) }, publisher: service, onSettled: observeReminders(log, metrics) });
const app = buildHttpServer({ log, readiness: new Readiness(), metrics, mounts: [{ prefix: '/v1', plugin: (s) => apiPlugin(s, { service, store, clock: systemClock, rateLimitPerMinute: 1e9 }) }] });
await app.ready();
const made = await new ApiKeys(store, systemClock).createFor({ platform: 'console', workspaceId: 'bench' }, 'bench');
if (!made.ok) throw new Error();
const headers = { authorization: `Bearer ${made.value.token}`, 'content-type': 'application/json' };
const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
const body = JSON.stringify({ name: 'Bench night', start, timezone: 'Europe/Berlin', channel: 'general', reminders: ['PT15M', 'P1D'], capacity: 50 });
const input = { title: 'Bench night', start, timezone: 'Europe/Berlin', channelId: 'general', reminderOffsets: ['PT15M', 'P1D'], capacity: 50 };
const actor = { platform: 'console' as const, workspaceId: 'bench', userId: 'bench', platformManager: true, via: 'http' as const };
const N = Number(process.env.BENCH_N ?? 2000);
const figures: Record<string, number> = {};
/** A warm-up of 1,500 (the first few hundred calls run code V8 has not optimized yet), then N timed: CPU µs per call. */
const cpu = async (name: string, label: string, f: () => Promise<unknown>) => {
  for (let i = 0; i < 1500; i++) await f();
  const c0 = process.cpuUsage();
  for (let i = 0; i < N; i++) await f();
  const c = process.cpuUsage(c0);
  figures[name] = Math.round((c.user + c.system) / N);
  console.log(`${label}: ${figures[name]} µs CPU each (${Math.round(c.system / N)} in the kernel)`);
};
await cpu('core_create_us', 'core create (service.run)', () => service.run(actor, { type: 'create', input }));
await scheduler.drain();
await cpu('http_create_us', 'HTTP create (inject: auth, validation, logs, metrics)', () => app.inject({ method: 'POST', url: '/v1/events', headers, payload: body }));
const c0 = process.cpuUsage();
const s = await scheduler.drain();
const c = process.cpuUsage(c0);
figures['card_us'] = Math.round((c.user + c.system) / Math.max(1, s.sent));
console.log(`its card delivered by the scheduler: ${figures['card_us']} µs CPU each (${s.sent} cards)`);
const id = JSON.parse((await app.inject({ method: 'POST', url: '/v1/events', headers, payload: body })).body).data.id;
await cpu('core_get_us', 'core get', () => service.run(actor, { type: 'get', event: id }));
await cpu('http_get_us', 'HTTP get (inject)', () => app.inject({ method: 'GET', url: `/v1/events/${id}`, headers }));
await cpu('http_noop_us', 'HTTP /healthz (inject)', () => app.inject({ method: 'GET', url: '/healthz' }));
await store.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(`bench api-cpu: ${Object.entries(figures).map(([k, v]) => `${k}=${v}`).join(' ')} load=${os.loadavg()[0]!.toFixed(2)}`);
