/**
 * The server side of bench:api, run in its own process (bench/api.ts starts it) so the load
 * generator never shares its event loop: the real HTTP server (buildHttpServer with the /v1 mount),
 * the observed core (a log line at info and metrics per command, as in production), the reminder
 * and card lifecycle, SQLite in a temp file. Prints one JSON line with the port and an API key.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiKeys } from '../src/core/api-keys.ts';
import { systemClock } from '../src/core/clock.ts';
import { createLogger } from '../src/observe/log.ts';
import { Metrics } from '../src/observe/metrics.ts';
import { ObservedEventService } from '../src/observe/observed-service.ts';
import { observeInteractions } from '../src/observe/observers.ts';
import { apiPlugin } from '../src/platforms/http/plugin.ts';
import { createReminderLifecycle } from '../src/scheduler/index.ts';
import { buildHttpServer, listen } from '../src/server/http.ts';
import { Readiness } from '../src/server/readiness.ts';
import { openStore } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-api-'));
const store = openStore(`sqlite:${path.join(dir, 'bench.db')}`);
await migrateToLatest(store);
const log = createLogger({ level: 'info', format: 'json' });
const metrics = new Metrics({ pool: store.poolStats });
const service = new ObservedEventService(
  { store, clock: systemClock, lifecycle: createReminderLifecycle() },
  observeInteractions(log.child({ component: 'core' }), metrics),
);
const app = buildHttpServer({
  log,
  readiness: new Readiness(),
  metrics,
  mounts: [{ prefix: '/v1', plugin: (scope) => apiPlugin(scope, { service, store, clock: systemClock, rateLimitPerMinute: 100_000_000 }) }],
});
// Server-side time per request (arrival of the request to the end of the answer), for telling the
// server's latency apart from the client's and the kernel's: printed at exit.
const served: number[] = [];
app.addHook('onRequest', async (req) => {
  (req as unknown as { t0: number }).t0 = performance.now();
});
app.addHook('onResponse', async (req) => {
  served.push(performance.now() - (req as unknown as { t0: number }).t0);
});
const port = await listen(app, { host: '127.0.0.1', port: 0 });
const made = await new ApiKeys(store, systemClock).createFor({ platform: 'console', workspaceId: 'bench' }, 'bench');
if (!made.ok) throw new Error(made.error.message);
process.stdout.write(`${JSON.stringify({ port, key: made.value.token })}\n`);

const stop = async () => {
  await app.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const rss = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
  served.sort((a, b) => a - b);
  const at = (q: number) => Math.round((served[Math.min(served.length - 1, Math.floor(q * served.length))] ?? 0) * 100) / 100;
  process.stdout.write(`${JSON.stringify({ rss_mb: rss, served: served.length, served_p50_ms: at(0.5), served_p99_ms: at(0.99), served_max_ms: at(1) })}\n`);
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
