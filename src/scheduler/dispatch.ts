import type { Clock } from '../core/clock.ts';
import type { EventRecord, Platform } from '../core/event.ts';
import { eventsRepo } from '../store/events-repo.ts';
import type { Occurrence } from '../core/occurrences.ts';
import { buildView, type EventView } from '../core/view.ts';
import type { Executor } from '../store/events-repo.ts';
import { AllDayHours } from './all-day.ts';
import { fanOut, LeaseLost } from './fanout.ts';
import { HandoffDropped, handOff } from './handoff.ts';
import { rowKey } from './keys.ts';
import { mirrorAgain, mirrorFollowUp } from './mirror.ts';
import { noticeFor } from './notice.ts';
import { lapseDueOffer } from './offers.ts';
import type { DeliveryResult, DraftPublisher, NotifierRegistry, Target, WebhookSender } from './notifier.ts';
import { copyRow, remindersRepo } from './repo.ts';
import { SentBuffer } from './sent-buffer.ts';
import type { ReminderRow } from './tables.ts';
import { judge, type Verdict } from './verdict.ts';

export interface DispatchOptions {
  db: Executor;
  clock: Clock;
  notifiers: NotifierRegistry;
  owner: string;
  /** Hand-offs per row before it is marked failed (default 5). */
  maxAttempts: number;
  /** Delay before retry number `attempt + 1` after a throw. */
  backoffMs: (attempt: number) => number;
  /** A notifier that has not answered by then (counted from when the delivery began) is a transient failure (outcome unknown). */
  deliveryTimeoutMs: number;
  /**
   * How long a hand-off may wait in a notifier's queue before it begins; then it is given back
   * undelivered, for a later batch (default: the delivery timeout). Bounds a batch by what the
   * notifier can start meanwhile, rather than by how many rows were claimed.
   */
  queueTimeoutMs?: number;
  /** Which database (row locks on Postgres). Default sqlite. */
  dialect?: 'sqlite' | 'postgres';
  /** Rows handed off at once within a batch. */
  concurrency: number;
  /** The lease the rows were claimed with. */
  leaseMs: number;
  /** Until when this process holds its rows, as the heartbeat last renewed them (default: as claimed). */
  heldUntil?: () => number;
  /** Each row settled by this batch (logs and metrics). */
  onSettled?: (s: SettledNotice) => void;
  /** Sends webhook rows (none: they wait, retried, for a process that has one). */
  webhooks?: WebhookSender;
  /** The core's publish command, run when a draft's publish row comes due (none: those rows wait, retried). */
  publisher?: DraftPublisher;
  /** Webhook hand-offs before a row is marked failed (default 8), and the waits between them. */
  webhookMaxAttempts?: number;
  webhookBackoffMs?: (attempt: number) => number;
}

/** What became of one claimed row. */
export interface SettledNotice {
  row: ReminderRow;
  outcome: 'sent' | 'skipped' | 'failed' | 'retried';
  reason: string | null;
  /** When this process took the row up, and when it was settled (clock ms). */
  startedAt: number;
  settledAt: number;
}

export interface BatchStats {
  claimed: number;
  sent: number;
  skipped: number;
  failed: number;
  retried: number;
  fannedOut: number;
  /** Rows this process no longer held when it came to settle them (lease expired and reclaimed). */
  lost: number;
  /** Rows given back unhandled: too little of their lease was left, or they waited too long in a notifier's queue. */
  released: number;
}

export const emptyStats = (): BatchStats => ({ claimed: 0, sent: 0, skipped: 0, failed: 0, retried: 0, fannedOut: 0, lost: 0, released: 0 });


/** Exponential backoff: 5 s, 10 s, 20 s, … capped at 5 minutes. */
export const defaultBackoff = (attempt: number): number => Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 300_000);

/**
 * Webhook retries, spread over about 10 hours so a receiver's outage is ridden out: 5 s, 30 s,
 * 2 min, 10 min, 30 min, 1 h, 2 h, then 6 h (after which the row is failed and recorded).
 */
const WEBHOOK_WAITS = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 21_600_000];
export const webhookBackoff = (attempt: number): number => WEBHOOK_WAITS[Math.min(Math.max(attempt, 1), WEBHOOK_WAITS.length) - 1]!;
export const DEFAULT_WEBHOOK_ATTEMPTS = 8;

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 500);
}

/**
 * Hands one claimed batch to the platforms and records each outcome. Per-batch caches keep the
 * event and its view (fresh counts) from being read once per recipient.
 */
/** The longest a batch holds the event loop at a stretch (CPU time, not the domain clock). */
const SLICE_MS = 4;

