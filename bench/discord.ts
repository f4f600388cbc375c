/**
 * bench:discord — the real bot (startDiscord, discord.js) against the fake Discord on 127.0.0.1,
 * with 10,000 events stored (SQLite file, WAL): 1,000 /event create and 1,000 RSVP clicks, each
 * timed from dispatching INTERACTION_CREATE to the interaction callback recorded by the fake
 * (create answers after posting the card and its thread), then 1,000 live previews of the `when`
 * option (autocomplete), typical and hostile. Memory is this process's RSS, which
 * holds the bot and the fake.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../src/core/clock.ts';
import { EventService } from '../src/core/service.ts';
import { createReminderLifecycle, Scheduler } from '../src/scheduler/index.ts';
import { startDiscord } from '../src/platforms/discord/index.ts';
import { openStore } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { autocomplete, buttonClick, makeGuild, makeUser, opt, slashCommand, startFakeDiscord, sub } from '../test/harness/discord/index.ts';
import { round, summarize } from './stats.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1_000);

const users = Array.from({ length: 50 }, (_, i) => makeUser({ username: `member${i}` }));
const fake = await startFakeDiscord({ guilds: [makeGuild({ name: 'Bench', members: users })] });
const guild = fake.guilds[0]!;
const channelId = guild.channels[0]!.id;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-discord-'));
const store = openStore(`sqlite:${path.join(dir, 'bench.db')}`);
await migrateToLatest(store);
const clock = new ManualClock('2026-11-21T12:00:00Z');
const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });

const t0 = performance.now();
for (let i = 0; i < EVENTS; i++) {
  const start = new Date(Date.parse('2026-11-22T18:00:00Z') + (i % 500) * 3_600_000).toISOString();
  const r = await service.run(
    { platform: 'discord', workspaceId: guild.id, userId: users[i % users.length]!.id },
    { type: 'create', input: { title: `Seeded ${i}`, start, timezone: 'Europe/Berlin', capacity: i % 3 === 0 ? 5 : null, channelId: null }, idempotencyKey: `seed-${i}` },
  );
  if (!r.ok) throw new Error(r.error.message);
}
const seedSecs = (performance.now() - t0) / 1000;

const bot = await startDiscord({
  service,
  clock,
  config: { token: 'bench-token', applicationId: fake.applicationId, restUrl: fake.restUrl, guildId: undefined, shards: undefined },
  log: () => {},
  readyTimeoutMs: 10_000,
  // discord.js holds every bot to 50 requests/s by default (Discord's global limit; interaction
  // callbacks are exempt on the real API). This bench sends ~150 interactions/s, so lift the cap:
  // it measures the bot, not the limiter.
  clientOptions: { rest: { globalRequestsPerSecond: 100_000 } },
});

// Cards are the core's notices, posted by the scheduler: run it by hand for the cards the clicks need
// (the seeded events have no channel, so no cards of theirs queue ahead).
const scheduler = new Scheduler({ store, clock, notifiers: { discord: bot.notifier }, deliveryTimeoutMs: 5_000 });

// Warm-up (not timed): JIT, caches, the first SQLite pages.
for (let i = 0; i < 30; i++) {
  await fake.interact(slashCommand({ guild, user: users[i % users.length]!, name: 'event', options: [sub('create', [opt('title', `Warm ${i}`), opt('when', 'friday 8pm')])] })).callback(5_000);
}

const whens = ['friday 8pm', 'tomorrow 7pm', 'next tuesday 18:30', 'dec 3 7pm', 'sunday noon'];
const createMs: number[] = [];
const cardIds: { eventId: string; message: Record<string, unknown> }[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const payload = slashCommand({
    guild,
    user: users[i % users.length]!,
    name: 'event',
    options: [sub('create', [opt('title', `Bench ${i}`), opt('when', whens[i % whens.length]!), opt('capacity', 20)])],
  });
  const t = performance.now();
  const handle = fake.interact(payload);
  const cb = await handle.callback(5_000);
  createMs.push(performance.now() - t);
  if (i < 20) {
    const content = String(((cb.body as Record<string, Record<string, unknown>>)['data'] ?? {})['content'] ?? '');
    const eventId = /\(`([a-z0-9]{8})`\)/.exec(content)?.[1];
    if (!eventId) throw new Error(`create failed: ${content}`);
    await scheduler.runOnce();
    const message = fake.messages(channelId).find((m) => JSON.stringify(m['embeds']).includes(`Event ${eventId}`))!;
    cardIds.push({ eventId, message });
  }
}

const statuses = ['going', 'maybe', 'declined', 'going'] as const;
const rsvpMs: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const card = cardIds[i % cardIds.length]!;
  const payload = buttonClick({
    guild,
    user: users[(i * 7) % users.length]!,
    customId: `rsvp:${card.eventId}:${statuses[i % statuses.length]}`,
    message: card.message,
  });
  const t = performance.now();
  const handle = fake.interact(payload);
  await handle.callback(5_000);
  rsvpMs.push(performance.now() - t);
}

// The `when` option's live preview (autocomplete, type 8): typical phrases, questions, refusals,
// and hostile text at the option's 100-character bound. Discord drops answers after 3 s.
const typed = [
  'friday 8-10pm', 'tomorrow at 4', 'every other tuesday 6pm', 'dec 3 7pm CET', 'when pigs fly', '3/4 5pm',
  '1 '.repeat(50), ' '.repeat(100), '9 '.repeat(33) + 'pm', 'night Friday Friday Top 42 dec 10 all day '.repeat(3).slice(0, 100),
];
const previewMs: number[] = [];
const hostileMs: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const text = typed[i % typed.length]!;
  const payload = autocomplete({ guild, user: users[i % users.length]!, name: 'event', options: [sub('create', [opt('title', 'Preview'), opt('when', text)])], focused: 'when' });
  const t = performance.now();
  await fake.interact(payload).callback(5_000);
  (i % typed.length >= 6 ? hostileMs : previewMs).push(performance.now() - t);
}

await new Promise((r) => setTimeout(r, 200)); // let follow-ups finish before measuring memory
const rssMb = round(process.memoryUsage().rss / 1024 / 1024, 1);
if (process.env.BENCH_DEBUG) console.log("slowest create", createMs.map((v, i) => [i, Math.round(v)]).sort((a, b) => b[1]! - a[1]!).slice(0, 8), "slowest rsvp", rsvpMs.map((v, i) => [i, Math.round(v)]).sort((a, b) => b[1]! - a[1]!).slice(0, 5));
const c = summarize(createMs);
const r = summarize(rsvpMs);
const p = summarize(previewMs);
const h = summarize(hostileMs);
console.log(`seeded ${EVENTS} events in ${round(seedSecs, 1)} s`);
console.log(`create (${ROUNDS}): p50 ${round(c.p50)} ms, p99 ${round(c.p99)} ms, max ${round(c.max)} ms`);
console.log(`rsvp   (${ROUNDS}): p50 ${round(r.p50)} ms, p99 ${round(r.p99)} ms, max ${round(r.max)} ms`);
console.log(`when preview (${previewMs.length}): p50 ${round(p.p50)} ms, p99 ${round(p.p99)} ms; hostile 100-char (${hostileMs.length}): p99 ${round(h.p99)} ms, max ${round(h.max)} ms`);
console.log(`rss ${rssMb} MiB (bot and fake in one process)`);
console.log(
  `bench discord: create_p50_ms=${round(c.p50, 2)} create_p99_ms=${round(c.p99, 2)} rsvp_p50_ms=${round(r.p50, 2)} rsvp_p99_ms=${round(r.p99, 2)} when_preview_p50_ms=${round(p.p50, 2)} when_preview_p99_ms=${round(p.p99, 2)} when_hostile_max_ms=${round(h.max, 2)} rss_mb=${rssMb}`,
);

await bot.stop();
await fake.close();
await store.close();
fs.rmSync(dir, { recursive: true, force: true });
