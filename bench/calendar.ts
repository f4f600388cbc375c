/**
 * bench:calendar — a workspace feed with 10,000 events (a tenth of them weekly series, in five
 * zones) served by the feeds plugin on SQLite (a temp file, WAL). Each sample is one whole
 * GET /feeds/<token>.ics through Fastify:
 * - feed_10k: as a calendar app polling finds it: the stamp query, the events read, the
 *   document assembled, 1% of the events edited between two polls (rewritten; the rest come
 *   from the VEVENT cache);
 * - cold: the same with an empty VEVENT cache (the first poll after a start): every VEVENT written;
 * - 304: a conditional GET still current (the stamp query only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { feedsPlugin } from '../src/calendar/feed-plugin.ts';
import { VeventCache } from '../src/calendar/ics.ts';
import { ManualClock } from '../src/core/clock.ts';
import type { EventRecord } from '../src/core/event.ts';
import { EventService } from '../src/core/service.ts';
import { settleTiming } from '../src/core/timing.ts';
import { eventsRepo } from '../src/store/events-repo.ts';
import { openStore } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { peakRssMb, round, summarize } from './stats.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-cal-'));
const store = openStore(`sqlite:${path.join(dir, 'bench.db')}`);
await migrateToLatest(store);
const clock = new ManualClock('2026-11-21T12:00:00Z');
const now = clock.now().getTime();
const tenant = { platform: 'discord' as const, workspaceId: 'bench' };

const t0 = performance.now();
await store.db.transaction().execute(async (db) => {
  for (let i = 0; i < EVENTS; i++) {
    const timezone = ZONES[i % ZONES.length]!;
    const timing = settleTiming({
      start: now + 3_600_000 + (i % 2000) * 3_600_000 * 5,
      end: null,
      timezone,
      allDay: false,
      recurrence: i % 10 === 0 ? { freq: 'WEEKLY', interval: 1, byday: [], bymonthday: [], count: i % 20 === 0 ? 12 : null, until: null } : null,
      rsvpDeadline: null,
      publishAt: null,
    });
    const e: EventRecord = {
      ...tenant,
      ...timing,
      id: `e${String(i).padStart(7, '0')}`,
      channelId: `c${i % 20}`,
      title: `Event ${i}: planning, review; and more`,
      description: i % 3 === 0 ? 'Bring your laptop.\nAgenda in the thread.' : null,
      location: i % 4 === 0 ? 'https://meet.example.com/room' : 'Room 4',
      joinUrl: i % 4 === 0 ? 'https://meet.example.com/room' : null,
      kind: 'meeting',
      capacity: null,
      approvalRequired: false,
      visibility: 'public',
      invitees: { users: [], roles: [] },
      creatorId: `host${i % 50}`,
      hostIds: [],
      reminderOffsets: [],
      reminderAudience: 'channel',
      remindMaybe: false,
      status: i % 50 === 0 ? 'cancelled' : 'scheduled',
      cancelReason: null,
      card: null,
      version: 1 + (i % 3),
      createdAt: now - 86_400_000,
      updatedAt: now - 3_600_000 + i,
    };
    await eventsRepo.insert(db, e);
  }
});
console.log(`seeded ${EVENTS} events in ${round((performance.now() - t0) / 1000, 1)} s`);

const service = new EventService({ store, clock, calendar: { secret: 'bench-secret-0123456789', baseUrl: 'http://127.0.0.1' } });
const feed = await service.run({ ...tenant, userId: 'reader' }, { type: 'feed', channelId: null });
if (!feed.ok) throw new Error(feed.error.message);
const url = new URL(feed.value.feeds.find((f) => f.scope === 'workspace')!.url).pathname;

const cache = new VeventCache();
const app = Fastify();
await app.register((scope) => feedsPlugin(scope, { store, clock, pastDays: 90, cache }), { prefix: '/feeds' });
await app.ready();

const get = async (headers: Record<string, string> = {}, status = 200) => {
  const res = await app.inject({ method: 'GET', url, headers });
  if (res.statusCode !== status) throw new Error(`feed answered ${res.statusCode}`);
  return res;
};
const timed = async (f: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};
/** A hundred events edited (a new revision), as between two polls of a busy workspace. */
let round_ = 0;
const editSome = async () => {
  round_++;
  const at = now + round_;
  await store.db
    .updateTable('events')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at, title: `Edited ${round_}` }))
    .where('id', 'in', Array.from({ length: EVENTS / 100 }, (_, k) => `e${String((k * 97 + round_ * 13) % EVENTS).padStart(7, '0')}`))
    .execute();
};

const first = await get();
const vevents = first.body.split('BEGIN:VEVENT').length - 1;
for (let i = 0; i < 3; i++) await get();
const warm: number[] = [];
const cold: number[] = [];
const conditional: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  await editSome();
  warm.push(await timed(() => get()));
  const etag = String((await get()).headers.etag);
  conditional.push(await timed(() => get({ 'if-none-match': etag }, 304)));
}
for (let i = 0; i < Math.max(5, Math.round(SAMPLES / 3)); i++) {
  cache.clear();
  cold.push(await timed(() => get()));
}

const s = summarize(warm);
const c = summarize(cold);
const n = summarize(conditional);
console.log(`feed: ${vevents} VEVENTs, ${round(first.body.length / 1024 / 1024, 2)} MiB; ${warm.length} samples`);
console.log(`feed_10k (1% edited since the last poll): p50 ${round(s.p50, 1)} ms, p99 ${round(s.p99, 1)} ms, max ${round(s.max, 1)} ms (target < 200 ms)`);
console.log(`feed_10k cold (empty VEVENT cache, ${cold.length} samples): p50 ${round(c.p50, 1)} ms, p99 ${round(c.p99, 1)} ms`);
console.log(`conditional GET -> 304: p50 ${round(n.p50, 1)} ms, p99 ${round(n.p99, 1)} ms`);
await app.close();
await store.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `bench calendar: feed_10k_p50_ms=${round(s.p50, 1)} feed_10k_p99_ms=${round(s.p99, 1)} feed_10k_cold_p50_ms=${round(c.p50, 1)} feed_304_p50_ms=${round(n.p50, 1)} rss_mb=${peakRssMb()}`,
);
