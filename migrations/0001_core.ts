import type { Kysely } from 'kysely';

// Portable types only (text, integer, bigint): the same migration runs on SQLite and Postgres.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workspace_settings')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text')
    .addColumn('locale', 'text')
    .addColumn('reminder_offsets', 'text')
    .addColumn('manager_user_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('manager_role_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('workspace_settings_pk', ['platform', 'workspace_id'])
    .execute();

  await db.schema
    .createTable('user_settings')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text')
    .addColumn('locale', 'text')
    .addColumn('reminder_dms', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_settings_pk', ['platform', 'workspace_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('location', 'text')
    .addColumn('join_url', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_at', 'bigint', (c) => c.notNull())
    .addColumn('end_at', 'bigint', (c) => c.notNull())
    .addColumn('last_end_at', 'bigint')
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('all_day', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('recurrence', 'text')
    .addColumn('capacity', 'integer')
    .addColumn('rsvp_deadline', 'bigint')
    .addColumn('approval_required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('invitees', 'text', (c) => c.notNull())
    .addColumn('creator_id', 'text', (c) => c.notNull())
    .addColumn('host_ids', 'text', (c) => c.notNull())
    .addColumn('reminder_offsets', 'text', (c) => c.notNull())
    .addColumn('reminder_audience', 'text', (c) => c.notNull())
    .addColumn('remind_maybe', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('publish_at', 'bigint')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cancel_reason', 'text')
    .addColumn('card', 'text')
    .addColumn('rsvp_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  // Upcoming in a channel / in a workspace, ordered by start.
  await db.schema
    .createIndex('events_channel_upcoming')
    .on('events')
    .columns(['platform', 'workspace_id', 'channel_id', 'start_at'])
    .execute();
  await db.schema
    .createIndex('events_workspace_upcoming')
    .on('events')
    .columns(['platform', 'workspace_id', 'start_at'])
    .execute();
  // Drafts the scheduler publishes.
  await db.schema.createIndex('events_publish').on('events').columns(['status', 'publish_at']).execute();

  await db.schema
    .createTable('event_hosts')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_hosts_pk', ['event_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('event_hosts_by_user')
    .on('event_hosts')
    .columns(['platform', 'workspace_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('rsvps')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('rsvps_pk', ['event_id', 'occurrence', 'user_id'])
    .execute();
  await db.schema
    .createIndex('rsvps_by_status')
    .on('rsvps')
    .columns(['event_id', 'occurrence', 'status', 'seq'])
    .execute();
  await db.schema
    .createIndex('rsvps_by_user')
    .on('rsvps')
    .columns(['platform', 'workspace_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('command', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['platform', 'workspace_id', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_age').on('idempotency_keys').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['idempotency_keys', 'rsvps', 'event_hosts', 'events', 'user_settings', 'workspace_settings']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
