import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/database.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'worker.ts');

export interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<number | null>;
  stderr: () => string;
}

/** `node --import tsx worker.ts` with the given env. */
export function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before ready: ${err}`)));
  });
  ready.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready, exited, stderr: () => err };
}

/** SIGKILLs every worker still running, waits for all to exit and empties the list (for afterEach). */
export async function killAll(workers: Worker[]): Promise<void> {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
  await Promise.all(workers.map((w) => w.exited));
  workers.length = 0;
}

export async function waitFor(what: string, cond: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function readLog(file: string): Array<{ key: string; attempt: number }> {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [key, attempt] = l.split(' ');
      return { key: key!, attempt: Number(attempt) };
    });
}

/** A migrated Postgres schema and a URL that selects it, for child processes. */
export async function postgresSchema(url: string, prefix = 't_'): Promise<{ url: string; store: Store; drop: () => Promise<void> }> {
  const schema = `${prefix}${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const sep = url.includes('?') ? '&' : '?';
  const scoped = `${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const store = openStore(scoped);
  await migrateToLatest(store);
  return {
    url: scoped,
    store,
    async drop() {
      await store.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

export interface ProcessDb {
  url: string;
  store: Store;
  done: () => Promise<void>;
}

/** Databases a child process can open by URL: an SQLite file always, a Postgres schema when TEST_DATABASE_URL is set. */
export function processDatabases(): Array<{ name: string; open: () => Promise<ProcessDb> }> {
  const out: Array<{ name: string; open: () => Promise<ProcessDb> }> = [
    {
      name: 'sqlite',
      async open() {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-proc-'));
        const url = `sqlite:${path.join(dir, 'db.sqlite')}`;
        const store = openStore(url);
        await migrateToLatest(store);
        return { url, store, done: async () => { await store.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
      },
    },
  ];
  const base = process.env.TEST_DATABASE_URL;
  if (base) out.push({ name: 'postgres', open: async () => { const s = await postgresSchema(base); return { url: s.url, store: s.store, done: s.drop }; } });
  return out;
}
