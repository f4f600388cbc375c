import type { Kysely } from 'kysely';

// Slack OAuth installs (multi-workspace distribution). Portable types only: SQLite and Postgres.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('slack_installations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text')
    .addColumn('enterprise_id', 'text')
    .addColumn('is_enterprise_install', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('app_id', 'text')
    .addColumn('bot_token', 'text')
    .addColumn('bot_id', 'text')
    .addColumn('bot_user_id', 'text')
    .addColumn('installation', 'text', (c) => c.notNull())
    .addColumn('installed_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('slack_installations_team').on('slack_installations').column('team_id').execute();
  await db.schema.createIndex('slack_installations_enterprise').on('slack_installations').column('enterprise_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('slack_installations').ifExists().execute();
}
