/**
 * Work to do once a write transaction has committed: waking the scheduler for rows the
 * transaction queued. Woken any earlier, it looks before the rows are visible, finds nothing and
 * sleeps its full bound (seen under load on Postgres, when the wake used to be a guessed 50 ms).
 */
const open = new WeakMap<object, Array<() => void>>();

/** For the one place that opens the core's transactions: after-commit work is collected for `trx`. */
export function collectAfterCommit(trx: object): Array<() => void> {
  const list: Array<() => void> = [];
  open.set(trx, list);
  return list;
}

/**
 * Runs `fn` after the transaction `db` belongs to commits; never, if it rolls back. Outside a
 * transaction the core opened (a plain connection, a test's own), shortly after, as before.
 */
export function afterCommit(db: object, fn: () => void): void {
  const list = open.get(db);
  if (list) list.push(fn);
  else setTimeout(fn, 50).unref?.();
}