export class BatchDispatcher {
  readonly #o: DispatchOptions;
  readonly #events = new Map<string, Promise<EventRecord | null>>();
  readonly #views = new Map<string, Promise<EventView>>();
  readonly #sent: SentBuffer;
  readonly #started = new Map<string, number>();
  readonly #allDay: AllDayHours;
  readonly stats = emptyStats();
  #sliceStart = performance.now();
  #yielding: Promise<void> | null = null;

  constructor(o: DispatchOptions) {
    this.#o = o;
    this.#sent = new SentBuffer(o.db, o.owner, () => this.#now());
    this.#allDay = new AllDayHours(o.db);
  }

  /** Never throws: a row whose outcome could not be recorded stays claimed and is retried after its lease. */
  async run(rows: ReminderRow[]): Promise<BatchStats> {
    this.stats.claimed += rows.length;
    await this.#preload(rows);
    // A hand-off holds one of `concurrency` slots while it works; one waiting in a notifier's queue
    // (Discord's DM pacer) gives its slot back, so the rows behind it are not held up by the pace.
    let free = this.#o.concurrency;
    const waiting: Array<() => void> = [];
    const take = () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((r) => waiting.push(r)));
    const give = () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    };
    const all: Promise<void>[] = [];
    for (const row of rows) {
      await take();
      let held = true;
      const yieldSlot = () => {
        if (!held) return;
        held = false;
        give();
      };
      all.push(
        this.#one(row, yieldSlot)
          .catch(() => {
            this.stats.lost++;
          })
          .finally(yieldSlot),
      );
    }
    await Promise.all(all);
    return this.stats;
  }

  #now(): number {
    return this.#o.clock.now().getTime();
  }

  /**
   * The batch shares the process's one event loop with the HTTP server and the chat clients. Its
   * hand-offs run concurrently, interleaved at every await; each asks here just before its work,
   * `while (this.#mustPause()) await this.#turn();` with nothing awaited between the last check
   * and the work (or they would all pass the check together). Once SLICE_MS of the loop has been
   * used, they wait one turn of it. Without that, hand-offs answered at once (a card redraw, the
   * console) run a whole batch in one turn, and every request of the process waits behind it.
   */
  #mustPause(): boolean {
    return this.#yielding !== null || performance.now() - this.#sliceStart >= SLICE_MS;
  }

  /** One turn of the event loop, shared by every hand-off waiting for it. */
  #turn(): Promise<void> {
    this.#yielding ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        this.#yielding = null;
        this.#sliceStart = performance.now();
        resolve();
      }),
    );
    return this.#yielding;
  }

  /** The batch's events in one query per 500. */
  async #preload(rows: ReminderRow[]): Promise<void> {
    const ids = [...new Set(rows.map((r) => r.event_id))];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      try {
        const found = await eventsRepo.getMany(this.#o.db, chunk);
        const byId = new Map(found.map((e) => [e.id, e]));
        for (const id of chunk) this.#events.set(id, Promise.resolve(byId.get(id) ?? null));
      } catch {
        // Loaded one by one later (and a failure there is a transient failure of that row).
      }
    }
  }

  #event(row: ReminderRow): Promise<EventRecord | null> {
    let p = this.#events.get(row.event_id);
    if (!p) {
      p = eventsRepo.get(this.#o.db, { platform: row.platform as Platform, workspaceId: row.workspace_id }, row.event_id);
      this.#events.set(row.event_id, p);
    }
    return p;
  }

  #view(e: EventRecord, occ: Occurrence, now: number): Promise<EventView> {
    const k = `${e.id}|${occ.key}|${occ.start}|${e.status}`;
    let p = this.#views.get(k);
    if (!p) {
      p = buildView(this.#o.db, e, now, occ);
      this.#views.set(k, p);
    }
    return p;
  }

  /** A hand-off must end well within the lease: it may take at most half of it. */
  #timeout(): number {
    return Math.max(1, Math.min(this.#o.deliveryTimeoutMs, Math.floor(this.#o.leaseMs / 2)));
  }

  #report(row: ReminderRow, outcome: SettledNotice['outcome'], reason: string | null, settledAt: number): void {
    const startedAt = this.#started.get(row.key) ?? settledAt;
    this.#started.delete(row.key);
    try {
      this.#o.onSettled?.({ row, outcome, reason, startedAt, settledAt });
    } catch {
      // Observing must never change delivery.
    }
  }

  async #one(row: ReminderRow, yieldSlot: () => void): Promise<void> {
    while (this.#mustPause()) await this.#turn();
    const now = this.#now();
    this.#started.set(row.key, now);
    const lease = this.#heldUntil(row);
    if (now >= lease) {
      // Our lease ran out while the batch was busy: someone may hold it now. Leave it alone.
      this.stats.lost++;
      return;
    }
    if (!this.#leaseAllows(row, now)) return this.#release(row);
    if (row.kind === 'webhook') return this.#selfContained(row, () => this.#sendWebhook(row));
    if (row.kind === 'card_removed') return this.#selfContained(row, () => this.#removeCard(row));
    if (row.kind === 'mirror') return this.#mirror(row, now);
    if (row.kind === 'offer_expiry') return this.#lapse(row, now);
    let event: EventRecord | null;
    let verdict: Verdict;
    try {
      event = await this.#event(row);
      const allDayAt = event?.allDay ? await this.#allDay.get(event) : null;
      verdict = judge(row, event, now, allDayAt);
      if ('publish' in verdict && event) return this.#publish(row, event, now);
    } catch (err) {
      return this.#transient(row, err, now);
    }
    if ('skip' in verdict) return this.#settle(row, 'skipped', now, verdict.skip);
    if (!('deliver' in verdict) || !event) return this.#transient(row, new Error('no verdict'), now);
    const occurrence = verdict.deliver;
    if (row.target === 'attendees') return this.#fanOut(row, event, occurrence, now);

    let target: Target;
    if (row.target === 'channel') {
      if (event.channelId === null) return this.#settle(row, 'skipped', now, 'the event has no channel');
      target = { type: 'channel', channelId: event.channelId };
    } else {
      target = { type: 'dm', userId: row.user_id ?? '' };
    }
    const notifier = this.#o.notifiers[event.platform];
    if (!notifier) return this.#transient(row, new Error(`no notifier for ${event.platform}`), now);

    try {
      const view = await this.#view(event, occurrence, now);
      while (this.#mustPause()) await this.#turn();
      const notice = noticeFor(row, view, occurrence, this.#now());
      const result = await handOff((h) => notifier.deliver(notice, target, h), {
        timeoutMs: this.#timeout(),
        queueMs: this.#o.queueTimeoutMs ?? this.#timeout(),
        canBegin: () => this.#leaseAllows(row, this.#now()),
        onQueued: yieldSlot,
      });
      const done = this.#now();
      if (result.status === 'sent') return this.#settle(row, 'sent', done, null);
      // Unreachable is permanent: a person with DMs closed is skipped; a channel that is gone fails (the host is told).
      if (target.type === 'dm') return this.#settle(row, 'skipped', done, `unreachable: ${result.reason}`);
      return this.#fail(row, event, `unreachable: ${result.reason}`, done);
    } catch (err) {
      // Never begun, so never delivered: back to pending as it was, the attempt not counted.
      if (err instanceof HandoffDropped) return this.#release(row);
      return this.#transient(row, err, this.#now(), event);
    }
  }

  /**
   * A mirror sync (Discord Scheduled Events): the platform makes its side match the workspace's
   * events as they are now. Its answer says when time alone next changes what to show; that
   * follow-up is queued in the same transaction that settles this row, so the chain survives a
   * crash (a row not settled is synced again, which converges on the same state).
   */
  async #mirror(row: ReminderRow, now: number): Promise<void> {
    const notifier = this.#o.notifiers[row.platform];
    if (!notifier?.mirror) return this.#settle(row, 'skipped', now, 'this platform has no events to mirror to');
    const tenant = { platform: row.platform as EventRecord['platform'], workspaceId: row.workspace_id };
    const ctl = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeoutMs = this.#timeout();
      const result = await Promise.race([
        notifier.mirror(tenant, { key: row.key, now, attempt: row.attempts, signal: ctl.signal }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            ctl.abort();
            reject(new Error(`the mirror sync did not finish within ${timeoutMs} ms`));
          }, timeoutMs);
        }),
      ]);
      const done = this.#now();
      if (result.status === 'unreachable') return this.#settleMirror(row, 'failed', done, `unreachable: ${result.reason}`, null);
      return this.#settleMirror(row, 'sent', done, null, result.again ? 'again' : result.nextAt);
    } catch (err) {
      return this.#transient(row, err, this.#now());
    } finally {
      clearTimeout(timer);
    }
  }

  async #settleMirror(row: ReminderRow, state: 'sent' | 'failed', now: number, error: string | null, next: number | 'again' | null): Promise<void> {
    const tenant = { platform: row.platform as EventRecord['platform'], workspaceId: row.workspace_id };
    const ok = await this.#o.db.transaction().execute(async (trx) => {
      const settled = await remindersRepo.settle(trx, row.key, this.#o.owner, { state, now, error });
      if (settled && next !== null) {
        const follow = next === 'again' ? mirrorAgain(tenant, row.key, now) : mirrorFollowUp(tenant, next);
        await remindersRepo.insertPlanned(trx, [follow], now);
      }
      return settled;
    });
    if (!ok) this.stats.lost++;
    else if (state === 'sent') this.stats.sent++;
    else this.stats.failed++;
    if (ok) this.#report(row, state, error, now);
  }

  /**
   * A seat offer's window ended: lapse it (if still open) and offer the seat to the next person,
   * in the same transaction that settles the row, so it happens once: a claim racing it waits for
   * the event's lock and finds the offer gone (or the claim went first, and this finds nothing).
   */
  async #lapse(row: ReminderRow, now: number): Promise<void> {
    let outcome: { lapsed: true } | { lapsed: false; reason: string };
    try {
      outcome = await this.#o.db.transaction().execute(async (trx) => {
        const done = await lapseDueOffer(trx, this.#o.dialect ?? 'sqlite', row, now);
        const state = done.lapsed ? 'sent' : 'skipped';
        const settled = await remindersRepo.settle(trx, row.key, this.#o.owner, { state, now, error: done.lapsed ? null : done.reason });
        if (!settled) throw new LeaseLost();
        return done;
      });
    } catch (err) {
      if (err instanceof LeaseLost) {
        this.stats.lost++;
        return;
      }
      return this.#transient(row, err, this.#now());
    }
    if (outcome.lapsed) this.stats.sent++;
    else this.stats.skipped++;
    this.#report(row, outcome.lapsed ? 'sent' : 'skipped', outcome.lapsed ? null : outcome.reason, now);
  }

  /** Enough of the lease is left for a hand-off beginning at `now` to end before another process may take the row. */
  #leaseAllows(row: ReminderRow, now: number): boolean {
    return now + this.#timeout() <= this.#heldUntil(row);
  }

  #heldUntil(row: ReminderRow): number {
    return this.#o.heldUntil?.() ?? Number(row.lease_expires_at ?? Infinity);
  }

  /** Give a row back untouched rather than risk two hand-offs at once. */
  async #release(row: ReminderRow): Promise<void> {
    this.#started.delete(row.key);
    if (await remindersRepo.release(this.#o.db, row.key, this.#o.owner)) this.stats.released++;
    else this.stats.lost++;
  }

  /**
   * A row that carries what it delivers (a webhook body, a deleted card's place): no event is read,
   * so it goes out even when its event is gone.
   */
  async #selfContained(row: ReminderRow, hand: () => Promise<DeliveryResult>): Promise<void> {
    try {
      const result = await handOff(hand, {
        timeoutMs: this.#timeout(),
        queueMs: this.#o.queueTimeoutMs ?? this.#timeout(),
        canBegin: () => this.#leaseAllows(row, this.#now()),
      });
      const done = this.#now();
      if (result.status === 'sent') return this.#settle(row, 'sent', done, null);
      return this.#settle(row, 'skipped', done, `unreachable: ${result.reason}`);
    } catch (err) {
      if (err instanceof HandoffDropped) return this.#release(row);
      return this.#transient(row, err, this.#now());
    }
  }

  async #sendWebhook(row: ReminderRow): Promise<DeliveryResult> {
    const sender = this.#o.webhooks;
    if (!sender) throw new Error('this process sends no webhooks');
    const body = row.payload ?? '{}';
    const messageId = (JSON.parse(body) as { id?: string }).id ?? row.key;
    return sender.send({
      key: row.key,
      messageId,
      platform: row.platform,
      workspaceId: row.workspace_id,
      endpointId: row.reason ?? '',
      body,
      attempt: row.attempts,
    });
  }

  async #removeCard(row: ReminderRow): Promise<DeliveryResult> {
    const notifier = this.#o.notifiers[row.platform];
    if (!notifier) throw new Error(`no notifier for ${row.platform}`);
    if (!notifier.removeCard) return { status: 'unreachable', reason: `${row.platform} keeps no cards to remove` };
    const p = JSON.parse(row.payload ?? '{}') as { card?: unknown; title?: string; deletedBy?: string };
    return notifier.removeCard({
      key: row.key,
      workspaceId: row.workspace_id,
      eventId: row.event_id,
      title: p.title ?? '',
      card: p.card ?? null,
      deletedBy: p.deletedBy ?? null,
      attempt: row.attempts,
    });
  }

  async #fanOut(row: ReminderRow, event: EventRecord, occ: Occurrence, now: number): Promise<void> {
    try {
      const allDayAt = event.allDay ? await this.#allDay.get(event) : null;
      this.stats.fannedOut += await fanOut(this.#o.db, row, event, occ, this.#o.owner, now, allDayAt);
      this.stats.sent++;
      // Not a delivery: the per-person rows it made are reported as each is delivered.
      this.#started.delete(row.key);
    } catch (err) {
      if (err instanceof LeaseLost) {
        this.stats.lost++;
        return;
      }
      return this.#transient(row, err, now, event);
    }
  }

  async #settle(row: ReminderRow, state: 'sent' | 'skipped', now: number, error: string | null): Promise<void> {
    const ok =
      state === 'sent' && error === null
        ? await this.#sent.mark(row.key)
        : await remindersRepo.settle(this.#o.db, row.key, this.#o.owner, { state, now, error });
    if (!ok) this.stats.lost++;
    else if (state === 'sent') this.stats.sent++;
    else this.stats.skipped++;
    if (ok) this.#report(row, state, error, now);
  }

  /**
   * A draft's publish row came due: the core publishes it (the publish command, one transaction:
   * the status, its card as a row of its own, reminders, the event.updated webhook, the mirror).
   * This row only said when; it is settled once the core has done it.
   */
  async #publish(row: ReminderRow, event: EventRecord, now: number): Promise<void> {
    const core = this.#o.publisher;
    if (!core) return this.#transient(row, new Error('this process was given no core to publish drafts with'), now);
    let r: Awaited<ReturnType<DraftPublisher['publishDue']>>;
    try {
      r = await core.publishDue(event);
    } catch (err) {
      return this.#transient(row, err, now);
    }
    this.#events.delete(event.id);
    const done = this.#now();
    if (r.ok) return this.#settle(row, 'sent', done, null);
    if (r.error.code === 'not_found') return this.#settle(row, 'skipped', done, 'the event was deleted');
    if (r.error.code === 'conflict') return this.#settle(row, 'skipped', done, 'stale: the publish time moved');
    return this.#transient(row, new Error(r.error.message), done);
  }

  /** Thrown or timed out: retry later with the same key, or give up after the limit. */
  async #transient(row: ReminderRow, err: unknown, now: number, event?: EventRecord): Promise<void> {
    const error = message(err);
    const webhook = row.kind === 'webhook';
    const max = webhook ? (this.#o.webhookMaxAttempts ?? DEFAULT_WEBHOOK_ATTEMPTS) : this.#o.maxAttempts;
    if (row.attempts >= max) {
      const gaveUp = `gave up after ${row.attempts} attempts: ${error}`;
      // A webhook's failure is recorded on its row (the receiver's operator reads it there), not told in chat.
      if (webhook || row.kind === 'card_removed') return this.#fail(row, null, gaveUp, now);
      const e = event ?? (await this.#event(row).catch(() => null));
      return this.#fail(row, e, gaveUp, now);
    }
    const backoff = webhook ? (this.#o.webhookBackoffMs ?? webhookBackoff) : this.#o.backoffMs;
    const ok = await remindersRepo.settle(this.#o.db, row.key, this.#o.owner, {
      state: 'pending',
      now,
      error,
      dueAt: now + backoff(row.attempts),
    });
    if (ok) this.stats.retried++;
    else this.stats.lost++;
    if (ok) this.#report(row, 'retried', error, now);
  }

  /** Mark failed and, in the same transaction, queue ONE notice to the event's creator. */
  async #fail(row: ReminderRow, event: EventRecord | null, error: string, now: number): Promise<void> {
    const ok = await this.#o.db.transaction().execute(async (trx) => {
      const settled = await remindersRepo.settle(trx, row.key, this.#o.owner, { state: 'failed', now, error });
      if (settled && event && row.kind !== 'delivery_failed') {
        await remindersRepo.insert(trx, [
          {
            ...copyRow(row),
            // One per failed reminder: all the DMs fanned out of one reminder share it.
            key: rowKey('delivery_failed', row.event_id, row.parent_key ?? row.key),
            parent_key: null,
            kind: 'delivery_failed',
            target: 'dm',
            user_id: event.creatorId,
            due_at: now,
            reason: error,
            created_at: now,
          },
        ]);
      }
      return settled;
    });
    if (ok) this.stats.failed++;
    else this.stats.lost++;
    if (ok) this.#report(row, 'failed', error, now);
  }
}
