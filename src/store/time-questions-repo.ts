import type { Tenant } from '../core/tenant.ts';
import type { Executor } from './events-repo.ts';
import { fromJson, toJson } from './json-text.ts';

export interface QuestionRow {
  id: string;
  userId: string;
  question: string;
  choices: unknown;
  answeredWith: number | null;
  expiresAt: number;
}

/** Time questions waiting for a pick; every query is scoped to one tenant. */
export const timeQuestionsRepo = {
  async insert(db: Executor, t: Tenant, q: Omit<QuestionRow, 'answeredWith'>, now: number): Promise<void> {
    await db
      .insertInto('time_questions')
      .values({
        id: q.id,
        platform: t.platform,
        workspace_id: t.workspaceId,
        user_id: q.userId,
        question: q.question,
        choices: toJson(q.choices),
        answered_with: null,
        created_at: now,
        expires_at: q.expiresAt,
      })
      .execute();
  },

  async get(db: Executor, t: Tenant, id: string): Promise<QuestionRow | null> {
    const row = await db
      .selectFrom('time_questions')
      .selectAll()
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      userId: row.user_id,
      question: row.question,
      choices: fromJson(row.choices),
      answeredWith: row.answered_with === null ? null : Number(row.answered_with),
      expiresAt: Number(row.expires_at),
    };
  },

  /** Takes candidate `index` unless another was taken first; true when it is (now) the one taken. */
  async take(db: Executor, t: Tenant, id: string, index: number): Promise<boolean> {
    const r = await db
      .updateTable('time_questions')
      .set({ answered_with: index })
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where('id', '=', id)
      .where((eb) => eb.or([eb('answered_with', 'is', null), eb('answered_with', '=', index)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  /** The pick did not go through (the core refused it): the question is open again. */
  async release(db: Executor, t: Tenant, id: string, index: number): Promise<void> {
    await db
      .updateTable('time_questions')
      .set({ answered_with: null })
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where('id', '=', id)
      .where('answered_with', '=', index)
      .execute();
  },

  async remove(db: Executor, t: Tenant, id: string): Promise<void> {
    await db.deleteFrom('time_questions').where('platform', '=', t.platform).where('workspace_id', '=', t.workspaceId).where('id', '=', id).execute();
  },

  async prune(db: Executor, before: number): Promise<void> {
    await db.deleteFrom('time_questions').where('expires_at', '<', before).execute();
  },
};
