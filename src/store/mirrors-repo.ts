import type { Tenant } from '../core/event.ts';
import type { Executor } from './events-repo.ts';

/** Which platform event (a Discord Scheduled Event) shows which Convene event. */
export interface MirrorRecord {
  eventId: string;
  remoteId: string;
}

export const mirrorsRepo = {
  async list(db: Executor, t: Tenant): Promise<MirrorRecord[]> {
    const rows = await db
      .selectFrom('event_mirrors')
      .select(['event_id', 'remote_id'])
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .execute();
    return rows.map((r) => ({ eventId: r.event_id, remoteId: r.remote_id }));
  },

  async set(db: Executor, t: Tenant, eventId: string, remoteId: string, now: number): Promise<void> {
    await db
      .insertInto('event_mirrors')
      .values({ event_id: eventId, platform: t.platform, workspace_id: t.workspaceId, remote_id: remoteId, updated_at: now })
      .onConflict((oc) => oc.column('event_id').doUpdateSet({ remote_id: remoteId, updated_at: now }))
      .execute();
  },

  async forget(db: Executor, t: Tenant, eventId: string): Promise<void> {
    await db.deleteFrom('event_mirrors').where('event_id', '=', eventId).where('platform', '=', t.platform).where('workspace_id', '=', t.workspaceId).execute();
  },
};
