import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import { ConsoleSession } from '../../../src/platforms/console/session.ts';
import type { Store } from '../../../src/store/database.ts';
import { storeFactories } from '../../support/stores.ts';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
});

describe('/event api-key in the console playground (tenant console:local)', () => {
  it('a manager creates, lists and revokes; others are refused; the key authenticates until revoked', async () => {
    store = await storeFactories()[0]!.open();
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    const service = new EventService({ store, clock });
    const session = new ConsoleSession(service, () => clock.now());
    const made = (await session.handle('/event api-key create ci events:read'))!;
    const token = made.split('\n').at(-1)!;
    expect(token).toMatch(/^cvn_[a-z0-9]{12}_/);
    const key = await service.apiKeys.verify(token);
    expect(key).toMatchObject({ platform: 'console', workspaceId: 'local', name: 'ci', scopes: ['events:read'] });
    expect(await session.handle('/event api-key list')).toContain(`${key!.id} · ci · events:read`);
    expect(await session.handle('/event api-key list')).not.toContain(token);

    await session.handle('/as bob');
    expect(await session.handle('/event api-key create')).toMatch(/^⚠ Only workspace managers/);
    expect(await session.handle(`/event api-key revoke ${key!.id}`)).toMatch(/^⚠ Only workspace managers/);
    await session.handle('/as you');
    expect(await session.handle(`/event api-key revoke ${key!.id}`)).toContain('Revoked');
    expect(await service.apiKeys.verify(token)).toBeNull();
    expect(await session.handle('/event api-key frobnicate')).toMatch(/^⚠ Try: api-key create/);
  });
});
