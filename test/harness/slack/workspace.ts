/**
 * The fake workspace's state: users (with time zones), channels, posted messages per channel,
 * DM channels per user, ephemeral messages and open views. Web API method handlers read and
 * write it; tests seed and inspect it through FakeSlack.
 */
import { FAKE_APP_ID, FAKE_BOT, FAKE_TEAM } from './defaults.ts';
import { manifestBotScopes } from './scopes.ts';
import { UserGroupDirectory } from './user-groups.ts';

export interface FakeUser {
  id: string;
  name?: string;
  real_name?: string;
  /** IANA zone, e.g. `Europe/Berlin`. */
  tz?: string;
  /** Human label, e.g. `Central European Time`. */
  tz_label?: string;
  /** Offset from UTC in seconds, e.g. 3600. */
  tz_offset?: number;
  is_bot?: boolean;
  deleted?: boolean;
}

export interface FakeChannel {
  id: string;
  name?: string;
  is_private?: boolean;
  /** For DM channels: the other user. */
  user?: string;
  /** Who is in the channel (conversations.members); unset: every user the workspace knows. */
  members?: string[];
  /** Whether the bot was invited (default true); posting elsewhere needs chat:write.public. */
  botMember?: boolean;
}

export interface StoredMessage {
  type: 'message';
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  team?: string;
  blocks?: unknown;
  attachments?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
  edited?: { user: string; ts: string };
  [key: string]: unknown;
}

export interface EphemeralMessage {
  channel: string;
  user: string;
  message_ts: string;
  text?: string;
  blocks?: unknown;
}

export interface StoredView {
  id: string;
  team_id: string;
  type: string;
  hash: string;
  callback_id: string;
  private_metadata: string;
  external_id: string;
  root_view_id: string;
  previous_view_id: string | null;
  app_id: string;
  app_installed_team_id: string;
  bot_id: string;
  state: { values: Record<string, unknown> };
  blocks: unknown[];
  title?: unknown;
  submit?: unknown;
  close?: unknown;
  clear_on_close: boolean;
  notify_on_close: boolean;
  /** The user a Home tab was published for. */
  user_id?: string;
  [key: string]: unknown;
}

export interface WorkspaceOptions {
  users?: FakeUser[];
  channels?: FakeChannel[];
  /** Time zone for users nobody configured (default `UTC`). */
  defaultTz?: { tz: string; tz_label: string; tz_offset: number };
  /** The bot token's scopes (default: those of the committed slack/manifest.json). */
  botScopes?: string[];
}

export class Workspace {
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, StoredMessage[]>();
  readonly ephemerals: EphemeralMessage[] = [];
  readonly views = new Map<string, StoredView>();
  /** User groups (usergroups.users.list, usergroups.list). */
  readonly userGroups = new UserGroupDirectory();
  private readonly dmByUser = new Map<string, string>();
  private readonly defaultTz: { tz: string; tz_label: string; tz_offset: number };
  private lastTsMicros = 0;
  private seq = 0;
  private readonly tokenScopes = new Map<string, string[]>();
  private readonly botScopes: string[];

  constructor(opts: WorkspaceOptions = {}) {
    this.botScopes = opts.botScopes ?? manifestBotScopes();
    this.defaultTz = opts.defaultTz ?? { tz: 'UTC', tz_label: 'Coordinated Universal Time', tz_offset: 0 };
    for (const u of opts.users ?? []) this.setUser(u);
    for (const c of opts.channels ?? []) this.setChannel(c);
  }

  setUser(user: FakeUser): void {
    this.users.set(user.id, { ...this.users.get(user.id), ...user });
  }

  setChannel(channel: FakeChannel): void {
    this.channels.set(channel.id, { ...this.channels.get(channel.id), ...channel });
  }

  /** Scopes granted to a token: app-level (xapp-) tokens have connections:write, bot tokens the install's scopes. */
  scopesOf(token: string): string[] {
    return this.tokenScopes.get(token) ?? (token.startsWith('xapp-') ? ['connections:write'] : this.botScopes);
  }

