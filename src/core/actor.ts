import { z } from 'zod';
import { canonicalLocale, isValidZone, NUL_MESSAGE, PlatformId } from './values.ts';

export const PlatformName = z.enum(['discord', 'slack', 'console', 'http']);

/** An identity field: bounded, and never a NUL (Postgres would refuse to store it). */
const Identity = PlatformId.refine((s) => !s.includes('\u0000'), { message: NUL_MESSAGE });

/** Who is asking, as the adapter saw them. The core trusts the platform for identity and roles. */
export const ActorSchema = z.object({
  platform: PlatformName,
  workspaceId: Identity,
  userId: Identity,
  // What the platform says about a person is taken as well as it can be, never refused.
  displayName: z
    .string()
    .transform((s) => s.replaceAll('\u0000', '').slice(0, 100))
    .optional(),
  roles: z.array(Identity).max(250).default([]),
  /** The platform already says this person manages the workspace (Discord Manage Events / Manage Server, Slack admin). */
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
});

export type Actor = z.infer<typeof ActorSchema>;
export type ActorInput = z.input<typeof ActorSchema>;
