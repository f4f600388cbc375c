/**
 * bench:soak — minutes of mixed load on two bot processes (`src/main.ts`, black box) sharing one
 * Postgres database, against the fake Discord and fake Slack on 127.0.0.1, while the console core
 * works on the same database from this process:
 *   - Discord (process A): /event create, RSVP storms on the last seats of small events, cancels;
 *   - Slack (A and B behind a round-robin "load balancer"): /event create, rsvp, edit, cancel;
 *   - console (this process): create, rsvp, edit, cancel lines;
 *   - both schedulers deliver thousands of reminders (channel posts and DMs) seeded to come due
 *     during the run, and process B is SIGKILLed and restarted SOAK_KILLS times.
 * At the end: reminders due vs delivered exactly once (counted from what the fakes received),
 * capacity overflows and orphan rows (the invariants), unanswered interactions, RSS of the
 * long-lived process at minute 1 and at the end, p99 interaction latency.
 *
 * Env: SOAK_DATABASE_URL (or TEST_DATABASE_URL, Postgres), SOAK_MINUTES (5), SOAK_KILLS (5),
 * SOAK_EVENTS (300 seeded events with reminders). Loopback only; every loop is bounded by the clock.
 */
import { ManualClock, systemClock } from '../src/core/clock.ts';
import { EventService } from '../src/core/service.ts';
import { ConsoleSession } from '../src/platforms/console/session.ts';
import { createReminderLifecycle } from '../src/scheduler/lifecycle.ts';
import { isPostgresUrl } from '../src/store/database.ts';
import { makeGuild, makeUser, startFakeDiscord } from '../test/harness/discord/index.ts';
import { FAKE_CHANNEL, FAKE_TEAM, startFakeSlack } from '../test/harness/slack/index.ts';
import { postgresSchema } from '../test/scheduler/processes.ts';
import { invariantViolations } from '../test/support/invariants.ts';
import { killBot, rssMb, startBot, stopBot, type Bot } from './soak/bots.ts';
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
const discord = await startFakeDiscord({ guilds: [makeGuild({ name: 'Soak', members: discordUsers })] });
const guild = discord.guilds[0]!;
const channelId = guild.channels[0]!.id;
const slack = await startFakeSlack();
const slackUsers = Array.from({ length: 24 }, (_, i) => `U0SOAK${String(i).padStart(4, '0')}`);
for (const id of slackUsers) slack.setUser({ id, name: id.toLowerCase(), tz: 'Europe/Berlin' });

