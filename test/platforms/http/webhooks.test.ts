import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import type { Resolver } from '../../../src/platforms/http/receiver-lookup.ts';
import { HttpWebhookSender } from '../../../src/platforms/http/webhook-sender.ts';
import { claimBatch, createReminderLifecycle, Scheduler, type Notifier } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';
import { webhooksRepo } from '../../../src/store/webhooks-repo.ts';
import { storeFactories } from '../../support/stores.ts';
import { startReceiver, verifyStandardWebhook, type Receiver } from './receiver.ts';
import { startApi, type Api } from './support.ts';

const G1 = { platform: 'discord' as const, workspaceId: 'G1' };
const G2 = { platform: 'discord' as const, workspaceId: 'G2' };
const game = { name: 'Game night', start: '2026-12-04T19:00:00Z', end: '2026-12-04T22:00:00Z', timezone: 'Europe/Berlin', channel: 'C1' };
const quiet: Notifier = { deliver: async () => ({ status: 'sent' }) };

describe.each(storeFactories())('webhooks to a receiver on 127.0.0.1 ($name)', (factory) => {
  let store: Store;
  let clock: ManualClock;
  let service: EventService;
  let api: Api;
  let receiver: Receiver;
  let scheduler: Scheduler;
  let key: string;

  beforeEach(async () => {
    store = await factory.open();
    clock = new ManualClock('2026-11-21T12:00:00Z');
    // The receiver is on 127.0.0.1: allowed here as an operator would with WEBHOOK_ALLOW_PRIVATE=true.
    service = new EventService({ store, clock, lifecycle: createReminderLifecycle(), webhookReceivers: 'any' });
    api = await startApi({ service, store, clock, rateLimitPerMinute: 10_000 });
    receiver = await startReceiver();
    scheduler = new Scheduler({
      store,
      clock,
      notifiers: { discord: quiet },
      publisher: service,
      webhooks: new HttpWebhookSender(store, clock, { timeoutMs: 2_000, receivers: 'any' }),
      webhookMaxAttempts: 3,
      webhookBackoffMs: (n) => n * 1_000,
    });
    key = await api.key(G1);
  });
  afterEach(async () => {
    await api.close();
    await receiver.close();
    await store.close();
  });

  const addHook = async (body: unknown = { url: receiver.url }, k = key) => api.call('POST', '/webhooks', { key: k, body });
  const now = () => Math.floor(clock.now().getTime() / 1000);
  const webhookRows = () => store.db.selectFrom('reminders').selectAll().where('kind', '=', 'webhook').execute();

  it('a standing ("every time") answer is one rsvp message for the series, every_time true; a seat it frees tells that date (issue 14, item 3)', async () => {
    expect((await addHook()).status).toBe(201);
    const made = await api.call('POST', '/events', { key, body: { ...game, recurrence: 'FREQ=WEEKLY', capacity: 1 } });
    const eventId = made.json.data.id as string;
    const second = '2026-12-11T19:00:00.000Z';
    expect((await service.run({ ...G1, userId: 'alice' }, { type: 'standing_rsvp', event: eventId, status: 'going' })).ok).toBe(true);
    expect((await service.run({ ...G1, userId: 'bob' }, { type: 'rsvp', event: eventId, occurrence: second, status: 'going' })).ok).toBe(true);
    await scheduler.drain();
    receiver.received.length = 0;
    expect((await service.run({ ...G1, userId: 'alice' }, { type: 'standing_rsvp', event: eventId, status: 'none' })).ok).toBe(true);
    await scheduler.drain();
    const rsvps = receiver.received.map((r) => r.json.data.rsvp);
    expect(rsvps).toEqual(
      expect.arrayContaining([
        { user: 'alice', status: 'none', previous_status: 'going', occurrence: null, decided_by: null, every_time: true },
        { user: 'bob', status: 'going', previous_status: 'waitlisted', occurrence: second, decided_by: null, every_time: false },
      ]),
    );
    expect(rsvps.filter((r: { user: string }) => r.user === 'alice')).toHaveLength(1);
  });

  it('signs each change with the secret shown once, one message per change of the event and its RSVPs', async () => {
    const added = await addHook();
    expect(added.status).toBe(201);
    const { id: hookId, secret } = added.json.data;
    expect(hookId).toMatch(/^wh_[a-z0-9]{12}$/);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await api.call('GET', '/webhooks', { key });
    expect(listed.json.data).toEqual([{ id: hookId, url: receiver.url, events: expect.arrayContaining(['event.created', 'rsvp.changed']), created_by: 'owner', created_at: '2026-11-21T12:00:00.000Z' }]);
    expect(JSON.stringify(listed.json)).not.toContain(secret);

    const made = await api.call('POST', '/events', { key, body: game });
    const eventId = made.json.data.id as string;
    const alice = { ...G1, userId: 'alice' };
    expect((await service.run(alice, { type: 'rsvp', event: eventId, status: 'going' })).ok).toBe(true);
    expect((await service.run(alice, { type: 'rsvp', event: eventId, status: 'maybe' })).ok).toBe(true);
    expect((await api.call('PATCH', `/events/${eventId}`, { key, body: { name: 'Board game night' } })).status).toBe(200);
    expect((await api.call('POST', `/events/${eventId}/cancel`, { key, body: { reason: 'rain' } })).status).toBe(200);
    expect((await api.call('DELETE', `/events/${eventId}`, { key })).status).toBe(204);
    await scheduler.drain();

    const types = receiver.received.map((r) => r.json.type);
    expect(types.sort()).toEqual(['event.cancelled', 'event.created', 'event.deleted', 'event.updated', 'rsvp.changed', 'rsvp.created']);
    for (const r of receiver.received) {
      expect(verifyStandardWebhook(secret, r, now()), `${r.json.type} verifies`).toBe(true);
      expect(r.headers['webhook-id']).toBe(r.json.id);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.json).toMatchObject({ workspace: 'discord:G1', data: { event: { id: eventId } } });
    }
    const by = (t: string) => receiver.received.find((r) => r.json.type === t)!.json.data;
    expect(by('event.created').event).toMatchObject({ name: 'Game night', status: 'scheduled', rsvp_stats: { going: 0 } });
    expect(by('rsvp.created').rsvp).toEqual({ user: 'alice', status: 'going', previous_status: null, occurrence: null, decided_by: null, every_time: false });
    expect(by('rsvp.changed').rsvp).toMatchObject({ user: 'alice', status: 'maybe', previous_status: 'going' });
    expect(by('event.updated').event.name).toBe('Board game night');
    expect(by('event.cancelled').event).toMatchObject({ status: 'cancelled', cancel_reason: 'rain' });
    expect(by('event.deleted')).toMatchObject({ deleted_by: 'owner' });
    // The receiver's check can fail: a body changed on the way does not verify.
    const first = receiver.received[0]!;
    const forged = { ...first, body: first.body.replace('"discord:G1"', '"discord:G2"') };
    expect(forged.body).not.toBe(first.body);
    expect(verifyStandardWebhook(secret, forged, now())).toBe(false);
    expect(verifyStandardWebhook('whsec_' + Buffer.alloc(32, 1).toString('base64'), receiver.received[0]!, now())).toBe(false);
  });

  it('retries a receiver answering 500 with backoff, under the same webhook-id, until a 2xx', async () => {
    const { secret } = (await addHook({ url: receiver.url, events: ['event.created'] })).json.data;
    receiver.answer(500, 503);
    await api.call('POST', '/events', { key, body: game });
    await scheduler.drain();
    expect(receiver.received).toHaveLength(1);
    await scheduler.drain();
    expect(receiver.received, 'not again before the backoff').toHaveLength(1);
    clock.advance(1_000);
    await scheduler.drain();
    expect(receiver.received).toHaveLength(2);
    clock.advance(2_000);
    await scheduler.drain();
    expect(receiver.received).toHaveLength(3);
    clock.advance(60_000);
    await scheduler.drain();
    expect(receiver.received, 'delivered: never again').toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    for (const r of receiver.received) expect(verifyStandardWebhook(secret, r, now())).toBe(true);
    expect((await webhookRows()).map((r) => [r.state, r.attempts])).toEqual([['sent', 3]]);
  });

  it('gives up after the last attempt and records why on the row', async () => {
    await addHook({ url: receiver.url, events: ['event.created'] });
    receiver.answer(500, 500, 500, 500);
    await api.call('POST', '/events', { key, body: game });
    for (let i = 0; i < 6; i++) {
      await scheduler.drain();
      clock.advance(10_000);
    }
    expect(receiver.received).toHaveLength(3);
    const [row] = await webhookRows();
    expect(row).toMatchObject({ state: 'failed', attempts: 3 });
    expect(row!.last_error).toMatch(/gave up after 3 attempts: the receiver answered HTTP 500/);
  });

  it("never sends one workspace's changes to another's endpoint", async () => {
    await addHook();
    const other = await api.key(G2);
    expect((await api.call('GET', '/webhooks', { key: other })).json.data).toEqual([]);
    const hookId = (await api.call('GET', '/webhooks', { key })).json.data[0].id as string;
    expect((await api.call('DELETE', `/webhooks/${hookId}`, { key: other })).status).toBe(404);
    const made = await api.call('POST', '/events', { key: other, body: game });
    await service.run({ ...G2, userId: 'bob' }, { type: 'rsvp', event: made.json.data.id, status: 'going' });
    await scheduler.drain();
    expect(receiver.received).toEqual([]);
    await api.call('POST', '/events', { key, body: game });
    await scheduler.drain();
    expect(receiver.received.map((r) => r.json.workspace)).toEqual(['discord:G1']);
  });

  it('a delivery whose process died mid-send is taken over after its lease, not lost', async () => {
    const { secret } = (await addHook({ url: receiver.url, events: ['event.created'] })).json.data;
    await api.call('POST', '/events', { key, body: game });
    // A process claims the row and dies before settling it (it may or may not have sent it).
    const taken = await claimBatch(store.db, store.dialect, { owner: 'dead', now: clock.now().getTime(), leaseMs: 20_000, limit: 10, platforms: ['discord'] });
    expect(taken.map((r) => r.kind)).toContain('webhook');
    await scheduler.drain();
    expect(receiver.received, 'held by the dead process while its lease lasts').toEqual([]);
    clock.advance(20_001);
    await scheduler.drain();
    expect(receiver.received).toHaveLength(1);
    expect(verifyStandardWebhook(secret, receiver.received[0]!, now())).toBe(true);
    const row = taken.find((r) => r.kind === 'webhook')!;
    expect(receiver.received[0]!.headers['webhook-id']).toBe(JSON.parse(row.payload!).id);
  });

  it('sends only the types an endpoint chose, and nothing after it is removed', async () => {
    const rsvpOnly = await addHook({ url: receiver.url, events: ['rsvp.created'] });
    const made = await api.call('POST', '/events', { key, body: game });
    await scheduler.drain();
    expect(receiver.received).toEqual([]);
    await service.run({ ...G1, userId: 'alice' }, { type: 'rsvp', event: made.json.data.id, status: 'going' });
    expect((await api.call('DELETE', `/webhooks/${rsvpOnly.json.data.id}`, { key })).status).toBe(204);
    await scheduler.drain();
    expect(receiver.received, 'queued before the removal, not sent after it').toEqual([]);
    expect((await webhookRows()).map((r) => r.state)).toEqual(['skipped']);
  });

  it('refuses what it cannot send to, and every auth failure', async () => {
    const bad = async (body: unknown) => (await addHook(body)).json.error;
    expect(await bad({ url: 'ftp://example.com/hook' })).toMatchObject({ code: 'invalid_request', field: 'url', message: expect.stringContaining('https://') });
    expect(await bad({ url: 'javascript:alert(1)' })).toMatchObject({ field: 'url', message: expect.stringContaining('https://') });
    expect(await bad({ url: 'example.com/hook' })).toMatchObject({ field: 'url', message: expect.stringContaining('not a URL') });
    expect(await bad({ url: receiver.url, events: ['event.nope'] })).toMatchObject({ field: 'events.0' });
    expect(await bad({ url: receiver.url, secret: 'mine' })).toMatchObject({ field: 'secret' });
    expect(await bad({})).toMatchObject({ field: 'url' });
    expect((await addHook()).status).toBe(201);
    expect((await api.call('GET', '/webhooks')).status).toBe(401);
    expect((await api.call('POST', '/webhooks', { key: 'cvn_nope', body: { url: receiver.url } })).status).toBe(401);
    const readOnly = await api.key(G1, ['events:read']);
    expect((await api.call('GET', '/webhooks', { key: readOnly })).status).toBe(403);
    expect((await addHook({ url: receiver.url }, readOnly)).status).toBe(403);
    expect((await api.call('DELETE', '/webhooks/wh_000000000000', { key })).status).toBe(404);
    expect((await api.call('DELETE', '/webhooks/nope', { key })).status).toBe(404);
  });
});

