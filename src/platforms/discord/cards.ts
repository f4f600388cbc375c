import { Routes, type REST } from 'discord.js';
import type { APIMessage, APIThreadChannel } from 'discord-api-types/v10';
import type { Tenant } from '../../core/event.ts';
import type { EventService } from '../../core/service.ts';
import type { EventView } from '../../core/view.ts';
import { apiCode, API, describe } from './errors.ts';
import { nonceFor } from './nonce.ts';
import { renderCard } from './render/card.ts';
import { LIMITS, truncate } from './render/limits.ts';
import type { AdapterLog } from '../../observe/adapter-log.ts';
import type { CardRemoval } from '../../scheduler/notifier.ts';

/** Where an event's card lives; stored on the event through service.attachCard. */
export interface CardRef {
  channelId: string;
  messageId: string;
  threadId: string | null;
}

export function cardRefOf(card: unknown): CardRef | null {
  const c = card as Partial<CardRef> | null;
  if (!c || typeof c.channelId !== 'string' || typeof c.messageId !== 'string') return null;
  return { channelId: c.channelId, messageId: c.messageId, threadId: typeof c.threadId === 'string' ? c.threadId : null };
}

const tenantOf = (v: EventView): Tenant => ({ platform: 'discord', workspaceId: v.workspaceId });

/** Posts, refreshes and talks under event cards, through REST only (works from any shard or process). */
/**
 * The card's first post pings the event's roles (opt-in per event): their mentions as content and
 * allowed_mentions set to exactly those roles, nobody else. Redraws ping nobody.
 */
export function rolePings(view: Pick<EventView, 'pingRoles'>): { content?: string; allowed_mentions: { parse: []; roles?: string[] } } {
  const roles = view.pingRoles.filter((r) => /^\d+$/.test(r)).slice(0, 100);
  return roles.length ? { content: roles.map((r) => `<@&${r}>`).join(' '), allowed_mentions: { parse: [], roles } } : { allowed_mentions: { parse: [] } };
}

export class Cards {
  constructor(
    private readonly rest: REST,
    private readonly service: EventService,
    private readonly log: AdapterLog,
  ) {}

  /**
   * Posts the card (deduplicated by a nonce per event and channel), opens its discussion thread
   * when the channel allows one, and remembers both on the event.
   */
  async post(view: EventView, channelId: string, opts: { thread?: boolean } = {}): Promise<CardRef> {
    const messageId = await this.postMessage(view, channelId);
    return this.finish(view, channelId, messageId, opts);
  }

  /** Step one of post: the card message alone (what a reply can link to at once). */
  async postMessage(view: EventView, channelId: string): Promise<string> {
    const message = (await this.rest.post(Routes.channelMessages(channelId), {
      body: { ...renderCard(view), ...rolePings(view), nonce: nonceFor(`card:${view.id}:${channelId}`), enforce_nonce: true },
    })) as APIMessage;
    return message.id;
  }

  /** Step two of post: the discussion thread, then the card reference stored on the event. */
  async finish(view: EventView, channelId: string, messageId: string, opts: { thread?: boolean } = {}): Promise<CardRef> {
    let threadId: string | null = null;
    if (opts.thread !== false) {
      try {
        const thread = (await this.rest.post(Routes.threads(channelId, messageId), {
          body: { name: truncate(view.title, 100), auto_archive_duration: 10080 },
          reason: 'Event discussion',
        })) as APIThreadChannel;
        threadId = thread.id;
      } catch (err) {
        // Announcement channels, forums, or no Create Public Threads permission: the card works without a thread.
        this.log(`discord: no thread for event ${view.id} in ${channelId}: ${describe(err)}`, 'warn', err);
      }
    }
    const ref: CardRef = { channelId, messageId, threadId };
    await this.service.attachCard(tenantOf(view), view.id, ref);
    return ref;
  }

  /**
   * Redraws the stored card from the view (a scheduler notice): a failure that may pass is thrown
   * so the scheduler retries it; a card someone deleted is forgotten. Returns the card's message
   * id, or null when there is no card.
   */
  async redraw(view: EventView): Promise<string | null> {
    const ref = cardRefOf(view.card);
    if (!ref) return null;
    try {
      await this.rest.patch(Routes.channelMessage(ref.channelId, ref.messageId), { body: { ...renderCard(view), allowed_mentions: { parse: [] } } });
      return ref.messageId;
    } catch (err) {
      const code = apiCode(err);
      if (code !== API.unknownMessage && code !== API.unknownChannel) throw err;
      this.log(`discord: card of event ${view.id} is gone (${code}); forgetting it`);
      await this.service.attachCard(tenantOf(view), view.id, null);
      return null;
    }
  }

  /**
   * A deleted event's card message goes; its discussion thread says why it went quiet and is
   * archived. Idempotent on `key`: a card already gone is done, the thread line carries a nonce.
   */
  async remove(removal: CardRemoval): Promise<void> {
    const ref = cardRefOf(removal.card);
    if (!ref) return;
    try {
      await this.rest.delete(Routes.channelMessage(ref.channelId, ref.messageId));
    } catch (err) {
      const code = apiCode(err);
      if (code !== API.unknownMessage && code !== API.unknownChannel) throw err;
    }
    if (!ref.threadId) return;
    // The bot started the thread, so it may archive it.
    const by = removal.deletedBy ? ` by <@${removal.deletedBy}>` : '';
    await this.say(ref.threadId, `🗑️ **${removal.title}** was deleted${by}.`, { nonceKey: `${removal.key}:thread` });
    await this.rest.patch(Routes.channel(ref.threadId), { body: { archived: true } });
  }

  /** Where talk about the event goes: its thread, else the card's channel, else the event's channel. */
  static talkChannel(view: EventView): string | null {
    const ref = cardRefOf(view.card);
    return ref?.threadId ?? ref?.channelId ?? view.channelId;
  }

  /** Posts a line under the event, pinging exactly `mention`. Returns the message id. */
  async say(channelId: string, content: string, opts: { mention?: string[]; nonceKey?: string } = {}): Promise<string> {
    const message = (await this.rest.post(Routes.channelMessages(channelId), {
      body: {
        content: truncate(content, LIMITS.content),
        allowed_mentions: { parse: [], users: (opts.mention ?? []).slice(0, 100) },
        ...(opts.nonceKey ? { nonce: nonceFor(opts.nonceKey), enforce_nonce: true } : {}),
      },
    })) as APIMessage;
    return message.id;
  }
}
