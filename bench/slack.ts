/**
 * bench:slack — the real Bolt app over HTTP against the fake Slack, with 10,000 events in the
 * store: 1,000 slash-command round trips (signed POST → ack + the card recorded by the fake's
 * chat.postMessage) and 1,000 RSVP clicks (signed POST → ack + chat.update recorded).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../src/core/clock.ts';
import { EventService } from '../src/core/service.ts';
import { startSlack } from '../src/platforms/slack/index.ts';
import { ACTION } from '../src/platforms/slack/ids.ts';
import { openStore } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import {
  blockActionBody,
  FAKE_BOT,
  FAKE_TEAM,
  signedPost,
  slashCommandBody,
  startFakeSlack,
} from '../test/harness/slack/index.ts';
import { slackConfig, slackServer } from '../test/platforms/slack/setup.ts';
import { peakRssMb, round, summarize } from './stats.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1_000);
const SECRET = 'bench-signing-secret';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-slack-'));
const store = openStore(`sqlite:${path.join(dir, 'bench.db')}`);
await migrateToLatest(store);
const clock = new ManualClock('2026-11-21T12:00:00Z');
const service = new EventService({ store, clock });
const fake = await startFakeSlack();

// 10,000 events in the workspace, spread over 20 channels and 50 hosts.
const t0 = performance.now();
for (let i = 0; i < EVENTS; i++) {
  const start = new Date(Date.parse('2026-11-22T18:00:00Z') + (i % 500) * 3_600_000).toISOString();
  const r = await service.run(
    { platform: 'slack', workspaceId: FAKE_TEAM.id, userId: `UHOST${String(i % 50).padStart(5, '0')}` },
    { type: 'create', input: { title: `Seeded ${i}`, start, timezone: 'UTC', channelId: `CSEED${i % 20}` }, idempotencyKey: `seed-${i}` },
  );
  if (!r.ok) throw new Error(r.error.message);
}
const seedSecs = (performance.now() - t0) / 1000;

const server = await slackServer();
const slack = await startSlack({
  service,
  store,
  clock,
  config: slackConfig(fake, { botToken: 'xoxb-bench', signingSecret: SECRET }),
  log: () => {},
  http: server.route,
  options: { botId: FAKE_BOT.botId, botUserId: FAKE_BOT.botUserId, retries: false },
});
const url = `${server.url}/slack/events`;
const user = (i: number) => `UB${String(i % 200).padStart(8, '0')}`;

// Slash commands: "/event Bench N friday 8pm" creates and posts a card.
const slashMs: number[] = [];
const cards: { eventId: string; ts: string }[] = [];
for (let i = 0; i < ROUNDS; i++) {
  fake.clearRecords();
  const id = `s${i}`;
  const body = slashCommandBody({ command: '/event', text: `Bench ${i} friday 8pm`, user_id: user(i), channel_id: 'CBENCH0001', response_url: fake.responseUrl(id) });
  const start = performance.now();
  const [res, post] = await Promise.all([signedPost(url, body, { signingSecret: SECRET }), fake.waitForCall('chat.postMessage', undefined, 5_000)]);
  slashMs.push(performance.now() - start);
  if (res.status !== 200) throw new Error(`slash command answered ${res.status}`);
  await fake.waitForResponse(id, undefined, 5_000);
  const blocks = post.args.blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[];
  const value = blocks.find((b) => b.type === 'actions')?.elements?.find((e) => e.action_id === ACTION.rsvpGoing)?.value;
  if (!value) throw new Error('the card has no Going button');
  cards.push({ eventId: value, ts: String(post.response!.ts) });
}

// RSVP clicks on those cards → chat.update.
const rsvpMs: number[] = [];
const choices = [ACTION.rsvpGoing, ACTION.rsvpMaybe, ACTION.rsvpDeclined] as const;
for (let i = 0; i < ROUNDS; i++) {
  fake.clearRecords();
  const card = cards[(i * 7) % cards.length]!;
  const id = `r${i}`;
  const body = blockActionBody({
    action_id: choices[i % 3]!,
    value: card.eventId,
    user_id: user(i + 17),
    channel_id: 'CBENCH0001',
    message: { ts: card.ts },
    response_url: fake.responseUrl(id),
  });
  const start = performance.now();
  const [res] = await Promise.all([signedPost(url, body, { signingSecret: SECRET }), fake.waitForCall('chat.update', undefined, 5_000)]);
  rsvpMs.push(performance.now() - start);
  if (res.status !== 200) throw new Error(`RSVP click answered ${res.status}`);
  await fake.waitForResponse(id, undefined, 5_000);
}

await slack.stop();
await server.close();
await fake.close();
await store.close();
fs.rmSync(dir, { recursive: true, force: true });

const s = summarize(slashMs);
const r = summarize(rsvpMs);
console.log(`seeded ${EVENTS} events in ${round(seedSecs, 1)} s`);
console.log(`slash command round trip (ack + card posted), n=${ROUNDS}: p50 ${round(s.p50, 2)} ms, p99 ${round(s.p99, 2)} ms, max ${round(s.max, 2)} ms`);
console.log(`RSVP click (ack + chat.update), n=${ROUNDS}: p50 ${round(r.p50, 2)} ms, p99 ${round(r.p99, 2)} ms, max ${round(r.max, 2)} ms`);
console.log(`peak rss ${peakRssMb()} MiB`);
console.log(
  `bench slack: slash_p50_ms=${round(s.p50, 2)} slash_p99_ms=${round(s.p99, 2)} rsvp_p50_ms=${round(r.p50, 2)} rsvp_p99_ms=${round(r.p99, 2)} rss_mb=${peakRssMb()}`,
);
