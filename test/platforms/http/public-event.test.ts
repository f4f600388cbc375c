import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventObject } from '../../../src/core/public-event.ts';
import { EventService } from '../../../src/core/service.ts';
import { createReminderLifecycle } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';
import { storeFactories } from '../../support/stores.ts';
import { startApi, type Api } from './support.ts';

const G1 = { platform: 'discord' as const, workspaceId: 'G1' };
/** Where a platform shows the event's card: what the adapter stored, and nothing the API may show. */
const CARD = { channelId: 'C1', messageId: 'card-message-7731', threadId: 'card-thread-8842' };

describe.each(storeFactories())('the public event carries no platform card ids, on $name', (factory) => {
  let store: Store;
  let api: Api;
  let service: EventService;
  let key: string;
  beforeEach(async () => {
    store = await factory.open();
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
    api = await startApi({ service, store, clock, rateLimitPerMinute: 1000 });
    key = await api.key(G1);
  });
  afterEach(async () => {
    await api.close();
    await store.close();
  });

  it('get, list, patch and cancel answer exactly the public fields once the card is posted', async () => {
    const made = await api.call('POST', '/events', { key, body: { name: 'Game night', start: '2026-12-04T19:00:00Z', timezone: 'UTC', channel: 'C1' } });
    const id = made.json.data.id as string;
    await service.attachCard(G1, id, CARD);
    const answers = [
      (await api.call('GET', `/events/${id}`, { key })).json.data,
      (await api.call('GET', '/events', { key })).json.data[0],
      (await api.call('PATCH', `/events/${id}`, { key, body: { name: 'Board games' } })).json.data,
      (await api.call('POST', `/events/${id}/cancel`, { key, body: { reason: 'rain' } })).json.data,
    ];
    for (const e of answers) {
      expect(Object.keys(e).sort()).toEqual(Object.keys(EventObject.shape).sort());
      expect(JSON.stringify(e)).not.toMatch(/card-message|card-thread|"card"/);
    }
  });

  it('the OpenAPI document describes the event as exactly those fields (no others allowed)', async () => {
    const doc = (await api.call('GET', '/openapi.json')).json;
    const schema = doc.paths['/events/{id}'].get.responses['200'].content['application/json'].schema.properties.data;
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(EventObject.shape).sort());
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).some((k) => /card|message|thread/.test(k))).toBe(false);
  });
});
