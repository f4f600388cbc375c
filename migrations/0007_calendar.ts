import type { Kysely } from 'kysely';

// Calendar feeds. Portable types only: SQLite and Postgres.
export async function up(db: Kysely<any>): Promise<void> {
  // Feed URLs: only a SHA-256 of each token is kept; revoked rows stay so a reset never reissues them.
  await db.schema
    .createTable('feed_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('feed_tokens_user').on('feed_tokens').columns(['platform', 'workspace_id', 'user_id']).execute();
  // Secrets the server generates for itself when the operator sets none (the feed token key).
  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  // When a workspace last lost an event: a deletion leaves no row to date a feed's Last-Modified by.
  await db.schema
    .createTable('calendar_stamps')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_stamps_pk', ['platform', 'workspace_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_stamps').ifExists().execute();
  await db.schema.dropTable('server_secrets').ifExists().execute();
  await db.schema.dropTable('feed_tokens').ifExists().execute();
}
