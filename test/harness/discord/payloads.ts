/**
 * Interaction factories: complete INTERACTION_CREATE bodies as Discord sends them (slash command,
 * autocomplete, button click with its message, modal submit), for a guild member or, without a guild, a DM.
 */
import { apiChannel, apiMember, apiUser, type Json } from './objects.ts';
import type { FakeChannel, FakeGuild, FakeUser } from './model.ts';
import { BOT_PERMISSIONS, MEMBER_PERMISSIONS, permissionString } from './permissions.ts';
import { snowflake } from './snowflake.ts';

/** Default application id; `fake.interact()` replaces it with the fake's own. */
export const DEFAULT_APPLICATION_ID = '1100000000000000001';

export const InteractionType = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4, ModalSubmit: 5 } as const;
export const OptionType = { Subcommand: 1, SubcommandGroup: 2, String: 3, Integer: 4, Boolean: 5, User: 6, Channel: 7, Role: 8, Mentionable: 9, Number: 10, Attachment: 11 } as const;

export interface CommandOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: CommandOption[];
}

/** A value option; the type is inferred (string 3, integer 4, number 10, boolean 5) unless given. */
export function opt(name: string, value: string | number | boolean, type?: number): CommandOption {
  const inferred =
    typeof value === 'boolean' ? OptionType.Boolean : typeof value === 'number' ? (Number.isInteger(value) ? OptionType.Integer : OptionType.Number) : OptionType.String;
  return { name, type: type ?? inferred, value };
}

/** A subcommand holding options. */
export function sub(name: string, options: CommandOption[] = []): CommandOption {
  return { name, type: OptionType.Subcommand, options };
}

/** A subcommand group holding subcommands. */
export function group(name: string, subcommands: CommandOption[]): CommandOption {
  return { name, type: OptionType.SubcommandGroup, options: subcommands };
}

export interface InteractionContext {
  /** The guild the interaction happens in; omit for a DM. */
  guild?: FakeGuild;
  /** Channel record or id; defaults to the guild's first text channel (or a DM channel). */
  channel?: FakeChannel | string;
  /** The acting user; defaults to the guild's first human member. */
  user?: FakeUser;
  /** The member's permissions in the channel (bigint, decimal string or list of bits). */
  memberPermissions?: bigint | string | readonly bigint[];
  /** Role ids of the member (default: what the guild record says). */
  roles?: string[];
  locale?: string;
  applicationId?: string;
  id?: string;
  token?: string;
  appPermissions?: bigint | string;
}

/**
 * A slash command. Channel options (type 7) naming a guild channel get their `resolved.channels`
 * entry as Discord sends it, with the member's computed `permissions` there: `channelPermissions`
 * per channel id, else `memberPermissions`, else an ordinary member's.
 */
export function slashCommand(
  ctx: InteractionContext & { name: string; options?: CommandOption[]; commandId?: string; resolved?: Json; channelPermissions?: Record<string, bigint | string | readonly bigint[]> },
): Json {
  const channels: Json = {};
  const walk = (options: CommandOption[] = []): void => {
    for (const o of options) {
      if (o.options) walk(o.options);
      const record = o.type === OptionType.Channel ? ctx.guild?.channels.find((c) => c.id === String(o.value)) : undefined;
      if (record) channels[record.id] = { ...apiChannel(record), permissions: permissionString(ctx.channelPermissions?.[record.id] ?? ctx.memberPermissions, MEMBER_PERMISSIONS) };
    }
  };
  walk(ctx.options);
  const given = ctx.resolved as { channels?: Json } | undefined;
  const resolved = Object.keys(channels).length ? { ...given, channels: { ...channels, ...given?.channels } } : ctx.resolved;
  return base(ctx, InteractionType.ApplicationCommand, {
    id: ctx.commandId ?? snowflake(),
    name: ctx.name,
    type: 1,
    ...(ctx.options?.length ? { options: ctx.options } : {}),
    ...(resolved ? { resolved } : {}),
  });
}

/** An autocomplete request; `focused` names the option being typed (searched through subcommands). */
export function autocomplete(ctx: InteractionContext & { name: string; options: CommandOption[]; focused: string; commandId?: string }): Json {
  const mark = (options: CommandOption[]): CommandOption[] =>
    options.map((o) =>
      o.options ? { ...o, options: mark(o.options) } : o.name === ctx.focused ? { ...o, focused: true, value: String(o.value ?? '') } : o,
    );
  return base(ctx, InteractionType.Autocomplete, { id: ctx.commandId ?? snowflake(), name: ctx.name, type: 1, options: mark(ctx.options) });
}

