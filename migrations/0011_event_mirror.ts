import { sql, SqliteAdapter, type Kysely } from 'kysely';

// The Discord Scheduled Events mirror: a workspace switch (off by default) and, per mirrored
// event, the scheduled event that shows it. Rows outlive their event until the mirror is removed.
// Mirror syncs are scheduler rows about a whole workspace (event_id ''), so reminders.event_id no
// longer references events: an event's rows are withdrawn by the lifecycle's 'deleted' change
// (remindersRepo.deleteForEvent, in the deleting transaction), as they already were.
const REMINDER_COLUMNS = [
  'key', 'parent_key', 'platform', 'workspace_id', 'event_id', 'kind', 'occurrence', 'occurrence_start', 'occurrence_end',
  'offset_iso', 'target', 'user_id', 'due_at', 'state', 'attempts', 'lease_owner', 'lease_expires_at', 'sent_at',
  'last_error', 'previous_start', 'previous_end', 'reason', 'created_at',
];

async function dropReminderEventReference(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    await sql`alter table reminders drop constraint if exists reminders_event_id_fkey`.execute(db);
    return;
  }
  // SQLite cannot drop a constraint: the table is rebuilt without it, rows and indexes kept.
  await db.schema
    .createTable('reminders_next')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('parent_key', 'text')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
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
  const cols = sql.join(REMINDER_COLUMNS.map((c) => sql.ref(c)));
  await sql`insert into reminders_next (${cols}) select ${cols} from reminders`.execute(db);
  await db.schema.dropTable('reminders').execute();
  await db.schema.alterTable('reminders_next').renameTo('reminders').execute();
  await db.schema.createIndex('reminders_due').on('reminders').columns(['state', 'due_at']).execute();
  await db.schema.createIndex('reminders_event').on('reminders').columns(['event_id', 'state']).execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await dropReminderEventReference(db);
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
