/**
 * Realistic responses for the Web API methods Convene uses. Each handler takes the decoded
 * arguments and returns the response body without `ok`; throwing `SlackApiError` produces
 * `{ ok: false, error }` as Slack does (HTTP 200).
 */
import { FAKE_APP_ID, FAKE_BOT, FAKE_TEAM } from './defaults.ts';
import { type Args, flag, str } from './http-util.ts';
import { type StoredMessage, type StoredView, type Workspace, compareTs } from './workspace.ts';

import { SlackApiError } from './strict.ts';

export { SlackApiError };

export interface MethodContext {
  ws: Workspace;
  token: string | undefined;
  /** The Socket Mode URL handed out by apps.connections.open. */
  issueSocketUrl(): string;
}

export type MethodHandler = (args: Args, ctx: MethodContext) => Record<string, unknown>;

function need(args: Args, name: string, error = 'invalid_arguments'): string {
  const v = str(args[name]);
  if (v === undefined || v === '') throw new SlackApiError(error);
  return v;
}

/** A message or user id addressed as `channel` is posted into the bot's DM with that user. */
function resolveChannel(ctx: MethodContext, channel: string): string {
  return /^[UW]/.test(channel) ? ctx.ws.dmChannel(channel).id : channel;
}

function messageFields(args: Args): Partial<StoredMessage> {
  const out: Partial<StoredMessage> = {};
  if (args.text !== undefined) out.text = str(args.text) ?? '';
  if (args.blocks !== undefined) out.blocks = args.blocks;
  if (args.attachments !== undefined) out.attachments = args.attachments;
  if (args.metadata !== undefined) out.metadata = args.metadata as StoredMessage['metadata'];
  if (args.thread_ts !== undefined) out.thread_ts = str(args.thread_ts);
  return out;
}

function viewFromArgs(ctx: MethodContext, args: Args, base?: StoredView): StoredView {
  const input = args.view;
  if (input === null || typeof input !== 'object') throw new SlackApiError('invalid_arguments');
  const v = input as Record<string, unknown>;
  const id = base?.id ?? ctx.ws.nextId('V');
  return {
    ...v,
    id,
    team_id: FAKE_TEAM.id,
    type: str(v.type) ?? 'modal',
    blocks: Array.isArray(v.blocks) ? v.blocks : [],
    callback_id: str(v.callback_id) ?? '',
    private_metadata: str(v.private_metadata) ?? '',
    external_id: str(v.external_id) ?? base?.external_id ?? '',
    state: { values: {} },
    hash: ctx.ws.newHash(),
    clear_on_close: flag(v.clear_on_close),
    notify_on_close: flag(v.notify_on_close),
    root_view_id: base?.root_view_id ?? id,
    previous_view_id: base?.previous_view_id ?? null,
    app_id: FAKE_APP_ID,
    app_installed_team_id: FAKE_TEAM.id,
    bot_id: FAKE_BOT.botId,
  };
}

