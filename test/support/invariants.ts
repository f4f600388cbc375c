import type { Platform } from '../../src/core/tenant.ts';
import type { Store } from '../../src/store/database.ts';

/**
 * The rules that must hold after ANY sequence of commands, whatever their field values. Returns
 * what is broken (empty when all hold), so a property can print the counterexample's damage.
 */
export async function invariantViolations(store: Store): Promise<string[]> {
  const db = store.db;
  const out: string[] = [];
  const events = await db.selectFrom('events').select(['id', 'platform', 'workspace_id', 'start_at', 'end_at', 'capacity', 'status']).execute();
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const e of events) {
    if (Number(e.end_at) <= Number(e.start_at)) out.push(`event ${e.id}: end ${e.end_at} is not after start ${e.start_at}`);
  }

  const rsvps = await db.selectFrom('rsvps').select(['event_id', 'occurrence', 'platform', 'workspace_id', 'user_id', 'status']).execute();
  const seats = new Map<string, { going: number; waiting: number; offered: number; capacity: number | null }>();
  for (const r of rsvps) {
    const e = byId.get(r.event_id);
    if (!e) {
      out.push(`orphan rsvp of ${r.user_id} for missing event ${r.event_id}`);
      continue;
    }
    if (e.platform !== r.platform || e.workspace_id !== r.workspace_id) out.push(`rsvp of ${r.user_id} on ${r.event_id} is in another tenant`);
    const k = `${r.event_id}|${r.occurrence}`;
    const s = seats.get(k) ?? { going: 0, waiting: 0, offered: 0, capacity: e.capacity };
    if (r.status === 'going') s.going++;
    if (r.status === 'waitlisted') s.waiting++;
    if (r.status === 'offered') s.offered++;
    seats.set(k, s);
  }
  for (const [k, s] of seats) {
    if (s.capacity !== null && s.going > s.capacity) out.push(`${k}: ${s.going} going over capacity ${s.capacity}`);
    // A seat held for someone offered it counts as taken.
    if (s.capacity !== null && s.going + s.offered > s.capacity) out.push(`${k}: ${s.going} going and ${s.offered} offered over capacity ${s.capacity}`);
    if (s.waiting > 0 && (s.capacity === null || s.going + s.offered < s.capacity)) {
      out.push(`${k}: ${s.waiting} waiting while a seat is free (${s.going}+${s.offered} offered/${s.capacity ?? '∞'})`);
    }
  }

  const hosts = await db.selectFrom('event_hosts').select(['event_id', 'platform', 'workspace_id', 'user_id']).execute();
  for (const h of hosts) {
    const e = byId.get(h.event_id);
    if (!e) out.push(`orphan host ${h.user_id} of missing event ${h.event_id}`);
    else if (e.platform !== h.platform || e.workspace_id !== h.workspace_id) out.push(`host row of ${h.event_id} is in another tenant`);
  }

  const reminders = await db.selectFrom('reminders').select(['key', 'event_id', 'platform', 'workspace_id', 'kind', 'state']).execute();
  for (const r of reminders) {
    const e = byId.get(r.event_id);
    if (!e) {
      out.push(`orphan reminder row ${r.key} for missing event ${r.event_id}`);
      continue;
    }
    if (e.platform !== r.platform || e.workspace_id !== r.workspace_id) out.push(`reminder row ${r.key} is in another tenant`);
    if (e.status === 'cancelled' && r.kind === 'reminder' && r.state === 'pending') out.push(`pending reminder ${r.key} of cancelled event ${e.id}`);
  }
  return out;
}

/** Everything a tenant owns, as comparable text: nothing done in another tenant may change it. */
export async function tenantSnapshot(store: Store, platform: string, workspaceId: string): Promise<string> {
  const db = store.db;
  const [events, rsvps, settings] = await Promise.all([
    db.selectFrom('events').selectAll().where('platform', '=', platform as Platform).where('workspace_id', '=', workspaceId).orderBy('id').execute(),
    db.selectFrom('rsvps').selectAll().where('platform', '=', platform as Platform).where('workspace_id', '=', workspaceId).orderBy('event_id').orderBy('user_id').execute(),
    db.selectFrom('user_settings').selectAll().where('platform', '=', platform).where('workspace_id', '=', workspaceId).execute(),
  ]);
  return JSON.stringify({ events, rsvps, settings });
}
