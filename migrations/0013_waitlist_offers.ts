import type { Kysely } from 'kysely';

/**
 * Waitlist offers (opt-in per event): a seat that opens is offered to the first person waiting,
 * who claims it within a window, instead of being given to them outright.
 * - `events.waitlist_offers`: 1 when the event offers seats (null or 0: promote directly).
 * - `events.offer_window`: how long an offer stays open, ISO 8601 (null: PT2H).
 * - `rsvps.offer_expires_at`: for an RSVP in state 'offered', when the held seat passes on.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('waitlist_offers', 'integer').execute();
  await db.schema.alterTable('events').addColumn('offer_window', 'text').execute();
  await db.schema.alterTable('rsvps').addColumn('offer_expires_at', 'bigint').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.updateTable('rsvps').set({ status: 'waitlisted' }).where('status', '=', 'offered').execute();
  await db.schema.alterTable('rsvps').dropColumn('offer_expires_at').execute();
  await db.schema.alterTable('events').dropColumn('offer_window').execute();
  await db.schema.alterTable('events').dropColumn('waitlist_offers').execute();
}
