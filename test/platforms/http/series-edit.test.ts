import { describe, expect, it } from 'vitest';
import { EventService } from '../../../src/core/service.ts';
import { createReminderLifecycle } from '../../../src/scheduler/index.ts';
import type { ManualClock } from '../../../src/core/clock.ts';
import type { Store } from '../../../src/store/database.ts';
import { storeFactories } from '../../support/stores.ts';
import { withApi, type Api } from './support.ts';

const G1 = { platform: 'discord' as const, workspaceId: 'G1' };

describe.each(storeFactories())('HTTP API: a series that stops repeating, on $name', (factory) => {
  let store: Store;
  let clock: ManualClock;
  let api: Api;
  let key: string;
  withApi(factory, G1, (t) => ({ store, clock, api, key } = t));

  it('PATCH recurrence: null answers with how many answers to later dates were dropped and how many people are told', async () => {
    const e = (await api.call('POST', '/events', { key, body: { name: 'Standup', when: 'monday 9am', timezone: 'Europe/Berlin', recurrence: 'FREQ=WEEKLY;BYDAY=MO' } })).json.data;
    const svc = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
    await svc.run({ ...G1, userId: 'b' }, { type: 'rsvp', event: e.id, status: 'going' });
    await svc.run({ ...G1, userId: 'c' }, { type: 'rsvp', event: e.id, status: 'going', occurrence: '2026-11-30T08:00:00.000Z' });
    await svc.run({ ...G1, userId: 'd' }, { type: 'rsvp', event: e.id, status: 'declined', occurrence: '2026-11-30T08:00:00.000Z' });
    const r = await api.call('PATCH', `/events/${e.id}`, { key, body: { recurrence: null } });
    expect(r.status).toBe(200);
    expect(r.json.data.recurrence).toBeNull();
    expect(r.json.dropped_answers).toEqual({ answers: 2, every_time: 0, told: 1 });
    const plain = await api.call('PATCH', `/events/${e.id}`, { key, body: { name: 'Stand-up' } });
    expect(plain.json.dropped_answers).toEqual({ answers: 0, every_time: 0, told: 0 });
    const doc = (await api.call('GET', '/openapi.json')).json;
    const schema = doc.paths['/events/{id}'].patch.responses['200'].content['application/json'].schema;
    expect(JSON.stringify(schema)).toContain('dropped_answers');
  });
});
