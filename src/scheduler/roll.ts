import type { Platform } from '../core/tenant.ts';
import { eventsRepo } from '../store/events-repo.ts';
import type { Executor } from '../store/events-repo.ts';
import { planEvent } from './plan.ts';
import type { EventRecord } from '../core/event.ts';
import { applyStandingAhead } from '../core/standing-apply.ts';
import { standingRepo } from '../store/standing-repo.ts';
import { remindersRepo } from './repo.ts';
import { AllDayHours } from './all-day.ts';
import { personalOffsets } from './recipients.ts';

const PAGE = 200;

/**
 * Standing ("every time") answers are written onto the occurrences that came within their
 * horizon, under the event's lock (as a person answering would take it), so reminders and the card
 * of each occurrence count them.
 */
async function rollStanding(db: Executor, e: EventRecord, now: number, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const locked = await eventsRepo.getForUpdate(tx, e, e.id, dialect);
    if (locked) await applyStandingAhead({ db: tx, now }, locked);
  });
}

/**
 * Recurring events have reminders planned over a rolling horizon; as occurrences pass, plan the
 * ones that came within it. Only inserts (keys are derived from what a row is, so a row planned
 * before, in whatever state, is kept): idempotent, safe from several processes at once.
 */
export async function rollForward(
  db: Executor,
  now: number,
  opts: { horizonMs?: number; platforms: string[]; onError?: (err: unknown) => void; dialect?: 'sqlite' | 'postgres' },
): Promise<number> {
  if (opts.platforms.length === 0) return 0;
  let after = '';
  let planned = 0;
  const allDayHours = new AllDayHours(db);
  for (;;) {
    const events = await eventsRepo.recurringPage(db, opts.platforms as Platform[], now, after, PAGE);
    const own = await personalOffsets(db, events).catch(() => new Map<string, string[]>());
    const standing = await standingRepo.eventsWithAny(db, events.map((e) => e.id));
    for (const e of events) {
      // One event that cannot be planned must not keep the others from their reminders.
      try {
        const allDayAt = e.allDay ? await allDayHours.get(e) : null;
        const wanted = planEvent(e, now, { horizonMs: opts.horizonMs, allDayAt, personalOffsets: own.get(e.id) ?? [] });
        if (wanted.length) await remindersRepo.insertPlanned(db, wanted, now);
        planned += wanted.length;
        if (standing.has(e.id)) await rollStanding(db, e, now, opts.dialect ?? 'sqlite');
      } catch (err) {
        opts.onError?.(new Error(`rolling event ${e.id} forward failed: ${err instanceof Error ? err.message : String(err)}`));
      }
    }
    if (events.length < PAGE) return planned;
    after = events[events.length - 1]!.id;
  }
}