  setScopes(token: string, scopes: string[]): void {
    this.tokenScopes.set(token, scopes);
  }

  channelKind(id: string): 'public' | 'private' | 'im' | 'mpim' {
    if (id.startsWith('D') || /^[UW]/.test(id)) return 'im';
    const c = this.channels.get(id);
    return c?.is_private || id.startsWith('G') ? 'private' : 'public';
  }

  botIsMember(id: string): boolean {
    return this.channels.get(id)?.botMember ?? true;
  }

  /** The user as users.info returns it; unknown ids get a plausible user in the default zone. */
  userInfo(id: string): Record<string, unknown> {
    const u = this.users.get(id) ?? { id };
    const name = u.name ?? id.toLowerCase();
    const realName = u.real_name ?? name;
    return {
      id,
      team_id: FAKE_TEAM.id,
      name,
      deleted: u.deleted ?? false,
      real_name: realName,
      tz: u.tz ?? this.defaultTz.tz,
      tz_label: u.tz_label ?? this.defaultTz.tz_label,
      tz_offset: u.tz_offset ?? this.defaultTz.tz_offset,
      profile: { real_name: realName, display_name: name, team: FAKE_TEAM.id },
      is_admin: false,
      is_owner: false,
      is_bot: u.is_bot ?? false,
      is_app_user: false,
      updated: 1_700_000_000,
    };
  }

  /** The DM channel between the bot and a user, created on first use. */
  dmChannel(userId: string): { id: string; created: boolean } {
    const existing = this.dmByUser.get(userId);
    if (existing !== undefined) return { id: existing, created: false };
    const id = `D${userId.replace(/^[UW]/, '').padEnd(9, '0').slice(0, 9)}`;
    this.dmByUser.set(userId, id);
    this.setChannel({ id, user: userId });
    return { id, created: true };
  }

  channelInfo(id: string): Record<string, unknown> {
    const c = this.channels.get(id) ?? { id };
    const isIm = id.startsWith('D');
    const base = { id, created: 1_700_000_000, is_archived: false, context_team_id: FAKE_TEAM.id };
    if (isIm) return { ...base, is_im: true, is_channel: false, is_group: false, is_private: true, user: c.user, is_open: true };
    return {
      ...base,
      name: c.name ?? id.toLowerCase(),
      is_channel: !(c.is_private ?? false),
      is_group: c.is_private ?? false,
      is_im: false,
      is_private: c.is_private ?? false,
      is_member: c.botMember ?? true,
      is_general: c.name === 'general',
      topic: { value: '', creator: '', last_set: 0 },
      purpose: { value: '', creator: '', last_set: 0 },
    };
  }

  /** Strictly increasing Slack-style message timestamps (`seconds.micros`). */
  nextTs(): string {
    const micros = Math.max(Date.now() * 1000, this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}${String(this.seq).padStart(10, '0')}`;
  }

  /** Appends a message to a channel's history (the bot's, unless `user` says otherwise). */
  addMessage(channel: string, message: Partial<StoredMessage>): StoredMessage {
    const stored: StoredMessage = {
      user: FAKE_BOT.botUserId,
      bot_id: FAKE_BOT.botId,
      app_id: FAKE_APP_ID,
      team: FAKE_TEAM.id,
      ...message,
      type: 'message',
      ts: message.ts ?? this.nextTs(),
    };
    const list = this.messages.get(channel) ?? [];
    list.push(stored);
    list.sort((a, b) => compareTs(a.ts, b.ts));
    this.messages.set(channel, list);
    return stored;
  }

  findMessage(channel: string, ts: string): StoredMessage | undefined {
    return this.messages.get(channel)?.find((m) => m.ts === ts);
  }

  newHash(): string {
    return `${Math.floor(Date.now() / 1000)}.${Math.random().toString(36).slice(2, 10)}`;
  }
}

export function compareTs(a: string, b: string): number {
  const [as = '0', au = '0'] = a.split('.');
  const [bs = '0', bu = '0'] = b.split('.');
  return Number(as) - Number(bs) || Number(au.padEnd(6, '0')) - Number(bu.padEnd(6, '0'));
}
