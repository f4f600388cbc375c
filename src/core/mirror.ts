import { eventsRepo, type Executor } from '../store/events-repo.ts';
import { mirrorsRepo, type MirrorRecord } from '../store/mirrors-repo.ts';
import { settingsRepo } from '../store/settings-repo.ts';
import type { EventRecord, Tenant } from './event.ts';
import { shownOccurrence } from './view.ts';

/**
 * The mirror of a workspace's events on the platform's own events (Discord Scheduled Events),
 * as Convene wants it: Convene is the source of truth, the platform adapter makes its side match.
 */

/** One event as the platform should show it: its current or next occurrence. */
export interface MirrorEntry {
  eventId: string;
  title: string;
  description: string | null;
  location: string | null;
  joinUrl: string | null;
  status: 'scheduled' | 'cancelled';
  start: number;
  end: number;
}

export interface MirrorState {
  enabled: boolean;
  /** Scheduled events not over, by their current or next occurrence, soonest first. */
  upcoming: MirrorEntry[];
  /** What was mirrored, with the event as it is now (null: deleted, or over with nothing to come). */
  mirrored: Array<MirrorRecord & { event: MirrorEntry | null }>;
}

function entry(e: EventRecord, now: number): MirrorEntry | null {
  const occ = shownOccurrence(e, now);
  if (!occ) return null;
  return {
    eventId: e.id,
    title: e.title,
    description: e.description,
    location: e.location,
    joinUrl: e.joinUrl,
    status: e.status === 'cancelled' ? 'cancelled' : 'scheduled',
    start: occ.start,
    end: occ.end,
  };
}

/**
 * What the mirror should hold at `now`: the soonest `limit * 2` one-off events and every series
 * not over (a series shows its next occurrence), plus the events mirrored before, as they are now.
 */
export async function mirrorState(db: Executor, t: Tenant, now: number, limit: number): Promise<MirrorState> {
  const settings = await settingsRepo.workspace(db, t);
  const [{ oneOffs, series }, records] = await Promise.all([eventsRepo.scheduledAhead(db, t, now, limit * 2), mirrorsRepo.list(db, t)]);
  const upcoming = [...oneOffs, ...series]
    .map((e) => entry(e, now))
    .filter((e): e is MirrorEntry => e !== null)
    .sort((a, b) => a.start - b.start || a.eventId.localeCompare(b.eventId));
  const mirrored = await Promise.all(
    records.map(async (r) => {
      const e = await eventsRepo.get(db, t, r.eventId);
      return { ...r, event: e && e.status !== 'draft' ? entry(e, now) : null };
    }),
  );
  return { enabled: settings.mirrorEvents, upcoming, mirrored };
}
