import type { Dialect } from '../store/database.ts';
import type { Executor } from '../store/events-repo.ts';
import type { ReminderRow } from './tables.ts';
import { inScope, isEmptyScope } from './scope.ts';

export interface ClaimOptions {
  owner: string;
  now: number;
  leaseMs: number;
  limit: number;
  /** Only rows of events on these platforms: this process has notifiers for them. */
  platforms: readonly string[];
  /** Also every platform's webhook rows: this process sends webhooks. */
  webhooks?: boolean;
}

/**
 * Take up to `limit` rows that are due (pending, due_at <= now) or whose lease has expired
 * (claimed by a process that died), oldest first, and lease them to `owner` — in ONE statement:
 *
 *   UPDATE reminders SET state='claimed', lease_owner=…, lease_expires_at=…, attempts=attempts+1
 *   WHERE key IN (SELECT key … ORDER BY due_at LIMIT n [FOR UPDATE SKIP LOCKED]) RETURNING *
 *
 * Postgres: the subquery locks the rows it picks and skips rows another claimer holds, and the
 * row is re-checked after the lock, so two processes never take the same row. SQLite: the single
 * statement is one write transaction (the writer lock is taken before anything is read, waiting
 * out other processes through busy_timeout), so it is atomic as a whole.
 */
export async function claimBatch(db: Executor, dialect: Dialect, o: ClaimOptions): Promise<ReminderRow[]> {
  if (isEmptyScope(o) || o.limit <= 0) return [];
  let pick = db
    .selectFrom('reminders')
    .select('key')
    .where('state', 'in', ['pending', 'claimed'])
    .where('due_at', '<=', o.now)
    .where((eb) => eb.or([eb('state', '=', 'pending'), eb('lease_expires_at', '<=', o.now)]))
    .where((eb) => inScope(eb, o))
    .orderBy('due_at')
    .limit(o.limit);
  if (dialect === 'postgres') pick = pick.forUpdate().skipLocked();
  const rows = await db
    .updateTable('reminders')
    .set((eb) => ({
      state: 'claimed',
      lease_owner: o.owner,
      lease_expires_at: o.now + o.leaseMs,
      attempts: eb('attempts', '+', 1),
    }))
    .where('key', 'in', pick)
    .returningAll()
    .execute();
  return rows.sort((a, b) => Number(a.due_at) - Number(b.due_at));
}
