/**
 * Bounded waiting on recorded state. A `Waiters` instance is notified whenever its owner records
 * something; `wait` resolves as soon as `check` returns a value, or rejects after `timeoutMs` with
 * a message that says what was being waited for and what was seen instead.
 */
export class Waiters {
  private readonly pending = new Set<() => void>();

  notify(): void {
    for (const wake of [...this.pending]) wake();
  }

  wait<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const found = check();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const wake = (): void => {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.pending.delete(wake);
      };
      this.pending.add(wake);
    });
  }
}

export const DEFAULT_WAIT_MS = 2_000;
