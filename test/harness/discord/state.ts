/** Everything the fake remembers: guilds, channels, messages, commands, interactions, DM switches. */
import { makeUser, type FakeChannel, type FakeGuild, type FakeUser } from './model.ts';
import { apiUser, type Json } from './objects.ts';
import { BOT_PERMISSIONS } from './permissions.ts';
import { ScheduledEvents } from './scheduled-events.ts';
import { snowflake } from './snowflake.ts';

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  payload: Json;
  /** The body of the first callback (type + data), once acknowledged. */
  callback?: Json;
  /** The "@original" response message, once there is one. */
  originalMessageId?: string;
  originalChannelId?: string;
  followupIds: string[];
  /** When the interaction was created (Date.now()): its token lives 3 s to the first answer, 15 min after. */
  createdAt?: number;
}

export interface CreateMessageResult {
  message: Json;
  /** False when `enforce_nonce` matched an earlier message and that one was returned. */
  created: boolean;
}

export class FakeState {
  readonly guilds = new Map<string, FakeGuild>();
  readonly channels = new Map<string, FakeChannel>();
  readonly users = new Map<string, FakeUser>();
  /** Messages per channel, oldest first. */
  readonly messages = new Map<string, Json[]>();
  readonly globalCommands: Json[] = [];
  readonly guildCommands = new Map<string, Json[]>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  /** Users whose DMs are closed: sending to their DM channel fails with 50007. */
  readonly dmBlocked = new Set<string>();
  readonly nonceWindowMs: number;
  readonly scheduledEvents: ScheduledEvents;
  /** Discord's clock (scheduled events must start in its future): tests may move it with their own. */
  readonly now: () => number;

  constructor(
    readonly botUser: FakeUser,
    readonly applicationId: string,
    opts: { nonceWindowMs?: number; now?: () => number } = {},
  ) {
    this.nonceWindowMs = opts.nonceWindowMs ?? 5 * 60_000;
    this.now = opts.now ?? Date.now;
    this.scheduledEvents = new ScheduledEvents(this);
    this.users.set(botUser.id, botUser);
  }

  /** Registers a guild, adding the bot as a member with a managed role. */
  addGuild(guild: FakeGuild): FakeGuild {
    if (!guild.members.some((m) => m.user.id === this.botUser.id)) {
      const roleId = snowflake();
      guild.roles.push({
        id: roleId,
        name: this.botUser.username,
        permissions: BOT_PERMISSIONS.toString(),
        position: guild.roles.length,
        managed: true,
        bot_id: this.botUser.id,
      });
      guild.members.push({ user: this.botUser, roles: [roleId], nick: null, joined_at: new Date().toISOString() });
    }
    this.guilds.set(guild.id, guild);
    for (const channel of guild.channels) this.channels.set(channel.id, channel);
    for (const member of guild.members) this.users.set(member.user.id, member.user);
    return guild;
  }

  user(id: string): FakeUser {
    let user = this.users.get(id);
    if (!user) {
      user = makeUser({ id, username: `user${id.slice(-4)}` });
      this.users.set(id, user);
    }
    return user;
  }

  channelMessages(channelId: string): Json[] {
    let list = this.messages.get(channelId);
    if (!list) {
      list = [];
      this.messages.set(channelId, list);
    }
    return list;
  }

  findMessage(channelId: string, messageId: string): Json | undefined {
    return this.messages.get(channelId)?.find((m) => m['id'] === messageId);
  }

