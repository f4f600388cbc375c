import { ErrorCode, type WebAPIPlatformError, type WebClient } from '@slack/web-api';
import type { EventService } from '../../core/service.ts';
import type { CardRemoval, DeliveryResult, Notice, Notifier, Target } from '../../scheduler/notifier.ts';
import { tenantOf } from './actor.ts';
import { cardOf, openDm } from './cards.ts';
import { describeError } from './context.ts';
import { cardFallback, renderCard } from './render/card.ts';
import { noticeText, offerBlocks } from './render/notice.ts';
import { groupPings } from './render/mrkdwn.ts';
import type { AdapterLog } from '../../observe/adapter-log.ts';
import type { UserGroups } from './user-groups.ts';

export const NOTICE_EVENT_TYPE = 'convene_notice';

/** Slack answered with a refusal (no history scope, not in the channel…), not a 429 or a failed request. */
function isPlatformRefusal(err: unknown): boolean {
  return (err as WebAPIPlatformError).code === ErrorCode.PlatformError;
}

/** Slack errors that no retry will fix: the scheduler records them and tells the host. */
const UNREACHABLE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'account_inactive',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'restricted_action',
  'messages_tab_disabled',
  'team_access_not_granted',
]);

/**
 * How far back a retry looks for its own earlier post (metadata key): the most recent messages,
 * counted rather than timed so a skew between our clock and Slack's cannot hide a post.
 */
const DEDUPE_WINDOW_MESSAGES = 100;

interface SlackNotifierDeps {
  service: EventService;
  /** A Web API client for a workspace (its bot token), or null when the app isn't installed there. */
  clientFor: (workspaceId: string) => Promise<WebClient | null>;
  log: AdapterLog;
  /** Names the user groups an invite-only event is open to, on its card. */
  groups: UserGroups;
  /** How many unfinished notice keys are remembered at most (default 10 000). */
  maxAttempts?: number;
}

/**
 * Delivers the scheduler's notices: channel notices threaded under the event's card, DMs via
 * conversations.open. Every post carries the notice key as message metadata, and before posting
 * the recent history is searched for that key, so a retried notice is never posted twice.
 */
export class SlackNotifier implements Notifier {
  /**
   * Keys posted (or tried) but not yet reported sent: a retry with no history access can then say
   * it may be posting twice. Forgotten once sent; bounded, oldest first, against endless failures.
   */
  readonly #attempted = new Set<string>();
  readonly #maxAttempts: number;

  constructor(private readonly deps: SlackNotifierDeps) {
    this.#maxAttempts = deps.maxAttempts ?? 10_000;
  }

  async deliver(notice: Notice, target: Target): Promise<DeliveryResult> {
    const client = await this.deps.clientFor(notice.event.workspaceId);
    if (!client) return { status: 'unreachable', reason: `Convene is not installed in Slack workspace ${notice.event.workspaceId}` };
    try {
      const result = await this.#deliver(client, notice, target);
      this.#attempted.delete(notice.key);
      return result;
    } catch (err) {
      const code = (err as WebAPIPlatformError).code === ErrorCode.PlatformError ? (err as WebAPIPlatformError).data?.error : undefined;
      if (code && UNREACHABLE.has(code)) {
        this.#attempted.delete(notice.key);
        return { status: 'unreachable', reason: `Slack said ${code}` };
      }
      throw err;
    }
  }

  /** A deleted event's card message goes (one already gone is done). */
  async removeCard(removal: CardRemoval): Promise<DeliveryResult> {
    const client = await this.deps.clientFor(removal.workspaceId);
    if (!client) return { status: 'unreachable', reason: `Convene is not installed in Slack workspace ${removal.workspaceId}` };
    const c = removal.card as { channel?: unknown; ts?: unknown } | null;
    if (!c || typeof c.channel !== 'string' || typeof c.ts !== 'string') return { status: 'sent' };
    try {
      await client.chat.delete({ channel: c.channel, ts: c.ts });
    } catch (err) {
      const code = (err as WebAPIPlatformError).data?.error;
      if (code === 'message_not_found') return { status: 'sent' };
      if (code && UNREACHABLE.has(code)) return { status: 'unreachable', reason: `Slack said ${code}` };
      throw err;
    }
    return { status: 'sent' };
  }

