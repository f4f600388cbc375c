import type { Tenant } from '../core/event.ts';
import type { Executor } from './events-repo.ts';
import { fromJson, toJson } from './json-text.ts';

/** Whose key: a key means one request of one person in one workspace. */
export interface KeyScope extends Tenant {
  userId: string;
}

export const idempotencyRepo = {
  async find(db: Executor, s: KeyScope, key: string): Promise<{ command: string; result: unknown } | null> {
    const row = await db
      .selectFrom('idempotency_keys')
      .select(['command', 'result'])
      .where('platform', '=', s.platform)
      .where('workspace_id', '=', s.workspaceId)
      .where('user_id', '=', s.userId)
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? { command: row.command, result: fromJson(row.result) } : null;
  },

  async save(db: Executor, s: KeyScope, key: string, command: string, result: unknown, now: number): Promise<void> {
    await db
      .insertInto('idempotency_keys')
      .values({
        platform: s.platform,
        workspace_id: s.workspaceId,
        user_id: s.userId,
        key,
        command,
        result: toJson(result),
        created_at: now,
      })
      .execute();
  },

  /** Platforms retry within minutes; keys older than this are only clutter. */
  async prune(db: Executor, olderThan: number): Promise<void> {
    await db.deleteFrom('idempotency_keys').where('created_at', '<', olderThan).execute();
  },
};
