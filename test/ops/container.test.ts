import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_CHANNEL, signedPost, slashCommandBody, startFakeSlack, type FakeSlack } from '../harness/slack/index.ts';
import { guildIdForShard, makeGuild, opt, slashCommand, startFakeDiscord, sub, type FakeDiscord } from '../harness/discord/index.ts';
import { ROOT, stopChild, waitForOutput } from '../support/process.ts';
import { replayDockerfile, type Stage } from './dockerfile.ts';

/*
 * The Dockerfile replayed offline: its build stage (npm ci → the installed node_modules, hard
 * linked; npm run build; npm prune --omit=dev) and its run stage, whose CMD and HEALTHCHECK run
 * here with the image's environment. One build serves every test in this file.
 */
let work: string;
let run: Stage;
const children: ChildProcess[] = [];
const closers: Array<() => Promise<unknown>> = [];

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-image-'));
  run = replayDockerfile(path.join(ROOT, 'Dockerfile'), {
    context: ROOT,
    root: work,
    npmCi: (dir) => execFileSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')]),
  });
}, 240_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

afterEach(async () => {
  for (const c of children.splice(0)) await stopChild(c);
  for (const c of closers.splice(0).reverse()) await c();
});

/** The image's CMD (or another command) with the image's environment plus `env`. */
function start(env: Record<string, string>, cmd = run.cmd!): ChildProcess {
  const child = spawn(cmd[0] === 'node' ? process.execPath : cmd[0]!, cmd.slice(1), {
    cwd: run.dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...run.env, HTTP_HOST: '127.0.0.1', HTTP_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

function collect(child: ChildProcess): () => string {
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return () => out;
}

const listening = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/;

describe('the container, replayed', () => {
  it('runs with production dependencies only, as a non-root user, and its HEALTHCHECK passes on /healthz', async () => {
    expect(run.user).toBe('node');
    for (const dev of ['typescript', 'tsx', 'vitest', 'fast-check']) expect(fs.existsSync(path.join(run.dir, 'node_modules', dev)), dev).toBe(false);
    for (const prod of ['fastify', 'pino', 'better-sqlite3', 'discord.js']) expect(fs.existsSync(path.join(run.dir, 'node_modules', prod)), prod).toBe(true);
    expect(fs.existsSync(path.join(run.dir, 'src'))).toBe(false);

    const child = start({});
    const port = (await waitForOutput(child, listening, 30_000))[1]!;
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ ok: true });
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    // The image's own health check, as Docker would run it.
    const check = run.healthcheck!;
    execFileSync(process.execPath, check.slice(1), { env: { ...run.env, HTTP_PORT: port }, timeout: 10_000 });
    // The database file lands in the image's data directory (a volume).
    expect(fs.existsSync(path.join(run.dir, 'data', 'convene.db'))).toBe(true);
  }, 60_000);

  it('drives a Slack interaction through the built bot and reads it back from /metrics; no secret in its output', async () => {
    const SECRET = '0123456789abcdef0123456789abcdef';
    const TOKEN = 'xoxb-4242-container-test-token';
    const fake: FakeSlack = await startFakeSlack();
    closers.push(() => fake.close());
    const child = start({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' });
    const output = collect(child);
    const port = (await waitForOutput(child, listening, 30_000))[1]!;
    await waitForOutput(child, /Slack app listening for Slack/, 30_000);
    const base = `http://127.0.0.1:${port}`;
    const res = await signedPost(`${base}/slack/events`, slashCommandBody({ command: '/event', text: 'Game night friday 8pm', response_url: fake.responseUrl('m1') }), {
      signingSecret: SECRET,
    });
    expect(res.status).toBe(200);
    const post = await fake.waitForCall('chat.postMessage', undefined, 10_000);
    expect(post.args.channel).toBe(FAKE_CHANNEL.id);
    // A forged request is refused on the same port (Bolt's signature check).
    const forged = await signedPost(`${base}/slack/events`, slashCommandBody({ command: '/event', text: 'list', response_url: fake.responseUrl('f1') }), { signingSecret: 'f'.repeat(32) });
    expect(forged.status).toBe(401);

    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^convene_interactions_total\{platform="slack",kind="create",outcome="ok"\} 1$/m);
    expect(metrics).toMatch(/^convene_interaction_duration_seconds_count\{platform="slack",kind="create",outcome="ok"\} 1$/m);
    expect(metrics).toMatch(/^convene_process_resident_memory_bytes \d+/m);
    const ready = (await (await fetch(`${base}/readyz`)).json()) as { checks: Record<string, { ok: boolean }> };
    expect(ready.checks['slack']).toEqual({ ok: true });

    await stopChild(child);
    const out = output();
    // Production logs are JSON lines: one per interaction with tenant, event, outcome and latency.
    const lines = out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.find((l) => l['kind'] === 'create')).toMatchObject({ tenant: expect.stringMatching(/^slack:T/), via: 'slack', outcome: 'ok', event: expect.stringMatching(/^[a-z0-9]{8}$/) });
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain(TOKEN);
  }, 60_000);

  it('runs one process per Discord shard from the built output (npm run cli -- shards)', async () => {
    const g0 = makeGuild({ id: guildIdForShard(0, 2), name: 'Zero' });
    const g1 = makeGuild({ id: guildIdForShard(1, 2), name: 'One' });
    const fake: FakeDiscord = await startFakeDiscord({ shards: 2, guilds: [g0, g1], token: 'shard-token' });
    closers.push(() => fake.close());
    const child = start(
      { DISCORD_TOKEN: 'shard-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_REST_URL: fake.restUrl, DISCORD_SHARDS: '2' },
      ['node', 'dist/cli.js', 'shards', '--delay', '0'],
    );
    const output = collect(child);
    await waitForOutput(child, /all 2 shards started/, 45_000);
    await fake.waitForSessions(2);
    for (const guild of [fake.guilds[0]!, fake.guilds[1]!]) {
      const h = fake.interact(slashCommand({ guild, name: 'event', options: [sub('create', [opt('title', `Night in ${guild.name}`), opt('when', 'friday 8pm')])] }));
      expect(JSON.stringify((await h.callback(10_000)).body)).toMatch(/Created/);
    }
    // Two bot processes, one shard each: each logged in with its own shard.
    expect(output().match(/logged in as .*shards 0\b/g)?.length).toBe(1);
    expect(output().match(/logged in as .*shards 1\b/g)?.length).toBe(1);
  }, 90_000);
});
