/**
 * Runs tasks one after another with at least `intervalMs` between starts, so the bot never
 * opens a burst of DMs (Discord flags bots that open many DM channels at once).
 */
export class Pacer {
  #tail: Promise<unknown> = Promise.resolve();
  #stopped = false;

  constructor(private readonly intervalMs: number) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(() => {
      if (this.#stopped) throw new Error('pacer stopped');
      return task();
    });
    // The next task waits for this one and then for the interval, whatever this one's fate.
    this.#tail = result.then(
      () => this.#gap(),
      () => this.#gap(),
    );
    return result;
  }

  stop(): void {
    this.#stopped = true;
  }

  #gap(): Promise<void> {
    if (this.intervalMs <= 0 || this.#stopped) return Promise.resolve();
    return new Promise((resolve) => setTimeout(resolve, this.intervalMs).unref());
  }
}
