import type { Handoff } from '../../scheduler/notifier.ts';

/** The scheduler gave up on a task before its turn came: it was never run. */
export class PacerDropped extends Error {}

/**
 * Runs tasks one after another with at least `intervalMs` between starts, so the bot never
 * opens a burst of DMs (Discord flags bots that open many DM channels at once). A task handed
 * off by the scheduler waits its turn without that wait counting against the delivery timeout,
 * and is dropped, unrun and without taking a turn, if the scheduler gave up on it meanwhile.
 */
export class Pacer {
  #tail: Promise<unknown> = Promise.resolve();
  #stopped = false;

  constructor(private readonly intervalMs: number) {}

  run<T>(task: () => Promise<T>, handoff?: Handoff): Promise<T> {
    handoff?.queued();
    const result = this.#tail.then(() => {
      if (this.#stopped) throw new Error('pacer stopped');
      if (handoff && !handoff.begin()) throw new PacerDropped('the scheduler gave up on this DM before its turn');
      return task();
    });
    // The next task waits for this one and then for the interval, whatever this one's fate; a dropped one took no turn.
    this.#tail = result.then(
      () => this.#gap(),
      (err: unknown) => (err instanceof PacerDropped ? undefined : this.#gap()),
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
