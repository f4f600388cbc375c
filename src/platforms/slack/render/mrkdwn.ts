/**
 * The one escaping seam for Slack: every piece of user text that goes into a mrkdwn field
 * (message `text`, section and context text, ephemeral replies, notices, App Home) passes
 * `esc`, and every link is built by `link` from a URL `safeUrl` accepted. Nothing else in the
 * Slack adapter writes `<…>` from user data.
 */

/** Escape the three characters mrkdwn treats as control characters (Slack's own rule). */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Undo Slack's escaping of incoming text: slash-command text and message text arrive with
 * `&`, `<`, `>` as `&amp;`, `&lt;`, `&gt;`. In one pass, so "&amp;lt;" becomes "&lt;", not "<".
 */
export function unescapeSlack(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === 'lt' ? '<' : name === 'gt' ? '>' : '&'));
}

/**
 * Links in escaped slash-command text (`<https://x.test|x.test>`, `<mailto:a@b.c|a@b.c>`) back to
 * what the person typed; mentions (`<@U1|ann>`, `<#C1|general>`, `<!subteam^S1|@team>`) stay, so
 * their ids can be read.
 */
export function typedLinks(text: string): string {
  return text.replace(/<((?:https?|mailto):[^|>\s]*)(?:\|([^>]*))?>/g, (_, url: string, label: string | undefined) =>
    url.startsWith('mailto:') ? (label ?? url.slice(7)) : url,
  );
}

/**
 * A URL fit for a Slack link or a button: http(s) only, parseable, and free of the characters
 * that would end or split `<url|label>` (`<`, `>`, `|`) or that Slack cuts links at (whitespace).
 * Returns the URL as given, or null.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url || url.length > 3000) return null;
  if (/[<>|\s"]/.test(url)) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** `<url|label>` for a safe URL (label escaped); otherwise the label (or URL) as escaped text. */
export function link(url: string, label?: string): string {
  const safe = safeUrl(url);
  if (!safe) return esc(label ?? url);
  // Inside a link only `&`, `<`, `>` need escaping; `|` in a label is literal after the first one.
  return label === undefined ? `<${safe.replace(/&/g, '&amp;')}>` : `<${safe.replace(/&/g, '&amp;')}|${esc(label)}>`;
}

/** A user mention, only for a real Slack user id; anything else is shown as escaped text. */
export function mentionUser(id: string): string {
  return userMention(id) ?? esc(id);
}

/** A user mention for a real Slack user id, or null (a card counts who it cannot name, never writes `<!everyone>`). */
export function userMention(id: string): string | null {
  return /^[UW][A-Z0-9]+$/.test(id) ? `<@${id}>` : null;
}

/** The user groups an event pings, as Slack's mentions (`<!subteam^S1>`), only for real group ids. */
export function groupPings(ids: string[]): string {
  return ids.filter((id) => /^S[A-Z0-9]+$/.test(id)).map((id) => `<!subteam^${id}>`).join(' ');
}

/** A channel link, only for a real Slack conversation id. */
export function mentionChannel(id: string): string {
  return /^[CGD][A-Z0-9]+$/.test(id) ? `<#${id}>` : esc(id);
}
