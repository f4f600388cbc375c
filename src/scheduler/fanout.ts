import type { EventRecord } from '../core/event.ts';
import type { Occurrence } from '../core/occurrences.ts';
import type { Executor } from '../store/events-repo.ts';
import { recipientKey } from './keys.ts';
import { allDayAtFor, reminderDue } from './plan.ts';
import { reminderRecipients } from './recipients.ts';
import { copyRow, remindersRepo } from './repo.ts';
import type { ReminderRow } from './tables.ts';

export class LeaseLost extends Error {}

/**
 * An 'attendees' row came due: insert one 'dm' row per recipient (key stable per recipient,
 * due when the parent was) and mark the parent sent, in one transaction. The recipients are
 * then delivered like any row, each settled on its own, so a crash after 3 of 10 DMs re-sends
 * none of those 3. Throws LeaseLost (rolling back) when `owner` no longer holds the parent.
 */
export async function fanOut(
  db: Executor,
  row: ReminderRow,
  event: EventRecord,
  occ: Occurrence,
  owner: string,
  now: number,
  allDayAt: number | null = null,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const offset = row.offset_iso;
    const reminder = offset ? { offset, dueAt: (o: string) => reminderDue(occ.start, o, event.timezone, allDayAtFor(event, allDayAt)) } : undefined;
    const users = await reminderRecipients(trx, event, occ.key, reminder);
    await remindersRepo.insert(
      trx,
      users.map((userId) => ({
        ...copyRow(row),
        key: recipientKey(row.key, userId),
        parent_key: row.key,
        target: 'dm',
        user_id: userId,
        created_at: now,
      })),
    );
    const ok = await remindersRepo.settle(trx, row.key, owner, {
      state: 'sent',
      now,
      error: `fanned out to ${users.length} recipient${users.length === 1 ? '' : 's'}`,
    });
    if (!ok) throw new LeaseLost();
    return users.length;
  });
}
