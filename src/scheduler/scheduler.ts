import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Clock } from '../core/clock.ts';
import type { Store } from '../store/database.ts';
import { claimBatch } from './claim.ts';
import { Heartbeat } from './heartbeat.ts';
import { BatchDispatcher, defaultBackoff, emptyStats, type BatchStats, type SettledNotice } from './dispatch.ts';
import type { DraftPublisher, NotifierRegistry, WebhookSender } from './notifier.ts';
import { idempotencyRepo } from '../store/idempotency-repo.ts';
import { timeQuestionsRepo } from '../store/time-questions-repo.ts';
import { remindersRepo } from './repo.ts';
import { rollForward } from './roll.ts';
import { realTimer, type Timer } from './timer.ts';
import type { DeliveryScope } from './scope.ts';

export interface SchedulerOptions {
  store: Store;
  clock: Clock;
  /** The notifier of each platform this process serves; rows of other platforms are left to other processes. */
  notifiers: NotifierRegistry;
  /** Names this process on leases (default host:pid:random). */
  owner?: string;
  /** Rows claimed per pass (default 200). */
  batchSize?: number;
  /**
   * How long a claim holds unless renewed (default 20 s). The process renews its claims every quarter
   * lease while it works on them, so a batch may take longer than this; a process that dies leaves
   * its rows to others within one lease.
   */
  leaseMs?: number;
  /** Hand-offs before a row is marked failed (default 5). */
  maxAttempts?: number;
  backoffMs?: (attempt: number) => number;
  /** A notifier silent this long counts as a transient failure (default 10 s, at most half the lease), counted from when the delivery began. */
  deliveryTimeoutMs?: number;
  /** How long a hand-off may wait in a notifier's queue (Discord's DM pacer) before it is given back undelivered for a later batch (default: the delivery timeout). */
  queueTimeoutMs?: number;
  /** Hand-offs in flight at once within a batch (default 32; platform clients queue under their rate limits). */
  concurrency?: number;
  /** The longest the loop sleeps, so rows added by other processes are seen (default 10 s). */
  maxSleepMs?: number;
  /** How often recurring events' reminders are rolled forward (default hourly; 0: never). */
  rollEveryMs?: number;
  /** How long after a wake() the loop looks (default 10 ms: commands arriving together share one batch; 0: at once). */
  wakeAfterMs?: number;
  horizonMs?: number;
  /** Settled rows are kept this long after they were due, then pruned with the roll (default 30 days). */
  keepSettledMs?: number;
  timer?: Timer;
  /** Errors of a pass (database down…); the loop backs off and carries on. */
  onError?: (err: unknown) => void;
  /** After each pass that claimed something. */
  onBatch?: (stats: BatchStats) => void;
  /** Each row settled (sent, skipped, failed, retried): logs and metrics. */
  onSettled?: (s: SettledNotice) => void;
  /** Sends workspaces' webhooks (signed POSTs); without it webhook rows wait for a process that has one. */
  webhooks?: WebhookSender;
  /** The core's publish command (the EventService), run when a draft's publish time comes; without it those rows wait, retried. */
  publisher?: DraftPublisher;
  /** Webhook hand-offs before a row is failed (default 8) and the waits between them (5 s … 6 h). */
  webhookMaxAttempts?: number;
  webhookBackoffMs?: (attempt: number) => number;
}

type OptionalOption = 'horizonMs' | 'queueTimeoutMs' | 'onError' | 'onBatch' | 'onSettled' | 'webhooks' | 'publisher' | 'webhookMaxAttempts' | 'webhookBackoffMs';

const BUSY_RETRY_MS = 25;
/** The reason a sleep is cut short: a plain value, not the DOMException abort() would build (with its stack) each time. */
const WOKEN = Symbol('woken');
/** Platforms retry an interaction within minutes; a day of keys is plenty. */
const IDEMPOTENCY_KEEP_MS = 86_400_000;

/**
 * The one loop: sleep until the next row is due (bounded), claim a batch under a lease, hand each
 * row to its platform's notifier, record the outcome. Any number of processes can run it
 * against one database; each row is handed off by one of them at a time.
 */
