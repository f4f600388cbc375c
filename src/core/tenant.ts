import { z } from 'zod';

/** Whose data: the chat workspaces Convene serves. The console playground is the tenant `console:local`. */
export const TenantPlatform = z.enum(['discord', 'slack', 'console']);
export type Platform = z.infer<typeof TenantPlatform>;

/** Which door a request came through; it only shapes the reply, never whose data it touches. */
export const Via = z.enum(['discord', 'slack', 'console', 'http']);
export type Via = z.infer<typeof Via>;

/** Every row belongs to one tenant; no query crosses tenants. */
export const TenantSchema = z.object({
  platform: TenantPlatform,
  workspaceId: z.string().min(1),
});
export type Tenant = z.infer<typeof TenantSchema>;

/** `discord:123`, `slack:T0ABC`, `console:local` (as operators type it) → a tenant, or null. */
export function parseTenant(text: string): Tenant | null {
  const at = text.indexOf(':');
  if (at <= 0) return null;
  const parsed = TenantSchema.safeParse({ platform: text.slice(0, at), workspaceId: text.slice(at + 1) });
  return parsed.success ? parsed.data : null;
}

export function tenantLabel(t: Tenant): string {
  return `${t.platform}:${t.workspaceId}`;
}
