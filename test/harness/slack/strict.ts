/**
 * What the real Web API refuses before it does anything: missing scopes (`missing_scope` with
 * `needed` and `provided`), conversations the bot is not in (`not_in_channel`), Block Kit, views
 * and metadata Slack would reject, and trigger_ids that are unknown, used or older than 3 seconds.
 */
import { blockKitErrors, metadataErrors, viewErrors } from './block-kit.ts';
import { claimTrigger } from './ids.ts';
import { type Args, str } from './http-util.ts';
import { scopeFor } from './scopes.ts';
import type { Workspace } from './workspace.ts';

export class SlackApiError extends Error {
  constructor(
    readonly error: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(error);
  }
}

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral']);
const VIEW_METHODS = new Set(['views.open', 'views.push', 'views.update', 'views.publish']);
const MEMBER_METHODS = new Set(['conversations.history', 'conversations.replies']);
const MAX_MESSAGE_TEXT = 40_000;

export interface StrictOptions {
  /** How long a trigger_id may be exchanged (Slack: 3 seconds). */
  triggerTtlMs: number;
}

export function checkScopes(ws: Workspace, method: string, args: Args, token: string): void {
  const channel = str(args.channel);
  const needed = scopeFor(method, channel ? ws.channelKind(channel) : 'public');
  if (needed === null) return;
  const provided = ws.scopesOf(token);
  if (!provided.includes(needed)) throw new SlackApiError('missing_scope', { needed, provided: provided.join(',') });
}

function invalid(error: string, messages: string[]): SlackApiError {
  return new SlackApiError(error, { errors: messages, response_metadata: { messages: messages.map((m) => `[ERROR] ${m}`) } });
}

export function checkPayload(ws: Workspace, method: string, args: Args, token: string, opts: StrictOptions): void {
  if (MESSAGE_METHODS.has(method)) {
    if (args.blocks !== undefined) {
      const errors = blockKitErrors(args.blocks, 'message');
      if (errors.length) throw invalid('invalid_blocks', errors);
    }
    if ((str(args.text) ?? '').length > MAX_MESSAGE_TEXT) throw new SlackApiError('msg_too_long');
    const meta = metadataErrors(args.metadata);
    if (meta.length) throw invalid('invalid_metadata_format', meta);
  }
  if (VIEW_METHODS.has(method)) {
    const view = args.view as { type?: unknown } | undefined;
    if (method === 'views.publish' && view?.type !== 'home') throw invalid('invalid_arguments', ['views.publish only takes a view of type home [json-pointer:/view/type]']);
    if (method !== 'views.publish' && view?.type === 'home') throw invalid('invalid_arguments', ['a home view can only be published [json-pointer:/view/type]']);
    const errors = viewErrors(args.view);
    if (errors.length) throw invalid('invalid_arguments', errors);
  }
  if (method === 'views.open' || method === 'views.push') {
    const verdict = claimTrigger(str(args.trigger_id) ?? '', Date.now(), opts.triggerTtlMs);
    if (verdict !== 'ok') throw new SlackApiError(verdict === 'expired' ? 'expired_trigger_id' : verdict === 'used' ? 'exchanged_trigger_id' : 'invalid_trigger_id');
  }
  const channel = str(args.channel);
  if (channel && /^[CG]/.test(channel) && !ws.botIsMember(channel)) {
    const kind = ws.channelKind(channel);
    if (kind === 'private') throw new SlackApiError('channel_not_found');
    const canPostPublic = method === 'chat.postMessage' && ws.scopesOf(token).includes('chat:write.public');
    if (MEMBER_METHODS.has(method) || ((method === 'chat.postMessage' || method === 'chat.postEphemeral') && !canPostPublic)) {
      throw new SlackApiError('not_in_channel');
    }
  }
}
