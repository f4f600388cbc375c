import type { Kysely } from 'kysely';
import { eventFromRow, eventToRow, type EventRecord, type Tenant } from '../core/event.ts';
import type { Database } from './schema.ts';

export type Executor = Kysely<Database>;

export interface ListQuery extends Tenant {
  scope: 'channel' | 'workspace' | 'hosting' | 'attending' | 'mine';
  channelId?: string | null;
  userId: string;
  now: number;
  past: boolean;
  query?: string;
  includeDrafts: boolean;
  offset: number;
  limit: number;
}

export const eventsRepo = {
  async insert(db: Executor, e: EventRecord): Promise<void> {
    await db.insertInto('events').values(eventToRow(e)).execute();
    await replaceHosts(db, e);
  },

  async update(db: Executor, e: EventRecord): Promise<void> {
    const { id, platform, workspace_id, ...rest } = eventToRow(e);
    await db
      .updateTable('events')
      .set(rest)
      .where('id', '=', id)
      .where('platform', '=', platform)
      .where('workspace_id', '=', workspace_id)
      .execute();
    await replaceHosts(db, e);
  },

  /** The tenant's all-day events not cancelled and not over (their reminders follow the workspace's hour). */
  async upcomingAllDay(db: Executor, t: Tenant, now: number): Promise<EventRecord[]> {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where('all_day', '=', 1)
      .where('status', '!=', 'cancelled')
      .where((eb) => eb.or([eb('last_end_at', 'is', null), eb('last_end_at', '>', now)]))
      .execute();
    return rows.map(eventFromRow);
  },

  /** Events not cancelled and not over that `userId` is going to or a maybe for (at most 500). */
  async answeredBy(db: Executor, t: Tenant, userId: string, now: number): Promise<EventRecord[]> {
    const rows = await db
      .selectFrom('events')
      .selectAll('events')
      .where('events.platform', '=', t.platform)
      .where('events.workspace_id', '=', t.workspaceId)
      .where('events.status', '!=', 'cancelled')
      .where((eb) => eb.or([eb('events.last_end_at', 'is', null), eb('events.last_end_at', '>', now)]))
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('rsvps')
            .select('rsvps.user_id')
            .whereRef('rsvps.event_id', '=', 'events.id')
            .where('rsvps.user_id', '=', userId)
            .where('rsvps.status', 'in', ['going', 'maybe']),
        ),
      )
      .limit(500)
      .execute();
    return rows.map(eventFromRow);
  },

  async get(db: Executor, t: Tenant, id: string): Promise<EventRecord | null> {
    const row = await db
      .selectFrom('events')
      .selectAll()
      .where('id', '=', id)
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .executeTakeFirst();
    return row ? eventFromRow(row) : null;
  },

  /**
   * Reads the event and, on Postgres, locks its row until the transaction ends, so RSVPs
   * and edits on one event are serialized. SQLite already runs one write transaction at a time.
   */
  async getForUpdate(db: Executor, t: Tenant, id: string, dialect: 'sqlite' | 'postgres'): Promise<EventRecord | null> {
    let q = db
      .selectFrom('events')
      .selectAll()
      .where('id', '=', id)
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId);
    if (dialect === 'postgres') q = q.forUpdate();
    const row = await q.executeTakeFirst();
    return row ? eventFromRow(row) : null;
  },

  async nextRsvpSeq(db: Executor, id: string): Promise<number> {
    const row = await db
      .updateTable('events')
      .set((eb) => ({ rsvp_seq: eb('rsvp_seq', '+', 1) }))
      .where('id', '=', id)
      .returning('rsvp_seq')
      .executeTakeFirstOrThrow();
    return row.rsvp_seq;
  },

  async setCard(db: Executor, t: Tenant, id: string, card: unknown): Promise<void> {
    await db
      .updateTable('events')
      .set({ card: card === null ? null : JSON.stringify(card) })
      .where('id', '=', id)
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .execute();
  },

  async delete(db: Executor, t: Tenant, id: string): Promise<void> {
    await db
      .deleteFrom('events')
      .where('id', '=', id)
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .execute();
  },

  /** Events whose title matches, case-insensitively, soonest first. */
  async findByTitle(db: Executor, t: Tenant, title: string, now: number, limit = 10): Promise<EventRecord[]> {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where((eb) => eb(eb.fn('lower', ['title']), 'like', `%${title.toLowerCase().replace(/[%_\\]/g, '')}%`))
      .where((eb) => eb.or([eb('last_end_at', 'is', null), eb('last_end_at', '>', now)]))
      .orderBy('start_at')
      .limit(limit)
      .execute();
    return rows.map(eventFromRow);
  },

  async list(db: Executor, q: ListQuery): Promise<EventRecord[]> {
    let query = db
      .selectFrom('events')
      .selectAll()
      .where('events.platform', '=', q.platform)
      .where('events.workspace_id', '=', q.workspaceId);
    if (q.scope === 'channel') query = query.where('channel_id', '=', q.channelId ?? '');
    const hosting = db
      .selectFrom('event_hosts')
      .select('event_id')
      .where('platform', '=', q.platform)
      .where('workspace_id', '=', q.workspaceId)
      .where('user_id', '=', q.userId);
    const attending = db
      .selectFrom('rsvps')
      .select('event_id')
      .where('platform', '=', q.platform)
      .where('workspace_id', '=', q.workspaceId)
      .where('user_id', '=', q.userId)
      .where('status', 'in', ['going', 'maybe', 'waitlisted', 'pending']);
    if (q.scope === 'hosting') query = query.where('id', 'in', hosting);
    if (q.scope === 'attending') query = query.where('id', 'in', attending);
    if (q.scope === 'mine') query = query.where((eb) => eb.or([eb('id', 'in', hosting), eb('id', 'in', attending)]));
    if (q.query) {
      const typed = q.query.toLowerCase().replace(/[%_\\]/g, '');
      query = query.where((eb) =>
        eb.or([eb(eb.fn('lower', ['title']), 'like', `%${typed}%`), eb('id', 'like', `${typed}%`)]),
      );
    }
    if (!q.includeDrafts) query = query.where('status', '!=', 'draft');
    if (q.past) {
      query = query.where('last_end_at', '<=', q.now).orderBy('start_at', 'desc');
    } else {
      query = query
        .where('status', '!=', 'cancelled')
        .where((eb) => eb.or([eb('last_end_at', 'is', null), eb('last_end_at', '>', q.now)]))
        .orderBy('start_at', 'asc');
    }
    const rows = await query.orderBy('id').offset(q.offset).limit(q.limit).execute();
    return rows.map(eventFromRow);
  },
};

async function replaceHosts(db: Executor, e: EventRecord): Promise<void> {
  await db.deleteFrom('event_hosts').where('event_id', '=', e.id).execute();
  const hosts = [...new Set([e.creatorId, ...e.hostIds])];
  await db
    .insertInto('event_hosts')
    .values(hosts.map((user_id) => ({ event_id: e.id, platform: e.platform, workspace_id: e.workspaceId, user_id })))
    .execute();
}
