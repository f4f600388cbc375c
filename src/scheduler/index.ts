export { Scheduler, type SchedulerOptions } from './scheduler.ts';
export { createReminderLifecycle, replan, type ReminderLifecycleOptions } from './lifecycle.ts';
export { planEvent, reminderDue, lateness, DEFAULT_HORIZON_MS, START_GRACE_MS, type PlannedRow } from './plan.ts';
export { remindersRepo } from './repo.ts';
export { claimBatch } from './claim.ts';
export type { BatchStats } from './dispatch.ts';
export type { Notice, NoticeKind, Notifier, NotifierRegistry, Target, DeliveryResult } from './notifier.ts';
export type { ReminderRow, ReminderKind, ReminderState, ReminderTarget, SchedulerTables } from './tables.ts';
