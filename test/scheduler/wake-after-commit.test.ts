import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lifecycles } from '../../src/calendar/lifecycle.ts';
import { ManualClock } from '../../src/core/clock.ts';
import type { EventLifecycle } from '../../src/core/lifecycle.ts';
import { EventService } from '../../src/core/service.ts';
import { createReminderLifecycle } from '../../src/scheduler/lifecycle.ts';
import type { Store } from '../../src/store/database.ts';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';

/*
 * The scheduler is woken for the rows a command queued only once its transaction has committed:
 * woken earlier it looks before they are visible, finds nothing and sleeps its full bound. A
 * lifecycle after the reminders' one holds the transaction open, so a wake that guesses the
 * commit time comes too early; one whose transaction rolls back never wakes anyone.
 */
describe.each(storeFactories())('the scheduler is woken after the commit ($name)', (factory) => {
  let store: Store;
  beforeEach(async () => {
    store = await factory.open();
  });
  afterEach(async () => {
    await store.close();
  });
  const input = { title: 'Game night', start: '2026-12-04T19:00:00Z', timezone: 'UTC', channelId: 'general' };

  it('when the transaction has ended, with the rows visible to another connection', async () => {
    let ended = false;
    const seen: Array<{ ended: boolean; rows: number }> = [];
    const holdOpen: EventLifecycle = {
      async changed() {
        await new Promise((r) => setTimeout(r, 250));
        ended = true;
      },
    };
    const reminders = createReminderLifecycle({
      onQueued: () => {
        seen.push({ ended, rows: -1 });
        const i = seen.length - 1;
        void store.db.selectFrom('reminders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst().then((r) => (seen[i]!.rows = Number(r?.n ?? 0)));
      },
    });
    const service = new EventService({ store, clock: new ManualClock('2026-11-21T12:00:00Z'), lifecycle: lifecycles(reminders, holdOpen) });
    ok(await service.run(actor('host'), { type: 'create', input }));
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.ended, 'woken before the transaction ended').toBe(true);
    expect(seen[0]!.rows).toBeGreaterThan(0);
  });

  it('never, when the transaction rolls back', async () => {
    let woken = 0;
    const fail: EventLifecycle = {
      async changed() {
        throw new Error('boom');
      },
    };
    const service = new EventService({ store, clock: new ManualClock('2026-11-21T12:00:00Z'), lifecycle: lifecycles(createReminderLifecycle({ onQueued: () => woken++ }), fail) });
    await expect(service.run(actor('host'), { type: 'create', input })).rejects.toThrow('boom');
    await new Promise((r) => setTimeout(r, 150));
    expect(woken).toBe(0);
    expect(await store.db.selectFrom('reminders').selectAll().execute()).toEqual([]);
  });
});
