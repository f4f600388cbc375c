import type { EventChange, EventLifecycle } from '../core/lifecycle.ts';
import type { Executor } from '../store/events-repo.ts';

/**
 * The calendar's side of a change, in the change's own transaction: a deletion leaves no row
 * behind, so the workspace's feeds learn of it from this stamp (their Last-Modified).
 */
export const calendarLifecycle: EventLifecycle = {
  async changed(db: Executor, change: EventChange, now: number): Promise<void> {
    if (change.type !== 'deleted') return;
    const e = change.event;
    await db
      .insertInto('calendar_stamps')
      .values({ platform: e.platform, workspace_id: e.workspaceId, deleted_at: now })
      .onConflict((oc) => oc.columns(['platform', 'workspace_id']).doUpdateSet({ deleted_at: now }))
      .execute();
  },
};

/** Several lifecycles as one, run in order inside the same transaction. */
export function lifecycles(...all: EventLifecycle[]): EventLifecycle {
  return {
    async changed(db, change, now) {
      for (const l of all) await l.changed(db, change, now);
    },
  };
}