const slackEnv = { SLACK_BOT_TOKEN: 'xoxb-soak', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, SLACK_PORT: '0' };
const envA = { DATABASE_URL: schema.url, DISCORD_TOKEN: 'soak-token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_REST_URL: discord.restUrl, ...slackEnv };
const envB = { DATABASE_URL: schema.url, ...slackEnv };

let a: Bot = await startBot('A', envA, log);
let b: Bot = await startBot('B', envB, log);
log(`bots up: A pid ${a.child.pid} (Discord + Slack + scheduler), B pid ${b.child.pid} (Slack + scheduler)`);

// Reminders that come due during the run: small events (the last-seat storms) and larger ones,
// on both platforms, three offsets each, to the channel and by DM to three people going.
const seeder = new EventService({ store, clock: systemClock, lifecycle: createReminderLifecycle() });
// Starts from 2.5 minutes in to a minute past the end: their 2-, 1- and 0-minute reminders fall in the run.
const span = Math.max(60_000, MINUTES * 60_000 - 90_000);
const seeded: Array<{ platform: 'discord' | 'slack'; id: string; capacity: number | null; creator: string }> = [];
for (let i = 0; i < EVENTS; i++) {
  const platform = i % 2 === 0 ? 'discord' : 'slack';
  const people = platform === 'discord' ? discordUsers.map((u) => u.id) : slackUsers;
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
        channelId: platform === 'discord' ? channelId : FAKE_CHANNEL.id,
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
  seeded.push({ platform, id: made.value.event.id, capacity, creator });
}
log(`seeded ${EVENTS} events with reminders due over the next ${round(span / 60_000, 1)} minutes`);


const latency: Latency = { samples: [], unanswered: 0, cutByKill: 0, answered: 0 };
const end = Date.now() + MINUTES * 60_000;
const running = () => Date.now() < end;
const d = new DiscordDriver(discord, guild, channelId, discordUsers, seeded.filter((s) => s.platform === 'discord'), latency);
const s = new SlackDriver(slack, SECRET, slackUsers, seeded.filter((e) => e.platform === 'slack'), latency, () => [a, b]);

// The console core on the same database, in its own tenant, as fast as lines come.
const consoleClock = new ManualClock(new Date());
const consoleSession = new ConsoleSession(new EventService({ store, clock: systemClock, lifecycle: createReminderLifecycle() }), () => new Date());
let consoleLines = 0;
async function consoleLoop(): Promise<void> {
  const people = ['ana', 'ben', 'cy', 'dee'];
  for (let i = 0; running(); i++) {
    const who = people[i % people.length]!;
    await consoleSession.handle(`/as ${who}`);
    const lines = [
      `/event create Console ${i} in ${2 + (i % 50)} hours`,
      `/rsvp going console ${Math.max(0, i - 1)}`,
      `/event edit console ${Math.max(0, i - 2)} title Console ${i - 2} (moved)`,
      i % 7 === 0 ? `/event cancel console ${Math.max(0, i - 3)}` : `/event list`,
    ];
    for (const l of lines) {
      await consoleSession.handle(l);
      consoleLines++;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  void consoleClock;
}

let rss1 = NaN;
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
async function memory(): Promise<void> {
  while (Date.now() < t0Run + 60_000 && running()) await new Promise((r) => setTimeout(r, 500));
  rss1 = rssMb(a.child.pid);
  log(`RSS of A at minute 1: ${rss1} MiB`);
}

const t0Run = Date.now();
await Promise.all([d.run(running, 2), s.run(running, 2), consoleLoop(), killer(), memory()]);
const rss5 = rssMb(a.child.pid);
const stoppedAt = Date.now();
log(`load stopped; RSS of A at the end: ${rss5} MiB; waiting for due reminders to settle`);

// Everything due by the end must be settled (sent or skipped) before counting: bounded wait.
const settleBy = Date.now() + 120_000;
for (;;) {
  const open = await store.db
    .selectFrom('reminders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', 'in', ['pending', 'claimed'])
    .where('platform', 'in', ['discord', 'slack'])
    .where('due_at', '<=', stoppedAt)
    .executeTakeFirstOrThrow();
  if (Number(open.n) === 0 || Date.now() > settleBy) break;
  await new Promise((r) => setTimeout(r, 1_000));
}
const t = await tally(store, discord, slack, stoppedAt);
const violations = await invariantViolations(store);
const overflow = violations.filter((v) => v.includes('over capacity')).length;
const orphans = violations.filter((v) => v.includes('orphan')).length;
const lat = summarize(latency.samples);

await stopBot(b);
await stopBot(a);
await discord.close();
await slack.close();
await schema.drop();

console.log(`ran ${MINUTES} min; B SIGKILLed and restarted ${kills.length} times; console lines ${consoleLines}`);
console.log(`interactions answered ${latency.answered} (Discord ${d.sent}, Slack ${s.sent}); unanswered ${latency.unanswered}; cut by a kill ${latency.cutByKill}`);
console.log(`latency p50 ${round(lat.p50, 1)} ms, p99 ${round(lat.p99, 1)} ms, max ${round(lat.max, 1)} ms`);
console.log(`reminders due ${t.due}: delivered once ${t.deliveredOnce}, lost ${t.lost}, duplicated ${t.duplicated}, unsettled ${t.unsettled}; skipped ${JSON.stringify(t.skipped)}`);
console.log(`invariants: ${violations.length === 0 ? 'all hold' : violations.slice(0, 10).join('; ')}`);
console.log(`orphan rows ${orphans}; RSS of A: minute 1 ${rss1} MiB, end ${rss5} MiB`);
console.log(
  `bench soak: due=${t.due} delivered_once=${t.deliveredOnce} lost=${t.lost} duplicated=${t.duplicated} overflow=${overflow} unanswered=${latency.unanswered} rss1_mb=${rss1} rss5_mb=${rss5} p99_ms=${round(lat.p99, 1)}`,
);
process.exit(0);
