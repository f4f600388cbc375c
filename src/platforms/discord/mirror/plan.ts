import type { MirrorEntry, MirrorState } from '../../../core/mirror.ts';

/**
 * Pure: what to ask Discord so its Scheduled Events show the workspace's events as Convene has
 * them. Convene is the source of truth: whatever Discord holds (edited in its UI, deleted there,
 * left over by a crash) is brought back in line, never read back.
 */

/** Discord holds at most this many uncompleted (scheduled or active) events per server. */
export const DISCORD_EVENT_LIMIT = 100;
/** Discord refuses a start in its past: an event starting sooner than this is not created. */
export const START_MARGIN_MS = 60_000;

export const Status = { Scheduled: 1, Active: 2, Completed: 3, Canceled: 4 } as const;

/** A Guild Scheduled Event as Discord lists it (the fields the mirror reads). */
export interface RemoteEvent {
  id: string;
  name: string;
  description?: string | null;
  scheduled_start_time: string;
  scheduled_end_time?: string | null;
  status: number;
  creator_id?: string | null;
  entity_metadata?: { location?: string } | null;
}

export interface EventBody {
  name: string;
  description: string;
  scheduled_start_time: string;
  scheduled_end_time: string;
  privacy_level: 2;
  entity_type: 3;
  entity_metadata: { location: string };
}

export type MirrorAction =
  | { type: 'create'; eventId: string; body: EventBody }
  | { type: 'patch'; eventId: string; remoteId: string; body: Partial<EventBody> }
  /** SCHEDULED → CANCELED: the only way Discord lets an event be cancelled. */
  | { type: 'cancel'; eventId: string; remoteId: string }
  /** ACTIVE → COMPLETED: an occurrence that ran (or is replaced by a series' next one). */
  | { type: 'complete'; eventId: string; remoteId: string }
  | { type: 'delete'; eventId: string | null; remoteId: string }
  /** Remember which Discord event shows this event (adopted after a crash, or found without a record). */
  | { type: 'record'; eventId: string; remoteId: string }
  | { type: 'forget'; eventId: string };

export interface MirrorPlan {
  /** In order: places freed first (delete, cancel, complete), then edits, then creations soonest first. */
  actions: MirrorAction[];
  /** When time alone next changes what to show (the earliest end among the shown occurrences). */
  nextAt: number | null;
}

export const marker = (eventId: string) => `Convene event ${eventId}`;
const MARKER = /(?:^|\n)Convene event ([a-z0-9]{8})$/;

export function markedEvent(description: string | null | undefined): string | null {
  return MARKER.exec(description ?? '')?.[1] ?? null;
}

const finished = (status: number) => status === Status.Completed || status === Status.Canceled;

/** At most `max` characters (code points), an ellipsis marking a cut. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function place(e: MirrorEntry): string {
  if (e.location && [...e.location].length <= 100) return e.location;
  if (e.joinUrl && e.joinUrl.length <= 100) return e.joinUrl;
  if (e.location) return clip(e.location, 100);
  return e.joinUrl ? 'Online (the link is in the description)' : 'Discord';
}

function describe(e: MirrorEntry): string {
  const tail = `\n\n${marker(e.eventId)}`;
  const parts: string[] = [];
  if (e.description) parts.push(e.description);
  if (e.joinUrl && place(e) !== e.joinUrl) parts.push(`Join: ${e.joinUrl}`);
  const body = clip(parts.join('\n\n'), 1000 - tail.length);
  return body ? `${body}${tail}` : marker(e.eventId);
}

const iso = (ms: number) => new Date(ms).toISOString();

export function eventBody(e: MirrorEntry): EventBody {
  return {
    name: clip(e.title, 100) || 'Event',
    description: describe(e),
    scheduled_start_time: iso(e.start),
    scheduled_end_time: iso(e.end),
    privacy_level: 2,
    entity_type: 3,
    entity_metadata: { location: place(e) },
  };
}

const time = (s: string | null | undefined) => (s ? Date.parse(s) : NaN);

/** The fields Discord shows differently from Convene (a running event keeps its start). */
function drift(r: RemoteEvent, want: EventBody): Partial<EventBody> {
  const out: Partial<EventBody> = {};
  if (r.name !== want.name) out.name = want.name;
  if ((r.description ?? '') !== want.description) out.description = want.description;
  if (r.status === Status.Scheduled && time(r.scheduled_start_time) !== Date.parse(want.scheduled_start_time)) out.scheduled_start_time = want.scheduled_start_time;
  if (time(r.scheduled_end_time) !== Date.parse(want.scheduled_end_time)) out.scheduled_end_time = want.scheduled_end_time;
  if (r.entity_metadata?.location !== want.entity_metadata.location) out.entity_metadata = want.entity_metadata;
  return out;
}