export const METHODS: Record<string, MethodHandler> = {
  'api.test': (args) => ({ args }),

  'auth.test': () => ({
    url: `https://${FAKE_TEAM.domain}.slack.com/`,
    team: FAKE_TEAM.name,
    user: FAKE_BOT.name,
    team_id: FAKE_TEAM.id,
    user_id: FAKE_BOT.botUserId,
    bot_id: FAKE_BOT.botId,
    is_enterprise_install: false,
  }),

  'team.info': () => ({
    team: {
      id: FAKE_TEAM.id,
      name: FAKE_TEAM.name,
      domain: FAKE_TEAM.domain,
      email_domain: '',
      url: `https://${FAKE_TEAM.domain}.slack.com/`,
      icon: { image_default: true },
      is_verified: false,
    },
  }),

  'chat.postMessage': (args, ctx) => {
    const channel = resolveChannel(ctx, need(args, 'channel', 'channel_not_found'));
    if (args.text === undefined && args.blocks === undefined && args.attachments === undefined) {
      throw new SlackApiError('no_text');
    }
    const message = ctx.ws.addMessage(channel, messageFields(args));
    return { channel, ts: message.ts, message: { ...message } };
  },

  'chat.update': (args, ctx) => {
    const channel = need(args, 'channel', 'channel_not_found');
    const ts = need(args, 'ts', 'message_not_found');
    const message = ctx.ws.findMessage(channel, ts);
    if (message === undefined) throw new SlackApiError('message_not_found');
    Object.assign(message, messageFields(args), { edited: { user: FAKE_BOT.botUserId, ts: ctx.ws.nextTs() } });
    return { channel, ts, text: message.text ?? '', message: { ...message } };
  },

  'chat.delete': (args, ctx) => {
    const channel = need(args, 'channel', 'channel_not_found');
    const ts = need(args, 'ts', 'message_not_found');
    const list = ctx.ws.messages.get(channel) ?? [];
    const i = list.findIndex((m) => m.ts === ts);
    if (i < 0) throw new SlackApiError('message_not_found');
    list.splice(i, 1);
    return { channel, ts };
  },

  'chat.postEphemeral': (args, ctx) => {
    const channel = need(args, 'channel', 'channel_not_found');
    const user = need(args, 'user', 'user_not_in_channel');
    const message_ts = ctx.ws.nextTs();
    ctx.ws.ephemerals.push({ channel, user, message_ts, text: str(args.text), blocks: args.blocks });
    return { message_ts };
  },

  'chat.getPermalink': (args, ctx) => {
    const channel = need(args, 'channel', 'channel_not_found');
    const ts = need(args, 'message_ts', 'message_not_found');
    if (ctx.ws.findMessage(channel, ts) === undefined) throw new SlackApiError('message_not_found');
    return { channel, permalink: `https://${FAKE_TEAM.domain}.slack.com/archives/${channel}/p${ts.replace('.', '')}` };
  },

  'conversations.open': (args, ctx) => {
    const users = (str(args.users) ?? '').split(',').filter((u) => u !== '');
    const user = users[0];
    if (user === undefined) throw new SlackApiError('users_list_not_supplied');
    const dm = ctx.ws.dmChannel(user);
    const channel = flag(args.return_im) ? ctx.ws.channelInfo(dm.id) : { id: dm.id };
    return { no_op: !dm.created, already_open: !dm.created, channel };
  },

  'conversations.info': (args, ctx) => ({ channel: ctx.ws.channelInfo(need(args, 'channel', 'channel_not_found')) }),

  // Members of a channel, paged by `limit` and `cursor` (an offset here) like Slack.
  'conversations.members': (args, ctx) => {
    const id = need(args, 'channel', 'channel_not_found');
    const channel = ctx.ws.channels.get(id);
    if (channel === undefined && !/^[CG]/.test(id)) throw new SlackApiError('channel_not_found');
    const all = channel?.members ?? [...ctx.ws.users.keys()];
    const limit = Number(str(args.limit) ?? 100) || 100;
    const from = Number(str(args.cursor) ?? 0) || 0;
    const next = from + limit < all.length ? String(from + limit) : '';
    return { members: all.slice(from, from + limit), response_metadata: { next_cursor: next } };
  },

  'conversations.history': (args, ctx) => {
    const channel = need(args, 'channel', 'channel_not_found');
    const inclusive = flag(args.inclusive);
    const oldest = str(args.oldest);
    const latest = str(args.latest);
    const limit = Number(str(args.limit) ?? 100) || 100;
    const withMetadata = flag(args.include_all_metadata);
    const matching = (ctx.ws.messages.get(channel) ?? [])
      .filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts)
      .filter((m) => oldest === undefined || (inclusive ? compareTs(m.ts, oldest) >= 0 : compareTs(m.ts, oldest) > 0))
      .filter((m) => latest === undefined || (inclusive ? compareTs(m.ts, latest) <= 0 : compareTs(m.ts, latest) < 0))
      .reverse();
    const messages = matching.slice(0, limit).map((m) => {
      const { metadata, ...rest } = m;
      return withMetadata && metadata !== undefined ? { ...rest, metadata } : { ...rest };
    });
    return {
      messages,
      has_more: matching.length > limit,
      pin_count: 0,
      channel_actions_ts: null,
      channel_actions_count: 0,
      response_metadata: { next_cursor: '' },
    };
  },

  // A thread: the parent first, then its replies, oldest first (as Slack answers).
  'conversations.replies': (args, ctx) => {
    const channel = need(args, 'channel', 'channel_not_found');
    const ts = need(args, 'ts', 'thread_not_found');
    const limit = Number(str(args.limit) ?? 100) || 100;
    const withMetadata = flag(args.include_all_metadata);
    const thread = (ctx.ws.messages.get(channel) ?? []).filter((m) => m.ts === ts || m.thread_ts === ts);
    if (!thread.some((m) => m.ts === ts)) throw new SlackApiError('thread_not_found');
    const messages = thread.slice(0, limit).map((m) => {
      const { metadata, ...rest } = m;
      return withMetadata && metadata !== undefined ? { ...rest, metadata } : { ...rest };
    });
    return { messages, has_more: thread.length > limit, response_metadata: { next_cursor: '' } };
  },

  'users.info': (args, ctx) => {
    const id = need(args, 'user', 'user_not_found');
    if (!/^[UW]/.test(id)) throw new SlackApiError('user_not_found');
    return { user: ctx.ws.userInfo(id) };
  },

  'usergroups.users.list': (args, ctx) => ctx.ws.userGroups.usersList(args),

  'usergroups.list': (args, ctx) => ctx.ws.userGroups.list(args),

  'views.open': (args, ctx) => {
    need(args, 'trigger_id', 'invalid_arguments');
    const view = viewFromArgs(ctx, args);
    ctx.ws.views.set(view.id, view);
    return { view };
  },

  'views.push': (args, ctx) => {
    need(args, 'trigger_id', 'invalid_arguments');
    const view = viewFromArgs(ctx, args);
    ctx.ws.views.set(view.id, view);
    return { view };
  },

  'views.update': (args, ctx) => {
    const viewId = str(args.view_id);
    const externalId = str(args.external_id);
    const existing =
      viewId !== undefined
        ? ctx.ws.views.get(viewId)
        : [...ctx.ws.views.values()].find((v) => externalId !== undefined && v.external_id === externalId);
    if (existing === undefined) throw new SlackApiError('not_found');
    const hash = str(args.hash);
    if (hash !== undefined && hash !== existing.hash) throw new SlackApiError('hash_conflict');
    const view = viewFromArgs(ctx, args, existing);
    ctx.ws.views.set(view.id, view);
    return { view };
  },

  'views.publish': (args, ctx) => {
    const userId = need(args, 'user_id', 'invalid_arguments');
    const existing = [...ctx.ws.views.values()].find((v) => v.type === 'home' && v.user_id === userId);
    const view = { ...viewFromArgs(ctx, args, existing), user_id: userId };
    ctx.ws.views.set(view.id, view);
    return { view };
  },

  'apps.connections.open': (_args, ctx) => {
    if (ctx.token === undefined || !ctx.token.startsWith('xapp-')) throw new SlackApiError('not_allowed_token_type');
    return { url: ctx.issueSocketUrl() };
  },
};
