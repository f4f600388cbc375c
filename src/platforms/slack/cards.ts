import type { WebClient } from '@slack/web-api';
import type { EventService } from '../../core/service.ts';
import type { EventView } from '../../core/view.ts';
import { tenantOf } from './actor.ts';
import { cardFallback, renderCard } from './render/card.ts';
import type { AdapterLog } from '../../observe/adapter-log.ts';

/** Where a card lives: what we store through service.attachCard. */
interface SlackCard {
  channel: string;
  ts: string;
}

export function cardOf(e: EventView): SlackCard | null {
  const c = e.card as Partial<SlackCard> | null;
  return c && typeof c.channel === 'string' && typeof c.ts === 'string' ? { channel: c.channel, ts: c.ts } : null;
}

/** Post the event's card in a channel and remember it, so clicks, edits and reminders find it. */
export async function postCard(client: WebClient, service: EventService, e: EventView, channel: string): Promise<SlackCard> {
  const res = await client.chat.postMessage({ channel, text: cardFallback(e), blocks: renderCard(e), unfurl_links: false });
  const card = { channel: res.channel ?? channel, ts: String(res.ts) };
  await service.attachCard(tenantOf(e.workspaceId), e.id, card);
  return card;
}

/** Redraw a posted card in place. Returns false when there is none or Slack refused. */
export async function refreshCard(client: WebClient, e: EventView, log: AdapterLog): Promise<boolean> {
  const card = cardOf(e);
  if (!card) return false;
  try {
    await client.chat.update({ channel: card.channel, ts: card.ts, text: cardFallback(e), blocks: renderCard(e) });
    return true;
  } catch (err) {
    log(`slack: could not update the card of ${e.id}: ${err instanceof Error ? err.message : String(err)}`, 'warn', err);
    return false;
  }
}

/** Remove a deleted event's card message, if it has one (a failure is logged, not thrown). */
export async function deleteCard(client: WebClient, stored: unknown, log: (m: string) => void): Promise<void> {
  const c = stored as Partial<SlackCard> | null;
  if (!c || typeof c.channel !== 'string' || typeof c.ts !== 'string') return;
  try {
    await client.chat.delete({ channel: c.channel, ts: c.ts });
  } catch (err) {
    log(`slack: deleting a card failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The bot's DM channel with a person (conversations.open), or null when Slack gives none. */
export async function openDm(client: WebClient, userId: string): Promise<string | null> {
  const open = await client.conversations.open({ users: userId });
  return open.channel?.id ?? null;
}

