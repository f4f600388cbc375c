import { ErrorCode, type WebAPIPlatformError, type WebClient } from '@slack/web-api';

const PAGE = 1000;
const MAX_PAGES = 20;

/**
 * Why `userId` may not have the bot post in `channel`, or null when they may: they have to be
 * a member of it (conversations.members), so nobody places a card in a channel they are not in.
 */
export async function channelRefusal(client: WebClient, channel: string, userId: string): Promise<string | null> {
  try {
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await client.conversations.members({ channel, limit: PAGE, ...(cursor ? { cursor } : {}) });
      if (res.members?.includes(userId)) return null;
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return `You're not in <#${channel}>. Join it first, or pick a channel you're in.`;
  } catch (err) {
    const code = (err as WebAPIPlatformError).code === ErrorCode.PlatformError ? (err as WebAPIPlatformError).data?.error : undefined;
    if (code === 'channel_not_found') return `I can't see <#${channel}>. If it's private, invite me there with /invite @Convene, or pick another channel.`;
    if (code === 'missing_scope') return `I can't check who is in <#${channel}>: ask an admin to reinstall Convene (it needs channels:read and groups:read). Meanwhile, create the event from the channel itself.`;
    throw err;
  }
}
