/**
 * bench:soak — minutes of mixed load on two bot processes (`src/main.ts`, black box) sharing one
 * Postgres database, against the fake Discord and fake Slack on 127.0.0.1, while the console core
 * works on the same database from this process:
 *   - Discord: two guilds, one per shard; process A runs shard 0, process B shard 1 (Discord routes
 *     a guild's interactions to its shard's process): /event create, RSVP storms on the last seats
 *     of small events, cancels;
 *   - Slack (A and B behind a round-robin "load balancer"): /event create, rsvp, edit, cancel;
 *   - console (this process, with its own scheduler and the console notifier, as the playground
 *     runs): create, rsvp, edit, cancel lines, its events' reminders due during the run;
 *   - both bot schedulers deliver thousands of reminders (channel posts and DMs) seeded to come due
 *     during the run, and process B (Discord shard 1, Slack, scheduler) is SIGKILLed and restarted
 *     SOAK_KILLS times; A lives throughout, for its RSS.
 * At the end: reminders due vs delivered exactly once (counted from what the fakes received and
 * the console printed), capacity overflows and orphan rows (the invariants), unanswered
 * interactions, RSS of the long-lived process at minute 1 and at the end, p99 interaction latency.
 *
 * Env: SOAK_DATABASE_URL (or TEST_DATABASE_URL, Postgres), SOAK_MINUTES (5), SOAK_KILLS (5),
 * SOAK_EVENTS (300 seeded events with reminders). Loopback only; every loop is bounded by the clock.
 */
