import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { remindersRepo } from '../../src/scheduler/repo.ts';
import { killAll, processDatabases, readLog, startWorker, waitFor, type ProcessDb, type Worker } from './processes.ts';
import { insertSeed } from './seed.ts';

const N = 300;
const BATCH = 20;
const LEASE_MS = 1500;

const databases = processDatabases();

describe.each(databases)('crash safety on $name', (database) => {
  let db: ProcessDb | undefined;
  const workers: Worker[] = [];
  afterEach(async () => {
    await killAll(workers);
    await db?.done();
  });

  it('a scheduler killed with SIGKILL mid-batch and restarted hands every reminder off, each key delivered once', async () => {
    db = await database.open();
    const now = Date.now();
    const keys = await insertSeed(db.store, { events: 10, reminders: N, dueAt: (i) => now - 60_000 + i });
    const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-log-'));
    const log = path.join(logs, 'handoffs.log');
    const posted = path.join(logs, 'posted.log');
    const env = { DB_URL: db.url, LOG: log, POSTED: posted, DELAY_MS: '30', LEASE_MS: String(LEASE_MS), BATCH: String(BATCH), CONCURRENCY: '4' };

    const first = startWorker(env);
    workers.push(first);
    await first.ready;
    // 90 is not a multiple of BATCH, and a hand-off takes 30 ms: the kill lands inside a batch,
    // not in the gap between two (where it held no rows and the test would prove nothing).
    await waitFor('the first worker to hand off 90 reminders', () => readLog(log).length >= 90);
    first.child.kill('SIGKILL');
    await first.exited;
    const beforeRestart = readLog(log).length;
    expect(beforeRestart).toBeLessThan(N);

    const second = startWorker(env);
    workers.push(second);
    await second.ready;
    await waitFor('every reminder to be sent', async () => (await remindersRepo.counts(db!.store.db)).sent === N);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const handoffs = readLog(log);
    const byKey = new Map<string, number[]>();
    for (const h of handoffs) byKey.set(h.key, [...(byKey.get(h.key) ?? []), h.attempt]);
    // None lost: every reminder reached the notifier.
    expect([...byKey.keys()].sort()).toEqual([...keys].sort());
    // Exactly once by idempotency key: a platform that dedupes on the key (Discord nonce, Slack
    // metadata lookup) posts one message per key. Hand-offs repeated after the crash are only
    // rows the dead process held (at most one batch), and they say so (attempt 2).
    const repeated = [...byKey.entries()].filter(([, a]) => a.length > 1);
    expect(repeated.length).toBeLessThanOrEqual(BATCH);
    for (const [, attempts] of repeated) expect(attempts).toEqual([1, 2]);
    // The kill landed mid-batch: rows it held were reclaimed after their lease.
    const rows = await db.store.db.selectFrom('reminders').select(['key', 'attempts', 'state']).execute();
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
    expect(rows.filter((r) => r.attempts === 2).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.attempts === 2).length).toBeLessThanOrEqual(BATCH);
    // What people saw: the platform stand-in posted each reminder exactly once.
    const messages = fs.readFileSync(posted, 'utf8').split('\n').filter(Boolean);
    expect(messages.length).toBe(N);
    expect([...new Set(messages)].sort()).toEqual([...keys].sort());
    fs.rmSync(logs, { recursive: true, force: true });
  });
});
