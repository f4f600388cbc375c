import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { createLogger } from '../../src/observe/log.ts';
import { claimBatch, remindersRepo, Scheduler } from '../../src/scheduler/index.ts';
import { onSignals, type Step } from '../../src/shutdown.ts';
import { insertSeed } from '../scheduler/seed.ts';
import { storeFactories } from '../support/stores.ts';

const log = createLogger({ level: 'silent', format: 'json' });

function rig(steps: Step[], timeoutMs: number) {
  const signals = new EventEmitter();
  const exits: number[] = [];
  const exited = new Promise<number>((resolve) => {
    onSignals(steps, { log, timeoutMs, signals, exit: (code) => (exits.push(code), resolve(code)) });
  });
  return { signals, exits, exited };
}

describe('graceful shutdown', () => {
  it('runs every step in order, a failing one does not stop the rest, then exits 0', async () => {
    const ran: string[] = [];
    const { signals, exited } = rig(
      [
        { name: 'a', run: async () => ran.push('a') },
        { name: 'b', run: async () => Promise.reject(new Error('b broke')) },
        { name: 'c', run: async () => ran.push('c') },
      ],
      5_000,
    );
    signals.emit('SIGTERM', 'SIGTERM');
    expect(await exited).toBe(0);
    expect(ran).toEqual(['a', 'c']);
  });

  it('past the deadline the process exits with work unfinished', async () => {
    const { signals, exited } = rig([{ name: 'stuck', run: () => new Promise(() => {}) }], 50);
    signals.emit('SIGTERM', 'SIGTERM');
    expect(await exited).toBe(1);
  });

  it('a second signal exits at once', async () => {
    const { signals, exits, exited } = rig([{ name: 'slow', run: () => new Promise((r) => setTimeout(r, 5_000)) }], 10_000);
    signals.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([]);
    signals.emit('SIGINT', 'SIGINT');
    expect(await exited).toBe(130);
  });
});

describe.each(storeFactories())('a stopping scheduler on $name', (factory) => {
  it('hands back the rows it still holds, so another process need not wait out the lease', async () => {
    const store = await factory.open();
    try {
      const clock = new ManualClock('2026-11-21T12:00:00Z');
      const now = clock.now().getTime();
      await insertSeed(store, { events: 1, reminders: 3, dueAt: () => now - 1_000 });
      const scheduler = new Scheduler({ store, clock, notifiers: { console: { deliver: async () => ({ status: 'sent' }) } }, rollEveryMs: 0 });
      // Claimed under this scheduler's name but not yet handed off (as when a stop cuts in).
      const held = await claimBatch(store.db, store.dialect, { owner: scheduler.owner, now, leaseMs: 120_000, limit: 2, platforms: ['console'] });
      expect(held).toHaveLength(2);
      await scheduler.stop();
      const counts = await remindersRepo.counts(store.db);
      expect(counts['claimed'] ?? 0).toBe(0);
      expect(counts['pending']).toBe(3);
    } finally {
      await store.close();
    }
  });
});
