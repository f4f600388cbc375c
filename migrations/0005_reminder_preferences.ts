import type { Kysely } from 'kysely';

// Issue 14: the workspace's local reminder time for all-day events (minutes after midnight; null =
// 9:00), and a person's own reminder defaults (offsets as JSON; null = the event's).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workspace_settings').addColumn('all_day_reminder_at', 'integer').execute();
  await db.schema.alterTable('user_settings').addColumn('reminder_offsets', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workspace_settings').dropColumn('all_day_reminder_at').execute();
  await db.schema.alterTable('user_settings').dropColumn('reminder_offsets').execute();
}
