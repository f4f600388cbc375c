import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buttonClick, makeGuild, makeUser, opt, route, slashCommand, startFakeDiscord, sub, type FakeDiscord } from '../../harness/discord/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

let child: ChildProcess | undefined;
let fake: FakeDiscord | undefined;
let dir: string | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  child = undefined;
  await fake?.close();
  fake = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function waitForLine(proc: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; output:\n${seen}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve(seen);
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the process exited with ${code}; output:\n${seen}`));
    });
  });
}

describe('npm start against a fake Discord (black box)', () => {
  it('logs in from the environment (gateway URL from GET /gateway/bot), creates an event and takes an RSVP', async () => {
    if (!fs.existsSync(path.join(ROOT, 'src/main.ts'))) return; // the composition root is the lead's
    const host = makeUser({ username: 'host' });
    const alice = makeUser({ username: 'alice' });
    fake = await startFakeDiscord({ token: 'blackbox-token', guilds: [makeGuild({ name: 'Club', members: [host, alice] })] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-discord-bb-'));
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DISCORD_TOKEN: 'blackbox-token',
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_REST_URL: fake.restUrl,
        DATABASE_URL: `sqlite:${path.join(dir, 'convene.db')}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForLine(child, /Discord bot connected/, 20_000);
    expect(fake.findRequest(route('GET', '/gateway/bot'))).toBeDefined();
    const guild = fake.guilds[0]!;
    const h = fake.interact(slashCommand({ guild, user: host, name: 'event', options: [sub('create', [opt('title', 'Game night'), opt('when', 'friday 8pm')])] }));
    const cb = (await h.callback(5_000)).body as { data: { content: string } };
    expect(cb.data.content).toMatch(/Created \*\*Game night\*\*/);
    const id = /\(`([a-z0-9]{8})`\)/.exec(cb.data.content)![1]!;
    const card = fake.messages(guild.channels[0]!.id).find((m) => JSON.stringify(m['embeds']).includes(`Event ${id}`))!;
    const click = fake.interact(buttonClick({ guild, user: alice, customId: `rsvp:${id}:going`, message: card }));
    const update = (await click.callback(5_000)).body as { type: number; data: { embeds: unknown[] } };
    expect(update.type).toBe(7);
    expect(JSON.stringify(update.data.embeds)).toContain(`<@${alice.id}>`);
  }, 40_000);
});
