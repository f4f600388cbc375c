import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** `npm start` as a black box: src/main.ts in a child process with only the given environment. */
export function startMain(env: Record<string, string>, opts: { stdin?: boolean } = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: [opts.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the first match of `pattern` in the process's output; bounded, fails on exit. */
export function waitForOutput(proc: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no output matching ${pattern} within ${timeoutMs} ms; output:\n${seen}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = pattern.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m);
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

/** SIGTERM, then SIGKILL if it has not exited within 5 s. */
export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/**
 * One black-box run per test: `start` spawns `npm start` on a fresh SQLite file in a temporary folder,
 * `closeAfter` registers a fake to close; after each test the child is stopped, the fakes closed and
 * the folder removed.
 */
export function blackboxRun(prefix: string): {
  start: (env: Record<string, string>, opts?: { stdin?: boolean }) => ChildProcess;
  closeAfter: <T extends { close: () => Promise<void> }>(fake: T) => T;
  dbFile: () => string;
} {
  let child: ChildProcess | undefined;
  let dir: string | undefined;
  const fakes: Array<{ close: () => Promise<void> }> = [];
  afterEach(async () => {
    await stopChild(child);
    child = undefined;
    for (const fake of fakes.splice(0)) await fake.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const dbFile = () => path.join((dir ??= fs.mkdtempSync(path.join(os.tmpdir(), `convene-${prefix}-bb-`))), 'convene.db');
  return {
    start(env, opts) {
      child = startMain({ DATABASE_URL: `sqlite:${dbFile()}`, ...env }, opts);
      return child;
    },
    closeAfter(fake) {
      fakes.push(fake);
      return fake;
    },
    dbFile,
  };
}
