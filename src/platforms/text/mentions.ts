/**
 * People, roles and channels named in typed text, in each platform's own mention syntax:
 * Discord `<@123>` `<@!123>` `<@&123>` `<#123>`; Slack (escaped) `<@U1|ann>` `<!subteam^S1|@team>`
 * `<#C1|general>`; the console's plain `@ann`, `@&mods`, `#general`.
 */
export type Mention = { kind: 'user' | 'role' | 'channel'; id: string };

/** Whether bare names (`@ann`) are ids: true in the console, false where a mention carries its id. */
export interface MentionStyle {
  plainNames: boolean;
}

const PATTERNS: [RegExp, Mention['kind']][] = [
  [/^<@&(\d+)>$/, 'role'],
  [/^<@!?([A-Z0-9]+)(?:\|[^>]*)?>$/i, 'user'],
  [/^<!subteam\^([A-Z0-9]+)(?:\|[^>]*)?>$/i, 'role'],
  [/^<#([A-Z0-9]+)(?:\|[^>]*)?>$/i, 'channel'],
];

const PLAIN: [RegExp, Mention['kind']][] = [
  [/^@&([\w.-]{1,80})$/, 'role'],
  [/^@([\w.-]{1,80})$/, 'user'],
  [/^#([\w.-]{1,80})$/, 'channel'],
];

/** One token ("<@123>," or "@ann") as a mention, or null when it is not one in this style. */
export function mentionOf(token: string, style: MentionStyle): Mention | null {
  const t = token.replace(/[,;]+$/, '');
  for (const [re, kind] of PATTERNS) {
    const m = re.exec(t);
    if (m) return { kind, id: m[1]! };
  }
  if (!style.plainNames) return null;
  for (const [re, kind] of PLAIN) {
    const m = re.exec(t);
    if (m) return { kind, id: m[1]! };
  }
  return null;
}

/** Whether a token looks like a mention at all (in any style), to tell a bad one from a word. */
export function looksLikeMention(token: string): boolean {
  return /^(<[@#!][^>]*>|[@#][\w&.-]+)[,;]*$/.test(token);
}
