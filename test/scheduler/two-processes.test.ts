import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { remindersRepo } from '../../src/scheduler/repo.ts';
import { killAll, postgresSchema, readLog, startWorker, waitFor, type Worker } from './processes.ts';
import { insertSeed } from './seed.ts';

const URL = process.env.TEST_DATABASE_URL;
const N = 5000;

describe.skipIf(!URL)('two scheduler processes on one Postgres database', () => {
  const workers: Worker[] = [];
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await killAll(workers);
    await drop?.();
  });

  it('deliver 5,000 due reminders with no duplicate and none missing', async () => {
    const pgs = await postgresSchema(URL!);
    drop = pgs.drop;
    const now = Date.now();
    const keys = await insertSeed(pgs.store, { events: 50, reminders: N, dueAt: (i) => now - 10_000 + (i % 1000) });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-two-'));
    const go = path.join(dir, 'go');
    const logs = [path.join(dir, 'a.log'), path.join(dir, 'b.log')];
    for (const log of logs) {
      workers.push(startWorker({ DB_URL: pgs.url, LOG: log, GO: go, DELAY_MS: '0', LEASE_MS: '30000', BATCH: '100', CONCURRENCY: '8' }));
    }
    await Promise.all(workers.map((w) => w.ready));
    fs.writeFileSync(go, '');
    // The bound only stops a hang: two workers and the rest of the suite share the CPU.
    await waitFor('all 5,000 sent', async () => (await remindersRepo.counts(pgs.store.db)).sent === N, 100_000);
    for (const w of workers) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);

    const [a, b] = logs.map(readLog) as [ReturnType<typeof readLog>, ReturnType<typeof readLog>];
    const all = [...a, ...b].map((h) => h.key);
    expect(all.length).toBe(N); // no duplicate hand-off at all
    expect(new Set(all).size).toBe(N);
    expect([...new Set(all)].sort()).toEqual([...keys].sort());
    // Both took part.
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
  }, 120_000);
});
