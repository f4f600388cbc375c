/**
 * The console's side of the soak: the real ConsoleNotifier printing into a counter instead of a
 * terminal, and which notice keys it printed how often (the console has no server-side dedupe,
 * so every print is what a person would have seen).
 */
import { ConsoleNotifier } from '../../src/platforms/console/notifier.ts';
import type { DeliveryResult, Notice, Notifier, Target } from '../../src/scheduler/notifier.ts';

export interface ConsoleRecorder {
  notifier: Notifier;
  /** Notice key → times printed. */
  seen: Map<string, number>;
  lines(): number;
}

export function consoleRecorder(): ConsoleRecorder {
  let lines = 0;
  const seen = new Map<string, number>();
  const inner = new ConsoleNotifier(() => lines++);
  const notifier: Notifier = {
    async deliver(notice: Notice, target: Target): Promise<DeliveryResult> {
      const before = lines;
      const result = await inner.deliver(notice, target);
      if (lines > before) seen.set(notice.key, (seen.get(notice.key) ?? 0) + (lines - before));
      return result;
    },
  };
  return { notifier, seen, lines: () => lines };
}
