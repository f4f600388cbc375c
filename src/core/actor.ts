import { z } from 'zod';

export const PlatformName = z.enum(['discord', 'slack', 'console', 'http']);

/** Who is asking, as the adapter saw them. The core trusts the platform for identity and roles. */
export const ActorSchema = z.object({
  platform: PlatformName,
  workspaceId: z.string().min(1),
  userId: z.string().min(1),
  displayName: z.string().optional(),
  roles: z.array(z.string()).default([]),
  /** The platform already says this person manages the workspace (Discord Manage Events / Manage Server, Slack admin). */
  platformManager: z.boolean().default(false),
  /** A zone the platform knows for this user (Slack profiles have one); the user's own setting wins. */
  timezone: z.string().nullable().default(null),
  locale: z.string().nullable().default(null),
});

export type Actor = z.infer<typeof ActorSchema>;
export type ActorInput = z.input<typeof ActorSchema>;
