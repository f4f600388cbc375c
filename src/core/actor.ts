import { z } from 'zod';
import { TenantPlatform, Via, type Tenant } from './tenant.ts';
import { canonicalLocale } from './locale.ts';
import { isValidZone, NUL_MESSAGE, PlatformId } from './values.ts';

/** An identity field: bounded, and never a NUL (Postgres would refuse to store it). */
const Identity = PlatformId.refine((s) => !s.includes('\u0000'), { message: NUL_MESSAGE });

/**
 * Who is asking, as the adapter saw them. The tenant (`platform`, `workspaceId`) says whose data
 * the request acts on; `via` says which door it came through (an HTTP request with a Slack
 * workspace's API key acts on that Slack workspace). When `via` is left out the request came
 * through the tenant's own door. The core trusts the adapter for identity and roles.
 */
export const ActorSchema = z
  .object({
    platform: TenantPlatform,
    workspaceId: Identity,
    via: Via.optional(),
    userId: Identity,
    // What the platform says about a person is taken as well as it can be, never refused.
    displayName: z
      .string()
      .transform((s) => s.replaceAll('\u0000', '').slice(0, 100))
      .optional(),
    roles: z.array(Identity).max(250).default([]),
    /** The platform already says this person manages the workspace (Discord Manage Events / Manage Server, Slack admin, an API key). */
    platformManager: z.boolean().default(false),
    /** A zone the platform knows for this user (Slack profiles have one); the user's own setting wins. */
    timezone: z
      .string()
      .nullable()
      .default(null)
      .transform((s) => (s === null || s.length > 64 || !isValidZone(s) ? null : s)),
    /** The platform's locale for this user; one Intl cannot use is dropped (renderers format with it). */
    locale: z
      .string()
      .nullable()
      .default(null)
      .transform((s) => (s === null || s.length > 35 ? null : canonicalLocale(s))),
  })
  .transform((a) => ({ ...a, via: a.via ?? a.platform }));

export type Actor = z.infer<typeof ActorSchema>;
export type ActorInput = z.input<typeof ActorSchema>;

/** Whose data an actor's request touches: authorization and tenancy use this, never `via`. */
export function tenantOf(actor: Pick<Actor, 'platform' | 'workspaceId'>): Tenant {
  return { platform: actor.platform, workspaceId: actor.workspaceId };
}