  findMessageAnywhere(messageId: string): Json | undefined {
    for (const list of this.messages.values()) {
      const found = list.find((m) => m['id'] === messageId);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * Creates a message as the bot. With `enforce_nonce: true` and a nonce the bot already used in this
   * channel within the window, returns that first message instead (what Discord does).
   */
  createMessage(channelId: string, body: Json, extra: { files?: UploadedFile[]; overrides?: Json } = {}): CreateMessageResult {
    const list = this.channelMessages(channelId);
    const nonce = body['nonce'];
    if (body['enforce_nonce'] === true && nonce !== undefined && nonce !== null) {
      const cutoff = Date.now() - this.nonceWindowMs;
      const earlier = list.find(
        (m) => m['nonce'] === nonce && (m['author'] as Json)['id'] === this.botUser.id && Date.parse(String(m['timestamp'])) >= cutoff,
      );
      if (earlier) return { message: earlier, created: false };
    }
    const channel = this.channels.get(channelId);
    const id = snowflake();
    const message: Json = {
      id,
      type: 0,
      channel_id: channelId,
      ...(channel?.guild_id ? { guild_id: channel.guild_id } : {}),
      author: apiUser(this.botUser),
      content: typeof body['content'] === 'string' ? body['content'] : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body['tts'] === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: attachmentsOf(extra.files ?? [], body),
      embeds: Array.isArray(body['embeds']) ? body['embeds'] : [],
      components: Array.isArray(body['components']) ? body['components'] : [],
      pinned: false,
      flags: typeof body['flags'] === 'number' ? body['flags'] : 0,
      ...(nonce !== undefined && nonce !== null ? { nonce } : {}),
      ...(body['message_reference'] ? { message_reference: body['message_reference'] } : {}),
      ...(body['allowed_mentions'] ? { allowed_mentions_requested: body['allowed_mentions'] } : {}),
      ...extra.overrides,
    };
    list.push(message);
    if (channel) channel.last_message_id = id;
    return { message, created: true };
  }

  /** Applies an edit body (content, embeds, components, flags, attachments) to a stored message. */
  editMessage(message: Json, body: Json, files: UploadedFile[] = []): Json {
    for (const key of ['content', 'embeds', 'components', 'flags', 'allowed_mentions'] as const) {
      if (key in body && body[key] !== undefined) message[key] = body[key] ?? (key === 'content' ? '' : []);
    }
    if ('attachments' in body || files.length > 0) message['attachments'] = attachmentsOf(files, body);
    message['edited_timestamp'] = new Date().toISOString();
    return message;
  }

  deleteMessage(channelId: string, messageId: string): boolean {
    const list = this.messages.get(channelId);
    const index = list?.findIndex((m) => m['id'] === messageId) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  /** The DM channel between the bot and a user, created on first use. */
  openDm(userId: string): FakeChannel {
    for (const channel of this.channels.values()) {
      if (channel.type === 1 && channel.recipients?.some((u) => u.id === userId)) return channel;
    }
    const channel: FakeChannel = { id: snowflake(), type: 1, name: null, recipients: [this.user(userId)], last_message_id: null };
    this.channels.set(channel.id, channel);
    return channel;
  }

  dmRecipient(channelId: string): FakeUser | undefined {
    const channel = this.channels.get(channelId);
    return channel?.type === 1 ? channel.recipients?.[0] : undefined;
  }

  /** Creates a thread under `parentId`; from a message, the thread takes the message's id (as on Discord). */
  createThread(parentId: string, body: Json, messageId?: string): FakeChannel {
    const parent = this.channels.get(parentId);
    const now = new Date().toISOString();
    const thread: FakeChannel = {
      id: messageId ?? snowflake(),
      type: typeof body['type'] === 'number' ? body['type'] : 11,
      name: typeof body['name'] === 'string' ? body['name'] : 'thread',
      ...(parent?.guild_id ? { guild_id: parent.guild_id } : {}),
      parent_id: parentId,
      owner_id: this.botUser.id,
      last_message_id: null,
      thread_metadata: {
        archived: false,
        auto_archive_duration: typeof body['auto_archive_duration'] === 'number' ? body['auto_archive_duration'] : 1440,
        archive_timestamp: now,
        locked: false,
        create_timestamp: now,
      },
    };
    this.channels.set(thread.id, thread);
    const guild = thread.guild_id ? this.guilds.get(thread.guild_id) : undefined;
    guild?.channels.push(thread);
    if (messageId) {
      const message = this.findMessage(parentId, messageId);
      if (message) message['thread'] = { id: thread.id, name: thread.name, type: thread.type, parent_id: parentId };
    }
    return thread;
  }

  registerInteraction(payload: Json): InteractionRecord {
    const id = String(payload['id']);
    const existing = this.interactions.get(id);
    if (existing) return existing;
    const record: InteractionRecord = { id, token: String(payload['token']), payload, followupIds: [], createdAt: Date.now() };
    this.interactions.set(id, record);
    this.interactionsByToken.set(record.token, record);
    return record;
  }

  commandsFor(guildId?: string): Json[] {
    if (!guildId) return this.globalCommands;
    let list = this.guildCommands.get(guildId);
    if (!list) {
      list = [];
      this.guildCommands.set(guildId, list);
    }
    return list;
  }

  /** Normalises a command body as Discord echoes it: ids, application_id, version, defaults. */
  command(body: Json, guildId: string | undefined, existingId?: string): Json {
    return {
      type: 1,
      description: '',
      options: [],
      default_member_permissions: null,
      dm_permission: guildId ? undefined : true,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      ...body,
      id: existingId ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      ...(guildId ? { guild_id: guildId } : {}),
    };
  }
}

function attachmentsOf(files: UploadedFile[], body: Json): Json[] {
  const declared = Array.isArray(body['attachments']) ? (body['attachments'] as Json[]) : [];
  return files.map((file, i) => ({
    id: String(declared[i]?.['id'] ?? snowflake()),
    filename: file.filename,
    size: file.size,
    content_type: file.contentType,
    url: `https://cdn.invalid/attachments/${file.filename}`,
    proxy_url: `https://media.invalid/attachments/${file.filename}`,
  }));
}