describe('webhooks go only to public addresses unless the operator allows private ones (WEBHOOK_ALLOW_PRIVATE)', () => {
  const sqlite = storeFactories()[0]!;
  let store: Store;
  let clock: ManualClock;
  let receiver: Receiver;
  beforeEach(async () => {
    store = await sqlite.open();
    clock = new ManualClock('2026-11-21T12:00:00Z');
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    await store.close();
  });
  const webhookRows = () => store.db.selectFrom('reminders').selectAll().where('kind', '=', 'webhook').execute();
  /** The core and a scheduler under one policy; `resolve` maps receivers' names (dns.lookup when absent). */
  const rig = (receivers: 'public-only' | 'any', resolve?: Resolver) => {
    const service = new EventService({ store, clock, lifecycle: createReminderLifecycle(), webhookReceivers: receivers });
    const sender = new HttpWebhookSender(store, clock, { timeoutMs: 2_000, receivers, ...(resolve ? { resolve } : {}) });
    const scheduler = new Scheduler({ store, clock, notifiers: { discord: quiet }, publisher: service, webhooks: sender, webhookMaxAttempts: 3, webhookBackoffMs: () => 1_000 });
    return { service, sender, scheduler };
  };
  const storeEndpoint = (url: string) =>
    webhooksRepo.insert(store.db, { id: 'wh_000000000001', ...G1, url, secret: `whsec_${Buffer.alloc(32, 7).toString('base64')}`, events: ['event.created'], createdBy: 'owner', createdAt: clock.now().getTime() });

  it('refuses a loopback, private or link-local receiver when it is added, on every door, naming the field and the setting', async () => {
    const { service } = rig('public-only');
    const api = await startApi({ service, store, clock, rateLimitPerMinute: 10_000 });
    try {
      const key = await api.key(G1);
      for (const url of [receiver.url, receiver.url.replace('127.0.0.1', 'localhost'), 'http://169.254.169.254/latest', 'https://[fd12::1]/h']) {
        const r = await api.call('POST', '/webhooks', { key, body: { url } });
        expect(r.status, url).toBe(422);
        expect(r.json.error).toMatchObject({ code: 'invalid', field: 'url', message: expect.stringMatching(/only to public internet addresses.*WEBHOOK_ALLOW_PRIVATE=true/) });
      }
      const chat = await service.webhooks.add({ ...G1, userId: 'admin', platformManager: true }, { url: 'http://10.1.2.3/hook' });
      expect(chat).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('10.1.2.3 is a private network address') } });
      expect(await service.webhooks.listFor(G1)).toEqual([]);
      expect((await api.call('POST', '/webhooks', { key, body: { url: 'https://hooks.example.com/convene' } })).status).toBe(201);
    } finally {
      await api.close();
    }
  });

  it('does not send to a name that resolves inside, checked on the address connected to; allowed, the same name is sent to', async () => {
    // A name that resolves to loopback (as a rebinding name would after it was added): the sender never connects.
    const inside: Resolver = (_host, _opts, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]);
    await storeEndpoint(receiver.url.replace('127.0.0.1', 'hooks.convene.test'));
    const refused = rig('public-only', inside);
    expect((await refused.service.run({ ...G1, userId: 'owner' }, { type: 'create', input: { title: 'Game night', start: '2026-12-04T19:00:00Z', channelId: 'C1', timezone: 'UTC' } })).ok).toBe(true);
    await refused.scheduler.drain();
    expect(receiver.received).toEqual([]);
    const [row] = await webhookRows();
    expect(row).toMatchObject({ state: 'skipped', attempts: 1 });
    expect(row!.last_error).toMatch(/unreachable: .*hooks\.convene\.test \(127\.0\.0\.1\) is a loopback address/);
    await refused.sender.close();

    const allowed = rig('any', inside);
    expect((await allowed.service.run({ ...G1, userId: 'owner' }, { type: 'create', input: { title: 'Quiz', start: '2026-12-05T19:00:00Z', channelId: 'C1', timezone: 'UTC' } })).ok).toBe(true);
    await allowed.scheduler.drain();
    expect(receiver.received.map((r) => r.json.data.event.name)).toEqual(['Quiz']);
    await allowed.sender.close();
  });

  it('does not send to an endpoint stored with a literal private address (added while it was allowed)', async () => {
    await storeEndpoint(receiver.url);
    const { service, scheduler, sender } = rig('public-only');
    expect((await service.run({ ...G1, userId: 'owner' }, { type: 'create', input: { title: 'Game night', start: '2026-12-04T19:00:00Z', channelId: 'C1', timezone: 'UTC' } })).ok).toBe(true);
    await scheduler.drain();
    expect(receiver.received).toEqual([]);
    expect((await webhookRows())[0]!.last_error).toMatch(/127\.0\.0\.1 is a loopback address/);
    await sender.close();
  });
});
