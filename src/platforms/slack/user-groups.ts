import { ErrorCode, WebClient, type WebAPIPlatformError, type WebClientOptions } from '@slack/web-api';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../../core/clock.ts';
import type { RoleNamer } from '../../core/restriction.ts';
import { esc } from './render/mrkdwn.ts';

/** Whom a user group holds, as far as this process knows: a short while, then asked again. */
const MEMBERS_TTL_MS = 5 * 60_000;
/** Group names change rarely; the handles on cards may lag this long (or until subteam_updated). */
const DIRECTORY_TTL_MS = 15 * 60_000;
/** How long a failed usergroups.list is not asked again. */
const DIRECTORY_RETRY_MS = 60_000;
const MAX_GROUPS = 5_000;
const MAX_WORKSPACES = 1_000;
/** A click waits at most this long for Slack before the person is told to try again. */
const LOOKUP_TIMEOUT_MS = 5_000;

export interface UserGroup {
  id: string;
  handle: string;
  name: string;
}

/** A directory Slack would not give (missing scope, outage): groups are then named by nobody. */
const UNKNOWN: ReadonlyMap<string, UserGroup> = new Map();

/** Which of the asked groups a person is in, or why Slack could not say (a sentence for them). */
export type Membership = { ok: true; groups: string[] } | { ok: false; problem: string };

/** Slack's answer for a group it does not have (deleted, disabled) or a plan without groups: nobody is in it. */
const NO_GROUP = new Set(['no_such_subteam', 'plan_upgrade_required']);

const MISSING_SCOPE =
  "I can't check Slack user groups yet: Convene needs the usergroups:read permission, added after this workspace installed it. Ask a workspace admin to reinstall the app.";

function errorCode(err: unknown): string | undefined {
  const e = err as WebAPIPlatformError;
  return e.code === ErrorCode.PlatformError ? e.data?.error : undefined;
}

function problemFor(err: unknown): string {
  if ((err as { code?: unknown }).code === ErrorCode.RateLimitedError) {
    return 'Slack asked me to slow down, so I could not check your user groups just now. Try again in a minute.';
  }
  const code = errorCode(err);
  if (code === 'missing_scope') return MISSING_SCOPE;
  return `I could not check your Slack user groups just now${code ? ` (Slack said ${code})` : ''}. Try again in a moment.`;
}

/**
 * Slack user groups for RSVPs to events open to groups: who is in a group (usergroups.users.list)
 * and what groups are called (usergroups.list), per workspace, cached briefly and bounded.
 * Lookups use their own client that never waits out a rate limit: a click gets an answer at once.
 * subteam_members_changed / subteam_updated (Events API) drop what they make stale.
 */
export class UserGroups {
  readonly #members: LRUCache<string, ReadonlySet<string>, WebClient>;
  readonly #directory: LRUCache<string, ReadonlyMap<string, UserGroup>, WebClient>;
  readonly #clients = new LRUCache<string, WebClient>({ max: MAX_WORKSPACES });

  constructor(
    clock: Clock,
    private readonly clientOptions: WebClientOptions = {},
    limits: { maxGroups?: number } = {},
  ) {
    const perf = { now: () => clock.now().getTime() };
    this.#members = new LRUCache({
      max: limits.maxGroups ?? MAX_GROUPS,
      ttl: MEMBERS_TTL_MS,
      ttlResolution: 0,
      perf,
      fetchMethod: async (key, _stale, { context }) => this.#fetchMembers(context, key.slice(key.indexOf(':') + 1)),
    });
    this.#directory = new LRUCache({
      max: MAX_WORKSPACES,
      ttl: DIRECTORY_TTL_MS,
      ttlResolution: 0,
      perf,
      fetchMethod: async (_team, _stale, { context, options }) => {
        try {
          return await this.#fetchDirectory(context);
        } catch {
          // Remembered briefly as unknown: an install without usergroups:read must not cost a failing call per card.
          options.ttl = DIRECTORY_RETRY_MS;
          return UNKNOWN;
        }
      },
    });
  }

  /** Which of `groups` the person is in (asked of Slack per group, each answer cached). */
  async memberOf(client: WebClient, team: string, user: string, groups: string[]): Promise<Membership> {
    try {
      const quick = this.#quick(client);
      const sets = await Promise.all(groups.map((g) => this.#members.fetch(`${team}:${g}`, { context: quick })));
      return { ok: true, groups: groups.filter((_, i) => sets[i]?.has(user)) };
    } catch (err) {
      return { ok: false, problem: problemFor(err) };
    }
  }

  /** The workspace's groups by id, or null when Slack cannot say now (cards then name no group). */
  async directory(client: WebClient, team: string): Promise<ReadonlyMap<string, UserGroup> | null> {
    const dir = await this.#directory.fetch(team, { context: this.#quick(client) });
    return dir === undefined || dir === UNKNOWN ? null : dir;
  }

  /** How a card or refusal names a group: its handle (`@designers`, never a mention: that would notify the group), as mrkdwn. */
  async namer(client: WebClient, team: string, ids: string[]): Promise<RoleNamer> {
    const label = await this.labeler(client, team, ids);
    return (id) => {
      const l = label(id);
      return l === null ? null : esc(l);
    };
  }

  /** A group's handle as plain text (`@designers`, for a form's options), or null when Slack cannot say. */
  async labeler(client: WebClient, team: string, ids: string[]): Promise<(id: string) => string | null> {
    if (ids.length === 0) return () => null;
    const dir = await this.directory(client, team);
    return (id) => {
      const g = dir?.get(id);
      return g ? `@${g.handle}` : null;
    };
  }

  /** The namer for an event's card: it asks Slack only for an invite-only event open to groups. */
  async cardNamer(client: WebClient, e: { workspaceId: string; visibility: string; invitees: { roles: string[] } }): Promise<RoleNamer> {
    return this.namer(client, e.workspaceId, e.visibility === 'invite_only' ? e.invitees.roles : []);
  }

  /** A group's members changed (subteam_members_changed). */
  forgetMembers(team: string, group: string): void {
    this.#members.delete(`${team}:${group}`);
  }

  /** A group changed: name, handle, members, or it was disabled (subteam_updated). */
  forgetGroup(team: string, group: string): void {
    this.forgetMembers(team, group);
    this.#directory.delete(team);
  }

  /** The same token and API address as the listener's client, without retries or waiting out a 429. */
  #quick(client: WebClient): WebClient {
    const token = client.token ?? '';
    let quick = this.#clients.get(token);
    if (!quick) {
      quick = new WebClient(token, {
        ...this.clientOptions,
        slackApiUrl: client.slackApiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: LOOKUP_TIMEOUT_MS,
      });
      this.#clients.set(token, quick);
    }
    return quick;
  }

  async #fetchMembers(client: WebClient, group: string): Promise<ReadonlySet<string>> {
    try {
      const res = await client.usergroups.users.list({ usergroup: group });
      return new Set(res.users ?? []);
    } catch (err) {
      const code = errorCode(err);
      if (code && NO_GROUP.has(code)) return new Set();
      throw err;
    }
  }

  async #fetchDirectory(client: WebClient): Promise<ReadonlyMap<string, UserGroup>> {
    try {
      const res = await client.usergroups.list({});
      const out = new Map<string, UserGroup>();
      for (const g of res.usergroups ?? []) {
        if (g.id && g.handle) out.set(g.id, { id: g.id, handle: g.handle, name: g.name ?? g.handle });
      }
      return out;
    } catch (err) {
      if (errorCode(err) === 'plan_upgrade_required') return new Map();
      throw err;
    }
  }
}
