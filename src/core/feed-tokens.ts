import { createHash, createHmac } from 'node:crypto';
import { z } from 'zod';
import type { Tenant } from './tenant.ts';

export const FeedScope = z.enum(['workspace', 'channel', 'mine']);
export type FeedScope = z.infer<typeof FeedScope>;

export interface FeedKey {
  tenant: Tenant;
  userId: string;
  scope: FeedScope;
  channelId: string | null;
  /** Bumped by a reset: the same person gets new, unrelated tokens. */
  generation: number;
}

/**
 * A feed URL's token: derived with a server secret, so `/event feed` can hand a person the same
 * URLs again while the store keeps only a hash of each (a database copy yields no working URL).
 * 192 bits, URL-safe.
 */
export function feedToken(secret: string, k: FeedKey): string {
  const what = JSON.stringify(['feed', k.tenant.platform, k.tenant.workspaceId, k.userId, k.scope, k.channelId ?? '', k.generation]);
  return createHmac('sha256', secret).update(what).digest('base64url').slice(0, 32);
}

export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
