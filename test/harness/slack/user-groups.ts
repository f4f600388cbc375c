/**
 * The fake workspace's user groups ("subteams"), answered as Slack's Web API reference describes
 * usergroups.users.list and usergroups.list (both need `usergroups:read`, checked in scopes.ts):
 *
 * - usergroups.users.list: `usergroup` is required (`invalid_arguments` without it); an unknown
 *   id answers `no_such_subteam`, and so does a disabled group unless `include_disabled` is true;
 *   `team_id` matters only for org-level tokens and is ignored here (a workspace token), as Slack
 *   ignores it. The answer is `{ users: ["U…", …] }`.
 * - usergroups.list: every enabled group (disabled ones with `include_disabled`), each with
 *   `users` only with `include_users` and `user_count` only with `include_count`.
 *
 * Changing a group returns the Events API events Slack sends for it (`subteam_members_changed`
 * with the delta, `subteam_updated` with the group as it now is), for tests to deliver.
 */
import { FAKE_TEAM } from './defaults.ts';
import { type Args, flag, str } from './http-util.ts';
import { SlackApiError } from './strict.ts';

export interface FakeUserGroup {
  id: string;
  handle: string;
  name?: string;
  users: string[];
  disabled?: boolean;
}

function usergroupObject(g: FakeUserGroup, opts: { users: boolean; count: boolean }): Record<string, unknown> {
  return {
    id: g.id,
    team_id: FAKE_TEAM.id,
    is_usergroup: true,
    is_subteam: true,
    name: g.name ?? g.handle,
    description: '',
    handle: g.handle,
    is_external: false,
    date_create: 1_700_000_000,
    date_update: 1_700_000_000,
    date_delete: g.disabled ? 1_700_000_100 : 0,
    auto_type: null,
    created_by: 'U0ADMIN0001',
    updated_by: 'U0ADMIN0001',
    deleted_by: g.disabled ? 'U0ADMIN0001' : null,
    prefs: { channels: [], groups: [] },
    ...(opts.users ? { users: [...g.users] } : {}),
    ...(opts.count ? { user_count: g.users.length } : {}),
  };
}

export class UserGroupDirectory {
  readonly #groups = new Map<string, FakeUserGroup>();

  /** Creates or changes a group; returns the events Slack sends for the change (none for a new group). */
  set(group: FakeUserGroup): Record<string, unknown>[] {
    const before = this.#groups.get(group.id);
    const after = { ...group, users: [...new Set(group.users)] };
    this.#groups.set(group.id, after);
    if (!before) return [];
    const added = after.users.filter((u) => !before.users.includes(u));
    const removed = before.users.filter((u) => !after.users.includes(u));
    const events: Record<string, unknown>[] = [];
    if (added.length || removed.length) {
      events.push({
        type: 'subteam_members_changed',
        subteam_id: after.id,
        team_id: FAKE_TEAM.id,
        date_previous_update: 1_700_000_000,
        date_update: 1_700_000_001,
        added_users: added,
        added_users_count: String(added.length),
        removed_users: removed,
        removed_users_count: String(removed.length),
      });
    }
    events.push({ type: 'subteam_updated', subteam: usergroupObject(after, { users: true, count: true }) });
    return events;
  }

  usersList(args: Args): Record<string, unknown> {
    const id = str(args.usergroup);
    if (id === undefined || id === '') throw new SlackApiError('invalid_arguments');
    const g = this.#groups.get(id);
    if (!g || (g.disabled && !flag(args.include_disabled))) throw new SlackApiError('no_such_subteam');
    return { users: [...g.users] };
  }

  list(args: Args): Record<string, unknown> {
    const withDisabled = flag(args.include_disabled);
    const opts = { users: flag(args.include_users), count: flag(args.include_count) };
    return { usergroups: [...this.#groups.values()].filter((g) => withDisabled || !g.disabled).map((g) => usergroupObject(g, opts)) };
  }
}
