/**
 * bench:scheduler — 10,000 reminders due within the same minute, with 100,000 more pending
 * (due later) in the table, through the real loop and a no-op notifier, on SQLite (a temp file,
 * WAL) and on Postgres when DATABASE_URL or TEST_DATABASE_URL is set.
 *
 *  1. lag: the 10,000 are due spread over one minute from now; the loop runs on the real clock;
 *     lag = hand-off time - due time (p50, p99, max).
 *  2. throughput: 10,000 more, all already due (a backlog, e.g. after downtime), drained by the
 *     loop: reminders handed off per second.
 *
 * BENCH_WINDOW_S (default 60), BENCH_DUE (10,000), BENCH_PENDING (100,000), BENCH_EVENTS (2,000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable } from 'kysely';
import { systemClock } from '../src/core/clock.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { eventsRepo } from '../src/store/events-repo.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import type { DeliveryResult, Notice, Notifier } from '../src/scheduler/notifier.ts';
import { remindersRepo } from '../src/scheduler/repo.ts';
import { Scheduler } from '../src/scheduler/scheduler.ts';
import type { RemindersTable } from '../src/scheduler/tables.ts';
import { postgresSchema } from '../test/scheduler/processes.ts';
import { channelReminderRow, seedEvent } from '../test/scheduler/seed.ts';
import { peakRssMb, round, summarize } from './stats.ts';

const WINDOW_MS = Number(process.env.BENCH_WINDOW_S ?? 60) * 1000;
const DUE = Number(process.env.BENCH_DUE ?? 10_000);
const PENDING = Number(process.env.BENCH_PENDING ?? 100_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);
const DAY = 86_400_000;

class NoopNotifier implements Notifier {
  readonly lags: number[] = [];
  due = new Map<string, number>();
  count = 0;
  async deliver(notice: Notice): Promise<DeliveryResult> {
    const due = this.due.get(notice.key);
    if (due !== undefined) this.lags.push(Date.now() - due);
    this.count++;
    return { status: 'sent' };
  }
}


async function insertRows(store: Store, rows: Insertable<RemindersTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    await store.db.transaction().execute((trx) => remindersRepo.insert(trx, rows.slice(i, i + 10_000)));
  }
}

interface Figures {
  p50: number;
  p99: number;
  max: number;
  perS: number;
  burstP99: number;
  seedS: number;
}

async function run(name: string, store: Store): Promise<Figures> {
  const t0 = performance.now();
  const start = Date.now() + 45 * DAY;
  const ids = Array.from({ length: EVENTS }, (_, i) => `bn${String(i).padStart(6, '0')}`);
  await store.db.transaction().execute(async (trx) => {
    for (const id of ids) await eventsRepo.insert(trx, seedEvent(id, start));
  });
  const later = Date.now() + DAY;
  await insertRows(
    store,
    Array.from({ length: PENDING }, (_, i) => channelReminderRow(`later-${i}`, ids[i % EVENTS]!, start, later + (i % 1000) * 60_000)),
  );
  const seedS = (performance.now() - t0) / 1000;

  const notifier = new NoopNotifier();
  let failure: unknown = null;
  const scheduler = new Scheduler({
    store,
    clock: systemClock,
    notifiers: { console: notifier },
    rollEveryMs: 0,
    onError: (err) => (failure ??= err),
  });
  const until = async (cond: () => boolean, pollMs: number) => {
    const end = Date.now() + WINDOW_MS + 120_000;
    while (!cond()) {
      if (failure) throw failure;
      if (Date.now() > end) throw new Error(`${name}: timed out (${notifier.count} handed off)`);
      await new Promise((r) => setTimeout(r, pollMs));
    }
  };

  // 1. Lag: due spread over the coming minute.
  const from = Date.now() + 2_000;
  const spread = Array.from({ length: DUE }, (_, i) => channelReminderRow(`m-${i}`, ids[(i * 7) % EVENTS]!, start, from + Math.floor((i * WINDOW_MS) / DUE)));
  for (const r of spread) notifier.due.set(r.key, Number(r.due_at));
  await insertRows(store, spread);
  scheduler.start();
  await until(() => notifier.count >= DUE, 50);
  await scheduler.stop();
  const lag = summarize(notifier.lags);

  // 2. Throughput: a backlog of DUE rows all already due.
  const backlogDue = Date.now() - 1_000;
  const backlog = Array.from({ length: DUE }, (_, i) => channelReminderRow(`b-${i}`, ids[(i * 13) % EVENTS]!, start, backlogDue));
  notifier.lags.length = 0;
  notifier.count = 0;
  notifier.due = new Map(backlog.map((r) => [r.key, backlogDue]));
  await insertRows(store, backlog);
  const t1 = performance.now();
  scheduler.start();
  await until(() => notifier.count >= DUE, 5);
  const secs = (performance.now() - t1) / 1000;
  await scheduler.stop();
  const burst = summarize(notifier.lags.map((l) => l - 1_000));
  const counts = await remindersRepo.counts(store.db);

  const f: Figures = {
    p50: round(lag.p50, 1),
    p99: round(lag.p99, 1),
    max: round(lag.max, 1),
    perS: Math.round(DUE / secs),
    burstP99: round(burst.p99, 1),
    seedS: round(seedS, 1),
  };
  console.log(
    `${name}: seeded ${EVENTS} events + ${PENDING} pending in ${f.seedS} s; ` +
      `${DUE} due over ${WINDOW_MS / 1000} s: lag p50 ${f.p50} ms, p99 ${f.p99} ms, max ${f.max} ms; ` +
      `backlog of ${DUE} drained at ${f.perS}/s (hand-off p99 ${f.burstP99} ms after start); ` +
      `states ${JSON.stringify(counts)}`,
  );
  return f;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-sched-'));
const sqlite = openStore(`sqlite:${path.join(dir, 'bench.db')}`);
await migrateToLatest(sqlite);
const s = await run('sqlite', sqlite);
await sqlite.close();
fs.rmSync(dir, { recursive: true, force: true });

const pgUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
let p: Figures | null = null;
if (pgUrl) {
  const pgs = await postgresSchema(pgUrl, 'bench_sched_');
  try {
    p = await run('postgres', pgs.store);
  } finally {
    await pgs.drop();
  }
}

const parts = [
  `sqlite_p50_ms=${s.p50}`,
  `sqlite_p99_ms=${s.p99}`,
  `sqlite_max_ms=${s.max}`,
  `sqlite_per_s=${s.perS}`,
  ...(p ? [`pg_p50_ms=${p.p50}`, `pg_p99_ms=${p.p99}`, `pg_max_ms=${p.max}`, `pg_per_s=${p.perS}`] : []),
  `rss_mb=${peakRssMb()}`,
];
console.log(`bench scheduler: ${parts.join(' ')}`);
