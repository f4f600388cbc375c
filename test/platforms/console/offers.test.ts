import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import { ConsoleNotifier, ConsoleSession } from '../../../src/platforms/console/index.ts';
import { createReminderLifecycle, Scheduler } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';
import { storeFactories } from '../../support/stores.ts';

describe('console: waitlist offers (issue 14, item 7)', () => {
  let store: Store;
  let clock: ManualClock;
  let session: ConsoleSession;
  let scheduler: Scheduler;
  const printed: string[] = [];
  beforeEach(async () => {
    store = await storeFactories()[0]!.open();
    clock = new ManualClock('2026-11-21T15:00:00Z');
    const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
    session = new ConsoleSession(service, () => clock.now());
    printed.length = 0;
    scheduler = new Scheduler({ store, clock, notifiers: { console: new ConsoleNotifier((l) => printed.push(l)) } });
  });
  afterEach(async () => {
    await scheduler.stop();
    await store.close();
  });

  const as = (who: string) => session.handle(`/as ${who}`);
  const told = async () => {
    await scheduler.drain();
    return printed.splice(0).filter((l) => !l.includes('⏰'));
  };

  it('a seat opens → DM offer with claim/pass → claim → the card shows them going', async () => {
    await as('host');
    const card = (await session.handle('/event create Pottery friday 6pm capacity 1 offers offer-window 30m'))!;
    expect(card).toMatch(/Seats offered from the waitlist \(30 minutes to claim\)/);
    const id = /id ([a-z0-9]{8})/.exec(card)![1]!;
    await as('ann');
    await session.handle(`/rsvp going ${id}`);
    await as('bob');
    expect(await session.handle(`/rsvp going ${id}`)).toMatch(/full\. You're #1 on the waitlist/);
    await as('ann');
    await session.handle(`/rsvp no ${id}`);
    expect(await told()).toEqual([
      `[DM @bob] 🎟 A seat opened up at Pottery and it is held for you until Sat 21 Nov, 15:30 UTC. Claim it, or pass so the next person waiting gets it. (Fri 27 Nov, 18:00 UTC) — type: /event claim ${id} | /event pass ${id}`,
    ]);
    await as('cat');
    expect(await session.handle(`/rsvp going ${id}`)).toMatch(/full\. You're #1 on the waitlist/);
    await as('bob');
    const claimed = (await session.handle(`/event claim ${id}`))!;
    expect(claimed).toMatch(/^The seat is yours: you're going to Pottery/);
    expect(claimed).toMatch(/Going: bob/);
    expect(await session.handle(`/event claim ${id}`)).toMatch(/^You already have your seat at Pottery/);
    expect(await told()).toEqual(['[DM @host] 🎟 Waitlist at Pottery: @bob claimed the seat.']);
  });

  it('a lapse → the next person is offered the seat, the first is told, the host gets the summary', async () => {
    await as('host');
    const id = /id ([a-z0-9]{8})/.exec((await session.handle('/event create Pottery friday 6pm capacity 1 offer-window 30m'))!)![1]!;
    for (const u of ['ann', 'bob', 'cat']) {
      await as(u);
      await session.handle(`/rsvp going ${id}`);
    }
    await as('ann');
    await session.handle(`/rsvp no ${id}`);
    await told();
    await as('host');
    expect(await session.handle(`/event show ${id}`)).toMatch(/Going 0\/1 · Offered 1 · Waitlist 1[\s\S]*Offered: bob[\s\S]*Waitlist: cat/);
    clock.set('2026-11-21T15:30:00Z');
    await as('bob');
    expect(await session.handle(`/event claim ${id}`)).toMatch(/^⚠ Your seat offer for "Pottery" has expired/);
    const lines = await told();
    expect(lines).toContain(`[DM @bob] ⌛ Your seat offer for Pottery lapsed, so it went to the next person waiting and you're off the waitlist. RSVP going to join it again.`);
    expect(lines).toContain('[DM @host] 🎟 Waitlist at Pottery: @bob let the seat offer lapse. It is now offered to @cat.');
    expect(lines.some((l) => l.startsWith('[DM @cat] 🎟 A seat opened up at Pottery'))).toBe(true);
    await as('cat');
    expect(await session.handle(`/event pass ${id}`)).toMatch(/^You passed on the seat at Pottery; it goes to the next person waiting/);
    expect(await session.handle(`/event pass`)).toMatch(/^⚠ Say which event: claim <id or name>/);
  });
});
