import fc from 'fast-check';
import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { feedsPlugin } from '../../src/calendar/feed-plugin.ts';
import { VeventCache } from '../../src/calendar/ics.ts';
import { calendarLifecycle, lifecycles } from '../../src/calendar/lifecycle.ts';
import type { ActorInput } from '../../src/core/actor.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { EventService } from '../../src/core/service.ts';
import { createReminderLifecycle } from '../../src/scheduler/index.ts';
import { ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { runs } from '../properties/runs.ts';

const HOUR = 3_600_000;
const alice: ActorInput = { platform: 'discord', workspaceId: 'w1', userId: 'alice', platformManager: true };
const bob: ActorInput = { platform: 'discord', workspaceId: 'w1', userId: 'bob' };

type Op =
  | { op: 'create'; by: 'alice' | 'bob'; inHours: number; weekly: boolean; channel: 'c1' | 'c2' }
  | { op: 'rename' | 'move' | 'cancel' | 'delete' | 'going' | 'declined'; pick: number; hours: number }
  | { op: 'wait'; hours: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('create' as const),
    by: fc.constantFrom('alice' as const, 'bob' as const),
    inHours: fc.integer({ min: -200, max: 2000 }),
    weekly: fc.boolean(),
    channel: fc.constantFrom('c1' as const, 'c2' as const),
  }),
  fc.record({
    op: fc.constantFrom('rename' as const, 'move' as const, 'cancel' as const, 'delete' as const, 'going' as const, 'declined' as const),
    pick: fc.nat(),
    hours: fc.integer({ min: -100, max: 100 }),
  }),
  fc.record({ op: fc.constant('wait' as const), hours: fc.integer({ min: 0, max: 24 * 45 }) }),
);

async function harness(app: FastifyInstance, service: EventService, clock: ManualClock) {
  const ids: string[] = [];
  const pick = (n: number) => (ids.length ? ids[n % ids.length]! : null);
  const apply = async (o: Op): Promise<void> => {
    clock.advance(1_000);
    if (o.op === 'wait') return void clock.advance(o.hours * HOUR);
    if (o.op === 'create') {
      const start = new Date(clock.now().getTime() + o.inHours * HOUR).toISOString();
      const input = {
        title: `E${ids.length}`,
        start,
        timezone: 'Europe/Berlin',
        channelId: o.channel,
        ...(o.weekly ? { recurrence: { freq: 'WEEKLY', count: 5 } } : {}),
      };
      const r = await service.run(o.by === 'alice' ? alice : bob, { type: 'create', input: input as never });
      if (r.ok) ids.push(r.value.event.id);
      return;
    }
    const id = pick(o.pick);
    if (!id) return;
    // Refusals (an event already over, cancelled, deleted) are part of the sequence: nothing changes then.
    if (o.op === 'rename') await service.run(alice, { type: 'update', event: id, patch: { title: `R${o.hours}` } });
    if (o.op === 'move') {
      const start = new Date(clock.now().getTime() + Math.abs(o.hours) * HOUR + HOUR).toISOString();
      await service.run(alice, { type: 'update', event: id, patch: { start } });
    }
    if (o.op === 'cancel') await service.run(alice, { type: 'cancel', event: id, reason: null });
    if (o.op === 'delete') await service.run(alice, { type: 'delete', event: id, confirmed: true });
    if (o.op === 'going' || o.op === 'declined') await service.run(alice, { type: 'rsvp', event: id, status: o.op });
  };
  return { apply };
}

describe.each(storeFactories())('feed validators ($name)', (factory) => {
  it('one ETag, one body: whatever changed (edits, moves, cancellations, deletions, RSVPs, time passing), a body that differs has a new ETag', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        const store = await factory.open();
        const clock = new ManualClock('2026-03-01T12:00:00Z');
        const app = Fastify();
        await app.register((scope) => feedsPlugin(scope, { store, clock, pastDays: 30 }), { prefix: '/feeds' });
        try {
          const service = new EventService({
            store,
            clock,
            lifecycle: lifecycles(createReminderLifecycle(), calendarLifecycle),
            calendar: { secret: 'test-secret-of-sixteen+', baseUrl: 'http://127.0.0.1' },
          });
          const urls = ok(await service.run(alice, { type: 'feed', channelId: 'c1' })).feeds.map((f) => new URL(f.url).pathname);
          const { apply } = await harness(app, service, clock);
          const seen = new Map<string, string>();
          const look = async () => {
            for (const url of urls) {
              const res = await app.inject({ method: 'GET', url });
              expect(res.statusCode).toBe(200);
              const etag = String(res.headers.etag);
              const known = seen.get(`${url} ${etag}`);
              if (known !== undefined) expect(res.body).toBe(known);
              seen.set(`${url} ${etag}`, res.body);
              // Still current: the conditional GET answers 304 with the same validator.
              const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
              expect(again.statusCode).toBe(304);
            }
          };
          await look();
          for (const o of ops) {
            await apply(o);
            await look();
          }
        } finally {
          await app.close();
          await store.close();
        }
      }),
      { numRuns: runs(factory.name === 'sqlite' ? 25 : 8) },
    );
  }, 120_000);

  it('a conditional GET that is still current answers 304 without writing the document', async () => {
    const store = await factory.open();
    const clock = new ManualClock('2026-03-01T12:00:00Z');
    const service = new EventService({
      store,
      clock,
      lifecycle: lifecycles(createReminderLifecycle(), calendarLifecycle),
      calendar: { secret: 'test-secret-of-sixteen+', baseUrl: 'http://127.0.0.1' },
    });
    for (let i = 0; i < 5; i++) ok(await service.run(alice, { type: 'create', input: { title: `E${i}`, start: `2026-03-0${i + 2}T10:00:00Z`, timezone: 'Europe/Berlin', channelId: 'c1' } as never }));
    const urls = ok(await service.run(alice, { type: 'feed', channelId: 'c1' })).feeds.map((f) => new URL(f.url).pathname);
    const serving = Fastify();
    await serving.register((scope) => feedsPlugin(scope, { store, clock, pastDays: 30 }), { prefix: '/feeds' });
    // A second server whose VEVENT cache shows whether anything was written.
    const cache = new VeventCache();
    const probe = Fastify();
    await probe.register((scope) => feedsPlugin(scope, { store, clock, pastDays: 30, cache }), { prefix: '/feeds' });
    try {
      for (const url of urls) {
        const etag = String((await serving.inject({ method: 'GET', url })).headers.etag);
        expect((await probe.inject({ method: 'GET', url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
      }
      expect(cache.size).toBe(0);
      expect((await probe.inject({ method: 'GET', url: urls[0]! })).statusCode).toBe(200);
      expect(cache.size).toBeGreaterThan(0);
    } finally {
      await serving.close();
      await probe.close();
      await store.close();
    }
  });
});
