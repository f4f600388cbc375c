import type { WebClient } from '@slack/web-api';
import type { EventView } from '../../core/view.ts';

/** Where a card lives: what we store through service.attachCard. */
interface SlackCard {
  channel: string;
  ts: string;
}

export function cardOf(e: EventView): SlackCard | null {
  const c = e.card as Partial<SlackCard> | null;
  return c && typeof c.channel === 'string' && typeof c.ts === 'string' ? { channel: c.channel, ts: c.ts } : null;
}

/** The bot's DM channel with a person (conversations.open), or null when Slack gives none. */
export async function openDm(client: WebClient, userId: string): Promise<string | null> {
  const open = await client.conversations.open({ users: userId });
  return open.channel?.id ?? null;
}