import { systemClock } from '../src/core/clock.ts';
import { EventService } from '../src/core/service.ts';
import { ConsoleSession } from '../src/platforms/console/session.ts';
import { createReminderLifecycle } from '../src/scheduler/lifecycle.ts';
import { Scheduler } from '../src/scheduler/scheduler.ts';
import { isPostgresUrl } from '../src/store/database.ts';
import { guildIdForShard, makeGuild, makeUser, startFakeDiscord } from '../test/harness/discord/index.ts';
import { FAKE_CHANNEL, FAKE_TEAM, startFakeSlack } from '../test/harness/slack/index.ts';
import { postgresSchema } from '../test/scheduler/processes.ts';
import { invariantViolations } from '../test/support/invariants.ts';
import { heapUsedMb, killBot, rssMb, startBot, stopBot, type Bot } from './soak/bots.ts';
import { consoleRecorder } from './soak/console.ts';
import { DiscordDriver, SlackDriver, type Latency } from './soak/drivers.ts';
import { tally } from './soak/tally.ts';
import { round, summarize } from './stats.ts';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 5);
const KILLS = Number(process.env.SOAK_KILLS ?? 5);
const EVENTS = Number(process.env.SOAK_EVENTS ?? 300);
const DB = process.env.SOAK_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!DB || !isPostgresUrl(DB)) throw new Error('bench:soak runs on Postgres: set SOAK_DATABASE_URL (or TEST_DATABASE_URL) to postgres://…');
const SECRET = 'soak-signing-secret';
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${line}`);
const t0 = Date.now();

const schema = await postgresSchema(DB, 'soak_');
const store = schema.store;
const discordUsers = Array.from({ length: 24 }, (_, i) => makeUser({ username: `soaker${i}` }));
const discord = await startFakeDiscord({
  shards: 2,
  guilds: [0, 1].map((shard) => makeGuild({ id: guildIdForShard(shard, 2), name: `Soak ${shard}`, members: discordUsers })),
});
const guilds = discord.guilds.slice(0, 2);
const slack = await startFakeSlack();
const slackUsers = Array.from({ length: 24 }, (_, i) => `U0SOAK${String(i).padStart(4, '0')}`);
for (const id of slackUsers) slack.setUser({ id, name: id.toLowerCase(), tz: 'Europe/Berlin' });

const slackEnv = { SLACK_BOT_TOKEN: 'xoxb-soak', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, SLACK_PORT: '0' };
const discordEnv = { DISCORD_TOKEN: 'soak-token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_REST_URL: discord.restUrl, SHARD_COUNT: '2' };
// discord.js takes its shard from SHARDS/SHARD_COUNT, as under the ShardingManager (`cli shards`).
const envA = { DATABASE_URL: schema.url, ...discordEnv, SHARDS: '[0]', ...slackEnv };
const envB = { DATABASE_URL: schema.url, ...discordEnv, SHARDS: '[1]', ...slackEnv };

let a: Bot = await startBot('A', envA, log);
let b: Bot = await startBot('B', envB, log);
log(`bots up: A pid ${a.child.pid} (Discord shard 0 + Slack + scheduler), B pid ${b.child.pid} (Discord shard 1 + Slack + scheduler)`);

// Reminders that come due during the run: small events (the last-seat storms) and larger ones,
// on both platforms, three offsets each, to the channel and by DM to three people going.
const seeder = new EventService({ store, clock: systemClock, lifecycle: createReminderLifecycle() });
// Starts from 2.5 minutes in to a minute past the end: their 2-, 1- and 0-minute reminders fall in the run.
const span = Math.max(60_000, MINUTES * 60_000 - 90_000);
const seeded: Array<{ platform: 'discord' | 'slack'; workspaceId: string; id: string; capacity: number | null; creator: string }> = [];
for (let i = 0; i < EVENTS; i++) {
  const platform = i % 2 === 0 ? 'discord' : 'slack';
  const people = platform === 'discord' ? discordUsers.map((u) => u.id) : slackUsers;
  const guild = guilds[(i >> 1) % 2]!;
  const workspaceId = platform === 'discord' ? guild.id : FAKE_TEAM.id;
  const creator = people[i % people.length]!;
  const start = new Date(Date.now() + 150_000 + Math.floor((i / EVENTS) * span)).toISOString();
  const capacity = i % 3 === 0 ? 3 : null;
  const made = await seeder.run(
    { platform, workspaceId, userId: creator },
    {
      type: 'create',
      input: {
        title: `Soak ${i}`,
        start,
        timezone: 'Europe/Berlin',
        channelId: platform === 'discord' ? guild.channels[0]!.id : FAKE_CHANNEL.id,
        capacity,
        reminderOffsets: ['PT2M', 'PT1M', 'PT0M'],
        reminderAudience: 'both',
      },
    },
  );
  if (!made.ok) throw new Error(`seed: ${made.error.message}`);
  for (let k = 1; k <= 3; k++) {
    await seeder.run({ platform, workspaceId, userId: people[(i + k) % people.length]! }, { type: 'rsvp', event: made.value.event.id, status: 'going' });
  }
  seeded.push({ platform, workspaceId, id: made.value.event.id, capacity, creator });
}
log(`seeded ${EVENTS} events with reminders due over the next ${round(span / 60_000, 1)} minutes`);


const latency: Latency = { samples: [], unanswered: 0, unansweredBy: {}, cutByKill: 0, answered: 0 };
const end = Date.now() + MINUTES * 60_000;
const running = () => Date.now() < end;
const discordDrivers = guilds.map(
  (g, shard) => new DiscordDriver(discord, g, g.channels[0]!.id, discordUsers, seeded.filter((e) => e.workspaceId === g.id), latency, () => (shard === 0 ? a : b)),
);
const s = new SlackDriver(slack, SECRET, slackUsers, seeded.filter((e) => e.platform === 'slack'), latency, () => [a, b]);

// The console core on the same database, in its own tenant, with its own scheduler and the
// console notifier (as the playground runs it); some of its events start minutes from now, so
// their reminders come due during the run and are counted with the others.
const printed = consoleRecorder();
let consoleScheduler: Scheduler | null = null;
const consoleService = new EventService({ store, clock: systemClock, lifecycle: createReminderLifecycle({ onQueued: () => consoleScheduler?.wake() }) });
consoleScheduler = new Scheduler({ store, clock: systemClock, notifiers: { console: printed.notifier }, publisher: consoleService });
consoleScheduler.start();
const consoleSession = new ConsoleSession(consoleService, () => new Date());
let consoleLines = 0;
let consoleDone = 0;
const consoleRefused: string[] = [];
async function consoleLoop(): Promise<void> {
  const people = ['ana', 'ben', 'cy', 'dee'];
  await consoleSession.handle('/as host manager');
  const setting = await consoleSession.handle('/event settings reminders 2m, 1m, now');
  if (!setting?.startsWith('New events remind')) throw new Error(`console: ${setting}`);
  // Titles name events by letters ("Console aaab"): a number in a title would be read as part of the time.
  const tag = (n: number) => Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(Math.max(0, n) / 26 ** (3 - k)) % 26))).join('');
  for (let i = 0; running(); i++) {
    const who = (n: number) => people[Math.max(0, n) % people.length]!;
    const when = i % 2 === 0 ? `in ${3 + (i % 3)} minutes` : `in ${2 + (i % 50)} hours`;
    // Each event is edited and cancelled by its host (the one who created it).
    const lines: Array<[string, RegExp]> = [
      [`/as ${who(i)}`, /^You are now/],
      [`/event create Console ${tag(i)} ${when}`, /^Created/],
      ...(i < 3
        ? []
        : ([
            [`/rsvp going console ${tag(i - 1)}`, /^You're/],
            [`/as ${who(i - 2)}`, /^You are now/],
            [`/event edit console ${tag(i - 2)} title Console ${tag(i - 2)} (edited)`, /^Updated/],
            [`/as ${who(i - 3)}`, /^You are now/],
            i % 7 === 0 ? [`/event cancel console ${tag(i - 3)}`, /^Cancelled/] : [`/event list`, /•/],
          ] as Array<[string, RegExp]>)),
    ];
    for (const [l, expected] of lines) {
      const reply = (await consoleSession.handle(l)) ?? '';
      consoleLines++;
      if (expected.test(reply)) consoleDone++;
      else if (consoleRefused.length < 5) consoleRefused.push(`${l} → ${reply.slice(0, 120)}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A's memory every 2 s: RSS from /proc, heap in use from its /metrics. */
