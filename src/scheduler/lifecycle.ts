import { afterCommit } from '../core/after-commit.ts';
import type { EventRecord } from '../core/event.ts';
import type { EventChange, EventLifecycle } from '../core/lifecycle.ts';
import { findOccurrence } from '../core/occurrences.ts';
import { shownOccurrence } from '../core/view.ts';
import type { Executor } from '../store/events-repo.ts';
import { CARD_REFRESH_DELAY_MS, cardPost, cardRemoval, queueCardRefresh, withdrawCardRolls } from './cards.ts';
import { announcement, changeNotices, personalNotice, planEvent, type PlannedRow } from './plan.ts';
import { personalOffsets, stakeholders } from './recipients.ts';
import { remindersRepo } from './repo.ts';
import { settingsRepo } from '../store/settings-repo.ts';
import { webhookRows } from './webhooks.ts';
import type { ReminderKind } from './tables.ts';
import { OFFER_KINDS, offerRows } from './offers.ts';
import { droppedRows } from './dropped.ts';

export interface ReminderLifecycleOptions {
  /** How far ahead recurring events get reminders (default 14 days); the scheduler rolls it forward. */
  horizonMs?: number;
  /**
   * Called (after the change's transaction has had a moment to commit) with the earliest due time
   * just queued, so an in-process scheduler can wake early: wire it to `scheduler.wake`.
   */
  onQueued?: (dueAt: number) => void;
}

const PLANNED_KINDS: ReminderKind[] = ['reminder', 'announcement'];

/**
 * Make the rows an event should have match its plan: insert what is missing (keys are derived
 * from what a row is, so existing rows, sent ones included, are kept), and delete pending rows
 * that are no longer wanted (the old time after a move, a dropped offset or audience).
 */
export async function replan(db: Executor, e: EventRecord, now: number, horizonMs?: number): Promise<PlannedRow[]> {
  const allDayAt = e.allDay ? (await settingsRepo.workspace(db, e)).allDayReminderAt : null;
  const own = (await personalOffsets(db, [e])).get(e.id) ?? [];
  const opts = { horizonMs, allDayAt, personalOffsets: own };
  const wanted = planEvent(e, now, opts);
  const keep = new Set(planEvent(e, now, { ...opts, includePassed: true }).map((r) => r.key));
  for (const r of wanted) keep.add(r.key);
  // The card post queued at creation stays until delivered, whatever else changes.
  const post = cardPost(e, now);
  if (post) keep.add(post.key);
  const existing = await remindersRepo.pending(db, e.id, PLANNED_KINDS);
  // Per-recipient rows fanned out of a kept parent stay; everything else no longer planned goes.
  const stale = existing.filter((r) => !keep.has(r.parent_key ?? r.key)).map((r) => r.key);
  if (stale.length) await remindersRepo.deleteKeys(db, stale);
  if (wanted.length) await remindersRepo.insertPlanned(db, wanted, now);
  return wanted;
}

/**
 * The scheduler's side of the core: plans, re-plans and withdraws reminder rows inside the
 * core's write transaction, and queues "moved" / "cancelled" notices as rows, delivered by the
 * same loop (durable and exactly-once like reminders).
 */
