/** The fake's world: plain records for users, guilds, channels, roles and members, and builders for them. */
import { MEMBER_PERMISSIONS } from './permissions.ts';
import { snowflake } from './snowflake.ts';

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  bot?: boolean;
}

export interface FakeRole {
  id: string;
  name: string;
  /** Decimal permission bitfield. */
  permissions: string;
  position: number;
  managed?: boolean;
  bot_id?: string;
}

export interface FakeChannel {
  id: string;
  /** 0 text, 1 DM, 2 voice, 4 category, 5 announcement, 11 public thread, 12 private thread, 15 forum. */
  type: number;
  name: string | null;
  guild_id?: string;
  parent_id?: string | null;
  position?: number;
  topic?: string | null;
  /** For DMs. */
  recipients?: FakeUser[];
  /** For threads. */
  owner_id?: string;
  thread_metadata?: Record<string, unknown>;
  last_message_id?: string | null;
  /** Role (type 0) and member (type 1) overwrites; allow/deny as decimal strings. */
  permission_overwrites?: { id: string; type: 0 | 1; allow: string; deny: string }[];
}

export interface FakeMember {
  user: FakeUser;
  roles: string[];
  nick?: string | null;
  joined_at: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  owner_id: string;
  preferred_locale: string;
  channels: FakeChannel[];
  roles: FakeRole[];
  members: FakeMember[];
}

export function makeUser(init: Partial<FakeUser> & { username?: string } = {}): FakeUser {
  const id = init.id ?? snowflake();
  const username = init.username ?? `user${id.slice(-4)}`;
  return { id, username, global_name: init.global_name ?? username, ...(init.bot ? { bot: true } : {}) };
}

export interface GuildInit {
  id?: string;
  name?: string;
  locale?: string;
  /** Channels by name (text) or partial records; default one text channel "general". */
  channels?: Array<string | (Partial<FakeChannel> & { name: string })>;
  /** Extra roles besides @everyone. */
  roles?: Array<Partial<FakeRole> & { name: string }>;
  /** Human members; default one member who also owns the guild. */
  members?: Array<FakeUser | { user: FakeUser; roles?: string[]; nick?: string | null }>;
  /** Permissions of @everyone (default: an ordinary member's). */
  everyonePermissions?: bigint;
}

/** Builds a complete guild: @everyone role (id = guild id), channels, roles, members. The bot member is added by the fake. */
export function makeGuild(init: GuildInit = {}): FakeGuild {
  const id = init.id ?? snowflake();
  const joinedAt = new Date().toISOString();
  const everyone: FakeRole = {
    id,
    name: '@everyone',
    permissions: (init.everyonePermissions ?? MEMBER_PERMISSIONS).toString(),
    position: 0,
  };
  const roles = [
    everyone,
    ...(init.roles ?? []).map((role, i) => ({
      id: role.id ?? snowflake(),
      name: role.name,
      permissions: role.permissions ?? '0',
      position: role.position ?? i + 1,
      ...(role.managed ? { managed: true } : {}),
    })),
  ];
  const channelInits = init.channels ?? ['general'];
  const channels: FakeChannel[] = channelInits.map((c, i) => {
    const partial = typeof c === 'string' ? { name: c } : c;
    return {
      id: partial.id ?? snowflake(),
      type: partial.type ?? 0,
      name: partial.name,
      guild_id: id,
      parent_id: partial.parent_id ?? null,
      position: partial.position ?? i,
      topic: partial.topic ?? null,
      last_message_id: null,
    };
  });
  const memberInits = init.members ?? [makeUser({ username: 'owner' })];
  const members: FakeMember[] = memberInits.map((m) => {
    const entry = 'user' in m ? m : { user: m };
    return {
      user: entry.user,
      roles: 'roles' in entry && entry.roles ? entry.roles : [],
      nick: 'nick' in entry ? (entry.nick ?? null) : null,
      joined_at: joinedAt,
    };
  });
  return {
    id,
    name: init.name ?? `Guild ${id.slice(-4)}`,
    owner_id: members[0]?.user.id ?? snowflake(),
    preferred_locale: init.locale ?? 'en-US',
    channels,
    roles,
    members,
  };
}
