import type { Logger } from './observe/log.ts';

/** One part of the program to stop, in order: readiness first, the database last. */
export interface Step {
  name: string;
  run(): Promise<unknown>;
}

/**
 * Runs the steps once, in order; a step that fails is logged and the next one still runs.
 * Returns the shutdown, for callers that end on their own (the playground at end of input).
 */
export function shutdownOnce(steps: Step[], log: Logger): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  return () =>
    (stopping ??= (async () => {
      for (const step of steps) {
        try {
          await step.run();
        } catch (err) {
          log.warn({ err, step: step.name }, `shutdown: stopping ${step.name} failed`);
        }
      }
    })());
}

/**
 * SIGINT/SIGTERM stop the bot gracefully within `timeoutMs`; past the deadline, or on a second
 * signal, the process exits at once.
 */
export function onSignals(
  steps: Step[],
  o: { log: Logger; timeoutMs: number; exit?: (code: number) => void; signals?: { on(signal: NodeJS.Signals, fn: (s: NodeJS.Signals) => void): unknown } },
): () => Promise<void> {
  const exit = o.exit ?? ((code: number) => process.exit(code));
  const shutdown = shutdownOnce(steps, o.log);
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      o.log.warn({ signal }, `second ${signal}: exiting now`);
      exit(130);
      return;
    }
    signalled = true;
    o.log.info({ signal, timeoutMs: o.timeoutMs }, `${signal}: shutting down (at most ${o.timeoutMs} ms; signal again to exit now)`);
    const deadline = setTimeout(() => {
      o.log.error({ timeoutMs: o.timeoutMs }, 'shutdown deadline passed: exiting with work unfinished');
      exit(1);
    }, o.timeoutMs);
    deadline.unref();
    void shutdown().then(() => {
      clearTimeout(deadline);
      o.log.info('stopped');
      exit(0);
    });
  };
  const source = o.signals ?? process;
  source.on('SIGINT', onSignal);
  source.on('SIGTERM', onSignal);
  return shutdown;
}
