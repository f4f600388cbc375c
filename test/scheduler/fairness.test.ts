import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/database.ts';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { harness } from './support.ts';

/**
 * The scheduler shares its process's one event loop with the HTTP server and the chat clients.
 * A batch whose notifier answers at once must still let the loop go between hand-offs: counted
 * here by a setImmediate chain that runs beside the batch (each link is one turn of the loop).
 */
describe.each(storeFactories())('scheduler and the event loop on $name', (factory) => {
  let store: Store;
  let h: ReturnType<typeof harness>;
  beforeEach(async () => {
    store = await factory.open();
    h = harness(store, '2026-11-21T12:00:00Z');
  });
  afterEach(async () => {
    await h.scheduler.stop();
    await store.close();
  });

  it('a batch of 40 card posts answered at once (1 ms of work each) lets the loop go every few milliseconds', async () => {
    for (let i = 0; i < 40; i++) {
      ok(await h.service.run(actor('host'), { type: 'create', input: { title: `Night ${i}`, channelId: 'general', start: '2026-11-28T18:00:00Z', timezone: 'UTC' } }));
    }
    let turns = 0;
    let counting = true;
    const tick = () => {
      if (!counting) return;
      turns++;
      setImmediate(tick);
    };
    const turnsAt: number[] = [];
    const deliver = h.notifier.deliver.bind(h.notifier);
    h.notifier.deliver = async (notice, target) => {
      turnsAt.push(turns);
      const until = performance.now() + 1;
      while (performance.now() < until) {
        // a millisecond of synchronous work, as rendering a big card can take
      }
      return deliver(notice, target);
    };
    setImmediate(tick);
    const stats = await h.scheduler.drain();
    counting = false;
    expect(stats.sent).toBe(40);
    expect(h.notifier.cards).toHaveLength(40);
    // 40 ms of hand-offs in slices of at most 4 ms (plus the one running over): other work ran
    // between them at least 40 / 5 times.
    expect(turnsAt[turnsAt.length - 1]! - turnsAt[0]!).toBeGreaterThanOrEqual(8);
  });
});
