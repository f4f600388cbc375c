import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActorSchema } from '../../src/core/actor.ts';
import { parseTenant, tenantLabel, TenantPlatform } from '../../src/core/tenant.ts';
import { err, ok, withService } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';

describe('tenant and door', () => {
  it('a tenant label reads back as the same tenant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TenantPlatform.options), fc.string({ minLength: 1 }), (platform, workspaceId) => {
        expect(parseTenant(tenantLabel({ platform, workspaceId }))).toEqual({ platform, workspaceId });
      }),
    );
  });

  it('http is a door, never a tenant; a bare workspace or unknown platform is refused', () => {
    expect(parseTenant('http:T1')).toBeNull();
    expect(parseTenant('T1')).toBeNull();
    expect(parseTenant('slack:')).toBeNull();
    expect(ActorSchema.safeParse({ platform: 'http', workspaceId: 'x', userId: 'u' }).success).toBe(false);
  });

  it('a chat door acts on its own workspace unless it says otherwise', () => {
    expect(ActorSchema.parse({ platform: 'slack', workspaceId: 'T1', userId: 'u' }).via).toBe('slack');
    expect(ActorSchema.parse({ platform: 'slack', workspaceId: 'T1', userId: 'u', via: 'http' }).via).toBe('http');
  });
});

describe.each(storeFactories())('tenancy follows the tenant, not the door, on $name', (factory) => {
  const svc = withService(factory);

  it('a request over HTTP acts on the Discord workspace it names, and only that one', async () => {
    const host = { platform: 'discord' as const, workspaceId: 'G1', userId: 'alice' };
    const created = ok(
      await svc.service.run({ ...host, via: 'http', platformManager: true }, {
        type: 'create',
        input: { title: 'From CI', start: '2026-12-01T18:00:00Z', timezone: 'UTC' },
      }),
    ).event;
    expect(created).toMatchObject({ platform: 'discord', workspaceId: 'G1' });
    // The same workspace through its own door sees it and may RSVP.
    const bob = { platform: 'discord' as const, workspaceId: 'G1', userId: 'bob' };
    expect(ok(await svc.service.run(bob, { type: 'get', event: created.id })).event.title).toBe('From CI');
    expect(ok(await svc.service.run(bob, { type: 'rsvp', event: created.id, status: 'going' })).status).toBe('going');
    // Another tenant never does, whatever door it uses.
    for (const other of [
      { platform: 'slack' as const, workspaceId: 'G1', userId: 'alice', via: 'http' as const },
      { platform: 'discord' as const, workspaceId: 'G2', userId: 'alice', via: 'discord' as const },
    ]) {
      expect(err(await svc.service.run(other, { type: 'get', event: created.id })).code).toBe('not_found');
    }
  });
});
