import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_CHANNEL, signedPost, slashCommandBody, startFakeSlack, type FakeSlack } from '../../harness/slack/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SECRET = 'blackbox-secret';

let child: ChildProcess | undefined;
let fake: FakeSlack | undefined;
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

/** Resolves with the port once the process logs that Slack is listening; bounded. */
function waitForPort(proc: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no "listening" line within ${timeoutMs} ms; output:\n${seen}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /listening for Slack on port (\d+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
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

describe('npm start against a fake Slack (black box)', () => {
  it('runs the real app from the environment: a signed /event creates an event and posts its card', async () => {
    if (!fs.existsSync(path.join(ROOT, 'src/main.ts'))) return; // the composition root is the lead's
    fake = await startFakeSlack();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-slack-bb-'));
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        SLACK_BOT_TOKEN: 'xoxb-blackbox',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        SLACK_PORT: '0',
        DATABASE_URL: `sqlite:${path.join(dir, 'convene.db')}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const port = await waitForPort(child, 20_000);
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    const res = await signedPost(
      `http://127.0.0.1:${port}/slack/events`,
      slashCommandBody({ command: '/event', text: 'Game night friday 8pm', response_url: fake.responseUrl('bb') }),
      { signingSecret: SECRET },
    );
    expect(res.status).toBe(200);
    const post = await fake.waitForCall('chat.postMessage', undefined, 5_000);
    expect(post.args.channel).toBe(FAKE_CHANNEL.id);
    expect(JSON.stringify(post.args.blocks)).toContain('Game night');
    const reply = await fake.waitForResponse('bb', undefined, 5_000);
    expect(String((reply.body as { text?: string }).text)).toContain('Created *Game night*');
  }, 30_000);
});
