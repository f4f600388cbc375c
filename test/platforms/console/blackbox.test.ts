import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blackboxRun } from '../../support/process.ts';

const run = blackboxRun('console');

describe('npm start with no credentials (black box)', () => {
  it('runs the console playground on SQLite, reads piped commands and exits at the end of input', async () => {
    const child = run.start({}, { stdin: true });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.stdin!.end('/event create Game night saturday 8pm at the pub\n/as alice\n/rsvp going game night\n/event list\n');
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000))]);
    expect(code).toBe(0);
    expect(out).toMatch(/Created "Game night"/);
    expect(out).toMatch(/You're going to Game night/);
    expect(out).toMatch(/• [a-z0-9]{8}  Game night — Sat, .* — 1 going/);
    expect(fs.existsSync(run.dbFile())).toBe(true);
  }, 30_000);
});
