import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMain, stopChild } from '../../support/process.ts';

let child: ChildProcess | undefined;
let dir: string | undefined;

afterEach(async () => {
  await stopChild(child);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm start with no credentials (black box)', () => {
  it('runs the console playground on SQLite, reads piped commands and exits at the end of input', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-console-bb-'));
    child = startMain({ DATABASE_URL: `sqlite:${path.join(dir, 'convene.db')}` }, { stdin: true });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.stdin!.end('/event create Game night saturday 8pm at the pub\n/as alice\n/rsvp going game night\n/event list\n');
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000))]);
    expect(code).toBe(0);
    expect(out).toMatch(/Created "Game night"/);
    expect(out).toMatch(/You're going to Game night/);
    expect(out).toMatch(/• [a-z0-9]{8}  Game night — Sat, .* — 1 going/);
    expect(fs.existsSync(path.join(dir, 'convene.db'))).toBe(true);
  }, 30_000);
});
