import type { Clock } from '../core/clock.ts';
import type { Scheduler } from '../scheduler/index.ts';
import type { Store } from '../store/database.ts';
import { migrationStatus } from '../store/migration-status.ts';
import type { CheckResult, ReadinessCheck } from './readiness.ts';

/** Reachable, and every migration this code knows has run. */
export function databaseCheck(store: Store): ReadinessCheck {
  return async (): Promise<CheckResult> => {
    let status;
    try {
      status = await migrationStatus(store);
    } catch (err) {
      return { ok: false, reason: `unreachable: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (status.pending.length) return { ok: false, reason: `migrations not run: ${status.pending.join(', ')}` };
    return { ok: true, detail: { dialect: store.dialect } };
  };
}

/** Overdue notices (reminders, cards, DMs, webhooks) beyond this mean the loop is not keeping up (or cannot deliver). */
export const MAX_LAG_MS = 5 * 60_000;

/** The loop is running, began a pass within one lease, and nothing has waited past MAX_LAG_MS. */
export function schedulerCheck(scheduler: Scheduler, clock: Clock, maxLagMs = MAX_LAG_MS): ReadinessCheck {
  return async (): Promise<CheckResult> => {
    if (!scheduler.running) return { ok: false, reason: 'the loop is not running' };
    const beat = scheduler.heartbeatAt;
    const since = beat === null ? null : clock.now().getTime() - beat;
    if (since === null || since > scheduler.leaseMs) {
      return { ok: false, reason: since === null ? 'the loop has not made a pass yet' : `no pass for ${Math.round(since / 1000)} s` };
    }
    const lagMs = await scheduler.lagMs();
    if (lagMs > maxLagMs) return { ok: false, reason: `lagging: the oldest due notice has waited ${Math.round(lagMs / 1000)} s`, detail: { lagMs } };
    return { ok: true, detail: { lagMs, lastPassMsAgo: since } };
  };
}
