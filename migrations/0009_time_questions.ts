import type { Kysely } from 'kysely';

// A time question waiting for its asker's pick (Discord and Slack buttons): the candidate commands,
// who may answer, until when, and which candidate was taken (so a double click acts once).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('time_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('choices', 'text', (c) => c.notNull())
    .addColumn('answered_with', 'integer')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('time_questions_expiry').on('time_questions').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('time_questions').ifExists().execute();
}
