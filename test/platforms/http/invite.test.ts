import { describe, expect, it } from 'vitest';
import { storeFactories } from '../../support/stores.ts';
import { withApi, type Api } from './support.ts';

const G1 = { platform: 'discord' as const, workspaceId: 'G1' };

describe.each(storeFactories())('HTTP API: inviting everyone, on $name', (factory) => {
  let api: Api;
  let key: string;
  withApi(factory, G1, (t) => ({ api, key } = t));

  it('an invite of "everyone" or of the everyone role (the guild id) is a 422 saying to make the event public', async () => {
    const game = { name: 'Crit', start: '2026-12-04T19:00:00Z', timezone: 'Europe/Berlin', visibility: 'invite_only' };
    for (const invited of [{ users: ['everyone'], roles: [] }, { users: [], roles: ['G1'] }]) {
      const r = await api.call('POST', '/events', { key, body: { ...game, invited } });
      expect(r.status).toBe(422);
      expect(r.json.error.message).toBe('Everyone can already RSVP to a public event: make it public instead of inviting @everyone.');
    }
    expect((await api.call('POST', '/events', { key, body: { ...game, invited: { users: ['300000000000000001'], roles: [] } } })).status).toBe(201);
  });
});
