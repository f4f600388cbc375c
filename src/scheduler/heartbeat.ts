import type { Clock } from '../core/clock.ts';
import type { Executor } from '../store/events-repo.ts';
import type { Timer } from './timer.ts';

/**
 * Keeps this process's claims alive while it works on them. Leases are short (seconds), so a
 * process that dies leaves its rows to others within seconds; a live process renews every row it
 * holds, whatever kind of notice it is, in one statement, several times per lease. `until` is the
 * lease as last confirmed by the database: a hand-off starts only while enough of it is left, so
 * a process cut off from the database stops handing off before anyone may take its rows over.
 */
export class Heartbeat {
  readonly #db: Executor;
  readonly #owner: string;
  readonly #clock: Clock;
  readonly #leaseMs: number;
  #until: number;

  constructor(o: { db: Executor; owner: string; clock: Clock; leaseMs: number; until: number }) {
    this.#db = o.db;
    this.#owner = o.owner;
    this.#clock = o.clock;
    this.#leaseMs = o.leaseMs;
    this.#until = o.until;
  }

  /** The lease this process can count on for every row it holds. */
  get until(): number {
    return this.#until;
  }

  /** Extend the lease of every row this owner still holds. */
  async renew(): Promise<void> {
    const now = this.#clock.now().getTime();
    // Lapsed already: others may hold some of these rows now. Let the rest lapse too; this batch is over.
    if (now >= this.#until) return;
    const until = now + this.#leaseMs;
    await this.#db
      .updateTable('reminders')
      .set({ lease_expires_at: until })
      .where('state', '=', 'claimed')
      .where('lease_owner', '=', this.#owner)
      .execute();
    this.#until = Math.max(this.#until, until);
  }

  /** Renew every `everyMs` until the returned stop is called (which waits for a renewal in flight). */
  start(timer: Timer, everyMs: number, onError?: (err: unknown) => void): () => Promise<void> {
    const ctl = new AbortController();
    const loop = (async () => {
      while (!ctl.signal.aborted) {
        await timer.sleep(everyMs, ctl.signal);
        if (ctl.signal.aborted) return;
        await this.renew().catch((err: unknown) => onError?.(err));
      }
    })();
    return async () => {
      ctl.abort();
      await loop;
    };
  }
}
