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

describe('/event webhook in the console playground (tenant console:local)', () => {
  it('a manager adds (secret shown once), lists and removes; non-http URLs and non-managers are refused', async () => {
    store = await storeFactories()[0]!.open();
    const clock = new ManualClock('2026-11-21T12:00:00Z');
    const service = new EventService({ store, clock });
    const session = new ConsoleSession(service, () => clock.now());
    expect(await session.handle('/event webhook add ftp://example.com/x')).toMatch(/^⚠ url: .*must start with https:\/\//);
    expect(await session.handle('/event webhook add')).toMatch(/^⚠ Try: webhook add/);
    const added = (await session.handle('/event webhook add https://example.com/hooks rsvp.created'))!;
    expect(added.split('\n').at(-1)).toMatch(/^whsec_/);
    const [hook] = await service.webhooks.listFor({ platform: 'console', workspaceId: 'local' });
    expect(hook).toMatchObject({ url: 'https://example.com/hooks', events: ['rsvp.created'] });
    expect(await session.handle('/event webhook list')).toContain(`${hook!.id} · https://example.com/hooks · rsvp.created`);
    await session.handle('/as bob');
    expect(await session.handle('/event webhook list')).toMatch(/^⚠ Only workspace managers/);
    await session.handle('/as you');
    expect(await session.handle(`/event webhook remove ${hook!.id}`)).toContain('Removed webhook');
    expect(await service.webhooks.listFor({ platform: 'console', workspaceId: 'local' })).toEqual([]);
  });
});

describe('npm run cli -- webhook', () => {
  it('adds (the secret alone on the last line), lists and removes for a workspace', async () => {
    const { execFileSync } = await import('node:child_process');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { ROOT } = await import('../../support/process.ts');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-cli-'));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: `sqlite:${path.join(dir, 'c.db')}` };
    const cli = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' });
    try {
      const out = cli('webhook', 'add', '--workspace', 'slack:T1', '--url', 'https://example.com/h', '--events', 'event.created,event.cancelled');
      expect(out.trim().split('\n').at(-1)).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      const id = /Webhook (wh_[a-z0-9]{12})/.exec(out)![1]!;
      expect(cli('webhook', 'list', '--workspace', 'slack:T1')).toBe(`${id}\thttps://example.com/h\tevent.created,event.cancelled\n`);
      expect(cli('webhook', 'list', '--workspace', 'slack:T2')).toBe('');
      expect(cli('webhook', 'remove', '--workspace', 'slack:T1', '--id', id)).toContain('Removed');
      expect(() => cli('webhook', 'add', '--workspace', 'slack:T1', '--url', 'gopher://x')).toThrow();
      // An operator's own network only when the operator says so.
      expect(() => cli('webhook', 'add', '--workspace', 'slack:T1', '--url', 'http://127.0.0.1:9000/h')).toThrow(/only to public internet addresses.*WEBHOOK_ALLOW_PRIVATE=true/);
      Object.assign(env, { WEBHOOK_ALLOW_PRIVATE: 'true' });
      expect(cli('webhook', 'add', '--workspace', 'slack:T1', '--url', 'http://127.0.0.1:9000/h')).toContain('Webhook wh_');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
