import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterCommit } from '../core/after-commit.ts';
import type { Tenant } from '../core/event.ts';
import type { EventChange, EventLifecycle } from '../core/lifecycle.ts';
import type { Executor } from '../store/events-repo.ts';
import { settingsRepo } from '../store/settings-repo.ts';
import { rowKey } from './keys.ts';
import type { PlannedRow } from './plan.ts';
import { remindersRepo } from './repo.ts';

/**
 * Mirror syncs (Discord Scheduled Events) as scheduler rows. A sync is level-triggered: it makes
 * the platform show the workspace's events as they are when it runs, so one pending sync per
 * workspace covers any number of changes. Two reasons queue one:
 * - 'change': an event was created, edited, cancelled or deleted, or the mirror was switched,
 *   queued in the same transaction as the change (a crash never loses it);
 * - 'at': the previous sync said when time alone next changes what to show (an occurrence ends
 *   and frees its place for the next event, a series moves on); queued with that sync's settling.
 * Rows have event_id '' (they are about the workspace; deleting an event never withdraws them).
 */

function syncRow(t: Tenant, reason: 'change' | 'at', key: string, dueAt: number): PlannedRow {
  return {
    key,
    parentKey: null,
    platform: t.platform,
    workspaceId: t.workspaceId,
    eventId: '',
    kind: 'mirror',
    occurrence: '',
    occurrenceStart: 0,
    occurrenceEnd: 0,
    offset: null,
    target: 'workspace',
    userId: null,
    dueAt,
    previous: null,
    reason,
  };
}

/** The sync a finished one asks for at once (it changed something, or has more to do): one per row. */
export function mirrorAgain(t: Tenant, after: string, now: number): PlannedRow {
  return syncRow(t, 'at', rowKey('mirror', 'again', after), now);
}

/** The sync a finished one asks for at `at`: keyed by what it is, so two chains reaching the same instant make one row. */
export function mirrorFollowUp(t: Tenant, at: number): PlannedRow {
  return syncRow(t, 'at', rowKey('mirror', t.platform, t.workspaceId, 'at', at), at);
}

/**
 * One pending 'change' sync per workspace, due now: a pending one is pulled to now (it will read
 * this change when it runs); else a new one. A sync already claimed may have read the state before
 * this change, so it does not count.
 */
export async function queueMirrorSync(db: Executor, t: Tenant, now: number): Promise<PlannedRow | null> {
  const touched = await db
    .updateTable('reminders')
    .set({ due_at: sql<number>`case when due_at > ${now} then ${now} else due_at end` })
    .where('platform', '=', t.platform)
    .where('workspace_id', '=', t.workspaceId)
    .where('kind', '=', 'mirror')
    .where('reason', '=', 'change')
    .where('state', '=', 'pending')
    .returning('key')
    .execute();
  if (touched.length > 0) return null;
  const row = syncRow(t, 'change', rowKey('mirror', t.platform, t.workspaceId, now, randomUUID()), now);
  await remindersRepo.insertPlanned(db, [row], now);
  return row;
}

/** A sync for the workspace, when it mirrors (only Discord servers can). */
export async function queueMirrorSyncIfOn(db: Executor, t: Tenant, now: number): Promise<PlannedRow | null> {
  if (t.platform !== 'discord' || !(await settingsRepo.workspace(db, t)).mirrorEvents) return null;
  return queueMirrorSync(db, { platform: t.platform, workspaceId: t.workspaceId }, now);
}

function tenantOfChange(change: EventChange): Tenant {
  if (change.type === 'mirror') return change.tenant;
  return { platform: change.event.platform, workspaceId: change.event.workspaceId };
}

/** Queues a sync for every change that can alter what the mirror shows, when the workspace mirrors. */
export function createMirrorLifecycle(opts: { onQueued?: (dueAt: number) => void } = {}): EventLifecycle {
  return {
    async changed(db, change, now) {
      if (change.type === 'rsvp' || change.type === 'replan') return;
      const t = tenantOfChange(change);
      // Switched off: one last sync takes the mirrored events down.
      const row = change.type === 'mirror' ? await queueMirrorSync(db, t, now) : await queueMirrorSyncIfOn(db, t, now);
      if (row && opts.onQueued) {
        const cb = opts.onQueued;
        afterCommit(db, () => cb(row.dueAt));
      }
    },
  };
}
