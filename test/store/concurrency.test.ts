import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { EventService } from '../../src/core/service.ts';
import type { Store } from '../../src/store/database.ts';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';

describe.each(storeFactories())('concurrent RSVPs on $name', (factory) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
  });

  it('50 simultaneous "going" on 10 seats: exactly 10 going, 40 waitlisted in arrival order', async () => {
    store = await factory.open();
    const service = new EventService({ store, clock: new ManualClock('2026-11-21T12:00:00Z') });
    const e = ok(
      await service.run(actor('host'), {
        type: 'create',
        input: { title: 'Workshop', start: '2026-12-01T18:00:00Z', timezone: 'UTC', capacity: 10 },
      }),
    ).event;
    const users = Array.from({ length: 50 }, (_, i) => `u${String(i).padStart(2, '0')}`);
    const results = await Promise.all(
      users.map((u) => service.run(actor(u), { type: 'rsvp', event: e.id, status: 'going', idempotencyKey: `click-${u}` })),
    );
    const outcomes = results.map(ok);
    const going = outcomes.filter((o) => o.status === 'going');
    const waiting = outcomes.filter((o) => o.status === 'waitlisted');
    expect(going).toHaveLength(10);
    expect(waiting).toHaveLength(40);
    // Positions are exactly 1..40, each once.
    expect(waiting.map((o) => o.position).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    const view = ok(await service.run(actor('host'), { type: 'get', event: e.id })).event;
    expect(view.counts).toMatchObject({ going: 10, waitlisted: 40 });

    // The waitlist order is the order in which seats were refused: declines promote in that order.
    const byPosition = [...waiting].sort((a, b) => a.position! - b.position!).map((o) => o.userId);
    const firstGoing = going[0]!.userId;
    const d1 = ok(await service.run(actor(firstGoing), { type: 'rsvp', event: e.id, status: 'declined' }));
    expect(d1.promoted).toEqual([byPosition[0]]);
    const d2 = ok(await service.run(actor(going[1]!.userId), { type: 'rsvp', event: e.id, status: 'declined' }));
    expect(d2.promoted).toEqual([byPosition[1]]);
    const after = ok(await service.run(actor('host'), { type: 'get', event: e.id })).event;
    expect(after.counts).toMatchObject({ going: 10, waitlisted: 38, declined: 2 });
  });
});
