import type { Clock } from '../core/clock.ts';
import { eventFromRow, type EventRecord } from '../core/event.ts';
import { findOccurrence, type Occurrence } from '../core/occurrences.ts';
import { buildView, shownOccurrence, type EventView } from '../core/view.ts';
import type { Executor } from '../store/events-repo.ts';
import { recipientKey, rowKey } from './keys.ts';
import type { Notice, NotifierRegistry, Target } from './notifier.ts';
import { lateness } from './plan.ts';
import { reminderRecipients } from './recipients.ts';
import { remindersRepo } from './repo.ts';
import { SentBuffer } from './sent-buffer.ts';
import type { ReminderKind, ReminderRow, RemindersTable } from './tables.ts';
import type { Insertable } from 'kysely';

export interface DispatchOptions {
  db: Executor;
  clock: Clock;
  notifiers: NotifierRegistry;
  owner: string;
  /** Hand-offs per row before it is marked failed (default 5). */
  maxAttempts: number;
  /** Delay before retry number `attempt + 1` after a throw. */
  backoffMs: (attempt: number) => number;
  /** A notifier that has not answered by then counts as a transient failure (outcome unknown). */
  deliveryTimeoutMs: number;
  /** Rows handed off at once within a batch. */
  concurrency: number;
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
}

export const emptyStats = (): BatchStats => ({ claimed: 0, sent: 0, skipped: 0, failed: 0, retried: 0, fannedOut: 0, lost: 0 });

/** Exponential backoff: 5 s, 10 s, 20 s, … capped at 5 minutes. */
export const defaultBackoff = (attempt: number): number => Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 300_000);

