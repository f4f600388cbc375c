import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventsRepo } from '../../src/store/events-repo.ts';
import { remindersRepo } from '../../src/scheduler/repo.ts';
import { killAll, processDatabases, readLog, startWorker, waitFor, type ProcessDb, type Worker } from './processes.ts';
import { channelReminderRow, seedEvent } from './seed.ts';

const databases = processDatabases();

/*
 * Issue 11: a process killed while delivering a 1-minute-before reminder held the row for its whole
 * (2-minute) lease, so the event had started by the time anyone could take it over and the reminder
 * was skipped as late. Leases are now short and renewed by a heartbeat while work is in flight: the
 * restarted process takes the row over within seconds and delivers it before the start, once,
 * worded for the time really left. The scheduler's DEFAULT lease is used, as in production.
 */
describe.each(databases)('a crash during a 1-minute-before reminder on $name', (database) => {
  let db: ProcessDb | undefined;
  const workers: Worker[] = [];
  afterEach(async () => {
    await killAll(workers);
    await db?.done();
  });

  it('the restarted process delivers it before the start, exactly once, saying how many seconds are left', async () => {
    db = await database.open();
    const now = Date.now();
    const start = now + 60_000;
    await eventsRepo.insert(db.store.db, seedEvent('nearstrt', start));
    await remindersRepo.insert(db.store.db, [{ ...channelReminderRow('near-pt1m', 'nearstrt', start, start - 60_000), offset_iso: 'PT1M' }]);
    const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-near-log-'));
    const files = { LOG: path.join(logs, 'handoffs.log'), POSTED: path.join(logs, 'posted.log'), TEXT: path.join(logs, 'text.log') };
    const env = { DB_URL: db.url, ...files, LEASE_MS: 'default', BATCH: '10', CONCURRENCY: '1' };

    // The first process is mid-send (the platform has not got it yet) when it is killed.
    const first = startWorker({ ...env, SEND_MS: '120000' });
    workers.push(first);
    await first.ready;
    await waitFor('the first process to start delivering', () => readLog(files.LOG).length === 1, 30_000);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(fs.existsSync(files.POSTED) ? fs.readFileSync(files.POSTED, 'utf8') : '').toBe('');

    const second = startWorker(env);
    workers.push(second);
    await second.ready;
    await waitFor('the restarted process to deliver it', () => fs.existsSync(files.POSTED) && fs.readFileSync(files.POSTED, 'utf8') !== '', 55_000);
    const deliveredAt = Date.now();
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    expect(deliveredAt).toBeLessThan(start);
    expect(fs.readFileSync(files.POSTED, 'utf8').split('\n').filter(Boolean)).toEqual(['near-pt1m']);
    expect(readLog(files.LOG).map((h) => h.attempt)).toEqual([1, 2]);
    const [line] = fs.readFileSync(files.TEXT, 'utf8').split('\n').filter(Boolean);
    const secondsLeft = Math.round((start - deliveredAt) / 1000);
    const said = /starts in (\d+) seconds/.exec(line ?? '');
    expect(said, line).not.toBeNull();
    expect(Math.abs(Number(said![1]) - secondsLeft)).toBeLessThanOrEqual(2);
    const row = await db.store.db.selectFrom('reminders').select(['state', 'attempts']).where('key', '=', 'near-pt1m').executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'sent', attempts: 2 });
    fs.rmSync(logs, { recursive: true, force: true });
  }, 120_000);
});
