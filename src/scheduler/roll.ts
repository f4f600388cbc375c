import { eventFromRow } from '../core/event.ts';
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
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('recurrence', 'is not', null)
      .where('status', '!=', 'cancelled')
      .where((eb) => eb.or([eb('last_end_at', 'is', null), eb('last_end_at', '>', now)]))
      .where('platform', 'in', opts.platforms)
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    const own = await personalOffsets(db, rows.map(eventFromRow)).catch(() => new Map<string, string[]>());
    for (const row of rows) {
      // One event that cannot be planned must not keep the others from their reminders.
      try {
        const e = eventFromRow(row);
        const allDayAt = e.allDay ? await allDayHours.get(e) : null;
        const wanted = planEvent(e, now, { horizonMs: opts.horizonMs, allDayAt, personalOffsets: own.get(e.id) ?? [] });
        if (wanted.length) await remindersRepo.insertPlanned(db, wanted, now);
        planned += wanted.length;
      } catch (err) {
        opts.onError?.(new Error(`rolling event ${row.id} forward failed: ${err instanceof Error ? err.message : String(err)}`));
      }
    }
    if (rows.length < PAGE) return planned;
    after = rows[rows.length - 1]!.id;
  }
}
