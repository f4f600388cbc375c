/**
 * The server side of bench:api, run in its own process (bench/api.ts starts it) so the load
 * generator never shares its event loop: the real HTTP server (buildHttpServer with the /v1 mount),
 * the observed core (a log line at info and metrics per command, as in production), the reminder
 * and card lifecycle and the scheduler delivering the cards, SQLite in a temp file. Prints one JSON
 * line with the port and an API key, then answers "reset" and "figures" lines on stdin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import readline from 'node:readline';
import { sql } from 'kysely';
import { ApiKeys } from '../src/core/api-keys.ts';
import { systemClock } from '../src/core/clock.ts';
import { createLogger } from '../src/observe/log.ts';
import { Metrics } from '../src/observe/metrics.ts';
import { ObservedEventService } from '../src/observe/observed-service.ts';
import { observeInteractions, observeReminders } from '../src/observe/observers.ts';
import { ConsoleNotifier } from '../src/platforms/console/notifier.ts';
import { apiPlugin } from '../src/platforms/http/plugin.ts';
import { createReminderLifecycle, remindersRepo, Scheduler } from '../src/scheduler/index.ts';
import { buildHttpServer, listen } from '../src/server/http.ts';
import { Readiness } from '../src/server/readiness.ts';
import { openStore } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-api-'));
const store = openStore(`sqlite:${path.join(dir, 'bench.db')}`);
await migrateToLatest(store);
const log = createLogger({ level: 'info', format: 'json' });
const metrics = new Metrics({ pool: store.poolStats });
// As in production (bot.ts): the scheduler runs in the same process and is woken by each change,
// so every created event's card notice is claimed and delivered (to the console notifier, which
// takes a card as posted) while the API is under load.
let scheduler: Scheduler | null = null;
const service = new ObservedEventService(
  { store, clock: systemClock, lifecycle: createReminderLifecycle({ onQueued: () => scheduler?.wake() }) },
  observeInteractions(log.child({ component: 'core' }), metrics),
);
const running = new Scheduler({
  store,
  clock: systemClock,
  notifiers: { console: new ConsoleNotifier(() => {}) },
  publisher: service,
  onSettled: observeReminders(log.child({ component: 'scheduler' }), metrics),
});
scheduler = running;
running.start();
const app = buildHttpServer({
  log,
  readiness: new Readiness(),
  metrics,
  mounts: [{ prefix: '/v1', plugin: (scope) => apiPlugin(scope, { service, store, clock: systemClock, rateLimitPerMinute: 100_000_000 }) }],
});
// The floor: a trivial route on the same server and hooks, to tell the client's and the machine's
// own ceiling apart from the API's cost (bench/api.ts measures it first).
app.get('/bench/noop', async () => ({ ok: true }));
// Server-side time per request (arrival of the request to the end of the answer), for telling the
// server's latency apart from the client's and the kernel's.
const served: number[] = [];
app.addHook('onRequest', async (req) => {
  (req as unknown as { t0: number }).t0 = performance.now();
});
app.addHook('onResponse', async (req) => {
  served.push(performance.now() - (req as unknown as { t0: number }).t0);
});
const port = await listen(app, { host: '127.0.0.1', port: 0 });

// How long the event loop was held (every request waits behind whatever holds it), what GC took,
// and the process's CPU time per request (user + system: robust to the machine's load, unlike latency).
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const gc = { ms: 0, max: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.ms += e.duration;
    gc.max = Math.max(gc.max, e.duration);
  }
}).observe({ entryTypes: ['gc'] });
let connections = 0;
app.server.on('connection', () => connections++);
let cpuAtReset = process.cpuUsage();
let sentAtReset = 0;
const reset = () => {
  served.length = 0;
  loop.reset();
  Object.assign(gc, { ms: 0, max: 0 });
  connections = 0;
  cpuAtReset = process.cpuUsage();
  sentAtReset = running.totals.sent;
};
const round = (ms: number) => Math.round(ms * 100) / 100;
/** Resolves once the scheduler has delivered every card that is due (the runs' events queue one each). */
const cardsDelivered = async () => {
  const due = async () => ((await remindersRepo.oldestDue(store.db, { platforms: ['console'] })) ?? Infinity) <= Date.now();
  while (await due()) await new Promise((r) => setTimeout(r, 20));
};
/** The run's figures, once the scheduler has delivered every card the run's events queued (their CPU counts). */
const figures = async () => {
  const lastAnswer = performance.now();
  await cardsDelivered();
  const n = served.length;
  const cpu = process.cpuUsage(cpuAtReset);
  served.sort((a, b) => a - b);
  const at = (q: number) => round(served[Math.min(n - 1, Math.floor(q * n))] ?? 0);
  return {
    served: n,
    served_p50_ms: at(0.5),
    served_p99_ms: at(0.99),
    served_max_ms: at(1),
    cpu_us_per_request: n ? Math.round((cpu.user + cpu.system) / n) : 0,
    cpu_system_share: Math.round((cpu.system / Math.max(1, cpu.user + cpu.system)) * 100) / 100,
    loop_p99_ms: round(loop.percentile(99) / 1e6),
    loop_max_ms: round(loop.max / 1e6),
    gc_ms: Math.round(gc.ms),
    gc_max_ms: round(gc.max),
    connections,
    notices_sent: running.totals.sent - sentAtReset,
    // How long after the run's last answer its last card was delivered (the scheduler's backlog).
    cards_behind_ms: Math.round(performance.now() - lastAnswer),
  };
};

const made = await new ApiKeys(store, systemClock).createFor({ platform: 'console', workspaceId: 'bench' }, 'bench');
if (!made.ok) throw new Error(made.error.message);
process.stdout.write(`${JSON.stringify({ port, key: made.value.token })}\n`);

const stop = async () => {
  await app.close();
  await running.stop();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const rss = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
  process.stdout.write(`${JSON.stringify({ rss_mb: rss })}\n`);
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
/**
 * Before a run: the cards of the runs before it delivered and their writes checkpointed into the
 * database, so a run does not pay for the one before it (a create run leaves tens of megabytes of
 * WAL that the checkpointer thread copies for seconds afterwards, on a core the next run needs).
 */
const settle = async () => {
  await cardsDelivered();
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(store.db);
  return { ok: true };
};
// One command a line: "reset" (the figures start over), "figures" (one JSON line of them) or "settle".
readline
  .createInterface({ input: process.stdin })
  .on('line', async (line) => {
    if (line === 'reset') reset();
    const answer = line === 'figures' ? await figures() : line === 'settle' ? await settle() : { ok: true };
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  })
  .on('close', () => void stop());