const memory: Array<{ at: number; rss: number; heap: number }> = [];
const kills: number[] = [];
async function killer(): Promise<void> {
  const every = (MINUTES * 60_000) / (KILLS + 1);
  for (let k = 1; k <= KILLS; k++) {
    const at = t0Run + k * every;
    while (Date.now() < at) await new Promise((r) => setTimeout(r, 200));
    await killBot(b);
    kills.push(Date.now());
    log(`SIGKILL B (${k}/${KILLS}); restarting`);
    b = await startBot('B', envB, log);
  }
}
async function sampleMemory(): Promise<void> {
  while (running()) {
    memory.push({ at: Date.now() - t0Run, rss: rssMb(a.child.pid), heap: await heapUsedMb(a) });
    await new Promise((r) => setTimeout(r, 2_000));
  }
}
/** The median of A's samples taken from `from` to `to` ms into the run: one GC's timing does not decide it. */
function medianMemory(from: number, to: number, key: 'rss' | 'heap'): number {
  const xs = memory.filter((m) => m.at >= from && m.at <= to && Number.isFinite(m[key])).map((m) => m[key]).sort((x, y) => x - y);
  return xs.length ? xs[Math.floor(xs.length / 2)]! : NaN;
}

const t0Run = Date.now();
await Promise.all([...discordDrivers.map((d) => d.run(running, 1)), s.run(running, 2), consoleLoop(), killer(), sampleMemory()]);
const stoppedAt = Date.now();
const runMs = stoppedAt - t0Run;
// Minute 1: the 30 s around it; minute 5 (the end): the last 30 s of the run.
const rss1 = medianMemory(45_000, 75_000, 'rss');
const rss5 = medianMemory(runMs - 30_000, runMs, 'rss');
const heap1 = medianMemory(45_000, 75_000, 'heap');
const heap5 = medianMemory(runMs - 30_000, runMs, 'heap');
log(`load stopped; A at minute 1: RSS ${rss1} MiB, heap ${heap1} MiB; at the end: RSS ${rss5} MiB, heap ${heap5} MiB; waiting for due reminders to settle`);

// Everything due by the end must be settled (sent or skipped) before counting: bounded wait.
const settleBy = Date.now() + 120_000;
for (;;) {
  const open = await store.db
    .selectFrom('reminders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', 'in', ['pending', 'claimed'])
    .where('due_at', '<=', stoppedAt)
    .executeTakeFirstOrThrow();
  if (Number(open.n) === 0 || Date.now() > settleBy) break;
  await new Promise((r) => setTimeout(r, 1_000));
}
await consoleScheduler.stop();
const t = await tally(store, { discord, slack, console: printed.seen }, stoppedAt);
const violations = await invariantViolations(store);
const overflow = violations.filter((v) => v.includes('over capacity')).length;
const orphans = violations.filter((v) => v.includes('orphan')).length;
const lat = summarize(latency.samples);

await stopBot(b);
await stopBot(a);
await discord.close();
await slack.close();
await schema.drop();

console.log(`ran ${MINUTES} min; B SIGKILLed and restarted ${kills.length} times; console lines ${consoleLines} (${consoleDone} did what they asked), console notices printed ${printed.lines()}`);
if (consoleRefused.length) console.log(`console lines refused, e.g.: ${consoleRefused.join(' | ')}`);
console.log(`interactions answered ${latency.answered} (Discord ${discordDrivers.map((d) => d.sent).join(' + ')}, Slack ${s.sent}); unanswered ${latency.unanswered} ${JSON.stringify(latency.unansweredBy)}; cut by a kill ${latency.cutByKill}`);
console.log(`latency p50 ${round(lat.p50, 1)} ms, p99 ${round(lat.p99, 1)} ms, max ${round(lat.max, 1)} ms`);
console.log(`reminders due ${t.due} (${JSON.stringify(t.duePerPlatform)}): delivered once ${t.deliveredOnce}, lost ${t.lost}, duplicated ${t.duplicated}, unsettled ${t.unsettled}; skipped ${JSON.stringify(t.skipped)}`);
console.log(`skipped by platform and target: ${JSON.stringify(t.skippedWhere)}`);
console.log(`invariants: ${violations.length === 0 ? 'all hold' : violations.slice(0, 10).join('; ')}`);
console.log(`orphan rows ${orphans}; A (median of 2-s samples): RSS minute 1 ${rss1} MiB, end ${rss5} MiB; heap in use minute 1 ${heap1} MiB, end ${heap5} MiB`);
console.log(`A's memory every 10 s (s: RSS/heap MiB): ${memory.filter((_, i) => i % 5 === 0).map((m) => `${Math.round(m.at / 1000)}:${m.rss}/${m.heap}`).join(' ')}`);
console.log(
  `bench soak: due=${t.due} delivered_once=${t.deliveredOnce} lost=${t.lost} duplicated=${t.duplicated} overflow=${overflow} unanswered=${latency.unanswered} rss1_mb=${rss1} rss5_mb=${rss5} p99_ms=${round(lat.p99, 1)}`,
);
process.exit(0);
