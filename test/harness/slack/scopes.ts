/**
 * Which OAuth scope each Web API method needs (from each method's page in Slack's Web API
 * reference), and the scopes a bot token has. By default the fake installs the app with the
 * scopes of the committed `slack/manifest.json`, so a call the manifest does not cover fails
 * here as it would in a real workspace.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Methods that need no scope (or only a token; apps.connections.open checks its token type itself). */
const NO_SCOPE = new Set(['api.test', 'auth.test', 'apps.connections.open', 'views.open', 'views.push', 'views.update', 'views.publish', 'chat.getPermalink']);

type ChannelKind = 'public' | 'private' | 'im' | 'mpim';

/** Scope per method; conversations.* depend on the kind of conversation. */
const BY_KIND: Record<string, Record<ChannelKind, string>> = {
  'conversations.history': { public: 'channels:history', private: 'groups:history', im: 'im:history', mpim: 'mpim:history' },
  'conversations.replies': { public: 'channels:history', private: 'groups:history', im: 'im:history', mpim: 'mpim:history' },
  'conversations.members': { public: 'channels:read', private: 'groups:read', im: 'im:read', mpim: 'mpim:read' },
  'conversations.info': { public: 'channels:read', private: 'groups:read', im: 'im:read', mpim: 'mpim:read' },
};

const FIXED: Record<string, string> = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.delete': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'conversations.open': 'im:write',
  'users.info': 'users:read',
  'usergroups.users.list': 'usergroups:read',
  'usergroups.list': 'usergroups:read',
  'team.info': 'team:read',
};

/** The scope `method` needs on a conversation of this kind, or null when none is needed. */
export function scopeFor(method: string, kind: ChannelKind = 'public'): string | null {
  if (NO_SCOPE.has(method)) return null;
  return BY_KIND[method]?.[kind] ?? FIXED[method] ?? null;
}

/** Every scope a method may need (for comparing recorded calls with a manifest). */
export function scopesFor(method: string): string[] {
  if (NO_SCOPE.has(method)) return [];
  const byKind = BY_KIND[method];
  if (byKind) return [...new Set(Object.values(byKind))];
  return FIXED[method] ? [FIXED[method]!] : [];
}

export function isKnownMethod(method: string): boolean {
  return NO_SCOPE.has(method) || method in BY_KIND || method in FIXED;
}

const MANIFEST = fileURLToPath(new URL('../../../slack/manifest.json', import.meta.url));

/** The bot scopes of the committed manifest (what "Create app from manifest" installs). */
export function manifestBotScopes(path = MANIFEST): string[] {
  const m = JSON.parse(readFileSync(path, 'utf8')) as { oauth_config?: { scopes?: { bot?: string[] } } };
  return m.oauth_config?.scopes?.bot ?? [];
}
