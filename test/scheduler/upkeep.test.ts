import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import type { Notifier } from '../../src/scheduler/notifier.ts';
import type { Store } from '../../src/store/database.ts';
import { eventsRepo } from '../../src/store/events-repo.ts';
import { idempotencyRepo } from '../../src/store/idempotency-repo.ts';
import { seedEvent } from './seed.ts';
import type { Recurrence } from '../../src/core/recurrence.ts';
import type { JsonText } from '../../src/store/json-text.ts';
import { storeFactories } from '../support/stores.ts';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const silent: Notifier = { deliver: async () => ({ status: 'sent' }) };

describe.each(storeFactories())('scheduler upkeep on $name', (factory) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
  });

  it('one event that cannot be planned does not keep the others from rolling forward', async () => {
    store = await factory.open();
    const weekly = { freq: 'WEEKLY' as const, interval: 1, byday: ['SU'], bymonthday: [], count: null, until: null };
    await eventsRepo.insert(store.db, { ...seedEvent('aaaaaaaa', Date.parse('2026-11-22T18:00:00Z')), recurrence: weekly, lastEnd: null });
    await eventsRepo.insert(store.db, { ...seedEvent('bbbbbbbb', Date.parse('2026-11-22T18:00:00Z')), lastEnd: null });
    // A row written by hand (or an older version) with a repeat that cannot be expanded.
    const unreadable = '{"freq":"WEEKLY","interval":1,"byday":["XX"],"bymonthday":[]}' as JsonText<Recurrence>;
    await store.db.updateTable('events').set({ recurrence: unreadable }).where('id', '=', 'bbbbbbbb').execute();
    const errors: unknown[] = [];
    const scheduler = new Scheduler({ store, clock: new ManualClock(new Date(NOW)), notifiers: { console: silent }, onError: (e) => errors.push(e) });
    const planned = await scheduler.rollForward();
    expect(planned).toBeGreaterThan(0);
    expect(String(errors[0])).toMatch(/bbbbbbbb/);
  });

  it('idempotency keys older than a day are pruned', async () => {
    store = await factory.open();
    const t = { platform: 'console' as const, workspaceId: 'w1', userId: 'u1' };
    await idempotencyRepo.save(store.db, t, 'old', 'rsvp', {}, NOW - 2 * 86_400_000);
    await idempotencyRepo.save(store.db, t, 'new', 'rsvp', {}, NOW - 3_600_000);
    await idempotencyRepo.prune(store.db, NOW - 86_400_000);
    expect(await idempotencyRepo.find(store.db, t, 'old')).toBeNull();
    expect(await idempotencyRepo.find(store.db, t, 'new')).not.toBeNull();
  });
});