class Timeout extends Error {}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`the notifier did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 500);
}

type Step = { skip: string } | { occurrence: Occurrence; event: EventRecord };

/**
 * Hands one claimed batch to the platforms and records each outcome. Per-batch caches keep the
 * event and its view (fresh counts) from being read once per recipient.
 */
export class BatchDispatcher {
  readonly #o: DispatchOptions;
  readonly #events = new Map<string, Promise<EventRecord | null>>();
  readonly #views = new Map<string, Promise<EventView>>();
  readonly #sent: SentBuffer;
  readonly stats = emptyStats();

  constructor(o: DispatchOptions) {
    this.#o = o;
    this.#sent = new SentBuffer(o.db, o.owner, () => this.#now());
  }

  /** Never throws: a row whose outcome could not be recorded stays claimed and is retried after its lease. */
  async run(rows: ReminderRow[]): Promise<BatchStats> {
    this.stats.claimed += rows.length;
    await this.#preload(rows);
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        try {
          await this.#one(row);
        } catch {
          this.stats.lost++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#o.concurrency, rows.length) }, worker));
    return this.stats;
  }

  #now(): number {
    return this.#o.clock.now().getTime();
  }

  /** The batch's events in one query per 500. */
  async #preload(rows: ReminderRow[]): Promise<void> {
    const ids = [...new Set(rows.map((r) => r.event_id))];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      try {
        const found = await this.#o.db.selectFrom('events').selectAll().where('id', 'in', chunk).execute();
        const byId = new Map(found.map((r) => [r.id, eventFromRow(r)]));
        for (const id of chunk) this.#events.set(id, Promise.resolve(byId.get(id) ?? null));
      } catch {
        // Loaded one by one later (and a failure there is a transient failure of that row).
      }
    }
  }

  #event(row: ReminderRow): Promise<EventRecord | null> {
    let p = this.#events.get(row.event_id);
    if (!p) {
      p = this.#o.db
        .selectFrom('events')
        .selectAll()
        .where('id', '=', row.event_id)
        .where('platform', '=', row.platform)
        .where('workspace_id', '=', row.workspace_id)
        .executeTakeFirst()
        .then((r) => (r ? eventFromRow(r) : null));
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

  async #one(row: ReminderRow): Promise<void> {
    const now = this.#now();
    if (row.lease_expires_at !== null && now >= Number(row.lease_expires_at)) {
      // Our lease ran out while the batch was busy: someone may hold it now. Leave it alone.
      this.stats.lost++;
      return;
    }
    let step: Step;
    try {
      step = await this.#check(row, now);
    } catch (err) {
      return this.#transient(row, err, now);
    }
    if ('skip' in step) return this.#settle(row, 'skipped', now, step.skip);
    if (row.target === 'attendees') return this.#fanOut(row, step.event, step.occurrence, now);

    const { event, occurrence } = step;
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
      const notice: Notice = {
        key: row.key,
        kind: row.kind as ReminderKind,
        event: await this.#view(event, occurrence, now),
        occurrence: { start: occurrence.start, end: occurrence.end },
        now: this.#now(),
        offset: row.offset_iso,
        attempt: row.attempts,
        ...(row.previous_start !== null && row.previous_end !== null
          ? { previous: { start: Number(row.previous_start), end: Number(row.previous_end) } }
          : {}),
        ...(row.kind === 'cancelled' ? { reason: row.reason } : {}),
        ...(row.kind === 'delivery_failed' ? { error: row.reason ?? 'unknown error' } : {}),
      };
      const result = await withTimeout(notifier.deliver(notice, target), this.#o.deliveryTimeoutMs);
      const done = this.#now();
      if (result.status === 'sent') return this.#settle(row, 'sent', done, null);
      // Unreachable is permanent: a person with DMs closed is skipped; a channel that is gone fails (the host is told).
      if (target.type === 'dm') return this.#settle(row, 'skipped', done, `unreachable: ${result.reason}`);
      return this.#fail(row, event, `unreachable: ${result.reason}`, done);
    } catch (err) {
      return this.#transient(row, err, this.#now(), event);
    }
  }

  /** Is the row still worth delivering, and about which occurrence? */
  async #check(row: ReminderRow, now: number): Promise<Step> {
    let event = await this.#event(row);
    if (!event || event.platform !== row.platform || event.workspaceId !== row.workspace_id) return { skip: 'the event was deleted' };
    const kind = row.kind as ReminderKind;
    const planned: Occurrence = { key: row.occurrence, start: Number(row.occurrence_start), end: Number(row.occurrence_end) };
    let occurrence = planned;
    if (kind === 'reminder') {
      if (event.status === 'cancelled') return { skip: 'the event was cancelled' };
      if (event.status === 'draft') return { skip: 'the event is not announced yet' };
      const current = findOccurrence(event, row.occurrence);
      if (!current || current.start !== planned.start) return { skip: 'stale: the event moved' };
      occurrence = current;
    } else if (kind === 'announcement') {
      if (event.status === 'cancelled') return { skip: 'the event was cancelled' };
      if (event.status === 'draft') {
        if (event.publishAt !== null && event.publishAt > now) return { skip: 'stale: the publish time moved' };
        event = await this.#publish(event, now);
      }
      const shown = shownOccurrence(event, now);
      if (!shown) return { skip: 'late: the event is over' };
      occurrence = shown;
    } else if (kind === 'moved' && event.status === 'cancelled') {
      return { skip: 'the event was cancelled since' };
    }
    const verdict = lateness(kind, row.offset_iso, occurrence, now);
    if (!verdict.send) return { skip: verdict.reason };
    return { event, occurrence };
  }

  /** A draft reached its publish time: it becomes scheduled (once; a retry finds it published). */
  async #publish(e: EventRecord, now: number): Promise<EventRecord> {
    await this.#o.db
      .updateTable('events')
      .set((eb) => ({ status: 'scheduled', updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', e.id)
      .where('status', '=', 'draft')
      .execute();
    const published: EventRecord = { ...e, status: 'scheduled', updatedAt: now, version: e.version + 1 };
    this.#events.set(e.id, Promise.resolve(published));
    return published;
  }

  /**
   * An 'attendees' row came due: one 'dm' row per recipient (keys stable per recipient), and the
   * parent marked sent, in one transaction. The recipients are delivered like any row, so a
   * crash after 3 of 10 DMs re-sends none of those 3.
   */
  async #fanOut(row: ReminderRow, event: EventRecord, occ: Occurrence, now: number): Promise<void> {
    try {
      const n = await this.#o.db.transaction().execute(async (trx) => {
        const users = await reminderRecipients(trx, event, occ.key);
        const children: Insertable<RemindersTable>[] = users.map((userId) => ({
          ...childOf(row),
          key: recipientKey(row.key, userId),
          parent_key: row.key,
          target: 'dm',
          user_id: userId,
          created_at: now,
        }));
        await remindersRepo.insert(trx, children);
        const ok = await remindersRepo.settle(trx, row.key, this.#o.owner, {
          state: 'sent',
          now,
          error: `fanned out to ${users.length} recipient${users.length === 1 ? '' : 's'}`,
        });
        if (!ok) throw new LeaseLost();
        return users.length;
      });
      this.stats.fannedOut += n;
      this.stats.sent++;
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
  }

  /** Thrown or timed out: retry later with the same key, or give up after the limit. */
  async #transient(row: ReminderRow, err: unknown, now: number, event?: EventRecord): Promise<void> {
    const error = message(err);
    if (row.attempts >= this.#o.maxAttempts) {
      const e = event ?? (await this.#event(row).catch(() => null));
      return this.#fail(row, e, `gave up after ${row.attempts} attempts: ${error}`, now);
    }
    const ok = await remindersRepo.settle(this.#o.db, row.key, this.#o.owner, {
      state: 'pending',
      now,
      error,
      dueAt: now + this.#o.backoffMs(row.attempts),
    });
    if (ok) this.stats.retried++;
    else this.stats.lost++;
  }

  /** Mark failed and, in the same transaction, queue ONE notice to the event's creator. */
  async #fail(row: ReminderRow, event: EventRecord | null, error: string, now: number): Promise<void> {
    const ok = await this.#o.db.transaction().execute(async (trx) => {
      const settled = await remindersRepo.settle(trx, row.key, this.#o.owner, { state: 'failed', now, error });
      if (settled && event && row.kind !== 'delivery_failed') {
        await remindersRepo.insert(trx, [
          {
            ...childOf(row),
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
  }
}

class LeaseLost extends Error {}

function childOf(row: ReminderRow): Insertable<RemindersTable> {
  return {
    key: row.key,
    parent_key: row.parent_key,
    platform: row.platform,
    workspace_id: row.workspace_id,
    event_id: row.event_id,
    kind: row.kind,
    occurrence: row.occurrence,
    occurrence_start: row.occurrence_start,
    occurrence_end: row.occurrence_end,
    offset_iso: row.offset_iso,
    target: row.target,
    user_id: row.user_id,
    due_at: row.due_at,
    state: 'pending',
    attempts: 0,
    lease_owner: null,
    lease_expires_at: null,
    sent_at: null,
    last_error: null,
    previous_start: row.previous_start,
    previous_end: row.previous_end,
    reason: row.reason,
    created_at: row.created_at,
  };
}
