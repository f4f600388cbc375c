/** The fake's user groups answer as Slack's reference says: arguments, disabled groups, scopes, auth, rate limits. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from './index.ts';
import { manifestBotScopes } from './scopes.ts';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
  fake.setUserGroup({ id: 'S0DESIGN01', handle: 'designers', name: 'Designers', users: ['U1', 'U2'] });
  fake.setUserGroup({ id: 'S0OLD00001', handle: 'old-team', users: ['U3'], disabled: true });
});
afterEach(async () => {
  await fake.close();
});

async function call(method: string, args: Record<string, string>, token: string | null = 'xoxb-t'): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${fake.apiUrl}${method}`, {
    method: 'POST',
    body: new URLSearchParams(args).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('fake usergroups.users.list', () => {
  it('lists a group\'s members; the usergroup argument is required; an unknown group is no_such_subteam', async () => {
    expect((await call('usergroups.users.list', { usergroup: 'S0DESIGN01' })).body).toEqual({ ok: true, users: ['U1', 'U2'] });
    expect((await call('usergroups.users.list', {})).body).toEqual({ ok: false, error: 'invalid_arguments' });
    expect((await call('usergroups.users.list', { usergroup: 'S0NOPE0001' })).body).toEqual({ ok: false, error: 'no_such_subteam' });
  });

  it('a disabled group answers only with include_disabled; team_id is ignored for a workspace token', async () => {
    expect((await call('usergroups.users.list', { usergroup: 'S0OLD00001' })).body).toEqual({ ok: false, error: 'no_such_subteam' });
    expect((await call('usergroups.users.list', { usergroup: 'S0OLD00001', include_disabled: 'true' })).body).toEqual({ ok: true, users: ['U3'] });
    expect((await call('usergroups.users.list', { usergroup: 'S0DESIGN01', team_id: 'T0OTHER001' })).body).toEqual({ ok: true, users: ['U1', 'U2'] });
  });

  it('needs a token and the usergroups:read scope', async () => {
    expect((await call('usergroups.users.list', { usergroup: 'S0DESIGN01' }, null)).body).toEqual({ ok: false, error: 'not_authed' });
    fake.setScopes('xoxb-old', manifestBotScopes().filter((s) => s !== 'usergroups:read'));
    const refused = (await call('usergroups.users.list', { usergroup: 'S0DESIGN01' }, 'xoxb-old')).body;
    expect(refused).toMatchObject({ ok: false, error: 'missing_scope', needed: 'usergroups:read' });
    expect(String(refused.provided)).not.toContain('usergroups:read');
  });

  it('can be rate limited (429 with Retry-After)', async () => {
    fake.rateLimitNext('usergroups.users.list', 7);
    const res = await fetch(`${fake.apiUrl}usergroups.users.list`, { method: 'POST', body: 'usergroup=S0DESIGN01', headers: { authorization: 'Bearer xoxb-t' } });
    expect([res.status, res.headers.get('retry-after')]).toEqual([429, '7']);
  });
});

describe('fake usergroups.list', () => {
  it('lists enabled groups; users and counts only when asked; disabled ones with include_disabled', async () => {
    const plain = (await call('usergroups.list', {})).body as { usergroups: Record<string, unknown>[] };
    expect(plain.usergroups.map((g) => [g.id, g.handle, g.name])).toEqual([['S0DESIGN01', 'designers', 'Designers']]);
    expect(plain.usergroups[0]).not.toHaveProperty('users');
    expect(plain.usergroups[0]).not.toHaveProperty('user_count');
    const full = (await call('usergroups.list', { include_users: 'true', include_count: 'true', include_disabled: 'true' })).body as { usergroups: Record<string, unknown>[] };
    expect(full.usergroups.map((g) => [g.id, g.users, g.user_count])).toEqual([
      ['S0DESIGN01', ['U1', 'U2'], 2],
      ['S0OLD00001', ['U3'], 1],
    ]);
  });
});

describe('fake user group changes', () => {
  it('a member change yields subteam_members_changed (the delta) and subteam_updated (the group now); a new group yields none', () => {
    expect(fake.setUserGroup({ id: 'S0NEW00001', handle: 'new', users: ['U9'] })).toEqual([]);
    const events = fake.setUserGroup({ id: 'S0DESIGN01', handle: 'designers', users: ['U2', 'U4'] });
    expect(events[0]).toMatchObject({ type: 'subteam_members_changed', subteam_id: 'S0DESIGN01', added_users: ['U4'], removed_users: ['U1'], added_users_count: '1' });
    expect(events[1]).toMatchObject({ type: 'subteam_updated', subteam: { id: 'S0DESIGN01', handle: 'designers', users: ['U2', 'U4'], user_count: 2 } });
    // A rename alone changes no members: only subteam_updated.
    expect(fake.setUserGroup({ id: 'S0DESIGN01', handle: 'design', users: ['U2', 'U4'] }).map((e) => e.type)).toEqual(['subteam_updated']);
  });
});
