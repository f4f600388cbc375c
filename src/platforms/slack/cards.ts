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

