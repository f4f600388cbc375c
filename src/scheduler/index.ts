/**
 * The scheduler: reminder rows planned by the lifecycle (inside the core's write transaction),
 * delivered by one loop that claims due rows under a lease and hands each to its platform's
 * notifier with an idempotency key (the row's key), so each reminder arrives exactly once.
 *
 *   const scheduler = new Scheduler({ store, clock, notifiers });
 *   const lifecycle = createReminderLifecycle({ onQueued: () => scheduler.wake() });
 *   const service = new EventService({ store, clock, lifecycle });
 *   scheduler.start(); … await scheduler.stop();
 */
export { Scheduler, type SchedulerOptions } from './scheduler.ts';
export { createReminderLifecycle, replan, type ReminderLifecycleOptions } from './lifecycle.ts';
export { createMirrorLifecycle, mirrorFollowUp, queueMirrorSync } from './mirror.ts';
export { planEvent, reminderDue, lateness, DEFAULT_HORIZON_MS, START_GRACE_MS, type PlannedRow } from './plan.ts';
export { judge, type Verdict } from './verdict.ts';
export { remindersRepo } from './repo.ts';
export { claimBatch } from './claim.ts';
export { realTimer, type Timer } from './timer.ts';
export type { BatchStats, SettledNotice } from './dispatch.ts';
export type { Notice, NoticeKind, Notifier, NotifierRegistry, Target, DeliveryResult, CardRemoval, WebhookDelivery, WebhookSender, MirrorResult, MirrorSync } from './notifier.ts';
export type { ReminderRow, ReminderKind, ReminderState, ReminderTarget, SchedulerTables } from './tables.ts';
