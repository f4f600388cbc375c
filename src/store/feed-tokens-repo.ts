import type { Tenant } from '../core/tenant.ts';
import type { FeedScope } from '../core/feed-tokens.ts';
import type { Executor } from './events-repo.ts';

export interface FeedTokenRow extends Tenant {
  userId: string;
  scope: FeedScope;
  channelId: string | null;
  generation: number;
  createdAt: number;
}

export const feedTokensRepo = {
  /** The generation a person's live tokens have, and the highest one ever issued to them. */
  async generations(db: Executor, t: Tenant, userId: string): Promise<{ live: number | null; max: number }> {
    const rows = await db
      .selectFrom('feed_tokens')
      .select(['generation', 'revoked_at'])
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where('user_id', '=', userId)
      .execute();
    const live = rows.filter((r) => r.revoked_at === null).map((r) => r.generation);
    return { live: live.length ? Math.max(...live) : null, max: Math.max(0, ...rows.map((r) => r.generation)) };
  },

  async issue(db: Executor, hash: string, row: FeedTokenRow): Promise<void> {
    await db
      .insertInto('feed_tokens')
      .values({
        token_hash: hash,
        platform: row.platform,
        workspace_id: row.workspaceId,
        user_id: row.userId,
        scope: row.scope,
        channel_id: row.channelId,
        generation: row.generation,
        created_at: row.createdAt,
        revoked_at: null,
      })
      .onConflict((oc) => oc.column('token_hash').doNothing())
      .execute();
  },

  async revokeAll(db: Executor, t: Tenant, userId: string, now: number): Promise<void> {
    await db
      .updateTable('feed_tokens')
      .set({ revoked_at: now })
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  },

  /** The live token with this hash, or null (unknown or revoked). */
  async find(db: Executor, hash: string): Promise<FeedTokenRow | null> {
    const r = await db
      .selectFrom('feed_tokens')
      .selectAll()
      .where('token_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!r) return null;
    return {
      platform: r.platform as FeedTokenRow['platform'],
      workspaceId: r.workspace_id,
      userId: r.user_id,
      scope: r.scope as FeedScope,
      channelId: r.channel_id,
      generation: r.generation,
      createdAt: Number(r.created_at),
    };
  },
};
