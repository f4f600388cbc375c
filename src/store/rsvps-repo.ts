import type { Executor } from './events-repo.ts';
import type { RsvpRow } from './tables.ts';
import { prepared } from './prepared.ts';

import type { Platform } from '../core/event.ts';
import type { Rsvp, RsvpCounts, RsvpStatus } from '../core/rsvp.ts';

function fromRow(r: RsvpRow): Rsvp {
  return {
    userId: r.user_id,
    status: r.status as RsvpStatus,
    seq: r.seq,
    updatedAt: Number(r.updated_at),
    standing: Number(r.standing) === 1,
    offerExpiresAt: r.offer_expires_at === null || r.offer_expires_at === undefined ? null : Number(r.offer_expires_at),
  };
}

const countsByStatus = prepared((db, p: { eventId: string; occurrence: string }) =>
  db
    .selectFrom('rsvps')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('event_id', '=', p.eventId)
    .where('occurrence', '=', p.occurrence)
    .groupBy('status'),
);

export const rsvpsRepo = {
  async get(db: Executor, eventId: string, occurrence: string, userId: string): Promise<Rsvp | null> {
    const row = await db
      .selectFrom('rsvps')
      .selectAll()
      .where('event_id', '=', eventId)
      .where('occurrence', '=', occurrence)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  },

  async upsert(
    db: Executor,
    r: {
      eventId: string;
      occurrence: string;
      platform: Platform;
      workspaceId: string;
      userId: string;
      status: RsvpStatus;
      seq: number;
      now: number;
      /** Written from the standing answer (true) or given for this occurrence (false, the default: an override). */
      standing?: boolean;
    },
  ): Promise<void> {
    const standing = r.standing ? 1 : 0;
    await db
      .insertInto('rsvps')
      .values({
        event_id: r.eventId,
        occurrence: r.occurrence,
        platform: r.platform,
        workspace_id: r.workspaceId,
        user_id: r.userId,
        status: r.status,
        seq: r.seq,
        created_at: r.now,
        updated_at: r.now,
        standing,
      })
      .onConflict((oc) =>
        oc.columns(['event_id', 'occurrence', 'user_id']).doUpdateSet({ status: r.status, seq: r.seq, updated_at: r.now, offer_expires_at: null, standing }),
      )
      .execute();
  },

  /** A new status; `offerExpiresAt` only with 'offered' (any other status clears it). */
  async setStatus(db: Executor, eventId: string, occurrence: string, userId: string, status: RsvpStatus, now: number, offerExpiresAt: number | null = null): Promise<void> {
    await db
      .updateTable('rsvps')
      .set({ status, updated_at: now, offer_expires_at: status === 'offered' ? offerExpiresAt : null })
      .where('event_id', '=', eventId)
      .where('occurrence', '=', occurrence)
      .where('user_id', '=', userId)
      .execute();
  },

  /**
   * The occurrence where this person holds the offer that lapses at `expiresAt` (null: none). By
   * the offer, not by occurrence: a series that moved carried its RSVPs to new occurrence keys.
   */
  async offerOccurrence(db: Executor, eventId: string, userId: string, expiresAt: number): Promise<string | null> {
    const row = await db
      .selectFrom('rsvps')
      .select('occurrence')
      .where('event_id', '=', eventId)
      .where('user_id', '=', userId)
      .where('status', '=', 'offered')
      .where('offer_expires_at', '=', expiresAt)
      .orderBy('occurrence')
      .executeTakeFirst();
    return row?.occurrence ?? null;
  },

  /** The occurrences where this person holds an open seat offer, earliest first. */
  async offeredOccurrences(db: Executor, eventId: string, userId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('rsvps')
      .select('occurrence')
      .where('event_id', '=', eventId)
      .where('user_id', '=', userId)
      .where('status', '=', 'offered')
      .orderBy('occurrence')
      .execute();
    return rows.map((r) => r.occurrence);
  },

  /** Every open seat offer of one occurrence back to the waitlist (the event was cancelled). */
  async withdrawOffers(db: Executor, eventId: string, occurrence: string, now: number): Promise<void> {
    await db
      .updateTable('rsvps')
      .set({ status: 'waitlisted', offer_expires_at: null, updated_at: now })
      .where('event_id', '=', eventId)
      .where('occurrence', '=', occurrence)
      .where('status', '=', 'offered')
      .execute();
  },

  /** A person's answer to one occurrence becomes their own (an override of the standing answer), unchanged otherwise. */
  async keepAsOverride(db: Executor, eventId: string, occurrence: string, userId: string, now: number): Promise<void> {
    await db
      .updateTable('rsvps')
      .set({ standing: 0, updated_at: now })
      .where('event_id', '=', eventId)
      .where('occurrence', '=', occurrence)
      .where('user_id', '=', userId)
      .execute();
  },

  async remove(db: Executor, eventId: string, occurrence: string, userId: string): Promise<void> {
    await db.deleteFrom('rsvps').where('event_id', '=', eventId).where('occurrence', '=', occurrence).where('user_id', '=', userId).execute();
  },

  /** Who has any answer (standing or their own) to one occurrence. */
  async answeredOn(db: Executor, eventId: string, occurrence: string): Promise<Set<string>> {
    const rows = await db.selectFrom('rsvps').select('user_id').where('event_id', '=', eventId).where('occurrence', '=', occurrence).execute();
    return new Set(rows.map((r) => r.user_id));
  },

  async counts(db: Executor, eventId: string, occurrence: string): Promise<RsvpCounts> {
    const rows = await countsByStatus(db, { eventId, occurrence });
    const counts: RsvpCounts = { going: 0, maybe: 0, declined: 0, waitlisted: 0, pending: 0, offered: 0 };
    for (const r of rows) counts[r.status as RsvpStatus] = Number(r.n);
    return counts;
  },

  /** Everyone who answered one occurrence, in arrival order. */
  async all(db: Executor, eventId: string, occurrence: string): Promise<Rsvp[]> {
    const rows = await db.selectFrom('rsvps').selectAll().where('event_id', '=', eventId).where('occurrence', '=', occurrence).orderBy('seq').execute();
    return rows.map(fromRow);
  },

  /** Users with one status, in arrival order. */
  async withStatus(db: Executor, eventId: string, occurrence: string, status: RsvpStatus, limit = 1000): Promise<Rsvp[]> {
    const rows = await db
      .selectFrom('rsvps')
      .selectAll()
      .where('event_id', '=', eventId)
      .where('occurrence', '=', occurrence)
      .where('status', '=', status)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map(fromRow);
  },

  /** 1-based place on the waitlist. */
  async waitlistPosition(db: Executor, eventId: string, occurrence: string, seq: number): Promise<number> {
    const row = await db
      .selectFrom('rsvps')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('event_id', '=', eventId)
      .where('occurrence', '=', occurrence)
      .where('status', '=', 'waitlisted')
      .where('seq', '<', seq)
      .executeTakeFirstOrThrow();
    return Number(row.n) + 1;
  },

  /** Occurrence keys that have any RSVP. */
  async occurrencesWithRsvps(db: Executor, eventId: string): Promise<string[]> {
    const rows = await db.selectFrom('rsvps').select('occurrence').distinct().where('event_id', '=', eventId).execute();
    return rows.map((r) => r.occurrence);
  },

  /** Remove every answer to one occurrence (the event no longer has it). */
  async removeOccurrence(db: Executor, eventId: string, occurrence: string): Promise<void> {
    await db.deleteFrom('rsvps').where('event_id', '=', eventId).where('occurrence', '=', occurrence).execute();
  },

  /** Every answer to one occurrence becomes the person's own (the event no longer has "every time" answers). */
  async ownAnswers(db: Executor, eventId: string, occurrence: string): Promise<void> {
    await db.updateTable('rsvps').set({ standing: 0 }).where('event_id', '=', eventId).where('occurrence', '=', occurrence).where('standing', '=', 1).execute();
  },

  /** Move every RSVP of one occurrence to another (the event's time changed). */
  async moveOccurrence(db: Executor, eventId: string, from: string, to: string): Promise<void> {
    await db.updateTable('rsvps').set({ occurrence: to }).where('event_id', '=', eventId).where('occurrence', '=', from).execute();
  },

  /**
   * The most people going to any one occurrence from this key on ('' is the one-off event: only its
   * own answers, not those a series it once was kept for its past dates).
   */
  async maxGoing(db: Executor, eventId: string, fromKey: string): Promise<number> {
    const rows = await db
      .selectFrom('rsvps')
      .select(['occurrence', (eb) => eb.fn.countAll<number>().as('n')])
      .where('event_id', '=', eventId)
      .where('status', '=', 'going')
      .where('occurrence', fromKey === '' ? '=' : '>=', fromKey)
      .groupBy('occurrence')
      .execute();
    return rows.reduce((max, r) => Math.max(max, Number(r.n)), 0);
  },

  /** Has anyone but this user answered, on any occurrence? */
  /** How many people other than `userId` answered any occurrence (declines too). */
  async othersAnswered(db: Executor, eventId: string, userId: string): Promise<number> {
    const row = await db
      .selectFrom('rsvps')
      .select((eb) => eb.fn.count<string>('user_id').distinct().as('n'))
      .where('event_id', '=', eventId)
      .where('user_id', '!=', userId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },

  async anyoneElse(db: Executor, eventId: string, userId: string): Promise<boolean> {
    const row = await db
      .selectFrom('rsvps')
      .select('user_id')
      .where('event_id', '=', eventId)
      .where('user_id', '!=', userId)
      .where('status', '!=', 'declined')
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },
};
