/** Turns the fake's records into the JSON shapes Discord sends (users, roles, channels, members, guilds). */
import type { FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser } from './model.ts';

export type Json = Record<string, unknown>;

export function apiUser(user: FakeUser): Json {
  return {
    id: user.id,
    username: user.username,
    discriminator: user.bot ? '0001' : '0',
    global_name: user.global_name,
    avatar: null,
    avatar_decoration_data: null,
    banner: null,
    accent_color: null,
    public_flags: 0,
    flags: 0,
    ...(user.bot ? { bot: true } : {}),
  };
}

export function apiRole(role: FakeRole): Json {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions,
    managed: role.managed ?? false,
    mentionable: false,
    flags: 0,
    ...(role.bot_id ? { tags: { bot_id: role.bot_id } } : {}),
  };
}

export function apiChannel(channel: FakeChannel, { withGuildId = true } = {}): Json {
  if (channel.type === 1) {
    return {
      id: channel.id,
      type: 1,
      flags: 0,
      last_message_id: channel.last_message_id ?? null,
      recipients: (channel.recipients ?? []).map(apiUser),
    };
  }
  const base: Json = {
    id: channel.id,
    type: channel.type,
    name: channel.name,
    position: channel.position ?? 0,
    permission_overwrites: [],
    parent_id: channel.parent_id ?? null,
    topic: channel.topic ?? null,
    nsfw: false,
    last_message_id: channel.last_message_id ?? null,
    rate_limit_per_user: 0,
    flags: 0,
    ...(withGuildId && channel.guild_id ? { guild_id: channel.guild_id } : {}),
  };
  if (channel.type === 11 || channel.type === 12) {
    delete base['permission_overwrites'];
    delete base['topic'];
    delete base['position'];
    Object.assign(base, {
      owner_id: channel.owner_id,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      thread_metadata: channel.thread_metadata,
    });
  }
  return base;
}

export function apiMember(member: FakeMember, { withUser = true, permissions }: { withUser?: boolean; permissions?: string } = {}): Json {
  return {
    ...(withUser ? { user: apiUser(member.user) } : {}),
    nick: member.nick ?? null,
    avatar: null,
    banner: null,
    roles: member.roles,
    joined_at: member.joined_at,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    ...(permissions !== undefined ? { permissions } : {}),
  };
}

/** The guild object as REST `GET /guilds/:id` returns it. */
export function apiGuild(guild: FakeGuild): Json {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.owner_id,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: guild.roles.map(apiRole),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.channels.find((c) => c.type === 0)?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.preferred_locale,
    nsfw_level: 0,
    nsfw: false,
    incidents_data: null,
  };
}

/** The GUILD_CREATE dispatch body: guild plus channels, threads, members (bot included), voice states... */
export function guildCreate(guild: FakeGuild): Json {
  const channels = guild.channels.filter((c) => c.type !== 11 && c.type !== 12);
  const threads = guild.channels.filter((c) => c.type === 11 || c.type === 12);
  return {
    ...apiGuild(guild),
    joined_at: guild.members.find((m) => m.user.bot)?.joined_at ?? new Date().toISOString(),
    large: false,
    unavailable: false,
    lazy: true,
    member_count: guild.members.length,
    members: guild.members.map((m) => apiMember(m)),
    channels: channels.map((c) => apiChannel(c, { withGuildId: false })),
    threads: threads.map((c) => apiChannel(c)),
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
    hub_type: null,
  };
}
