import { z } from 'zod';
import { TenantPlatform, Via, type Tenant } from './tenant.ts';

/**
 * Who is asking, as the adapter saw them. The tenant (`platform`, `workspaceId`) says whose data
 * the request acts on; `via` says which door it came through (an HTTP request with a Slack
 * workspace's API key acts on that Slack workspace). When `via` is left out the request came
 * through the tenant's own door. The core trusts the adapter for identity and roles.
 */
export const ActorSchema = z
  .object({
    platform: TenantPlatform,
    workspaceId: z.string().min(1),
    via: Via.optional(),
    userId: z.string().min(1),
    displayName: z.string().optional(),
    roles: z.array(z.string()).default([]),
    /** The platform already says this person manages the workspace (Discord Manage Events / Manage Server, Slack admin, an API key). */
    platformManager: z.boolean().default(false),
    /** A zone the platform knows for this user (Slack profiles have one); the user's own setting wins. */
    timezone: z.string().nullable().default(null),
    locale: z.string().nullable().default(null),
  })
  .transform((a) => ({ ...a, via: a.via ?? a.platform }));

export type Actor = z.infer<typeof ActorSchema>;
export type ActorInput = z.input<typeof ActorSchema>;

/** Whose data an actor's request touches: authorization and tenancy use this, never `via`. */
export function tenantOf(actor: Pick<Actor, 'platform' | 'workspaceId'>): Tenant {
  return { platform: actor.platform, workspaceId: actor.workspaceId };
}
