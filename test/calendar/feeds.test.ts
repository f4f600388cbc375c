import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedsPlugin } from '../../src/calendar/feed-plugin.ts';
import { calendarLifecycle, lifecycles } from '../../src/calendar/lifecycle.ts';
import type { ActorInput } from '../../src/core/actor.ts';
import { ManualClock } from '../../src/core/clock.ts';
import type { FeedUrl } from '../../src/core/handlers/feed.ts';
import { EventService } from '../../src/core/service.ts';
import { createReminderLifecycle } from '../../src/scheduler/index.ts';
import type { Store } from '../../src/store/database.ts';
import { ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { parseIcs } from './parse.ts';

const DAY = 86_400_000;
const who = (userId: string, workspaceId = 'w1', extra: Partial<ActorInput> = {}): ActorInput => ({
  platform: 'discord',
  workspaceId,
  userId,
  ...extra,
});

describe.each(storeFactories())('calendar feeds over HTTP on 127.0.0.1 ($name)', (factory) => {
  let store: Store;
  let clock: ManualClock;
  let service: EventService;
  let app: FastifyInstance;

  beforeEach(async () => {
    store = await factory.open();
    clock = new ManualClock('2026-03-01T12:00:00Z');
    app = Fastify();
    await app.register((scope) => feedsPlugin(scope, { store, clock, pastDays: 30 }), { prefix: '/feeds' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    service = new EventService({
      store,
      clock,
      lifecycle: lifecycles(createReminderLifecycle(), calendarLifecycle),
      calendar: { secret: 'test-secret-of-sixteen+', baseUrl: `http://127.0.0.1:${port}` },
    });
  });
  afterEach(async () => {
    await app.close();
    await store.close();
  });

  const create = async (actor: ActorInput, input: Record<string, unknown>) =>
    ok(await service.run(actor, { type: 'create', input: { timezone: 'Europe/Berlin', channelId: 'c1', ...input } as never })).event.id;
  const feeds = async (actor: ActorInput, reset = false): Promise<Record<string, FeedUrl>> =>
    Object.fromEntries(ok(await service.run(actor, { type: 'feed', channelId: 'c1', reset })).feeds.map((f) => [f.scope, f]));
  const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });
  const uids = async (url: string) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    return parseIcs(await res.text()).events.map((e) => e.uid.split('@')[0]!).sort();
  };

  it("serves a workspace's events, with its series expanded the way the scheduler does across DST, and no other tenant's", async () => {
    const series = await create(who('alice'), {
      title: 'Weekly sync',
      start: '2026-03-17T18:00:00Z', // 19:00 Berlin, before the change on Mar 29
      recurrence: { freq: 'WEEKLY', byday: ['TU'], count: 4 },
    });
    const once = await create(who('bob'), { title: 'Launch', start: '2026-03-05T09:00:00Z', channelId: 'c2' });
    const theirs = await create(who('eve', 'w2'), { title: 'Not yours', start: '2026-03-06T09:00:00Z' });
    const mine = await feeds(who('alice'));
    expect(mine.workspace!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/[A-Za-z0-9_-]{32}\.ics$/);

    const res = await get(mine.workspace!.url);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const cal = parseIcs(await res.text());
    expect(cal.events.map((e) => e.uid.split('@')[0]).sort()).toEqual([once, series].sort());
    const sync = cal.events.find((e) => e.summary === 'Weekly sync')!;
    expect(sync.occurrences(10).map((ms) => new Date(ms).toISOString())).toEqual([
      '2026-03-17T18:00:00.000Z',
      '2026-03-24T18:00:00.000Z',
      '2026-03-31T17:00:00.000Z',
      '2026-04-07T17:00:00.000Z',
    ]);
    // The channel feed has only c1's; the other workspace's feed never shows w1's events.
    expect(await uids(mine.channel!.url)).toEqual([series]);
    expect(await uids((await feeds(who('eve', 'w2'))).workspace!.url)).toEqual([theirs]);
  });

  it('answers 304 to a conditional GET while nothing changed, and 200 with a higher SEQUENCE after an edit', async () => {
    const id = await create(who('alice'), { title: 'Retro', start: '2026-03-05T15:00:00Z' });
    const url = (await feeds(who('alice'))).workspace!.url;
    const first = await get(url);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(parseIcs(await first.text()).events[0]!.sequence).toBe(0);

    expect((await get(url, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(url, { 'if-none-match': `W/${etag}` })).status).toBe(304);
    expect((await get(url, { 'if-modified-since': lastModified })).status).toBe(304);

    clock.advance(60_000);
    ok(await service.run(who('alice'), { type: 'update', event: id, patch: { start: '2026-03-06T15:00:00Z' } }));
    const changed = await get(url, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const [ev] = parseIcs(await changed.text()).events;
    expect(ev!.sequence).toBe(1);
    expect(ev!.start).toBe(Date.parse('2026-03-06T15:00:00Z'));
    expect((await get(url, { 'if-modified-since': lastModified })).status).toBe(200);

    // A cancellation stays in the feed as CANCELLED, so subscribed calendars drop it.
    ok(await service.run(who('alice'), { type: 'cancel', event: id, reason: 'moved online' }));
    expect(parseIcs(await (await get(url)).text()).events[0]!.status).toBe('CANCELLED');

    // A deletion leaves no row, yet moves Last-Modified on.
    const before = (await get(url)).headers.get('last-modified')!;
    clock.advance(5_000);
    ok(await service.run(who('alice', 'w1', { platformManager: true }), { type: 'delete', event: id }));
    const after = await get(url, { 'if-modified-since': before });
    expect(after.status).toBe(200);
    expect(parseIcs(await after.text()).events).toHaveLength(0);
  });

  it('404 for a bad or revoked token; the same URLs until a reset, then new ones', async () => {
    await create(who('alice'), { title: 'Retro', start: '2026-03-05T15:00:00Z' });
    const base = (await feeds(who('alice'))).workspace!.url.replace(/\/feeds\/.*$/, '/feeds/');
    for (const bad of ['nope', 'x'.repeat(32) + '.ics', 'a/b.ics', '%00', 'A'.repeat(90), '']) {
      const res = await get(base + bad);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    const first = await feeds(who('alice'));
    expect(await feeds(who('alice'))).toEqual(first);
    expect(ok(await service.run(who('bob'), { type: 'feed', channelId: null })).feeds.map((f) => f.url)).not.toContain(first.workspace!.url);

    const fresh = await feeds(who('alice'), true);
    for (const scope of ['workspace', 'mine', 'channel']) {
      expect(fresh[scope]!.url).not.toBe(first[scope]!.url);
      expect((await get(first[scope]!.url)).status).toBe(404);
      expect((await get(fresh[scope]!.url)).status).toBe(200);
    }
    // After a reset, asking again hands out the new URLs, not the revoked ones.
    expect(await feeds(who('alice'))).toEqual(fresh);
  });

  it('"my events": what I host, and the occurrences I said going or maybe to or wait for', async () => {
    const hosted = await create(who('alice'), { title: 'Mine', start: '2026-03-05T15:00:00Z' });
    const going = await create(who('bob'), { title: 'Going', start: '2026-03-06T15:00:00Z' });
    const declined = await create(who('bob'), { title: 'Declined', start: '2026-03-07T15:00:00Z' });
    const full = await create(who('bob'), { title: 'Full', start: '2026-03-08T15:00:00Z', capacity: 1 });
    const series = await create(who('bob'), {
      title: 'Series',
      start: '2026-03-10T18:00:00Z',
      recurrence: { freq: 'WEEKLY', byday: ['TU'] },
    });
    await create(who('bob'), { title: 'Not answered', start: '2026-03-09T15:00:00Z' });
    ok(await service.run(who('alice'), { type: 'rsvp', event: going, status: 'going' }));
    ok(await service.run(who('alice'), { type: 'rsvp', event: declined, status: 'going' }));
    ok(await service.run(who('alice'), { type: 'rsvp', event: declined, status: 'declined' }));
    ok(await service.run(who('carol'), { type: 'rsvp', event: full, status: 'going' }));
    expect(ok(await service.run(who('alice'), { type: 'rsvp', event: full, status: 'going' })).status).toBe('waitlisted');
    const fourth = '2026-03-31T17:00:00.000Z'; // still 19:00 in Berlin, after the DST change
    ok(await service.run(who('alice'), { type: 'rsvp', event: series, occurrence: fourth, status: 'maybe' }));

    const res = await get((await feeds(who('alice'))).mine!.url);
    const cal = parseIcs(await res.text());
    expect(cal.events.map((e) => e.summary).sort()).toEqual(['Full', 'Going', 'Mine', 'Series']);
    expect(cal.events.find((e) => e.summary === 'Mine')!.uid).toBe(`${hosted}@convene.invalid`);
    // One date of someone else's series: that occurrence alone, no RRULE.
    const one = cal.events.find((e) => e.summary === 'Series')!;
    expect(one.rrule).toBeNull();
    expect(new Date(one.start).toISOString()).toBe(fourth);
  });

  it('keeps past events for the configured window only', async () => {
    const old = await create(who('alice'), { title: 'Old', start: '2026-03-02T10:00:00Z' });
    const recent = await create(who('alice'), { title: 'Recent', start: '2026-03-20T10:00:00Z' });
    const url = (await feeds(who('alice'))).workspace!.url;
    clock.set(new Date(Date.parse('2026-03-02T11:00:00Z') + 40 * DAY).toISOString());
    expect(await uids(url)).toEqual([recent]);
    expect(old).not.toBe(recent);
  });
});
