import { describe, expect, it } from 'vitest';
import { storeFactories } from '../../support/stores.ts';
import { withApi, type Api } from './support.ts';

const G1 = { platform: 'discord' as const, workspaceId: 'G1' };
const game = { name: 'Game night', start: '2026-12-04T19:00:00Z', timezone: 'Europe/Berlin' };
/** Words an API caller cannot act on: zod's type wording, chat commands, the safe-integer bound. */
const CHAT_OR_ZOD = /nonoptional|received undefined|9007199254740991|\/event |settings locale|name at least/;

describe.each(storeFactories())('HTTP API errors speak to an API caller ($name)', (factory) => {
  let api: Api;
  let key: string;
  withApi(factory, G1, (t) => ({ api, key } = t));

  const refused = async (method: string, path: string, body: unknown, status: number, field: string | null) => {
    const r = await api.call(method, path, { key, body });
    expect([r.status, r.json.error.field]).toEqual([status, field]);
    expect(r.json.error.message).not.toMatch(CHAT_OR_ZOD);
    return r.json.error.message as string;
  };

  it('a missing required field, a number past its bound, an empty PATCH', async () => {
    expect(await refused('POST', '/events', { name: 'X', start: game.start }, 400, 'timezone')).toBe('timezone: is required');
    expect(await refused('POST', '/events', { ...game, capacity: 1e20 }, 400, 'capacity')).toContain('100000');
    expect(await refused('POST', '/events', { ...game, capacity: 100_001 }, 400, 'capacity')).toBe('capacity: must be at most 100000');
    const e = (await api.call('POST', '/events', { key, body: game })).json.data;
    expect(await refused('PATCH', `/events/${e.id}`, {}, 400, null)).toMatch(/at least one field/);
    expect(await refused('PATCH', `/events/${e.id}`, { capacity: 1.5 }, 400, 'capacity')).toBe('capacity: must be a whole number');
  });

  it('an unknown zone is the timezone’s fault, not the when’s; an ambiguous when says how to resend', async () => {
    expect(await refused('POST', '/events', { name: 'X', when: 'friday 7pm', timezone: 'Mars/Olympus' }, 422, 'timezone')).toMatch(/Mars\/Olympus.*Europe\/Berlin/);
    expect(await refused('POST', '/events', { name: 'X', when: 'blursday', timezone: 'UTC' }, 422, 'when')).toMatch(/blursday.*send start \(and end\) in ISO 8601/);
    const asks = await api.call('POST', '/events', { key, body: { name: 'X', when: '3/4 5pm', timezone: 'UTC' } });
    expect([asks.status, asks.json.error.code, asks.json.error.field]).toEqual([422, 'ambiguous', 'when']);
    expect(asks.json.error.message).not.toMatch(CHAT_OR_ZOD);
    expect(asks.json.error.message).toMatch(/ISO 8601.*candidates/);
  });

  it('a missing event is a 404 that points at GET /v1/events, on every route', async () => {
    for (const [method, path, body] of [
      ['GET', '/events/zzzz9999', undefined],
      ['GET', '/events/zzzz9999/rsvps', undefined],
      ['PATCH', '/events/zzzz9999', { when: 'friday 7pm' }],
      ['PATCH', '/events/zzzz9999', { capacity: 3 }],
      ['POST', '/events/zzzz9999/cancel', {}],
      ['DELETE', '/events/zzzz9999', undefined],
    ] as const) {
      expect(await refused(method, path, body, 404, 'id')).toMatch(/zzzz9999.*GET \/v1\/events/);
    }
  });

  it('a bodiless DELETE or cancel that says Content-Type: application/json is no error; broken JSON still is', async () => {
    const a = (await api.call('POST', '/events', { key, body: game })).json.data;
    const b = (await api.call('POST', '/events', { key, body: game })).json.data;
    const json = { 'content-type': 'application/json' };
    expect((await api.call('POST', `/events/${a.id}/cancel`, { key, headers: json })).status).toBe(200);
    expect((await api.call('DELETE', `/events/${b.id}`, { key, headers: json })).status).toBe(204);
    const broken = await fetch(`${api.base}/events`, { method: 'POST', headers: { ...json, authorization: `Bearer ${key}` }, body: '{"name":' });
    expect(broken.status).toBe(400);
  });

  it('a publish_at in the past is refused (422, publish_at); a later one makes a draft', async () => {
    expect(await refused('POST', '/events', { ...game, publish_at: '2026-11-21T11:00:00Z' }, 422, 'publish_at')).toMatch(/in the past.*leave publish_at out/);
    const draft = await api.call('POST', '/events', { key, body: { ...game, publish_at: '2026-11-22T09:00:00Z' } });
    expect([draft.status, draft.json.data.status]).toEqual([201, 'draft']);
    expect(await refused('PATCH', `/events/${draft.json.data.id}`, { publish_at: '2026-11-20T09:00:00Z' }, 422, 'publish_at')).toMatch(/in the past/);
  });
});
