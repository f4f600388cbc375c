import type { Executor } from '../store/events-repo.ts';
import type { PlannedRow } from './plan.ts';
import type { ReminderKind, ReminderRow, ReminderState, RemindersTable } from './tables.ts';
import type { Insertable } from 'kysely';
import { inScope, isEmptyScope, type DeliveryScope } from './scope.ts';
import { prepared } from '../store/prepared.ts';

/** Kinds of rows that carry their own payload and are delivered even after their event is deleted. */
export const OUTLIVING_KINDS: readonly ReminderKind[] = ['webhook', 'card_removed'];

/** Rows per INSERT: well under SQLite's and Postgres's bound-parameter limits. */
const CHUNK = 400;
const FEW = 8;
const insertFew = prepared((db, rows: Insertable<RemindersTable>[]) =>
  db.insertInto('reminders').values(rows).onConflict((oc) => oc.column('key').doNothing()),
);

export function toRow(p: PlannedRow, now: number): Insertable<RemindersTable> {
  return {
    key: p.key,
    parent_key: p.parentKey,
    platform: p.platform,
    workspace_id: p.workspaceId,
    event_id: p.eventId,
    kind: p.kind,
    occurrence: p.occurrence,
    occurrence_start: p.occurrenceStart,
    occurrence_end: p.occurrenceEnd,
    offset_iso: p.offset,
    target: p.target,
    user_id: p.userId,
    due_at: p.dueAt,
    state: 'pending',
    attempts: 0,
    lease_owner: null,
    lease_expires_at: null,
    sent_at: null,
    last_error: null,
    previous_start: p.previous?.start ?? null,
    previous_end: p.previous?.end ?? null,
    reason: p.reason,
    created_at: now,
    payload: p.payload ?? null,
  };
}

/** A row's columns, for deriving another row from it (fan-out, failure notice). */
export function copyRow(row: ReminderRow): Insertable<RemindersTable> {
  return { ...row, state: 'pending', attempts: 0, lease_owner: null, lease_expires_at: null, sent_at: null, last_error: null };
}

/**
 * The earliest `column` of the rows in `state` within the scope: the first row in that order, not
 * min(), which SQLite answers by reading every row in the state when the scope filters on other
 * columns (a millisecond a call with 20,000 reminders pending, on every wake of the scheduler).
 * Ordered by (state, due_at), the index finds the first pending row at once.
 */
async function firstBy(db: Executor, state: ReminderState, column: 'due_at' | 'lease_expires_at', scope: DeliveryScope): Promise<number | null> {
  const row = await db
    .selectFrom('reminders')
    .select(column)
    .where('state', '=', state)
    .where(column, 'is not', null)
    .where((eb) => inScope(eb, scope))
    .orderBy(column)
    .limit(1)
    .executeTakeFirst();
  const at = row?.[column];
  return at === null || at === undefined ? null : Number(at);
}