export class Scheduler {
  readonly owner: string;
  readonly #o: Required<Omit<SchedulerOptions, 'owner' | OptionalOption>> & Pick<SchedulerOptions, OptionalOption>;
  readonly #platforms: string[];
  #loop: Promise<void> | null = null;
  #stopping = false;
  #sleep: AbortController | null = null;
  /** The wake window running (wake() called, the loop not yet woken): aborted on stop. */
  #waking: AbortController | null = null;
  #nextRoll = 0;
  #idleWaiters: Array<() => void> = [];
  #heartbeatAt: number | null = null;
  readonly totals: BatchStats = emptyStats();

  constructor(opts: SchedulerOptions) {
    this.owner = opts.owner ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.#o = {
      batchSize: 200,
      leaseMs: 20_000,
      maxAttempts: 5,
      backoffMs: defaultBackoff,
      deliveryTimeoutMs: 10_000,
      concurrency: 32,
      maxSleepMs: 10_000,
      rollEveryMs: 3_600_000,
      wakeAfterMs: 10,
      keepSettledMs: 30 * 86_400_000,
      timer: realTimer,
      // An option given as undefined keeps its default.
      ...(Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as SchedulerOptions),
    };
    if (this.#o.leaseMs <= 0 || this.#o.batchSize <= 0 || this.#o.concurrency <= 0 || this.#o.maxAttempts <= 0) {
      throw new Error('Scheduler: leaseMs, batchSize, concurrency and maxAttempts must be positive');
    }
    this.#platforms = Object.entries(opts.notifiers)
      .filter(([, n]) => n !== undefined)
      .map(([p]) => p);
  }

  get running(): boolean {
    return this.#loop !== null;
  }

  /** What this process delivers: its platforms' rows, and all webhook rows when it has a sender. */
  get #scope(): DeliveryScope {
    return { platforms: this.#platforms, webhooks: this.#o.webhooks !== undefined };
  }

  /** When the loop last began a pass (null before the first): readiness tells a stuck loop by it. */
  get heartbeatAt(): number | null {
    return this.#heartbeatAt;
  }

  /** The lease rows are claimed under; a pass longer than that has lost its rows anyway. */
  get leaseMs(): number {
    return this.#o.leaseMs;
  }

  /** How long the most overdue row this process could deliver has been waiting (0: none overdue). */
  async lagMs(): Promise<number> {
    const oldest = await remindersRepo.oldestDue(this.#o.store.db, this.#scope);
    return oldest === null ? 0 : Math.max(0, this.#o.clock.now().getTime() - oldest);
  }

  start(): void {
    if (this.#loop) return;
    this.#stopping = false;
    this.#loop = this.#run().finally(() => {
      this.#loop = null;
      this.#flushIdle();
    });
  }

  /**
   * Stop after the batch in flight is settled, then give back any row still claimed by this
   * process, so another one delivers it now rather than after the lease runs out.
   */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#waking?.abort();
    this.#waking = null;
    this.#sleep?.abort(WOKEN);
    await this.#loop;
    await remindersRepo.releaseOwned(this.#o.store.db, this.owner).catch((err: unknown) => this.#o.onError?.(err));
  }

  /**
   * Cut the current sleep short: something was queued (the lifecycle's onQueued). After
   * `wakeAfterMs`, so the cards and notices of commands arriving together go out in one batch
   * (one claim, one settle) rather than a claim each.
   */
  wake(): void {
    if (this.#o.wakeAfterMs <= 0) return void this.#sleep?.abort(WOKEN);
    if (this.#waking) return;
    const window = new AbortController();
    this.#waking = window;
    void this.#o.timer.sleep(this.#o.wakeAfterMs, window.signal).then(() => {
      if (window.signal.aborted) return;
      this.#waking = null;
      this.#sleep?.abort(WOKEN);
    });
  }

  /** Resolves the next time the loop has nothing claimable and goes to sleep (or has stopped). */
  whenIdle(): Promise<void> {
    if (!this.#loop) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** One pass: claim a batch and deliver it. */
  async runOnce(): Promise<BatchStats> {
    const { store, clock, leaseMs } = this.#o;
    const claimedAt = clock.now().getTime();
    const rows = await claimBatch(store.db, store.dialect, {
      owner: this.owner,
      now: claimedAt,
      leaseMs,
      limit: this.#o.batchSize,
      ...this.#scope,
    });
    if (rows.length === 0) return emptyStats();
    const heartbeat = new Heartbeat({ db: store.db, owner: this.owner, clock, leaseMs, until: claimedAt + leaseMs });
    const stopHeartbeat = heartbeat.start(this.#o.timer, Math.max(1, Math.floor(leaseMs / 4)), this.#o.onError);
    let stats: BatchStats;
    try {
      stats = await new BatchDispatcher({
        db: store.db,
        dialect: store.dialect,
        clock,
        notifiers: this.#o.notifiers,
        owner: this.owner,
        maxAttempts: this.#o.maxAttempts,
        backoffMs: this.#o.backoffMs,
        deliveryTimeoutMs: this.#o.deliveryTimeoutMs,
        ...(this.#o.queueTimeoutMs === undefined ? {} : { queueTimeoutMs: this.#o.queueTimeoutMs }),
        concurrency: this.#o.concurrency,
        leaseMs,
        heldUntil: () => heartbeat.until,
        onSettled: this.#o.onSettled,
        webhooks: this.#o.webhooks,
        publisher: this.#o.publisher,
        webhookMaxAttempts: this.#o.webhookMaxAttempts,
        webhookBackoffMs: this.#o.webhookBackoffMs,
      }).run(rows);
    } finally {
      await stopHeartbeat();
    }
    for (const k of Object.keys(stats) as Array<keyof BatchStats>) this.totals[k] += stats[k];
    this.#o.onBatch?.(stats);
    return stats;
  }

  /** Passes until nothing is claimable now (tests: after moving the clock). */
  async drain(): Promise<BatchStats> {
    const sum = emptyStats();
    for (;;) {
      const s = await this.runOnce();
      for (const k of Object.keys(s) as Array<keyof BatchStats>) sum[k] += s[k];
      if (s.claimed === 0) return sum;
    }
  }

  /** Plan recurring events' reminders that came within the horizon. */
  async rollForward(): Promise<number> {
    return rollForward(this.#o.store.db, this.#o.clock.now().getTime(), {
      horizonMs: this.#o.horizonMs,
      platforms: this.#platforms,
      onError: this.#o.onError,
      dialect: this.#o.store.dialect,
    });
  }

  async #run(): Promise<void> {
    let errors = 0;
    while (!this.#stopping) {
      try {
        const now = this.#o.clock.now().getTime();
        this.#heartbeatAt = now;
        if (this.#o.rollEveryMs > 0 && now >= this.#nextRoll) {
          // Upkeep failing (one event that cannot be planned, a hiccup) must never stop delivery.
          this.#nextRoll = now + this.#o.rollEveryMs;
          await this.#upkeep(now).catch((err: unknown) => this.#o.onError?.(err));
        }
        const s = await this.runOnce();
        errors = 0;
        if (s.claimed >= this.#o.batchSize) {
          // A full batch: more may be waiting.
          await new Promise((r) => setImmediate(r));
          continue;
        }
        const next = await remindersRepo.nextWakeAt(this.#o.store.db, this.#scope);
        const wait = next === null ? this.#o.maxSleepMs : next - this.#o.clock.now().getTime();
        if (s.claimed > 0 && wait <= 0) {
          // Rows came due while the batch was out: claim them now (no empty claim after a short batch).
          await new Promise((r) => setImmediate(r));
          continue;
        }
        this.#flushIdle();
        // Due already yet nothing claimable: another process holds those rows; look again shortly.
        await this.#nap(Math.min(this.#o.maxSleepMs, wait > 0 ? wait : BUSY_RETRY_MS));
      } catch (err) {
        errors++;
        this.#o.onError?.(err);
        await this.#nap(Math.min(this.#o.maxSleepMs, 250 * 2 ** Math.min(errors, 6)));
      }
    }
  }

  /** Hourly: roll recurring events forward, forget settled rows, stale idempotency keys and old time questions. */
  async #upkeep(now: number): Promise<void> {
    await this.rollForward();
    await remindersRepo.prune(this.#o.store.db, now - this.#o.keepSettledMs);
    await idempotencyRepo.prune(this.#o.store.db, now - IDEMPOTENCY_KEEP_MS);
    await timeQuestionsRepo.prune(this.#o.store.db, now - IDEMPOTENCY_KEEP_MS);
  }

  async #nap(ms: number): Promise<void> {
    if (this.#stopping) return;
    const ctl = new AbortController();
    this.#sleep = ctl;
    try {
      await this.#o.timer.sleep(ms, ctl.signal);
    } finally {
      this.#sleep = null;
    }
  }

  #flushIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const w of waiters) w();
  }
}
