import type { Kysely } from 'kysely';

// Slack Enterprise Grid: which organization a workspace belongs to, so an org-wide install's token
// reaches events stored under the workspace (team) id. Portable types only: SQLite and Postgres.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('slack_team_enterprises')
    .addColumn('team_id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('slack_team_enterprises').ifExists().execute();
}
