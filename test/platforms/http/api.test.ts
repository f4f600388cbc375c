import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { ApiKeys, VERIFIED_TTL_MS } from '../../../src/core/api-keys.ts';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import { IdempotencyRecords, requestHash } from '../../../src/platforms/http/idempotency.ts';
import { createReminderLifecycle } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';
import { storeFactories } from '../../support/stores.ts';
import { startApi, withApi, type Api } from './support.ts';

const G1 = { platform: 'discord' as const, workspaceId: 'G1' };
const G2 = { platform: 'slack' as const, workspaceId: 'T2' };
const game = { name: 'Game night', start: '2026-12-04T19:00:00Z', end: '2026-12-04T22:00:00Z', timezone: 'Europe/Berlin', channel: 'C1' };

describe.each(storeFactories())('HTTP API /v1 over 127.0.0.1 on $name', (factory) => {
  let store: Store;
  let api: Api;
  let clock: ManualClock;
  let key: string;
  withApi(factory, G1, (t) => ({ store, clock, api, key } = t));

  const create = async (body: unknown = game, k = key) => api.call('POST', '/events', { key: k, body });

  it('serves a valid OpenAPI 3.1 document, without a key', async () => {
    const r = await api.call('GET', '/openapi.json');
    expect(r.status).toBe(200);
    expect(r.json.openapi).toBe('3.1.0');
    const result = await new Validator().validate(r.json);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(r.json.paths)).toEqual(['/events', '/events/{id}', '/events/{id}/cancel', '/events/{id}.ics', '/events/{id}/rsvps', '/webhooks', '/webhooks/{id}']);
    // One source: the request schema in the document is the one that validates requests.
    expect(r.json.paths['/events'].post.requestBody.content['application/json'].schema.required).toEqual(['name', 'timezone']);
  });

  it('every auth failure: none, malformed, unknown, revoked → 401; missing scope → 403', async () => {
    expect((await api.call('GET', '/events')).status).toBe(401);
    expect((await api.call('GET', '/events', { headers: { authorization: 'Basic abc' } })).json.error.code).toBe('unauthorized');
    expect((await api.call('GET', '/events', { key: 'cvn_nope' })).status).toBe(401);
    const forged = key.slice(0, -4) + 'AAAA';
    expect((await api.call('GET', '/events', { key: forged })).status).toBe(401);
    const readOnly = await api.key(G1, ['events:read']);
    expect((await api.call('GET', '/events', { key: readOnly })).status).toBe(200);
    const denied = await create(game, readOnly);
    expect(denied.status).toBe(403);
    expect(denied.json.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('events:write') });
    const id = key.split('_')[1]!;
    const revoked = await api.keys.revoke({ ...G1, userId: 'admin', platformManager: true }, id);
    expect(revoked.ok).toBe(true);
    expect((await api.call('GET', '/events', { key })).status).toBe(401);
    // Revoked by another process (its own ApiKeys): honoured once the verified-key cache lapses.
    expect((await api.call('GET', '/events', { key: readOnly })).status).toBe(200);
    const elsewhere = new ApiKeys(store, clock);
    expect((await elsewhere.revoke({ ...G1, userId: 'admin', platformManager: true }, readOnly.split('_')[1]!)).ok).toBe(true);
    clock.advance(VERIFIED_TTL_MS);
    expect((await api.call('GET', '/events', { key: readOnly })).status).toBe(401);
  });

  it('creates, reads, lists, patches, replaces, cancels and deletes', async () => {
    const made = await create({ ...game, capacity: 0, reminders: ['pt15m', 'P1D'], reminder_audience: 'attendees', location: 'https://meet.example.com/x' });
    expect(made.status).toBe(201);
    const e = made.json.data;
    expect(e).toMatchObject({
      name: 'Game night',
      workspace: 'discord:G1',
      start: '2026-12-04T19:00:00.000Z',
      end: '2026-12-04T22:00:00.000Z',
      timezone: 'Europe/Berlin',
      capacity: null,
      reminders: ['PT15M', 'P1D'],
      reminder_audience: 'attendees',
      join_url: 'https://meet.example.com/x',
      hosts: ['owner'],
      channel: 'C1',
      status: 'scheduled',
      rsvp_stats: { going: 0, maybe: 0, declined: 0, waitlisted: 0, pending: 0, offered: 0 },
      waitlist_offers: false,
      offer_window: 'PT2H',
    });
    expect(e).not.toHaveProperty('card');
    expect((await api.call('GET', `/events/${e.id}`, { key })).json.data).toEqual(e);

    const patched = await api.call('PATCH', `/events/${e.id}`, { key, body: { name: 'Board games', capacity: 8 } });
    expect(patched.status).toBe(200);
    expect(patched.json.data).toMatchObject({ name: 'Board games', capacity: 8, start: e.start });

    const replaced = await api.call('PUT', `/events/${e.id}`, { key, body: { name: 'Quiz', start: '2026-12-05T18:00:00Z', timezone: 'UTC' } });
    expect(replaced.status).toBe(200);
    expect(replaced.json.data).toMatchObject({ name: 'Quiz', capacity: null, location: null, channel: null, start: '2026-12-05T18:00:00.000Z', end: '2026-12-05T19:00:00.000Z' });

    const second = (await create({ ...game, name: 'Later', start: '2026-12-10T19:00:00Z', end: null, when: undefined })).json.data;
    const page1 = await api.call('GET', '/events?limit=1', { key });
    expect(page1.json.data.map((x: { id: string }) => x.id)).toEqual([e.id]);
    const page2 = await api.call('GET', `/events?limit=1&cursor=${page1.json.next_cursor}`, { key });
    expect(page2.json.data.map((x: { id: string }) => x.id)).toEqual([second.id]);
    expect(page2.json.next_cursor).toBeNull();
    expect((await api.call('GET', '/events?from=2026-12-06T00:00:00Z', { key })).json.data.map((x: { id: string }) => x.id)).toEqual([second.id]);
    expect((await api.call('GET', '/events?channel=C1', { key })).json.data.map((x: { id: string }) => x.id)).toEqual([second.id]);

    const cancelled = await api.call('POST', `/events/${second.id}/cancel`, { key, body: { reason: 'rain' } });
    expect(cancelled.json.data).toMatchObject({ status: 'cancelled', cancel_reason: 'rain' });
    expect((await api.call('GET', '/events?status=cancelled', { key })).json.data).toHaveLength(1);

    expect((await api.call('GET', `/events/${e.id}/rsvps`, { key })).json).toEqual({ data: [] });
    const gone = await api.call('DELETE', `/events/${e.id}`, { key });
    expect(gone.status).toBe(204);
    expect((await api.call('GET', `/events/${e.id}`, { key })).status).toBe(404);
  });

  it('reads `when` in natural language in the event zone, and RRULE repeats', async () => {
    const r = await create({ name: 'Standup', when: 'monday 9am', timezone: 'Europe/Berlin', recurrence: 'FREQ=WEEKLY;BYDAY=MO' });
    expect(r.status).toBe(201);
    expect(r.json.data).toMatchObject({ start: '2026-11-23T08:00:00.000Z', recurrence: expect.stringContaining('FREQ=WEEKLY') });
    const bad = await create({ name: 'X', when: 'blursday', timezone: 'UTC' });
    expect(bad.status).toBe(422);
    expect(bad.json.error.field).toBe('when');
    const asks = await create({ name: 'X', when: '3/4 5pm', timezone: 'UTC' });
    expect(asks.status).toBe(422);
    expect(asks.json.error.field).toBe('when');
    expect(asks.json.error.message).toMatch(/-03-04T17:00.*-04-03T17:00|-04-03T17:00.*-03-04T17:00/);
    expect(asks.json.error.code).toBe('ambiguous');
    const starts = (asks.json.error.candidates as { start: string; all_day: boolean }[]).map((c) => c.start.slice(5, 16)).sort();
    expect(starts).toEqual(['03-04T17:00', '04-03T17:00']);
    // A candidate resent as it is creates the event.
    const pick = asks.json.error.candidates[1];
    const picked = await create({ name: 'X', start: pick.start, end: pick.end, all_day: pick.all_day, timezone: 'UTC' });
    expect(picked.status).toBe(201);
    const dayFirst = await create({ name: 'Y', when: '3/4 5pm', timezone: 'Europe/Berlin' });
    expect(dayFirst.status).toBe(201);
    expect(dayFirst.json.data.start).toMatch(/-04-03T15:00:00/);
    const rule = await create({ ...game, recurrence: 'FREQ=YEARLY' });
    expect(rule.json.error).toMatchObject({ field: 'recurrence' });
  });

  it('validation errors name the field: 400 for the shape, 422 for values the core refuses', async () => {
    const noName = await create({ start: game.start, timezone: 'UTC' });
    expect(noName.status).toBe(400);
    expect(noName.json.error).toMatchObject({ code: 'invalid_request', field: 'name' });
    const noTime = await create({ name: 'x', timezone: 'UTC' });
    expect(noTime.json.error.field).toBe('start');
    const unknown = await create({ ...game, colour: 'red' });
    expect(unknown.json.error).toMatchObject({ code: 'invalid_request', field: 'colour' });
    const badDate = await create({ ...game, start: 'next friday' });
    expect(badDate.json.error).toMatchObject({ code: 'invalid_request', field: 'start' });
    // Every field at fault is listed, one each, the first as `field`: fixed in one round.
    const several = await create({ name: '', start: 'soon', capacity: -1, timezone: 'UTC', colour: 'red' });
    expect(several.status).toBe(400);
    expect(several.json.error.issues.map((i: { field: string }) => i.field).sort()).toEqual(['capacity', 'colour', 'name', 'start']);
    expect(several.json.error.issues[0]).toEqual({ field: several.json.error.field, message: several.json.error.message });
    const zone = await create({ ...game, timezone: 'Mars/Olympus' });
    expect(zone.status).toBe(422);
    expect(zone.json.error.field).toBe('timezone');
    const past = await create({ ...game, start: '2020-01-01T00:00:00Z', end: null });
    expect(past.status).toBe(422);
    const notJson = await fetch(`${api.base}/events`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: '{"name":' });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
    expect((await api.call('GET', '/events?limit=0', { key })).json.error.field).toBe('limit');
    expect((await api.call('GET', '/nowhere', { key })).status).toBe(404);
  });

  it("another workspace's event is 404 on every route", async () => {
    const e = (await create()).json.data;
    const other = await api.key(G2);
    for (const [method, path, body] of [
      ['GET', `/events/${e.id}`],
      ['GET', `/events/${e.id}/rsvps`],
      ['PATCH', `/events/${e.id}`, { name: 'mine' }],
      ['PUT', `/events/${e.id}`, game],
      ['POST', `/events/${e.id}/cancel`, {}],
      ['DELETE', `/events/${e.id}`],
    ] as const) {
      const r = await api.call(method, path, { key: other, body });
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(r.json.error.code).toBe('not_found');
    }
    expect((await api.call('GET', '/events', { key: other })).json.data).toEqual([]);
    expect((await api.call('GET', `/events/${e.id}`, { key })).json.data.name).toBe('Game night');
  });

  it('Idempotency-Key: replay, a different body (422), one still running (409), too long (400)', async () => {
    const headers = { 'idempotency-key': 'order-42' };
    const first = await api.call('POST', '/events', { key, body: game, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replay')).toBeNull();
    const again = await api.call('POST', '/events', { key, body: game, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replay')).toBe('true');
    expect(again.json).toEqual(first.json);
    expect((await api.call('GET', '/events', { key })).json.data).toHaveLength(1);

    const changed = await api.call('POST', '/events', { key, body: { ...game, name: 'Other' }, headers });
    expect(changed.status).toBe(422);
    expect(changed.json.error.code).toBe('idempotency_key_reused');

    // Scoped per key: another key may use the same Idempotency-Key.
    const other = await api.key(G1);
    expect((await api.call('POST', '/events', { key: other, body: game, headers })).headers.get('idempotent-replay')).toBeNull();

    // A twin of a request still running.
    const keyId = key.split('_')[1]!;
    const claim = await new IdempotencyRecords(store).claim(keyId, 'slow-1', requestHash('POST', '/v1/events', game), clock.now().getTime());
    expect(claim.kind).toBe('new');
    const twin = await api.call('POST', '/events', { key, body: game, headers: { 'idempotency-key': 'slow-1' } });
    expect(twin.status).toBe(409);
    expect(twin.json.error.code).toBe('idempotent_request_in_progress');

    // After 24 hours the key starts afresh.
    clock.advance(24 * 3_600_000 + 1);
    const later = await api.call('POST', '/events', { key, body: { ...game, start: '2026-12-06T19:00:00Z', end: null }, headers });
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replay')).toBeNull();

    const long = await api.call('POST', '/events', { key, body: game, headers: { 'idempotency-key': 'x'.repeat(256) } });
    expect(long.status).toBe(400);
    expect(long.json.error.field).toBe('Idempotency-Key');
  });

  it('the same rules as chat: capacity never below going, conflict is 409', async () => {
    const e = (await create({ ...game, capacity: 2 })).json.data;
    const svc = new EventService({ store, clock });
    for (const u of ['a', 'b']) await svc.run({ ...G1, userId: u }, { type: 'rsvp', event: e.id, status: 'going' });
    const r = await api.call('PATCH', `/events/${e.id}`, { key, body: { capacity: 1 } });
    expect(r.status).toBe(409);
    const rsvps = await api.call('GET', `/events/${e.id}/rsvps`, { key });
    expect(rsvps.json.data.map((x: { user: string; status: string }) => [x.user, x.status])).toEqual([['a', 'going'], ['b', 'going']]);
    expect((await api.call('GET', `/events/${e.id}`, { key })).json.data.rsvp_stats.going).toBe(2);
  });

  it('a series counts standing ("every time") answers for its next occurrence: rsvps and rsvp_stats (issue 14, item 3)', async () => {
    const e = (await create({ name: 'Standup', when: 'monday 9am', timezone: 'Europe/Berlin', recurrence: 'FREQ=WEEKLY;BYDAY=MO', capacity: 1 })).json.data;
    const svc = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
    await svc.run({ ...G1, userId: 'a' }, { type: 'standing_rsvp', event: e.id, status: 'going' });
    await svc.run({ ...G1, userId: 'b' }, { type: 'standing_rsvp', event: e.id, status: 'going' });
    await svc.run({ ...G1, userId: 'c' }, { type: 'rsvp', event: e.id, status: 'maybe' });
    const rsvps = await api.call('GET', `/events/${e.id}/rsvps`, { key });
    expect(rsvps.json.data.map((x: { user: string; status: string; every_time: boolean }) => [x.user, x.status, x.every_time])).toEqual([
      ['a', 'going', true],
      ['b', 'waitlisted', true],
      ['c', 'maybe', false],
    ]);
    expect((await api.call('GET', `/events/${e.id}`, { key })).json.data.rsvp_stats).toMatchObject({ going: 1, waitlisted: 1, maybe: 1 });
  });

  it('waitlist offers: waitlist_offers and offer_window (ISO 8601) on create and patch, in the OpenAPI document, held seats in rsvp_stats', async () => {
    const doc = (await api.call('GET', '/openapi.json')).json;
    const props = doc.paths['/events'].post.requestBody.content['application/json'].schema.properties;
    expect(Object.keys(props)).toEqual(expect.arrayContaining(['waitlist_offers', 'offer_window']));
    const e = (await create({ ...game, capacity: 1, waitlist_offers: true, offer_window: 'pt30m' })).json.data;
    expect(e).toMatchObject({ waitlist_offers: true, offer_window: 'PT30M' });
    const svc = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
    for (const u of ['a', 'b']) await svc.run({ ...G1, userId: u }, { type: 'rsvp', event: e.id, status: 'going' });
    await svc.run({ ...G1, userId: 'a' }, { type: 'rsvp', event: e.id, status: 'declined' });
    const rsvps = await api.call('GET', `/events/${e.id}/rsvps`, { key });
    expect(rsvps.json.data.map((x: { user: string; status: string }) => [x.user, x.status])).toEqual([['b', 'offered'], ['a', 'declined']]);
    expect((await api.call('GET', `/events/${e.id}`, { key })).json.data.rsvp_stats).toMatchObject({ going: 0, offered: 1 });
    const bad = await api.call('PATCH', `/events/${e.id}`, { key, body: { offer_window: '2 hours' } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.field).toBe('offer_window');
    expect(bad.json.error.message).toMatch(/PT2H/);
    const off = await api.call('PATCH', `/events/${e.id}`, { key, body: { waitlist_offers: false, offer_window: 'P1D' } });
    expect(off.json.data).toMatchObject({ waitlist_offers: false, offer_window: 'P1D' });
  });
});

describe('per-key rate limit', () => {
  it('answers 429 with Retry-After past the limit, per key', async () => {
    const store = await storeFactories()[0]!.open();
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    const api = await startApi({ service: new EventService({ store, clock }), store, clock, rateLimitPerMinute: 3 });
    try {
      const a = await api.key(G1);
      const b = await api.key(G1);
      for (let i = 0; i < 3; i++) expect((await api.call('GET', '/events', { key: a })).status).toBe(200);
      const limited = await api.call('GET', '/events', { key: a });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.json.error.code).toBe('rate_limited');
      expect((await api.call('GET', '/events', { key: b })).status).toBe(200);
      clock.advance(60_000);
      expect((await api.call('GET', '/events', { key: a })).status).toBe(200);
    } finally {
      await api.close();
      await store.close();
    }
  });
});
