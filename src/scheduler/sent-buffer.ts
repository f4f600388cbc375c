import type { Executor } from '../store/events-repo.ts';

const GROUP = 500;

/**
 * Marks hand-offs as sent in groups: each key waits only for the UPDATE in flight (if any) to
 * finish, then goes with everything queued meanwhile ("group commit"). One statement per group
 * instead of one per row; a row is still recorded within one round trip of its hand-off.
 * Only rows this owner still holds are marked; the promise says whether this one was.
 */
export class SentBuffer {
  readonly #db: Executor;
  readonly #owner: string;
  readonly #now: () => number;
  #queue: Array<{ key: string; done: (ok: boolean) => void; fail: (err: unknown) => void }> = [];
  #flushing: Promise<void> | null = null;

  constructor(db: Executor, owner: string, now: () => number) {
    this.#db = db;
    this.#owner = owner;
    this.#now = now;
  }

  mark(key: string): Promise<boolean> {
    return new Promise((done, fail) => {
      this.#queue.push({ key, done, fail });
      this.#kick();
    });
  }

  #kick(): void {
    if (this.#flushing || this.#queue.length === 0) return;
    this.#flushing = this.#flush().finally(() => {
      this.#flushing = null;
      // A key queued after the flush saw an empty queue, but before it settled, would wait forever.
      this.#kick();
    });
  }

  async #flush(): Promise<void> {
    while (this.#queue.length) {
      const group = this.#queue.splice(0, GROUP);
      try {
        const updated = await this.#db
          .updateTable('reminders')
          .set({ state: 'sent', sent_at: this.#now(), lease_owner: null, lease_expires_at: null })
          .where(
            'key',
            'in',
            group.map((g) => g.key),
          )
          .where('state', '=', 'claimed')
          .where('lease_owner', '=', this.#owner)
          .returning('key')
          .execute();
        const ok = new Set(updated.map((r) => r.key));
        for (const g of group) g.done(ok.has(g.key));
      } catch (err) {
        for (const g of group) g.fail(err);
      }
    }
  }
}
