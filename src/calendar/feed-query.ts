import { sql } from 'kysely';
import type { CalendarEvent } from '../core/calendar-view.ts';
import type { StoredStatus } from '../core/event.ts';
import type { Recurrence } from '../core/recurrence.ts';
import { feedTokenHash } from '../core/feed-tokens.ts';
import { findOccurrence } from '../core/occurrences.ts';
import type { Tenant } from '../core/tenant.ts';
import type { Executor } from '../store/events-repo.ts';
import type { EventRow } from '../store/tables.ts';
import { feedTokensRepo, type FeedTokenRow } from '../store/feed-tokens-repo.ts';
import type { CalendarItem } from './ics.ts';

export interface FeedWindow {
  now: number;
  /** Past events stay in feeds this long after they end. */
  pastDays: number;
}

/** What a person's own feed lists: what they said yes or maybe to, or wait for a seat at. */
const MY_STATUSES = ['going', 'maybe', 'waitlisted', 'offered'];

const COLUMNS = [
  'id',
  'title',
  'description',
  'location',
  'join_url',
  'start_at',
  'end_at',
  'last_end_at',
  'timezone',
  'all_day',
  'recurrence',
  'status',
  'cancel_reason',
  'version',
  'created_at',
  'updated_at',
] as const;

type Row = Pick<EventRow, (typeof COLUMNS)[number]>;


/*
 * The same fields calendarEvent() takes from an EventRecord, read straight from the columns a
 * calendar needs: a 10,000-event feed skips parsing hosts, invitees and cards it never shows.
 */
function fromRow(r: Row): CalendarEvent {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    location: r.location,
    joinUrl: r.join_url,
    start: Number(r.start_at),
    end: Number(r.end_at),
    lastEnd: r.last_end_at === null ? null : Number(r.last_end_at),
    timezone: r.timezone,
    allDay: Boolean(r.all_day),
    recurrence: r.recurrence ? (JSON.parse(r.recurrence) as Recurrence) : null,
    status: r.status as StoredStatus,
    cancelReason: r.cancel_reason,
    sequence: Math.max(0, r.version - 1),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

function eventsInWindow(db: Executor, t: Tenant, w: FeedWindow) {
  const since = w.now - w.pastDays * 86_400_000;
  return db
    .selectFrom('events')
    .select(COLUMNS)
    .where('platform', '=', t.platform)
    .where('workspace_id', '=', t.workspaceId)
    .where('status', '!=', 'draft')
    .where((eb) => eb.or([eb('last_end_at', 'is', null), eb('last_end_at', '>=', since)]))
    .orderBy('start_at')
    .orderBy('id');
}

async function deletedAt(db: Executor, t: Tenant): Promise<number> {
  const row = await db
    .selectFrom('calendar_stamps')
    .select('deleted_at')
    .where('platform', '=', t.platform)
    .where('workspace_id', '=', t.workspaceId)
    .executeTakeFirst();
  return row ? Number(row.deleted_at) : 0;
}

/** Hosted events whole; of others, just the occurrences this person answered. */
async function myItems(db: Executor, t: FeedTokenRow, w: FeedWindow): Promise<{ items: CalendarItem[]; rsvpChanged: number }> {
  const hostedIds = db
    .selectFrom('event_hosts')
    .select('event_id')
    .where('platform', '=', t.platform)
    .where('workspace_id', '=', t.workspaceId)
    .where('user_id', '=', t.userId);
  const hosted = (await eventsInWindow(db, t, w).where('id', 'in', hostedIds).execute()).map(fromRow);
  const hostedSet = new Set(hosted.map((e) => e.id));
  const answers = await db
    .selectFrom('rsvps')
    .select(['event_id', 'occurrence', 'status', 'updated_at'])
    .where('platform', '=', t.platform)
    .where('workspace_id', '=', t.workspaceId)
    .where('user_id', '=', t.userId)
    .execute();
  const rsvpChanged = Math.max(0, ...answers.map((a) => Number(a.updated_at)));
  const wanted = answers.filter((a) => MY_STATUSES.includes(a.status) && !hostedSet.has(a.event_id));
  const ids = [...new Set(wanted.map((a) => a.event_id))];
  const attended = new Map<string, CalendarEvent>();
  if (ids.length) for (const row of await eventsInWindow(db, t, w).where('id', 'in', ids).execute()) attended.set(row.id, fromRow(row));
  const items: CalendarItem[] = hosted.map((event) => ({ event }));
  const since = w.now - w.pastDays * 86_400_000;
  for (const a of wanted) {
    const e = attended.get(a.event_id);
    if (!e) continue;
    if (!e.recurrence) {
      items.push({ event: e });
      continue;
    }
    const occurrence = findOccurrence(e, a.occurrence);
    if (occurrence && occurrence.end >= since) items.push({ event: e, occurrence });
  }
  items.sort((a, b) => (a.occurrence?.start ?? a.event.start) - (b.occurrence?.start ?? b.event.start) || a.event.id.localeCompare(b.event.id));
  return { items, rsvpChanged };
}

/** The live feed a token opens, or null for an unknown or revoked one. */
export function openFeed(db: Executor, token: string): Promise<FeedTokenRow | null> {
  return feedTokensRepo.find(db, feedTokenHash(token));
}

/**
 * What a workspace or channel feed holds, summed up without reading it: how many events, the
 * latest edit, the latest moment one left the past window (as time passes, an event drops out
 * with no edit), the latest deletion. Two equal stamps mean the same events at the same revisions.
 */
async function windowStamp(db: Executor, t: FeedTokenRow, w: FeedWindow): Promise<{ parts: number[]; lastModified: number }> {
  const since = w.now - w.pastDays * 86_400_000;
  let q = db
    .selectFrom('events')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('updated_at').as('edited'),
      eb.fn.sum<number>('version').as('versions'),
      sql<number | string | null>`max(case when last_end_at < ${since} then last_end_at end)`.as('left'),
    ])
    .where('platform', '=', t.platform)
    .where('workspace_id', '=', t.workspaceId)
    .where('status', '!=', 'draft');
  if (t.scope === 'channel') q = q.where('channel_id', '=', t.channelId ?? '');
  const [agg, deleted] = await Promise.all([q.executeTakeFirstOrThrow(), deletedAt(db, t)]);
  const n = Number(agg.n ?? 0);
  const left = agg.left === null || agg.left === undefined ? 0 : Number(agg.left) + w.pastDays * 86_400_000;
  const edited = Number(agg.edited ?? 0);
  return { parts: [n, edited, Number(agg.versions ?? 0), left, deleted], lastModified: Math.max(edited, left, deleted, t.createdAt) };
}

