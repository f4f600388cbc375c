/**
 * What Slack would read as a special token in the bot's mrkdwn: every `<…>` in message `text`
 * and in mrkdwn text objects. A test lists the tokens the bot meant (its date tokens, the user
 * and channel ids it mentions, its links); anything else is an injection.
 */

type Json = unknown;

/** Every string Slack parses as mrkdwn in a message, a response or a view. */
export function mrkdwnStrings(payload: Json): string[] {
  const out: string[] = [];
  const walk = (v: Json, parentIsMessage: boolean): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x, false);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, Json>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
    // A message's (or response's) top-level `text` is mrkdwn too.
    if (parentIsMessage && typeof o.text === 'string') out.push(o.text);
    for (const [k, x] of Object.entries(o)) if (k !== 'text' || typeof x !== 'string') walk(x, false);
  };
  walk(payload, true);
  return out;
}

export interface Intended {
  userIds?: string[];
  channelIds?: string[];
  /** URLs the bot links to (the event's valid join URL, its own links). */
  urls?: string[];
}

/** Tokens in the payload's mrkdwn that the bot did not intend (empty when all is well). */
export function unintendedTokens(payload: Json, intended: Intended = {}): string[] {
  const bad: string[] = [];
  for (const s of mrkdwnStrings(payload)) {
    // An unclosed `<!`, `<@`, `<#` is as bad: Slack may close it with a later `>`.
    for (const m of s.matchAll(/<([^<>]*)(>|$)/g)) {
      const inner = m[1]!;
      if (/^!date\^\d+\^[^|]*\|[^|]*$/.test(inner)) continue;
      if (inner.startsWith('@') && intended.userIds?.includes(inner.slice(1))) continue;
      if (inner.startsWith('#') && intended.channelIds?.includes(inner.slice(1))) continue;
      const url = inner.split('|')[0]!.replace(/&amp;/g, '&');
      if (/^https?:\/\//.test(inner) && intended.urls?.includes(url) && !/[\s<>]/.test(url)) continue;
      bad.push(m[0]);
    }
  }
  return bad;
}
