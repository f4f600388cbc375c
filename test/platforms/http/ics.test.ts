import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { storeFactories } from '../../support/stores.ts';
import { withApi, type Api } from './support.ts';

const G1 = { platform: 'discord' as const, workspaceId: 'G1' };
const G2 = { platform: 'slack' as const, workspaceId: 'T2' };
const game = { name: 'Game night', start: '2026-12-04T19:00:00Z', end: '2026-12-04T22:00:00Z', timezone: 'Europe/Berlin', channel: 'C1' };

describe.each(storeFactories())('GET /v1/events/{id}.ics on $name', (factory) => {
  let api: Api;
  let key: string;
  withApi(factory, G1, (t) => ({ api, key } = t));

  const get = (path: string, k?: string) => fetch(`${api.base}${path}`, { headers: k ? { authorization: `Bearer ${k}` } : {} });

  it("answers the event's iCalendar file, which a real parser reads back to the same instants", async () => {
    const e = (await api.call('POST', '/events', { key, body: game })).json.data;
    const res = await get(`/events/${e.id}.ics`, key);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.ics"/);
    const vevent = new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent('vevent')!;
    const ev = new ICAL.Event(vevent);
    expect(ev.summary).toBe('Game night');
    expect(ev.uid).toContain(e.id);
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-12-04T19:00:00.000Z');
    expect(ev.endDate.toJSDate().toISOString()).toBe('2026-12-04T22:00:00.000Z');
  });

  it('needs a key, and is 404 (JSON) for another workspace or an unknown id', async () => {
    const e = (await api.call('POST', '/events', { key, body: game })).json.data;
    expect((await get(`/events/${e.id}.ics`)).status).toBe(401);
    const other = await get(`/events/${e.id}.ics`, await api.key(G2));
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await get('/events/zzzzzzzz.ics', key)).status).toBe(404);
    expect((await get('/events/not-an-id.ics', key)).status).toBe(404);
  });
});
