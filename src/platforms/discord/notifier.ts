import { Routes, type REST } from 'discord.js';
import type { APIChannel, APIMessage } from 'discord-api-types/v10';
import type { CardRemoval, DeliveryResult, Handoff, Notice, Notifier, Target } from '../../scheduler/notifier.ts';
import { Cards, cardRefOf, rolePings } from './cards.ts';
import { API, apiCode, describe, isPermanent } from './errors.ts';
import { BoundedMap } from './lru.ts';
import { nonceFor } from './nonce.ts';
import { noticeText, offerButtons } from './notices.ts';
import { Pacer } from './pacer.ts';
import { LIMITS, truncate } from './render/limits.ts';
import type { AdapterLog } from '../../observe/adapter-log.ts';
import type { Tenant } from '../../core/event.ts';
import type { MirrorResult, MirrorSync } from '../../scheduler/notifier.ts';
import type { DiscordEventMirror } from './mirror/sync.ts';

interface DiscordNotifierOptions {
  /** DMs per second at most (default 2). */
  dmPerSecond?: number;
  log?: AdapterLog;
  /** The Scheduled Events mirror (a workspace setting turns it on); without it mirror syncs do nothing. */
  mirror?: DiscordEventMirror;
}

/**
 * Delivers the scheduler's notices on Discord, through REST only, so it works from any process
 * or shard. Channel notices go under the event card (its thread when there is one) with a nonce
 * from the notice key and enforce_nonce, so a retried delivery never posts twice.
 */
export class DiscordNotifier implements Notifier {
  readonly #dmChannels = new BoundedMap<string, string>(10_000);
  readonly #pacer: Pacer;
  readonly #log: AdapterLog;
  readonly #mirror: DiscordEventMirror | null;

  constructor(
    private readonly rest: REST,
    private readonly cards: Cards,
    opts: DiscordNotifierOptions = {},
  ) {
    this.#pacer = new Pacer(Math.round(1000 / Math.max(0.01, opts.dmPerSecond ?? 2)));
    this.#log = opts.log ?? (() => {});
    this.#mirror = opts.mirror ?? null;
  }

  /** A mirror sync row: the server's Scheduled Events made to show its events (mirror/sync.ts). */
  async mirror(tenant: Tenant, sync: MirrorSync): Promise<MirrorResult> {
    return this.#mirror ? this.#mirror.sync(tenant, sync) : { status: 'sent', nextAt: null };
  }

  async deliver(notice: Notice, target: Target, handoff?: Handoff): Promise<DeliveryResult> {
    return target.type === 'channel' ? this.#toChannel(notice, target.channelId) : this.#toUser(notice, target.userId, handoff);
  }

  async removeCard(removal: CardRemoval): Promise<DeliveryResult> {
    try {
      await this.cards.remove(removal);
      return { status: 'sent' };
    } catch (err) {
      if (isPermanent(err)) return { status: 'unreachable', reason: `Discord refused (${apiCode(err)}): ${describe(err)}` };
      throw err;
    }
  }

  stop(): void {
    this.#pacer.stop();
  }

  async #toChannel(notice: Notice, channelId: string): Promise<DeliveryResult> {
    try {
      const posts = notice.kind === 'announcement' || (notice.kind === 'card' && notice.card === 'post');
      if (notice.kind === 'card' || posts) {
        // A card is posted once: a post for an event that has one redraws it instead.
        if (!posts || cardRefOf(notice.event.card)) {
          const messageId = await this.cards.redraw(notice.event);
          return { status: 'sent', ...(messageId ? { messageId } : {}) };
        }
        const ref = await this.cards.post(notice.event, channelId);
        return { status: 'sent', messageId: ref.messageId };
      }
      let mention: string[] = [];
      if (notice.kind === 'moved' || notice.kind === 'changed' || notice.kind === 'cancelled') {
        // The card itself is redrawn by the change's own card notice; this one only talks.
        // Everyone who answered is pinged under the event (they also get DMs when the audience includes them).
        const a = notice.event.attendees;
        mention = [...new Set([...a.going, ...a.maybe, ...a.waitlisted, ...a.pending])].slice(0, 90);
      }
      const ref = cardRefOf(notice.event.card);
      const where = ref?.threadId ?? channelId;
      let text = mention.length ? `${noticeText(notice)}\n${mention.map((u) => `<@${u}>`).join(' ')}` : noticeText(notice);
      // A reminder in the channel pings the event's roles too (opt-in per event), and only them.
      const pings = notice.kind === 'reminder' ? rolePings(notice.event) : null;
      if (pings?.content) text = `${pings.content} ${text}`;
      const messageId = await this.#post(where, text, notice.key, mention, undefined, pings?.allowed_mentions.roles);
      return { status: 'sent', messageId };
    } catch (err) {
      if (isPermanent(err)) return { status: 'unreachable', reason: `Discord refused (${apiCode(err)}): ${describe(err)}` };
      throw err;
    }
  }

  /**
   * DMs wait their turn in the pacer (not counted against the scheduler's timeout); one the
   * scheduler gave up on before its turn is dropped, and one it gave up on later is aborted (a
   * request that reached Discord anyway is deduplicated by its nonce when the row is retried).
   */
  async #toUser(notice: Notice, userId: string, handoff?: Handoff): Promise<DeliveryResult> {
    try {
      const messageId = await this.#pacer.run(async () => {
        const channelId = await this.#dmChannel(userId, handoff?.signal);
        return this.#post(channelId, noticeText(notice), notice.key, [], handoff?.signal, [], offerButtons(notice));
      }, handoff);
      return { status: 'sent', messageId };
    } catch (err) {
      if (apiCode(err) !== API.cannotDmUser) throw err;
      return this.#fallback(notice, userId);
    }
  }

  /** DMs closed: mention the person under the event instead, once (same nonce key on retries). */
  async #fallback(notice: Notice, userId: string): Promise<DeliveryResult> {
    const where = Cards.talkChannel(notice.event);
    if (!where) return { status: 'unreachable', reason: 'DMs are closed and the event has no channel to mention them in' };
    try {
      const text = `<@${userId}> ${noticeText(notice)}\n-# I couldn't DM you. Allow DMs from server members to get reminders privately.`;
      const messageId = await this.cards.say(where, text, { mention: [userId], nonceKey: `${notice.key}:fallback` });
      this.#log(`discord: DM to ${userId} closed; mentioned them in ${where}`);
      return { status: 'sent', messageId };
    } catch (err) {
      if (isPermanent(err)) return { status: 'unreachable', reason: `DMs closed and the event channel refused: ${describe(err)}` };
      throw err;
    }
  }

  async #dmChannel(userId: string, signal?: AbortSignal): Promise<string> {
    const cached = this.#dmChannels.get(userId);
    if (cached) return cached;
    const channel = (await this.rest.post(Routes.userChannels(), { body: { recipient_id: userId }, signal })) as APIChannel;
    this.#dmChannels.set(userId, channel.id);
    return channel.id;
  }

  async #post(channelId: string, content: string, key: string, mention: string[] = [], signal?: AbortSignal, roles: string[] = [], components: unknown[] = []): Promise<string> {
    const message = (await this.rest.post(Routes.channelMessages(channelId), {
      signal,
      body: {
        content: truncate(content, LIMITS.content),
        ...(components.length ? { components } : {}),
        nonce: nonceFor(key),
        enforce_nonce: true,
        allowed_mentions: { parse: [], users: mention, ...(roles.length ? { roles } : {}) },
      },
    })) as APIMessage;
    return message.id;
  }
}
