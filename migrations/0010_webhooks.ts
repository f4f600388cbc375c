import { sql, type Kysely } from 'kysely';

/*
 * Webhooks, and notices that outlive their event.
 *
 * - `webhooks` (empty until now: nothing wrote it) becomes a list of endpoints per workspace, each
 *   with its own id, secret and chosen event types.
 * - `reminders.payload` holds what a notice must carry by itself: a webhook's signed body, a
 *   deleted event's card location.
 * - `reminders.event_id` no longer cascades from `events`: an `event.deleted` webhook and the
 *   removal of a deleted event's card are queued as the event row goes, and must stay queued.
 *   The core withdraws an event's other rows itself when it deletes the event.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('webhooks').ifExists().execute();
  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhooks_tenant').on('webhooks').columns(['platform', 'workspace_id']).execute();

  if (db.getExecutor().adapter.supportsTransactionalDdl) {
    // Postgres: the migration runs in a transaction already.
    await sql`alter table reminders drop constraint if exists reminders_event_id_fkey`.execute(db);
    await db.schema.alterTable('reminders').addColumn('payload', 'text').execute();
    return;
  }
  // SQLite cannot drop a constraint: the table is rebuilt, in one transaction.
  await db.transaction().execute(async (trx) => {
    await sql`create table reminders_new (
      key text primary key, parent_key text, platform text not null, workspace_id text not null,
      event_id text not null, kind text not null, occurrence text not null,
      occurrence_start bigint not null, occurrence_end bigint not null, offset_iso text,
      target text not null, user_id text, due_at bigint not null,
      state text not null default 'pending', attempts integer not null default 0,
      lease_owner text, lease_expires_at bigint, sent_at bigint, last_error text,
      previous_start bigint, previous_end bigint, reason text, created_at bigint not null,
      payload text)`.execute(trx);
    await sql`insert into reminders_new (key, parent_key, platform, workspace_id, event_id, kind, occurrence,
      occurrence_start, occurrence_end, offset_iso, target, user_id, due_at, state, attempts, lease_owner,
      lease_expires_at, sent_at, last_error, previous_start, previous_end, reason, created_at)
      select key, parent_key, platform, workspace_id, event_id, kind, occurrence, occurrence_start,
      occurrence_end, offset_iso, target, user_id, due_at, state, attempts, lease_owner, lease_expires_at,
      sent_at, last_error, previous_start, previous_end, reason, created_at from reminders`.execute(trx);
    await sql`drop table reminders`.execute(trx);
    await sql`alter table reminders_new rename to reminders`.execute(trx);
    await trx.schema.createIndex('reminders_due').on('reminders').columns(['state', 'due_at']).execute();
    await trx.schema.createIndex('reminders_event').on('reminders').columns(['event_id', 'state']).execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('reminders').where('event_id', 'not in', db.selectFrom('events').select('id')).execute();
  await db.schema.alterTable('reminders').dropColumn('payload').execute();
  await db.schema.dropTable('webhooks').ifExists().execute();
  await db.schema
    .createTable('webhooks')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhooks_pk', ['platform', 'workspace_id'])
    .execute();
}
