import type { WebClient } from '@slack/web-api';
import type { ActorInput } from '../../core/actor.ts';
import type { Clock } from '../../core/clock.ts';
import type { Tenant } from '../../core/event.ts';

/** What users.info tells us about a person that the core cares about. */
interface Profile {
  timezone: string | null;
  locale: string | null;
  manager: boolean;
  name: string | null;
}

const TTL_MS = 60 * 60_000;
const FAILED_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 50_000;

/**
 * users.info per (workspace, user), cached for an hour so a click costs no extra round trip.
 * A failed lookup is remembered briefly as "unknown", never retried on every request.
 */
export class ProfileCache {
  readonly #entries = new Map<string, { profile: Profile; until: number }>();
  readonly #pending = new Map<string, Promise<Profile>>();

  constructor(private readonly clock: Clock) {}

  async get(client: WebClient, workspaceId: string, userId: string): Promise<Profile> {
    const key = `${workspaceId}:${userId}`;
    const now = this.clock.now().getTime();
    const hit = this.#entries.get(key);
    if (hit && hit.until > now) return hit.profile;
    const pending = this.#pending.get(key);
    if (pending) return pending;
    const lookup = (async () => {
      try {
        const res = await client.users.info({ user: userId, include_locale: true });
        const u = res.user;
        const profile: Profile = {
          timezone: u?.tz ?? null,
          locale: u?.locale ? u.locale.split('-')[0]! : null,
          manager: Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner),
          name: u?.profile?.display_name || u?.real_name || u?.name || null,
        };
        this.#set(key, profile, now + TTL_MS);
        return profile;
      } catch {
        const profile: Profile = { timezone: null, locale: null, manager: false, name: null };
        this.#set(key, profile, now + FAILED_TTL_MS);
        return profile;
      } finally {
        this.#pending.delete(key);
      }
    })();
    this.#pending.set(key, lookup);
    return lookup;
  }

  #set(key: string, profile: Profile, until: number): void {
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { profile, until });
  }
}

// biome-ignore lint: Slack bodies are loosely typed JSON
type AnyBody = Record<string, any>;

/**
 * The workspace a payload belongs to: the team the user acted in, or the enterprise for an
 * org-wide install that names no team. Every tenant key uses this.
 */
export function workspaceOf(body: AnyBody): string {
  const team =
    body.team?.id ??
    body.team_id ??
    body.user?.team_id ??
    body.view?.team_id ??
    body.authorizations?.[0]?.team_id ??
    body.enterprise?.id ??
    body.enterprise_id ??
    body.authorizations?.[0]?.enterprise_id;
  if (!team) throw new Error('Slack payload names no team');
  return String(team);
}

function userOf(body: AnyBody): string {
  const user = body.user_id ?? body.user?.id ?? body.event?.user ?? body.user;
  if (!user || typeof user !== 'string') throw new Error('Slack payload names no user');
  return user;
}

export function tenantOf(workspaceId: string): Tenant {
  return { platform: 'slack', workspaceId };
}

/** The Actor for a payload: identity from Slack, zone and admin flag from the cached profile. */
export async function actorFor(profiles: ProfileCache, client: WebClient, body: AnyBody): Promise<ActorInput> {
  const workspaceId = workspaceOf(body);
  const userId = userOf(body);
  const p = await profiles.get(client, workspaceId, userId);
  return {
    platform: 'slack',
    workspaceId,
    userId,
    via: 'slack',
    displayName: p.name ?? undefined,
    roles: [],
    platformManager: p.manager,
    timezone: p.timezone,
    locale: p.locale,
  };
}
