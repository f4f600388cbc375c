import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ManualClock } from '../../src/core/clock.ts';
import { createLogger } from '../../src/observe/log.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import { buildHttpServer, listen } from '../../src/server/http.ts';
import { databaseCheck, schedulerCheck } from '../../src/server/checks.ts';
import { Readiness } from '../../src/server/readiness.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { storeFactories } from '../support/stores.ts';

const log = createLogger({ level: 'silent', format: 'json' });
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function server(readiness: Readiness): FastifyInstance {
  const app = buildHttpServer({ log, readiness });
  cleanups.push(() => app.close());
  return app;
}

describe('the one HTTP server', () => {
  it('/healthz answers while the process is alive, whatever readiness says', async () => {
    const r = new Readiness();
    r.add('broken', () => ({ ok: false, reason: 'never' }));
    const res = await server(r).inject({ method: 'GET', url: '/healthz' });
    expect([res.statusCode, res.json()]).toEqual([200, { ok: true }]);
  });

  it('/readyz is 503 naming each failing check (failed, thrown, too slow), 200 when all pass', async () => {
    const r = new Readiness(100);
    r.add('fine', () => ({ ok: true }));
    r.add('down', () => ({ ok: false, reason: 'socket closed' }));
    r.add('throws', () => {
      throw new Error('boom');
    });
    r.add('slow', () => new Promise(() => {}));
    const res = await server(r).inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    const body = res.json();
    expect(body.failing).toEqual(['down', 'throws', 'slow']);
    expect(body.error).toBe('not ready: down, throws, slow');
    expect(body.checks.throws.reason).toBe('boom');
    expect(body.checks.slow.reason).toMatch(/no answer within 100 ms/);

    const ok = new Readiness();
    ok.add('fine', () => ({ ok: true }));
    const res2 = await server(ok).inject({ method: 'GET', url: '/readyz' });
    expect([res2.statusCode, res2.json().ok]).toEqual([200, true]);
  });

  it('a draining process is not ready', async () => {
    const r = new Readiness();
    r.add('fine', () => ({ ok: true }));
    r.drain();
    const res = await server(r).inject({ method: 'GET', url: '/readyz' });
    expect([res.statusCode, res.json().failing]).toEqual([503, ['shutdown']]);
  });

  it('mounts feature plugins under their prefix and listens on 127.0.0.1', async () => {
    const app = buildHttpServer({
      log,
      readiness: new Readiness(),
      mounts: [{ prefix: '/v1', plugin: async (scope) => void scope.get('/ping', async () => ({ pong: true })) }],
    });
    cleanups.push(() => app.close());
    const port = await listen(app, { host: '127.0.0.1', port: 0 });
    const res = await fetch(`http://127.0.0.1:${port}/v1/ping`);
    expect(await res.json()).toEqual({ pong: true });
    expect((await fetch(`http://127.0.0.1:${port}/ping`)).status).toBe(404);
  });
});

describe.each(storeFactories())('readiness checks on $name', (factory) => {
  it('database: ready when migrated; names the pending migrations otherwise; unreachable after close', async () => {
    const store = await factory.open();
    expect(await databaseCheck(store)()).toMatchObject({ ok: true });
    await store.close();
    expect(await databaseCheck(store)()).toMatchObject({ ok: false, reason: expect.stringMatching(/^unreachable/) });
    const fresh: Store = openStore(':memory:');
    cleanups.push(() => fresh.close());
    expect(await databaseCheck(fresh)()).toMatchObject({ ok: false, reason: expect.stringMatching(/migrations not run: 0001_core/) });
  });

  it('scheduler: not running, then alive with its lag, then lagging', async () => {
    const store = await factory.open();
    cleanups.push(() => store.close());
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    const scheduler = new Scheduler({ store, clock, notifiers: { console: { deliver: async () => ({ status: 'sent' }) } }, rollEveryMs: 0 });
    const check = schedulerCheck(scheduler, clock, 60_000);
    expect(await check()).toMatchObject({ ok: false, reason: 'the loop is not running' });
    scheduler.start();
    cleanups.push(() => scheduler.stop());
    await scheduler.whenIdle();
    expect(await check()).toMatchObject({ ok: true, detail: { lagMs: 0 } });
    clock.advance(scheduler.leaseMs + 1);
    expect(await check()).toMatchObject({ ok: false, reason: expect.stringMatching(/no pass for \d+ s/) });
  });

  it('scheduler: a process with no chat platform still delivers webhooks, so an overdue one is its lag (503 past the limit)', async () => {
    const store = await factory.open();
    cleanups.push(() => store.close());
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    const now = clock.now().getTime();
    const sent: string[] = [];
    const webhooks = { send: async (m: { key: string }) => (sent.push(m.key), { status: 'sent' as const }) };
    const scheduler = new Scheduler({ store, clock, notifiers: {}, webhooks, rollEveryMs: 0, maxSleepMs: 60_000 });
    const check = schedulerCheck(scheduler, clock, 60_000);
    scheduler.start();
    cleanups.push(() => scheduler.stop());
    await scheduler.whenIdle();
    // A webhook of a Discord workspace, due ten minutes ago, that no pass has seen yet.
    await store.db
      .insertInto('reminders')
      .values({
        key: 'wh-late', parent_key: null, platform: 'discord', workspace_id: 'g1', event_id: 'ev1', kind: 'webhook',
        occurrence: '', occurrence_start: now, occurrence_end: now, offset_iso: null, target: 'channel', user_id: null,
        due_at: now - 600_000, state: 'pending', attempts: 0, lease_owner: null, lease_expires_at: null, sent_at: null,
        last_error: null, previous_start: null, previous_end: null, reason: 'wh_1', created_at: now - 600_000, payload: '{"id":"msg_1"}',
      })
      .execute();
    expect(await scheduler.lagMs()).toBe(600_000);
    expect(await check()).toMatchObject({ ok: false, reason: expect.stringMatching(/lagging/), detail: { lagMs: 600_000 } });
    scheduler.wake();
    await scheduler.whenIdle();
    expect(sent).toEqual(['wh-late']);
    expect(await check()).toMatchObject({ ok: true, detail: { lagMs: 0 } });
  });
});
