import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { storeFactories } from '../../support/stores.ts';
import { withApi, type Api } from './support.ts';

const G1 = { platform: 'discord' as const, workspaceId: 'G1' };
const LA = 'America/Los_Angeles';
const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat('ccc HH:mm');

describe.each(storeFactories())('HTTP API: an event’s zone on PATCH and PUT ($name)', (factory) => {
  let api: Api;
  let key: string;
  withApi(factory, G1, (t) => ({ api, key } = t));

  const make = async () => {
    const r = await api.call('POST', '/events', { key, body: { name: 'Trivia', when: 'friday 6pm', timezone: LA, channel: 'C1' } });
    expect(r.status).toBe(201);
    expect(local(r.json.data.start, LA)).toBe('Fri 18:00');
    return r.json.data as { id: string; start: string; end: string };
  };

  it('PATCH reads `when` in the event’s zone, or in the `timezone` sent with it', async () => {
    const e = await make();
    const inItsZone = await api.call('PATCH', `/events/${e.id}`, { key, body: { when: 'saturday 7pm' } });
    expect(inItsZone.status).toBe(200);
    expect([local(inItsZone.json.data.start, LA), inItsZone.json.data.timezone]).toEqual(['Sat 19:00', LA]);
    const inNewZone = await api.call('PATCH', `/events/${e.id}`, { key, body: { when: 'sunday 10am', timezone: 'Europe/Berlin' } });
    expect(inNewZone.status).toBe(200);
    expect([local(inNewZone.json.data.start, 'Europe/Berlin'), inNewZone.json.data.timezone]).toEqual(['Sun 10:00', 'Europe/Berlin']);
  });

  it('PUT reads `when` in the zone it names', async () => {
    const e = await make();
    const put = await api.call('PUT', `/events/${e.id}`, { key, body: { name: 'Trivia', when: 'saturday 7pm', timezone: LA } });
    expect(put.status).toBe(200);
    expect(local(put.json.data.start, LA)).toBe('Sat 19:00');
  });

  it('PATCH {timezone} alone changes the zone and keeps the instants (a `when` or `start` in the same body sets the time)', async () => {
    const e = await make();
    const moved = await api.call('PATCH', `/events/${e.id}`, { key, body: { timezone: 'Europe/Berlin' } });
    expect(moved.status).toBe(200);
    expect(moved.json.data).toMatchObject({ timezone: 'Europe/Berlin', start: e.start, end: e.end });
    expect((await api.call('GET', `/events/${e.id}`, { key })).json.data).toMatchObject({ timezone: 'Europe/Berlin', start: e.start });
  });
});