export const remindersRepo = {
  /** Insert rows; a key that already exists (planned before, in any state) is left alone. */
  async insert(db: Executor, rows: Insertable<RemindersTable>[]): Promise<void> {
    // A few rows (an event's card and reminders): one statement compiled once. A fan-out's
    // hundreds: built each time, in chunks under the databases' parameter limits.
    if (rows.length === 0) return;
    if (rows.length <= FEW) return void (await insertFew(db, rows));
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insertInto('reminders')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    }
  },

  async insertPlanned(db: Executor, rows: PlannedRow[], now: number): Promise<void> {
    await remindersRepo.insert(
      db,
      rows.map((r) => toRow(r, now)),
    );
  },

  /** Pending rows of an event, of some kinds. */
  async pending(db: Executor, eventId: string, kinds: readonly ReminderKind[]): Promise<ReminderRow[]> {
    return db
      .selectFrom('reminders')
      .selectAll()
      .where('event_id', '=', eventId)
      .where('state', '=', 'pending')
      .where('kind', 'in', kinds)
      .execute();
  },

  async deleteKeys(db: Executor, keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += CHUNK) {
      await db
        .deleteFrom('reminders')
        .where('key', 'in', keys.slice(i, i + CHUNK))
        .where('state', '=', 'pending')
        .execute();
    }
  },

  /** Withdraw: pending rows of these kinds go; claimed ones are checked again at hand-off. */
  async deletePending(db: Executor, eventId: string, kinds: readonly ReminderKind[]): Promise<void> {
    await db
      .deleteFrom('reminders')
      .where('event_id', '=', eventId)
      .where('state', '=', 'pending')
      .where('kind', 'in', kinds)
      .execute();
  },

  /** An event is deleted: its rows go, except those that carry what they deliver (webhooks, the card's removal). */
  async deleteForEvent(db: Executor, eventId: string): Promise<void> {
    await db.deleteFrom('reminders').where('event_id', '=', eventId).where('kind', 'not in', OUTLIVING_KINDS).execute();
  },

  async byEvent(db: Executor, eventId: string): Promise<ReminderRow[]> {
    return db.selectFrom('reminders').selectAll().where('event_id', '=', eventId).orderBy('due_at').orderBy('key').execute();
  },

  /** The due time of the oldest row still waiting to be claimed (null: none). */
  async oldestDue(db: Executor, scope: DeliveryScope): Promise<number | null> {
    if (isEmptyScope(scope)) return null;
    return firstBy(db, 'pending', 'due_at', scope);
  },

  /**
   * The earliest instant something may become claimable: a pending row's due time or a claimed
   * row's lease expiry.
   */
  async nextWakeAt(db: Executor, scope: DeliveryScope): Promise<number | null> {
    if (isEmptyScope(scope)) return null;
    const [due, lease] = await Promise.all([firstBy(db, 'pending', 'due_at', scope), firstBy(db, 'claimed', 'lease_expires_at', scope)]);
    const times = [due, lease].filter((t): t is number => t !== null);
    return times.length ? Math.min(...times) : null;
  },

  /** Settle a claimed row, only while this owner still holds it (a reclaimed row is someone else's). */
  async settle(
    db: Executor,
    key: string,
    owner: string,
    to: { state: ReminderState; now: number; error?: string | null; dueAt?: number },
  ): Promise<boolean> {
    const res = await db
      .updateTable('reminders')
      .set({
        state: to.state,
        lease_owner: null,
        lease_expires_at: null,
        ...(to.state === 'sent' ? { sent_at: to.now } : {}),
        ...(to.error !== undefined ? { last_error: to.error } : {}),
        ...(to.dueAt !== undefined ? { due_at: to.dueAt } : {}),
      })
      .where('key', '=', key)
      .where('state', '=', 'claimed')
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  /**
   * Forget settled rows due before `before`. Safe for planning: nothing is ever planned due in
   * the past, so a pruned key is never planned again.
   */
  async prune(db: Executor, before: number): Promise<number> {
    const res = await db
      .deleteFrom('reminders')
      .where('state', 'in', ['sent', 'skipped', 'failed'])
      .where('due_at', '<', before)
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  },

  /** Give a claimed row back as it was (the claim's attempt undone), for anyone to claim at once. */
  async release(db: Executor, key: string, owner: string): Promise<boolean> {
    const res = await db
      .updateTable('reminders')
      .set((eb) => ({ state: 'pending', lease_owner: null, lease_expires_at: null, attempts: eb('attempts', '-', 1) }))
      .where('key', '=', key)
      .where('state', '=', 'claimed')
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  /** Every row this owner still holds goes back to pending (a stopping process hands its claims over). */
  async releaseOwned(db: Executor, owner: string): Promise<number> {
    const res = await db
      .updateTable('reminders')
      .set((eb) => ({ state: 'pending', lease_owner: null, lease_expires_at: null, attempts: eb('attempts', '-', 1) }))
      .where('state', '=', 'claimed')
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  },

  async counts(db: Executor): Promise<Record<string, number>> {
    const rows = await db
      .selectFrom('reminders')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  },
};
