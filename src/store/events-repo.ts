import { sql, type Expression, type ExpressionBuilder, type Insertable, type Kysely, type SqlBool } from 'kysely';
import type { EventRecord, Platform, Tenant } from '../core/event.ts';
import type { EventKind } from '../core/event-schema.ts';
import { eventFromRow, eventToRow } from './event-rows.ts';
import type { Database } from './schema.ts';
import type { EventHostsTable, NewEventRow } from './tables.ts';
import { toJson } from './json-text.ts';
import { prepared } from './prepared.ts';

export type Executor = Kysely<Database>;

/** Who may see drafts in a query: everyone's (managers), or only those this user hosts. */
export type DraftViewer = { all: true } | { all: false; userId: string };

/** Not a draft, or a draft the viewer may see (a draft is not announced: its hosts and the managers only). */
function visibleTo(eb: ExpressionBuilder<Database, 'events'>, t: Tenant, viewer: DraftViewer): Expression<SqlBool> {
  if (viewer.all) return sql<SqlBool>`1 = 1`;
  const hosted = eb
    .selectFrom('event_hosts')
    .select('event_hosts.event_id')
    .where('event_hosts.platform', '=', t.platform)
    .where('event_hosts.workspace_id', '=', t.workspaceId)
    .where('event_hosts.user_id', '=', viewer.userId);
  return eb.or([eb('events.status', '!=', 'draft'), eb('events.id', 'in', hosted)]);
}

export interface ListQuery extends Tenant {
  scope: 'channel' | 'workspace' | 'hosting' | 'attending' | 'mine';
  channelId?: string | null;
  userId: string;
  now: number;
  past: boolean;
  query?: string;
  /** Only this kind of event. */
  kind?: EventKind;
  /** Only events with time between these instants (epoch ms): a series whose span meets the window. */
  from?: number;
  to?: number;
  drafts: DraftViewer;
  offset: number;
  limit: number;
}

/** Longest text a title look-up searches for: titles are at most 200 characters. */
const MAX_PATTERN = 200;

/**
 * `column LIKE '%typed%'` (or `'typed%'`) with the person's text taken literally: % _ and \ are
 * escaped rather than dropped, and the pattern is bounded (SQLite refuses patterns past 50,000 bytes).
 */
