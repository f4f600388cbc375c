import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { DatabaseInstallationStore } from '../../../src/platforms/slack/installation-store.ts';
import type { Store } from '../../../src/store/database.ts';
import { FAKE_TEAM, signedPost, slashCommandBody } from '../../harness/slack/index.ts';
import { storeFactories } from '../../support/stores.ts';
import { NOW, SECRET, startRig, type Rig } from './setup.ts';

const install = (team: string, token: string, enterprise?: string, isEnterpriseInstall = false) => ({
  team: isEnterpriseInstall ? undefined : { id: team },
  enterprise: enterprise ? { id: enterprise } : undefined,
  isEnterpriseInstall,
  appId: 'A1',
  bot: { token, scopes: ['commands'], id: 'B1', userId: 'U0BOT' },
  user: { token: undefined, scopes: undefined, id: 'U0INSTALLER' },
  tokenType: 'bot' as const,
});

describe('DatabaseInstallationStore', () => {
  let store: Store;
  beforeEach(async () => {
    store = await storeFactories()[0]!.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores, replaces, fetches (team, then org-wide) and deletes installations', async () => {
    const s = new DatabaseInstallationStore(store, new ManualClock(NOW));
    await s.storeInstallation(install('T1', 'xoxb-1'));
    await s.storeInstallation(install('T1', 'xoxb-1b'));
    await s.storeInstallation(install('', 'xoxb-org', 'E1', true));
    expect((await s.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token).toBe('xoxb-1b');
    expect((await s.fetchInstallation({ teamId: 'T9', enterpriseId: 'E1', isEnterpriseInstall: false })).bot?.token).toBe('xoxb-org');
    expect(await s.botToken('T1')).toBe('xoxb-1b');
    expect(await s.botToken('E1')).toBe('xoxb-org');
    // Asking with T9 inside E1 taught the store that T9 belongs to E1: its events get the org token.
    expect(await s.botToken('T9')).toBe('xoxb-org');
    await s.deleteInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    await expect(s.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(/No Slack installation/);
    expect(await s.botToken('T8')).toBeNull();
  });

  it("a workspace in an organization with an org-wide install gets the organization's token", async () => {
    const s = new DatabaseInstallationStore(store, new ManualClock(NOW));
    await s.storeInstallation(install('', 'xoxb-org', 'E1', true));
    expect(await s.botToken('T5')).toBeNull(); // not yet seen: nothing links T5 to E1
    await s.rememberTeam('T5', 'E1');
    expect(await s.botToken('T5')).toBe('xoxb-org');
    // A workspace's own install wins over the organization's.
    await s.storeInstallation(install('T5', 'xoxb-t5', 'E1'));
    expect(await s.botToken('T5')).toBe('xoxb-t5');
    // A fresh store (another process) reads the link from the database.
    expect(await new DatabaseInstallationStore(store, new ManualClock(NOW)).botToken('T5')).toBe('xoxb-t5');
    await s.deleteInstallation({ teamId: 'T5', enterpriseId: 'E1', isEnterpriseInstall: false });
    expect(await new DatabaseInstallationStore(store, new ManualClock(NOW)).botToken('T5')).toBe('xoxb-org');
  });
});

describe('OAuth mode', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await startRig({ config: { botToken: undefined, clientId: '111.222', clientSecret: 'client-secret', stateSecret: 'state-secret' } });
  });
  afterEach(async () => {
    await rig.close();
  });

  it('serves the install link and answers each workspace with its own stored token', async () => {
    const installPage = await fetch(rig.url.replace('/slack/events', '/slack/install'), { redirect: 'manual' });
    expect(installPage.status).toBe(302);
    expect(installPage.headers.get('location')).toContain('client_id=111.222');

    const installs = new DatabaseInstallationStore(rig.store, rig.clock);
    await installs.storeInstallation(install(FAKE_TEAM.id, 'xoxb-team-token'));
    const res = await signedPost(rig.url, slashCommandBody({ command: '/event', text: 'Game night friday 8pm', response_url: rig.fake.responseUrl('o1') }), {
      signingSecret: SECRET,
    });
    expect(res.status).toBe(200);
    await rig.fake.waitForResponse('o1');
    await rig.deliver();
    const post = await rig.fake.waitForCall('chat.postMessage');
    expect(post.token).toBe('xoxb-team-token');

    // The notifier finds the same token; an uninstalled workspace is unreachable.
    const list = await rig.service.run({ platform: 'slack', workspaceId: FAKE_TEAM.id, userId: 'U0ALICE001' }, { type: 'list' });
    const event = list.ok ? list.value.events[0]! : null;
    const notice = { key: 'k', kind: 'reminder' as const, event: event!, occurrence: event!.occurrence, now: event!.occurrence.start, offset: 'PT0M' };
    expect((await rig.slack.notifier.deliver(notice, { type: 'channel', channelId: 'C0X' })).status).toBe('sent');
    expect(rig.fake.callsTo('chat.postMessage').at(-1)!.token).toBe('xoxb-team-token');
    const other = { ...notice, event: { ...event!, workspaceId: 'T0NOTHERE1' } };
    expect((await rig.slack.notifier.deliver(other, { type: 'channel', channelId: 'C0X' })).status).toBe('unreachable');
  });

  it('Enterprise Grid org-wide install: an event made in a workspace of the org gets its reminders', async () => {
    const installs = new DatabaseInstallationStore(rig.store, rig.clock);
    await installs.storeInstallation(install('', 'xoxb-org-token', 'E0GRID0001', true));
    const res = await signedPost(
      rig.url,
      slashCommandBody({ command: '/event', text: 'Game night friday 8pm', response_url: rig.fake.responseUrl('g1'), enterprise_id: 'E0GRID0001', is_enterprise_install: true }),
      { signingSecret: SECRET },
    );
    expect(res.status).toBe(200);
    await rig.fake.waitForResponse('g1');
    await rig.deliver();
    expect((await rig.fake.waitForCall('chat.postMessage')).token).toBe('xoxb-org-token');

    const list = await rig.service.run({ platform: 'slack', workspaceId: FAKE_TEAM.id, userId: 'U0ALICE001' }, { type: 'list' });
    const event = list.ok ? list.value.events[0]! : null;
    expect(event?.workspaceId).toBe(FAKE_TEAM.id);
    const notice = { key: 'k-grid', kind: 'reminder' as const, event: event!, occurrence: event!.occurrence, now: event!.occurrence.start, offset: 'PT0M' };
    expect((await rig.slack.notifier.deliver(notice, { type: 'channel', channelId: 'C0X' })).status).toBe('sent');
    expect(rig.fake.callsTo('chat.postMessage').at(-1)!.token).toBe('xoxb-org-token');
  });
});
