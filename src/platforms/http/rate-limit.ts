/**
 * Requests per API key per window (fixed window, in memory): a burst past the limit is told when
 * to come back. Hand-written: the limit keys on the authenticated key, known only after auth,
 * and a counter per key is all it takes in one process.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** null when allowed; else the seconds until the window resets (for Retry-After). */
  take(key: string, now: number): number | null {
    let w = this.#windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.#windows.set(key, w);
      if (this.#windows.size > 10_000) this.#windows.delete(this.#windows.keys().next().value!);
    }
    w.count++;
    if (w.count <= this.limit) return null;
    return Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000));
  }
}
