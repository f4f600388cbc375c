import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { UserGroups } from '../../../src/platforms/slack/user-groups.ts';
import { FAKE_TEAM, startFakeSlack, type FakeSlack } from '../../harness/slack/index.ts';

/** The membership cache on its own, against the fake Slack: short-lived, bounded, one call per group at a time. */

let fake: FakeSlack;
let client: WebClient;
const clock = new ManualClock('2026-11-21T12:00:00Z');
beforeEach(async () => {
  fake = await startFakeSlack();
  for (const [id, users] of [['S0A', ['U1']], ['S0B', ['U2']], ['S0C', ['U1', 'U2']]] as const) fake.setUserGroup({ id, handle: id.toLowerCase(), users: [...users] });
  client = new WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
});
afterEach(async () => {
  await fake.close();
});

const asked = () => fake.callsTo('usergroups.users.list').map((c) => c.args.usergroup);

describe('UserGroups membership cache', () => {
  it('answers which of the asked groups a person is in, asking Slack once per group', async () => {
    const groups = new UserGroups(clock);
    expect(await groups.memberOf(client, FAKE_TEAM.id, 'U1', ['S0A', 'S0B', 'S0C'])).toEqual({ ok: true, groups: ['S0A', 'S0C'] });
    expect(await groups.memberOf(client, FAKE_TEAM.id, 'U2', ['S0A', 'S0B', 'S0C'])).toEqual({ ok: true, groups: ['S0B', 'S0C'] });
    expect(asked().sort()).toEqual(['S0A', 'S0B', 'S0C']);
  });

  it('concurrent lookups of one group share one call', async () => {
    const groups = new UserGroups(clock);
    await Promise.all(['U1', 'U2', 'U3'].map((u) => groups.memberOf(client, FAKE_TEAM.id, u, ['S0A'])));
    expect(asked()).toEqual(['S0A']);
  });

  it('is bounded: past its size the least recently used group is asked again', async () => {
    const groups = new UserGroups(clock, {}, { maxGroups: 2 });
    for (const g of ['S0A', 'S0B', 'S0C', 'S0B', 'S0A']) await groups.memberOf(client, FAKE_TEAM.id, 'U1', [g]);
    // S0A was evicted by S0C; S0B stayed (used more recently than S0A).
    expect(asked()).toEqual(['S0A', 'S0B', 'S0C', 'S0A']);
  });

  it('keys by workspace, and forgets on request or after five minutes', async () => {
    const groups = new UserGroups(clock);
    await groups.memberOf(client, FAKE_TEAM.id, 'U1', ['S0A']);
    await groups.memberOf(client, 'T0OTHER001', 'U1', ['S0A']);
    expect(asked()).toHaveLength(2);
    groups.forgetMembers(FAKE_TEAM.id, 'S0A');
    await groups.memberOf(client, FAKE_TEAM.id, 'U1', ['S0A']);
    expect(asked()).toHaveLength(3);
    clock.advance(5 * 60_000 - 1);
    await groups.memberOf(client, FAKE_TEAM.id, 'U1', ['S0A']);
    expect(asked()).toHaveLength(3);
    clock.advance(2);
    await groups.memberOf(client, FAKE_TEAM.id, 'U1', ['S0A']);
    expect(asked()).toHaveLength(4);
  });

  it('a failed lookup is not remembered: the next one asks again', async () => {
    const groups = new UserGroups(clock);
    fake.rateLimitNext('usergroups.users.list', 0);
    expect(await groups.memberOf(client, FAKE_TEAM.id, 'U1', ['S0A'])).toMatchObject({ ok: false, problem: expect.stringMatching(/slow down/) });
    expect(await groups.memberOf(client, FAKE_TEAM.id, 'U1', ['S0A'])).toEqual({ ok: true, groups: ['S0A'] });
  });
});
