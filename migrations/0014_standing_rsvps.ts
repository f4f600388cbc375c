import type { Kysely } from 'kysely';

/**
 * Standing ("every time") answers to a repeating event.
 * - `standing_rsvps`: one answer per person and series (going, maybe or declined), with the
 *   `seq` it was given at (the event's answer order, shared with per-occurrence answers).
 * - `rsvps.standing`: 1 when the row was written from the standing answer (the occurrence counts
 *   it like any answer); 0 when the person answered that occurrence themselves (an override,
 *   which a later change of the standing answer leaves alone).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('standing_rsvps')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('standing_rsvps_pk', ['event_id', 'user_id'])
    .execute();
  await db.schema.alterTable('rsvps').addColumn('standing', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('rsvps').dropColumn('standing').execute();
  await db.schema.dropTable('standing_rsvps').execute();
}
