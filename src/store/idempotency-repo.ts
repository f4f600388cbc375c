import type { Tenant } from '../core/event.ts';
import type { Executor } from './events-repo.ts';

export const idempotencyRepo = {
  async find(db: Executor, t: Tenant, key: string): Promise<{ command: string; result: unknown } | null> {
    const row = await db
      .selectFrom('idempotency_keys')
      .select(['command', 'result'])
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? { command: row.command, result: JSON.parse(row.result) as unknown } : null;
  },

  async save(db: Executor, t: Tenant, key: string, command: string, result: unknown, now: number): Promise<void> {
    await db
      .insertInto('idempotency_keys')
      .values({ platform: t.platform, workspace_id: t.workspaceId, key, command, result: JSON.stringify(result), created_at: now })
      .execute();
  },

  /** Platforms retry within minutes; keys older than this are only clutter. */
  async prune(db: Executor, olderThan: number): Promise<void> {
    await db.deleteFrom('idempotency_keys').where('created_at', '<', olderThan).execute();
  },
};