export interface PlanInput {
  state: MirrorState;
  remote: RemoteEvent[];
  botId: string;
  now: number;
  limit?: number;
}

export function planMirror({ state, remote, botId, now, limit = DISCORD_EVENT_LIMIT }: PlanInput): MirrorPlan {
  const byRemoteId = new Map(remote.map((r) => [r.id, r]));
  const recorded = new Map(state.mirrored.map((m) => [m.eventId, m.remoteId]));
  // Ours: the recorded ones Discord still has, then any the bot made that carry an event's marker
  // (created before a crash could record it). A second one for the same event is a duplicate.
  const ours = new Map<string, RemoteEvent>();
  for (const [eventId, remoteId] of recorded) {
    const r = byRemoteId.get(remoteId);
    if (r) ours.set(eventId, r);
  }
  const claimed = new Set([...ours.values()].map((r) => r.id));
  const duplicates: RemoteEvent[] = [];
  for (const r of remote) {
    if (claimed.has(r.id) || r.creator_id !== botId) continue;
    const eventId = markedEvent(r.description);
    if (!eventId) continue;
    if (ours.has(eventId)) duplicates.push(r);
    else ours.set(eventId, r);
    claimed.add(r.id);
  }
  const othersUncompleted = remote.filter((r) => !claimed.has(r.id) && !finished(r.status)).length;
  const room = Math.max(0, limit - othersUncompleted);

  // What to show: the soonest scheduled events that Discord can show (a start still ahead, or the
  // occurrence it already shows), within the room the server leaves.
  const shown: MirrorEntry[] = [];
  if (state.enabled) {
    for (const e of state.upcoming) {
      if (shown.length >= room) break;
      if (e.status !== 'scheduled' || e.end <= now) continue;
      const r = ours.get(e.eventId);
      const showing = r !== undefined && !finished(r.status) && time(r.scheduled_start_time) === e.start;
      if (showing || e.start > now + START_MARGIN_MS) shown.push(e);
    }
  }
  const wanted = new Map(shown.map((e) => [e.eventId, e]));
  const entries = new Map<string, MirrorEntry>();
  for (const m of state.mirrored) if (m.event) entries.set(m.eventId, m.event);
  for (const e of state.upcoming) entries.set(e.eventId, e);

  const frees: MirrorAction[] = [];
  const edits: MirrorAction[] = [];
  const creates: MirrorAction[] = [];
  for (const r of duplicates) if (!finished(r.status)) frees.push({ type: 'delete', eventId: null, remoteId: r.id });
  for (const [eventId, r] of ours) {
    const want = wanted.get(eventId);
    const forget = (): void => {
      if (recorded.has(eventId)) frees.push({ type: 'forget', eventId });
    };
    if (!want) {
      if (finished(r.status)) forget();
      else if (entries.get(eventId)?.status === 'cancelled') {
        frees.push(r.status === Status.Scheduled ? { type: 'cancel', eventId, remoteId: r.id } : { type: 'delete', eventId, remoteId: r.id });
        forget();
      } else if (r.status === Status.Active && time(r.scheduled_end_time) <= now) {
        frees.push({ type: 'complete', eventId, remoteId: r.id });
        forget();
      } else {
        frees.push({ type: 'delete', eventId, remoteId: r.id });
        forget();
      }
      continue;
    }
    const body = eventBody(want);
    if (finished(r.status) || (r.status === Status.Active && time(r.scheduled_start_time) !== want.start)) {
      // It ran (or was ended in Discord): the event's next occurrence is a new Discord event.
      if (r.status === Status.Active) frees.push({ type: 'complete', eventId, remoteId: r.id });
      creates.push({ type: 'create', eventId, body });
      continue;
    }
    if (recorded.get(eventId) !== r.id) edits.push({ type: 'record', eventId, remoteId: r.id });
    const changed = drift(r, body);
    if (Object.keys(changed).length) edits.push({ type: 'patch', eventId, remoteId: r.id, body: changed });
  }
  for (const e of shown) if (!ours.has(e.eventId)) creates.push({ type: 'create', eventId: e.eventId, body: eventBody(e) });
  // Recorded events Discord no longer has (deleted in its UI, or purged): forgotten, shown again if wanted.
  for (const eventId of recorded.keys()) if (!ours.has(eventId) && !wanted.has(eventId)) frees.push({ type: 'forget', eventId });
  creates.sort((a, b) => (a.type === 'create' && b.type === 'create' ? Date.parse(a.body.scheduled_start_time) - Date.parse(b.body.scheduled_start_time) : 0));
  const ends = shown.map((e) => e.end);
  return { actions: [...frees, ...edits, ...creates], nextAt: ends.length ? Math.min(...ends) + 1_000 : null };
}