  async #deliver(client: WebClient, notice: Notice, target: Target): Promise<DeliveryResult> {
    const card = cardOf(notice.event);
    const posts = notice.kind === 'announcement' || (notice.kind === 'card' && notice.card === 'post');
    // A card is posted once: a post for an event that has one redraws it instead.
    if (target.type === 'channel' && (notice.kind === 'card' || posts) && (!posts || card)) {
      if (!card) return { status: 'sent' };
      try {
        const name = await this.deps.groups.cardNamer(client, notice.event);
        await client.chat.update({ channel: card.channel, ts: card.ts, text: cardFallback(notice.event), blocks: renderCard(notice.event, name) });
      } catch (err) {
        const code = (err as WebAPIPlatformError).data?.error;
        if (code !== 'message_not_found' && code !== 'channel_not_found') throw err;
        // Someone deleted the card: forget it rather than retry a redraw that cannot land.
        await this.deps.service.attachCard(tenantOf(notice.event.workspaceId), notice.event.id, null);
      }
      return { status: 'sent', messageId: card.ts };
    }
    let channel: string;
    let threadTs: string | undefined;
    if (target.type === 'dm') {
      const dm = await openDm(client, target.userId);
      if (!dm) return { status: 'unreachable', reason: `No DM channel with ${target.userId}` };
      channel = dm;
    } else {
      channel = target.channelId;
      if (!posts && card && card.channel === channel) threadTs = card.ts;
    }

    const previous = await this.#findPosted(client, channel, threadTs, notice);
    if (previous) return { status: 'sent', messageId: previous };
    this.#remember(notice.key);

    const metadata = { event_type: NOTICE_EVENT_TYPE, event_payload: { key: notice.key } };
    const announcement = posts;
    // The event's user groups are pinged (opt-in per event) when it is announced and in channel reminders.
    const pings = target.type === 'channel' && (announcement || notice.kind === 'reminder') ? groupPings(notice.event.pingRoles) : '';
    const body = notice.kind === 'announcement' ? `${noticeText(notice)}\n${cardFallback(notice.event)}` : posts ? cardFallback(notice.event) : noticeText(notice);
    const blocks = announcement ? renderCard(notice.event, await this.deps.groups.cardNamer(client, notice.event)) : offerBlocks(notice);
    const res = await client.chat.postMessage({
      channel,
      text: pings ? `${pings} ${body}` : body,
      ...(announcement ? { blocks: pings ? [{ type: 'section', text: { type: 'mrkdwn', text: pings } }, ...blocks] : blocks } : blocks.length ? { blocks } : {}),
      ...(threadTs ? { thread_ts: threadTs } : {}),
      metadata,
      unfurl_links: false,
    });
    const ts = String(res.ts);
    if (announcement && target.type === 'channel') {
      await this.deps.service.attachCard(tenantOf(notice.event.workspaceId), notice.event.id, { channel: res.channel ?? channel, ts });
    }
    return { status: 'sent', messageId: ts };
  }

  #remember(key: string): void {
    this.#attempted.delete(key);
    this.#attempted.add(key);
    while (this.#attempted.size > this.#maxAttempts) this.#attempted.delete(this.#attempted.values().next().value!);
  }

  /** The ts of an earlier post of this notice in the conversation (or thread), if any. */
  async #findPosted(client: WebClient, channel: string, threadTs: string | undefined, notice: Notice): Promise<string | null> {
    try {
      const res = threadTs
        ? await client.conversations.replies({ channel, ts: threadTs, include_all_metadata: true, limit: DEDUPE_WINDOW_MESSAGES })
        : await client.conversations.history({ channel, include_all_metadata: true, limit: DEDUPE_WINDOW_MESSAGES });
      for (const m of res.messages ?? []) {
        const meta = (m as { metadata?: { event_type?: string; event_payload?: { key?: unknown } } }).metadata;
        if (meta?.event_type === NOTICE_EVENT_TYPE && meta.event_payload?.key === notice.key) return m.ts ?? 'posted';
      }
    } catch (err) {
      // Rate limited or unreachable now: ask again later rather than post without looking.
      if (!isPlatformRefusal(err)) throw err;
      // Without history access we can only trust our own memory of what we attempted.
      if (this.#attempted.has(notice.key)) {
        this.deps.log(`slack: cannot check for an earlier post of ${notice.key} (${describeError(err)}); posting again`, 'warn', err);
      }
    }
    return null;
  }
}
