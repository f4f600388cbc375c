import type { Executor } from './events-repo.ts';
import type { Platform } from '../core/event.ts';
import type { StandingAnswer, StandingRsvp } from '../core/standing.ts';

/** Standing ("every time") answers to a repeating event: one per person and series. */
export const standingRepo = {
  async get(db: Executor, eventId: string, userId: string): Promise<StandingRsvp | null> {
    const row = await db.selectFrom('standing_rsvps').selectAll().where('event_id', '=', eventId).where('user_id', '=', userId).executeTakeFirst();
    return row ? { userId: row.user_id, status: row.status as StandingAnswer, seq: row.seq } : null;
  },

  /** Everyone's standing answer to one series, in answer order. */
  async all(db: Executor, eventId: string): Promise<StandingRsvp[]> {
    const rows = await db.selectFrom('standing_rsvps').selectAll().where('event_id', '=', eventId).orderBy('seq').execute();
    return rows.map((r) => ({ userId: r.user_id, status: r.status as StandingAnswer, seq: r.seq }));
  },

  async upsert(
    db: Executor,
    r: { eventId: string; platform: Platform; workspaceId: string; userId: string; status: StandingAnswer; seq: number; now: number },
  ): Promise<void> {
    await db
      .insertInto('standing_rsvps')
      .values({
        event_id: r.eventId,
        platform: r.platform,
        workspace_id: r.workspaceId,
        user_id: r.userId,
        status: r.status,
        seq: r.seq,
        created_at: r.now,
        updated_at: r.now,
      })
      .onConflict((oc) => oc.columns(['event_id', 'user_id']).doUpdateSet({ status: r.status, seq: r.seq, updated_at: r.now }))
      .execute();
  },

  async remove(db: Executor, eventId: string, userId: string): Promise<void> {
    await db.deleteFrom('standing_rsvps').where('event_id', '=', eventId).where('user_id', '=', userId).execute();
  },

  /** Every standing answer to one event (it no longer repeats). */
  async removeAll(db: Executor, eventId: string): Promise<void> {
    await db.deleteFrom('standing_rsvps').where('event_id', '=', eventId).execute();
  },

  /** Which of these series have any standing answer (one query for a page of events). */
  async eventsWithAny(db: Executor, eventIds: string[]): Promise<Set<string>> {
    if (eventIds.length === 0) return new Set();
    const rows = await db.selectFrom('standing_rsvps').select('event_id').distinct().where('event_id', 'in', eventIds).execute();
    return new Set(rows.map((r) => r.event_id));
  },
};
