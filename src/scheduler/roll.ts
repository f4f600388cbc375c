import type { Platform } from '../core/tenant.ts';
import { eventsRepo } from '../store/events-repo.ts';
import type { Executor } from '../store/events-repo.ts';
import { planEvent } from './plan.ts';
import { remindersRepo } from './repo.ts';
import { AllDayHours } from './all-day.ts';
import { personalOffsets } from './recipients.ts';

const PAGE = 200;

/**
 * Recurring events have reminders planned over a rolling horizon; as occurrences pass, plan the
 * ones that came within it. Only inserts (keys are derived from what a row is, so a row planned
 * before, in whatever state, is kept): idempotent, safe from several processes at once.
 */
export async function rollForward(
  db: Executor,
  now: number,
  opts: { horizonMs?: number; platforms: string[]; onError?: (err: unknown) => void },
): Promise<number> {
  if (opts.platforms.length === 0) return 0;
  let after = '';
  let planned = 0;
  const allDayHours = new AllDayHours(db);
  for (;;) {
    const events = await eventsRepo.recurringPage(db, opts.platforms as Platform[], now, after, PAGE);
    const own = await personalOffsets(db, events).catch(() => new Map<string, string[]>());
    for (const e of events) {
      // One event that cannot be planned must not keep the others from their reminders.
      try {
        const allDayAt = e.allDay ? await allDayHours.get(e) : null;
        const wanted = planEvent(e, now, { horizonMs: opts.horizonMs, allDayAt, personalOffsets: own.get(e.id) ?? [] });
        if (wanted.length) await remindersRepo.insertPlanned(db, wanted, now);
        planned += wanted.length;
      } catch (err) {
        opts.onError?.(new Error(`rolling event ${e.id} forward failed: ${err instanceof Error ? err.message : String(err)}`));
      }
    }
    if (events.length < PAGE) return planned;
    after = events[events.length - 1]!.id;
  }
}
