import type { Kysely } from 'kysely';

// The Discord Scheduled Events mirror: a workspace switch (off by default) and, per mirrored
// event, the scheduled event that shows it. Rows outlive their event until the mirror is removed.
// Mirror syncs are scheduler rows about a whole workspace (event_id ''): 0010 already freed
// reminders.event_id from referencing events.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workspace_settings').addColumn('mirror_events', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('event_mirrors')
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('remote_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_mirrors_workspace').on('event_mirrors').columns(['platform', 'workspace_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('event_mirrors').ifExists().execute();
  await db.schema.alterTable('workspace_settings').dropColumn('mirror_events').execute();
}
