import type { DeliveryResult, Handoff } from './notifier.ts';

/** The notifier answered too late: the outcome is unknown (it may have been delivered). */
export class HandoffTimeout extends Error {}

/** The hand-off never began (it waited too long in the notifier's queue, or too little lease was left): nothing was delivered. */
export class HandoffDropped extends Error {}

export interface HandoffLimits {
  /** How long a begun delivery may take. */
  timeoutMs: number;
  /** How long a hand-off may wait in the notifier's queue before it begins. */
  queueMs: number;
  /** Whether enough of the lease is left for a delivery beginning now to finish within it. */
  canBegin: () => boolean;
  /** The notifier queued the hand-off (it does no work meanwhile). */
  onQueued?: () => void;
}

/**
 * Hands one notice to a notifier under a watchdog. The delivery timeout counts from when the
 * delivery begins: at once for a notifier that does not queue, at `begin()` for one that does
 * (`queued()`), so waiting behind other DMs in a pacer is not mistaken for a platform that does not
 * answer. Whatever the watchdog gives up on is aborted through `signal`: a queued delivery is then
 * dropped by the notifier and can never be delivered after its row was given back.
 */
export async function handOff(deliver: (h: Handoff) => Promise<DeliveryResult>, limits: HandoffLimits): Promise<DeliveryResult> {
  const ctl = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let giveUp!: (err: Error) => void;
  const watchdog = new Promise<never>((_, reject) => (giveUp = reject));
  const stop = (err: Error) => {
    clearTimeout(timer);
    ctl.abort(err);
    giveUp(err);
  };
  const arm = (ms: number, err: () => Error) => {
    clearTimeout(timer);
    timer = setTimeout(() => stop(err()), Math.max(1, ms));
  };
  const timedOut = () => new HandoffTimeout(`the notifier did not answer within ${limits.timeoutMs} ms`);
  arm(limits.timeoutMs, timedOut);
  const handoff: Handoff = {
    signal: ctl.signal,
    queued: () => {
      if (ctl.signal.aborted) return;
      arm(limits.queueMs, () => new HandoffDropped(`it waited ${limits.queueMs} ms in the notifier's queue`));
      limits.onQueued?.();
    },
    begin: () => {
      if (ctl.signal.aborted) return false;
      if (!limits.canBegin()) {
        stop(new HandoffDropped('too little of the lease was left to begin'));
        return false;
      }
      arm(limits.timeoutMs, timedOut);
      return true;
    },
  };
  const delivery = deliver(handoff);
  // Once the watchdog has given up, the delivery's own end (a drop, a late answer) is nobody's business.
  delivery.catch(() => {});
  try {
    return await Promise.race([delivery, watchdog]);
  } finally {
    clearTimeout(timer);
    watchdog.catch(() => {});
  }
}