function contains(column: 'title' | 'id', typed: string, anchored: 'anywhere' | 'prefix'): Expression<SqlBool> {
  const literal = typed.slice(0, MAX_PATTERN).toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  const pattern = anchored === 'anywhere' ? `%${literal}%` : `${literal}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

export interface SearchFilter {
  status?: 'draft' | 'scheduled' | 'cancelled';
  /** Whether drafts may be listed at all (managers). */
  drafts: boolean;
  channelId?: string;
  from?: number;
  to?: number;
  after?: { start: number; id: string };
  limit: number;
}

const eventById = prepared((db, p: { id: string; platform: Platform; workspaceId: string }) =>
  db.selectFrom('events').selectAll().where('id', '=', p.id).where('platform', '=', p.platform).where('workspace_id', '=', p.workspaceId),
);

const insertEvent = prepared((db, row: NewEventRow) => db.insertInto('events').values(row));
const insertHostRows = prepared((db, rows: Insertable<EventHostsTable>[]) => db.insertInto('event_hosts').values(rows));

export const eventsRepo = {
  async insert(db: Executor, e: EventRecord): Promise<void> {
    await insertEvent(db, eventToRow(e));
    await insertHosts(db, e);
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

  /** Events by id, whatever their tenant (the scheduler's batch: each row names its tenant and is checked against it). */
  async getMany(db: Executor, ids: string[]): Promise<EventRecord[]> {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('events').selectAll().where('id', 'in', ids).execute();
    return rows.map(eventFromRow);
  },

  /** Recurring events still running, on these platforms, a page at a time by id (rolling reminders forward). */
  async recurringPage(db: Executor, platforms: readonly Platform[], now: number, after: string, limit: number): Promise<EventRecord[]> {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('recurrence', 'is not', null)
      .where('status', '!=', 'cancelled')
      .where((eb) => eb.or([eb('last_end_at', 'is', null), eb('last_end_at', '>', now)]))
      .where('platform', 'in', platforms)
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(eventFromRow);
  },

  /** A workspace's scheduled events ahead: the soonest `limit` one-offs not over, and every series not over. */
  async scheduledAhead(db: Executor, t: Tenant, now: number, limit: number): Promise<{ oneOffs: EventRecord[]; series: EventRecord[] }> {
    const base = () =>
      db.selectFrom('events').selectAll().where('platform', '=', t.platform).where('workspace_id', '=', t.workspaceId).where('status', '=', 'scheduled');
    const [oneOffs, series] = await Promise.all([
      base().where('recurrence', 'is', null).where('end_at', '>', now).orderBy('start_at').orderBy('id').limit(limit).execute(),
      base()
        .where('recurrence', 'is not', null)
        .where((eb) => eb.or([eb('last_end_at', 'is', null), eb('last_end_at', '>', now)]))
        .execute(),
    ]);
    return { oneOffs: oneOffs.map(eventFromRow), series: series.map(eventFromRow) };
  },

  /** The API's listing: by stored status, window and channel, in start order, after a keyset cursor. */
  async search(db: Executor, t: Tenant, f: SearchFilter): Promise<EventRecord[]> {
    let q = db.selectFrom('events').selectAll().where('platform', '=', t.platform).where('workspace_id', '=', t.workspaceId);
    if (f.status) q = q.where('status', '=', f.status);
    if (!f.drafts) q = q.where('status', '!=', 'draft');
    if (f.channelId) q = q.where('channel_id', '=', f.channelId);
    if (f.from !== undefined) {
      const from = f.from;
      q = q.where((eb) => eb.or([eb('last_end_at', 'is', null), eb('last_end_at', '>', from)]));
    }
    if (f.to !== undefined) q = q.where('start_at', '<', f.to);
    if (f.after) {
      const { start, id } = f.after;
      q = q.where((eb) => eb.or([eb('start_at', '>', start), eb.and([eb('start_at', '=', start), eb('id', '>', id)])]));
    }
    const rows = await q.orderBy('start_at').orderBy('id').limit(f.limit).execute();
    return rows.map(eventFromRow);
  },

  async get(db: Executor, t: Tenant, id: string): Promise<EventRecord | null> {
    const [row] = await eventById(db, { id, platform: t.platform, workspaceId: t.workspaceId });
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
      .set({ card: card === null ? null : toJson(card) })
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

  /**
   * Events whose title matches, case-insensitively, soonest first. Drafts only for those who may
   * see them: `drafts: 'all'` (managers) or the drafts `viewer` hosts.
   */
  async findByTitle(db: Executor, t: Tenant, title: string, now: number, viewer: DraftViewer, limit = 10): Promise<EventRecord[]> {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where(contains('title', title, 'anywhere'))
      .where((eb) => visibleTo(eb, t, viewer))
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
      .where('status', 'in', ['going', 'maybe', 'waitlisted', 'pending', 'offered']);
    if (q.scope === 'hosting') query = query.where('id', 'in', hosting);
    if (q.scope === 'attending') query = query.where('id', 'in', attending);
    if (q.scope === 'mine') query = query.where((eb) => eb.or([eb('id', 'in', hosting), eb('id', 'in', attending)]));
    if (q.query) {
      const typed = q.query;
      query = query.where((eb) => eb.or([contains('title', typed, 'anywhere'), contains('id', typed, 'prefix')]));
    }
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.to !== undefined) query = query.where('start_at', '<', q.to);
    if (q.from !== undefined) {
      const from = q.from;
      query = query.where((eb) => eb.or([eb('last_end_at', 'is', null), eb('last_end_at', '>', from)]));
    }
    query = query.where((eb) => visibleTo(eb, q, q.drafts));
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
  await insertHosts(db, e);
}

async function insertHosts(db: Executor, e: EventRecord): Promise<void> {
  const hosts = [...new Set([e.creatorId, ...e.hostIds])];
  await insertHostRows(db, hosts.map((user_id) => ({ event_id: e.id, platform: e.platform, workspace_id: e.workspaceId, user_id })));
}