/** A button click on `message` (a full message object, e.g. one the fake stored when the bot posted it). */
export function buttonClick(ctx: InteractionContext & { customId: string; message: Json }): Json {
  return {
    ...base({ ...ctx, channel: ctx.channel ?? String(ctx.message['channel_id']) }, InteractionType.MessageComponent, { custom_id: ctx.customId, component_type: 2 }),
    message: ctx.message,
  };
}

/** A text input's value, or a select's picked values (`select`: 3 string, 5 user, 6 role, 7 mentionable, 8 channel). */
export type ModalField = { customId: string; value: string } | { customId: string; values: string[]; select: 3 | 5 | 6 | 7 | 8 };

/**
 * A modal submit. Fields go in action rows (type 1 > text input 4) by default, or in labels
 * (type 18 > component) with `layout: 'label'`. `message` when the modal was opened from a component.
 */
export function modalSubmit(ctx: InteractionContext & { customId: string; fields: ModalField[] | Record<string, string>; message?: Json; layout?: 'row' | 'label' }): Json {
  const fields = Array.isArray(ctx.fields) ? ctx.fields : Object.entries(ctx.fields).map(([customId, value]) => ({ customId, value }));
  let nextId = 1;
  const components = fields.map((f) => {
    // Selects come back only inside labels (Discord's modal layout for them), with their values.
    if ('values' in f) return { type: 18, id: nextId++, component: { type: f.select, id: nextId++, custom_id: f.customId, values: f.values } };
    return ctx.layout === 'label'
      ? { type: 18, id: nextId++, component: { type: 4, id: nextId++, custom_id: f.customId, value: f.value } }
      : { type: 1, id: nextId++, components: [{ type: 4, id: nextId++, custom_id: f.customId, value: f.value }] };
  });
  return {
    ...base(ctx, InteractionType.ModalSubmit, { custom_id: ctx.customId, components }),
    ...(ctx.message ? { message: ctx.message } : {}),
  };
}

function base(ctx: InteractionContext, type: number, data: Json): Json {
  const guild = ctx.guild;
  const user = ctx.user ?? guild?.members.find((m) => !m.user.bot)?.user ?? { id: snowflake(), username: 'someone', global_name: 'someone' };
  const channel = resolveChannel(ctx, user);
  const locale = ctx.locale ?? 'en-US';
  const appPermissions = permissionString(typeof ctx.appPermissions === 'bigint' ? ctx.appPermissions : ctx.appPermissions, BOT_PERMISSIONS);
  const common: Json = {
    id: ctx.id ?? snowflake(),
    application_id: ctx.applicationId ?? DEFAULT_APPLICATION_ID,
    type,
    data: Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)),
    channel,
    channel_id: channel['id'],
    token: ctx.token ?? `fake-token-${snowflake()}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    app_permissions: appPermissions,
    locale,
    entitlements: [],
    attachment_size_limit: 10_485_760,
  };
  if (!guild) {
    return { ...common, user: apiUser(user), context: 1, authorizing_integration_owners: { '1': user.id } };
  }
  const record = guild.members.find((m) => m.user.id === user.id);
  const member = record ?? { user, roles: [], nick: null, joined_at: new Date().toISOString() };
  const roles = ctx.roles ?? member.roles;
  return {
    ...common,
    guild_id: guild.id,
    guild: { id: guild.id, locale: guild.preferred_locale, features: [] },
    guild_locale: guild.preferred_locale,
    member: apiMember({ ...member, roles }, { permissions: permissionString(ctx.memberPermissions, MEMBER_PERMISSIONS) }),
    context: 0,
    authorizing_integration_owners: { '0': guild.id },
  };
}

function resolveChannel(ctx: InteractionContext, user: FakeUser): Json {
  const guild = ctx.guild;
  const wanted = typeof ctx.channel === 'string' ? ctx.channel : ctx.channel?.id;
  const record =
    (typeof ctx.channel === 'object' ? ctx.channel : undefined) ??
    guild?.channels.find((c) => (wanted ? c.id === wanted : c.type === 0));
  if (record) return { ...apiChannel(record), ...(guild ? { permissions: permissionString(ctx.memberPermissions, MEMBER_PERMISSIONS) } : {}) };
  if (guild) {
    return { id: wanted ?? snowflake(), type: 0, name: 'channel', guild_id: guild.id, parent_id: null, position: 0, flags: 0, nsfw: false, last_message_id: null, rate_limit_per_user: 0, topic: null, permissions: MEMBER_PERMISSIONS.toString() };
  }
  return { id: wanted ?? snowflake(), type: 1, flags: 0, last_message_id: null, recipients: [apiUser(user)] };
}
