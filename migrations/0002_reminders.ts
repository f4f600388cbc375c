import type { Kysely } from 'kysely';

// Portable types only (text, integer, bigint): the same migration runs on SQLite and Postgres.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reminders')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('parent_key', 'text')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('occurrence_start', 'bigint', (c) => c.notNull())
    .addColumn('occurrence_end', 'bigint', (c) => c.notNull())
    .addColumn('offset_iso', 'text')
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_owner', 'text')
    .addColumn('lease_expires_at', 'bigint')
    .addColumn('sent_at', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('previous_start', 'bigint')
    .addColumn('previous_end', 'bigint')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  // The loop: next due pending rows, and expired leases among claimed ones.
  await db.schema.createIndex('reminders_due').on('reminders').columns(['state', 'due_at']).execute();
  // Re-planning and withdrawing an event's reminders.
  await db.schema.createIndex('reminders_event').on('reminders').columns(['event_id', 'state']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reminders').ifExists().execute();
}
