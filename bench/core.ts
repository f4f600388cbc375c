/**
 * bench:core — 10,000 events and 100,000 RSVPs through the service on SQLite (a temp file, WAL,
 * like a real deployment), then get and rsvp latencies at that size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../src/core/clock.ts';
import { EventService } from '../src/core/service.ts';
import { createReminderLifecycle } from '../src/scheduler/index.ts';
import { openStore } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { peakRssMb, round, summarize, timed } from './stats.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const RSVPS = Number(process.env.BENCH_RSVPS ?? 100_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-'));
const store = openStore(`sqlite:${path.join(dir, 'bench.db')}`);
await migrateToLatest(store);
const clock = new ManualClock('2026-11-21T12:00:00Z');
// With reminder planning, as every real deployment runs it (src/compose.ts).
const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
const actor = (userId: string) => ({ platform: 'console' as const, workspaceId: 'bench', userId });

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const createMs: number[] = [];
const ids: string[] = [];
const t0 = performance.now();
for (let i = 0; i < EVENTS; i++) {
  const start = new Date(Date.parse('2026-11-22T18:00:00Z') + (i % 500) * 3_600_000).toISOString();
  const created = await timed(createMs, () =>
    service.run(actor(`host${i % 50}`), {
      type: 'create',
      input: { title: `Event ${i}`, start, timezone: 'Europe/Berlin', capacity: i % 3 === 0 ? 5 : null, channelId: `c${i % 20}` },
      idempotencyKey: `create-${i}`,
    }),
  );
  ids.push(must(created).event.id);
}
const createSecs = (performance.now() - t0) / 1000;

const rsvpMs: number[] = [];
const choices = ['going', 'maybe', 'declined', 'going'] as const;
const t1 = performance.now();
for (let i = 0; i < RSVPS; i++) {
  const id = ids[(i * 7919) % ids.length]!;
  await timed(rsvpMs, () =>
    service.run(actor(`user${i % 2000}`), { type: 'rsvp', event: id, status: choices[i % choices.length]!, idempotencyKey: `rsvp-${i}` }),
  );
}
const rsvpSecs = (performance.now() - t1) / 1000;

const getMs: number[] = [];
for (let i = 0; i < 10_000; i++) {
  must(await timed(getMs, () => service.run(actor('reader'), { type: 'get', event: ids[(i * 104_729) % ids.length]! })));
}
const listMs: number[] = [];
for (let i = 0; i < 2_000; i++) {
  await timed(listMs, () => service.run(actor(`user${i}`), { type: 'list', scope: 'channel', channelId: `c${i % 20}` }));
}

const fmt = (name: string, ms: number[], secs?: number) => {
  const s = summarize(ms);
  const rate = secs ? ms.length / secs : 1000 / s.mean;
  console.log(
    `${name.padEnd(7)} n=${String(ms.length).padStart(6)}  per_s=${round(rate, 0)}  p50_ms=${round(s.p50)}  p99_ms=${round(s.p99)}  max_ms=${round(s.max)}`,
  );
  return s;
};
console.log(`SQLite file ${path.join(dir, 'bench.db')}, ${EVENTS} events, ${RSVPS} RSVPs`);
const c = fmt('create', createMs, createSecs);
const r = fmt('rsvp', rsvpMs, rsvpSecs);
const g = fmt('get', getMs);
const l = fmt('list', listMs);
await store.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `bench core: create_per_s=${round(EVENTS / createSecs, 0)} create_p99_ms=${round(c.p99)} rsvp_per_s=${round(RSVPS / rsvpSecs, 0)} rsvp_p50_ms=${round(r.p50)} rsvp_p99_ms=${round(r.p99)} get_p50_ms=${round(g.p50)} get_p99_ms=${round(g.p99)} list_p99_ms=${round(l.p99)} rss_mb=${peakRssMb()}`,
);