export interface FeedStamp {
  /** Changes whenever the feed's content can have: the ETag is made from it. */
  validator: string;
  lastModified: number;
  /** Already read to make the stamp ("my events" is small and has no cheaper summary). */
  items?: CalendarItem[];
}

/**
 * The feed's validators from a cheap query, so a conditional GET that is still current answers
 * 304 without building the document. `format` names everything else the bytes depend on (the
 * window, the zone-rule horizon, the writer's format).
 */
export async function feedStamp(db: Executor, t: FeedTokenRow, w: FeedWindow, format: string): Promise<FeedStamp> {
  const head = [t.scope, t.channelId ?? '', t.generation, t.createdAt, w.pastDays, format];
  if (t.scope !== 'mine') {
    const { parts, lastModified } = await windowStamp(db, t, w);
    return { validator: [...head, ...parts].join('|'), lastModified };
  }
  const { items, rsvpChanged } = await myItems(db, t, w);
  const revisions = items.map((i) => `${i.event.id}:${i.event.sequence}:${i.event.updatedAt}:${i.occurrence?.start ?? ''}`);
  const edited = items.reduce((m, i) => Math.max(m, i.event.updatedAt), 0);
  const deleted = await deletedAt(db, t);
  return {
    validator: [...head, deleted, ...revisions].join('|'),
    lastModified: Math.max(edited, rsvpChanged, deleted, t.createdAt),
    items,
  };
}

/** The items of the feed a token row opens. Reads only the token's tenant. */
export async function feedItems(db: Executor, t: FeedTokenRow, w: FeedWindow): Promise<CalendarItem[]> {
  if (t.scope === 'mine') return (await myItems(db, t, w)).items;
  let q = eventsInWindow(db, t, w);
  if (t.scope === 'channel') q = q.where('channel_id', '=', t.channelId ?? '');
  return (await q.execute()).map((r) => ({ event: fromRow(r) }));
}

export function feedName(scope: FeedTokenRow['scope']): string {
  return scope === 'mine' ? 'Convene: my events' : scope === 'channel' ? "Convene: this channel's events" : 'Convene: all events';
}