export function createReminderLifecycle(opts: ReminderLifecycleOptions = {}): EventLifecycle {
  const queued = (db: Executor, rows: PlannedRow[]) => {
    if (!opts.onQueued || rows.length === 0) return;
    const at = Math.min(...rows.map((r) => r.dueAt));
    const cb = opts.onQueued;
    afterCommit(db, () => cb(at));
  };

  const plan = async (db: Executor, change: EventChange, now: number): Promise<void> => {
    switch (change.type) {
      case 'created': {
        // A new event has no rows yet and nobody answered it (no one's own offsets): its plan and
        // its card post, in one INSERT.
        const e = change.event;
        const allDayAt = e.allDay ? (await settingsRepo.workspace(db, e)).allDayReminderAt : null;
        const rows = planEvent(e, now, { horizonMs: opts.horizonMs, allDayAt });
        const post = cardPost(e, now);
        if (post) rows.push(post);
        if (rows.length) await remindersRepo.insertPlanned(db, rows, now);
        queued(db, rows);
        return;
      }

      case 'updated': {
        const { before, event } = change;
        const rows = await replan(db, event, now, opts.horizonMs);
        const extra: PlannedRow[] = [];
        if (before.status === 'draft' && event.status === 'scheduled') {
          // Published by an edit: announce now (the planned announcement was withdrawn above).
          extra.push(announcement(event, now, `edit:${event.version}`));
        } else {
          const refresh = await queueCardRefresh(db, event, now, 0);
          if (refresh) rows.push(refresh);
        }
        if (before.status !== 'draft' && change.timingChanges.length > 0) {
          // Only a new start is a move; a new end, repeat or all-day is a change, saying what changed.
          const others = change.timingChanges.filter((c) => c !== 'start');
          extra.push(...(await retimedNotices(db, before, event, others, now)));
        }
        const next = shownOccurrence(event, now);
        if (next) extra.push(...change.promoted.map((u) => personalNotice('promoted', event, next, u, now)));
        if (next) extra.push(...offerRows(event, next, change, now));
        if (next) extra.push(...droppedRows(event, next, change.dropped, now));
        if (change.droppedDates.length) await withdrawOffersOn(db, event.id, change.droppedDates);
        if (extra.length) await remindersRepo.insertPlanned(db, extra, now);
        queued(db, [...rows, ...extra]);
        return;
      }

      case 'cancelled': {
        const { event, attendees } = change;
        await remindersRepo.deletePending(db, event.id, [...PLANNED_KINDS, 'moved', 'changed', ...OFFER_KINDS]);
        // A cancelled series' card no longer moves on to its next date.
        await withdrawCardRolls(db, event.id);
        const occ = shownOccurrence(event, now) ?? { key: '', start: event.start, end: event.end };
        const rows = changeNotices('cancelled', event, occ, attendees, now, { reason: event.cancelReason });
        await remindersRepo.insertPlanned(db, rows, now);
        const refresh = await queueCardRefresh(db, event, now, 0);
        queued(db, refresh ? [...rows, refresh] : rows);
        return;
      }

      case 'replan':
        queued(db, await replan(db, change.event, now, opts.horizonMs));
        return;

      case 'deleted': {
        await remindersRepo.deleteForEvent(db, change.event.id);
        const removal = cardRemoval(change.event, change.by, now);
        if (removal) await remindersRepo.insertPlanned(db, [removal], now);
        queued(db, removal ? [removal] : []);
        return;
      }

      case 'rsvp': {
        // Reminder recipients are computed when a reminder comes due; what is queued here are
        // the personal notices: a seat opened up, or a host decided.
        const { event } = change;
        const refresh = await queueCardRefresh(db, event, now, CARD_REFRESH_DELAY_MS);
        const occ = findOccurrence(event, change.occurrence);
        const rows = occ ? change.promoted.map((u) => personalNotice('promoted', event, occ, u, now)) : [];
        if (occ && change.decidedBy) rows.push(personalNotice('decided', event, occ, change.userId, now, change.status));
        if (occ) {
          const ended = change.offerOutcome ? { userId: change.userId, outcome: change.offerOutcome } : undefined;
          rows.push(...offerRows(event, occ, { offered: change.offered, withdrawn: change.withdrawn, ended }, now));
        }
        if (rows.length) await remindersRepo.insertPlanned(db, rows, now);
        // Someone with their own reminder times joined or left: their reminders are planned or dropped.
        const own = (await settingsRepo.user(db, event, change.userId)).reminderOffsets;
        const planned = own ? await replan(db, event, now, opts.horizonMs) : [];
        queued(db, refresh ? [...rows, ...planned, refresh] : [...rows, ...planned]);
        return;
      }
    }
  };

  return {
    async changed(db: Executor, change: EventChange, now: number): Promise<void> {
      await plan(db, change, now);
      // Webhooks last: the event.deleted body is drawn before the row goes (the core deletes after this).
      const hooks = await webhookRows(db, change, now);
      if (hooks.length === 0) return;
      await remindersRepo.insertPlanned(db, hooks, now);
      queued(db, hooks);
    },
  };
}

/** Seat offers of dates the event no longer has: their DMs and expiries are withdrawn (the answers went with the dates). */
async function withdrawOffersOn(db: Executor, eventId: string, dates: string[]): Promise<void> {
  const gone = new Set(dates);
  const rows = await remindersRepo.pending(db, eventId, OFFER_KINDS);
  const stale = rows.filter((r) => gone.has(r.occurrence)).map((r) => r.key);
  if (stale.length) await remindersRepo.deleteKeys(db, stale);
}

/**
 * "Moved" (the start) or "changed" (end, repeat, all-day) notices for the people with a stake in
 * the occurrence (going, maybe, waiting, pending; not those who declined), `changes` saying what
 * else changed. A notice that supersedes an earlier one not yet delivered replaces it, keeping
 * the time people last knew.
 */
async function retimedNotices(
  db: Executor,
  before: EventRecord,
  after: EventRecord,
  changes: string[],
  now: number,
): Promise<PlannedRow[]> {
  const was = shownOccurrence(before, now);
  const is = shownOccurrence(after, now);
  if (!was || !is) return [];
  // The core carries RSVPs to the new occurrence before this runs; look under both keys.
  const attendees = [...new Set([...(await stakeholders(db, before.id, was.key)), ...(await stakeholders(db, before.id, is.key))])];
  const pending = await remindersRepo.pending(db, after.id, ['moved', 'changed']);
  const known = pending.find((r) => r.previous_start !== null);
  const previous =
    known && known.previous_start !== null && known.previous_end !== null
      ? { start: Number(known.previous_start), end: Number(known.previous_end) }
      : { start: was.start, end: was.end };
  if (pending.length) await remindersRepo.deleteKeys(db, pending.map((r) => r.key));
  // Told against what people last knew: a move not yet told is still a move; a move back is none.
  const earlier = pending.flatMap((r) => (r.reason ? r.reason.split(',') : []));
  const what = [...new Set([...earlier, ...changes])].filter((c) => c !== 'start');
  const told = previous.start !== is.start ? 'moved' : 'changed';
  if (told === 'changed' && what.length === 0) return [];
  return changeNotices(told, after, is, attendees, now, { previous, reason: what.join(',') || null });
}
