import type { Kysely } from 'kysely';

/**
 * - `min_attendees`: "still need N", the fewest people an event needs (null: no minimum).
 * - `ping_roles`: roles (Discord) or user groups (Slack) pinged when the event is announced and
 *   in its channel reminders, as a JSON array (null: nobody).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('min_attendees', 'integer').execute();
  await db.schema.alterTable('events').addColumn('ping_roles', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('ping_roles').execute();
  await db.schema.alterTable('events').dropColumn('min_attendees').execute();
}
