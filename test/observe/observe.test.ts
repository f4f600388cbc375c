import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { createLogger, REDACTED } from '../../src/observe/log.ts';
import { Metrics } from '../../src/observe/metrics.ts';
import { observeInteractions, observeReminders } from '../../src/observe/observers.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import type { Notice, Target } from '../../src/scheduler/notifier.ts';

/** A logger writing JSON lines into an array. */
function capture(secrets: string[] = []) {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      raw.push(chunk.toString());
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger({ level: 'debug', format: 'json', secrets, destination }), lines, raw };
}

/** The value of one sample in Prometheus text, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const inside = /\{(.*)\}/.exec(line)?.[1] ?? '';
    if (want.every((w) => inside.split(',').includes(w))) return Number(line.split(' ').pop());
  }
  return undefined;
}

describe('interactions and reminders: one log line each, and the metrics', () => {
  it('counts commands by door, kind and outcome; logs tenant, event, outcome and latency; counts reminders sent, late and their lag', async () => {
    const { log, lines } = capture();
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    let metrics: Metrics | null = null;
    let scheduler: Scheduler | null = null;
    const core = await openCore(loadConfig({ DATABASE_URL: ':memory:' }), {
      clock,
      onInteraction: (r, err) => observeInteractions(log, metrics)(r, err),
    });
    metrics = new Metrics({ pool: core.store.poolStats });
    try {
      const alice = { platform: 'console' as const, workspaceId: 'local', userId: 'alice' };
      const created = await core.service.run(alice, {
        type: 'create',
        input: { title: 'Sync', start: '2026-11-21T14:00:00Z', timezone: 'UTC', channelId: 'general', reminderOffsets: ['PT1H'] },
      });
      expect(created.ok).toBe(true);
      const id = created.ok ? created.value.event.id : '';
      await core.service.run(alice, { type: 'get', event: 'no such event' });

      const line = lines.find((l) => l['kind'] === 'create')!;
      expect(line).toMatchObject({ tenant: 'console:local', via: 'console', event: id, outcome: 'ok', level: 30 });
      expect(typeof line['latencyMs']).toBe('number');
      expect(lines.find((l) => l['kind'] === 'get')).toMatchObject({ outcome: 'not_found', event: 'no such event' });

      // The one-hour reminder, delivered two minutes after it was due: sent, and late.
      const delivered: Array<{ notice: Notice; target: Target }> = [];
      scheduler = new Scheduler({
        store: core.store,
        clock,
        rollEveryMs: 0,
        notifiers: { console: { deliver: async (notice, target) => (delivered.push({ notice, target }), { status: 'sent' }) } },
        onSettled: observeReminders(log, metrics),
      });
      clock.set('2026-11-21T13:02:00Z');
      await scheduler.drain();
      expect(delivered.length).toBeGreaterThan(0);
      const reminder = lines.find((l) => typeof l['msg'] === 'string' && String(l['msg']).startsWith('reminder'))!;
      expect(reminder).toMatchObject({ tenant: 'console:local', event: id, outcome: 'sent_late', lagMs: 120_000 });

      const text = await metrics.render();
      expect(sample(text, 'convene_interactions_total', { platform: 'console', kind: 'create', outcome: 'ok' })).toBe(1);
      expect(sample(text, 'convene_interactions_total', { platform: 'console', kind: 'get', outcome: 'not_found' })).toBe(1);
      expect(sample(text, 'convene_interaction_duration_seconds_count', { platform: 'console', kind: 'create', outcome: 'ok' })).toBe(1);
      expect(sample(text, 'convene_reminders_total', { platform: 'console', kind: 'reminder', outcome: 'sent' })).toBe(delivered.length);
      expect(sample(text, 'convene_reminders_late_total', { platform: 'console', kind: 'reminder' })).toBe(delivered.length);
      // 120 s lag: counted in the 300 s bucket, not in the 60 s one.
      expect(sample(text, 'convene_scheduler_lag_seconds_bucket', { platform: 'console', le: '60' })).toBe(0);
      expect(sample(text, 'convene_scheduler_lag_seconds_bucket', { platform: 'console', le: '300' })).toBe(delivered.length);
      expect(sample(text, 'convene_db_pool_connections', { state: 'total' })).toBe(1);
      expect(text).toMatch(/^convene_process_cpu_user_seconds_total /m);
      expect(text).toMatch(/^convene_nodejs_eventloop_lag_seconds /m);
    } finally {
      await core.store.close();
    }
  });
});

describe('logs', () => {
  it('never carry a secret: redacted fields, and the values themselves blanked in any text', () => {
    const token = 'MTAxMjM0NTY3ODkwMTIzNDU2.Gx9abc.very-secret-token-value';
    const signing = '8f14e45fceea167a5a36dedd4bea2543';
    const { log, raw } = capture([token, signing, 'p@ss"word/1']);
    log.info({ token: 'xoxb-field-value', config: { signingSecret: 'another-field', botToken: 'xoxb-nested' }, headers: { authorization: 'Bot abc' } }, 'structured');
    log.warn(`login failed for ${token} with ${signing}`);
    log.error({ err: new Error(`request to https://u:${encodeURIComponent('p@ss"word/1')}@db failed with ${JSON.stringify('p@ss"word/1')}`) }, 'db');
    const out = raw.join('');
    for (const secret of [token, signing, 'xoxb-field-value', 'another-field', 'xoxb-nested', 'Bot abc', 'p@ss', encodeURIComponent('p@ss"word/1')]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain(REDACTED);
  });

  it('errors are logged with their stack, at their level', () => {
    const { log, lines } = capture();
    log.child({ component: 'discord' }).error({ err: new Error('socket hang up') }, 'discord: interaction 1 failed');
    expect(lines[0]).toMatchObject({ level: 50, component: 'discord', err: { message: 'socket hang up', type: 'Error' } });
    expect(String((lines[0]!['err'] as { stack: string }).stack)).toMatch(/at .*observe\.test\.ts/);
  });
});
