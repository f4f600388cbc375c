import type { Executor } from '../store/events-repo.ts';
import { rsvpsRepo } from '../store/rsvps-repo.ts';
import { standingRepo } from '../store/standing-repo.ts';
import type { EventRecord } from './event.ts';
import { isOccurrenceKey, occurrencesBetween, type Occurrence } from './occurrences.ts';
import type { RsvpStatus } from './rsvp.ts';

/** How far ahead answers of a series follow it when its time changes (further, as far as anyone answered). */
const CARRY_HORIZON_MS = 400 * 86_400_000;
/** At most this many upcoming dates are carried (a daily series answered years ahead stops here). */
const CARRY_MAX_DATES = 5000;

/** Answers that mean a person planned to come (or is waiting to): losing one is worth a DM. */
const STAKES: ReadonlySet<RsvpStatus> = new Set(['going', 'maybe', 'waitlisted', 'pending', 'offered']);

/** What one person lost, for their notice. */
export interface DroppedFor {
  userId: string;
  /** The dates they had a stake in that the event no longer has, earliest first. */
  dates: Occurrence[];
  /** Their "every time" answer went (the event no longer repeats). */
  standing: boolean;
}

/** What an edit of the time dropped, as the host is told. */
export interface DroppedAnswers {
  /** Answers to dates the new schedule has no counterpart for (declines too): removed. */
  answers: number;
  /** "Every time" answers removed because the event no longer repeats. */
  standing: number;
  /** Who is told by DM (a stake in a dropped date, or an "every time" going or maybe), in date and answer order. */
  told: string[];
}

export interface Carried {
  summary: DroppedAnswers;
  people: DroppedFor[];
  /** The occurrence keys whose answers were dropped. */
  dates: string[];
}

export const NOTHING_DROPPED: Carried = { summary: { answers: 0, standing: 0, told: [] }, people: [], dates: [] };

/**
 * Answers belong to dates. When an event's time changes, the n-th upcoming date's answers go to the
 * n-th upcoming date of the new schedule (a one-off event is its own single date), so a move loses
 * nobody's "going". A date with no counterpart (the series stops repeating, or ends sooner) loses
 * its answers; a series that stops repeating loses its "every time" answers too (what is left of
 * them on the one date it keeps becomes the person's own answer). Past dates keep theirs. Returns
 * what was dropped, and who is to be told. Call under the event's lock, after the new time is stored.
 */
export async function carryAnswers(db: Executor, before: EventRecord, after: EventRecord, now: number): Promise<Carried> {
  const answered = new Set(await rsvpsRepo.occurrencesWithRsvps(db, before.id));
  const latest = Math.max(0, ...[...answered].filter(isOccurrenceKey).map((k) => Date.parse(k)));
  const from = occurrencesBetween(before, now, Math.max(now + CARRY_HORIZON_MS, latest + 1), CARRY_MAX_DATES);
  const to = from.length ? occurrencesBetween(after, now, Number.POSITIVE_INFINITY, from.length) : [];
  const dropped = from.slice(to.length).filter((o) => answered.has(o.key));
  const moves = from
    .slice(0, to.length)
    .map((o, i) => ({ from: o.key, to: to[i]!.key }))
    .filter((m) => m.from !== m.to && answered.has(m.from));

  const people = new Map<string, DroppedFor>();
  const person = (userId: string) => {
    let p = people.get(userId);
    if (!p) people.set(userId, (p = { userId, dates: [], standing: false }));
    return p;
  };
  let answers = 0;
  // Dropped first: a date the answers of another move onto may be one that lost its own.
  for (const occ of dropped) {
    for (const r of await rsvpsRepo.all(db, before.id, occ.key)) {
      answers++;
      if (STAKES.has(r.status)) person(r.userId).dates.push(occ);
    }
    await rsvpsRepo.removeOccurrence(db, before.id, occ.key);
  }
  // Two steps, so a move by exactly one week never lands on a key that is still taken.
  for (const m of moves) await rsvpsRepo.moveOccurrence(db, before.id, m.from, `moving:${m.to}`);
  for (const m of moves) await rsvpsRepo.moveOccurrence(db, before.id, `moving:${m.to}`, m.to);

  let standing = 0;
  if (before.recurrence && !after.recurrence) {
    const gone = await standingRepo.all(db, before.id);
    standing = gone.length;
    for (const s of gone) if (s.status !== 'declined') person(s.userId).standing = true;
    await standingRepo.removeAll(db, before.id);
    // The one date left: an answer written there from "every time" is now the person's own.
    const kept = to[0]?.key ?? '';
    await rsvpsRepo.ownAnswers(db, before.id, kept);
  }
  const list = [...people.values()];
  return { summary: { answers, standing, told: list.map((p) => p.userId) }, people: list, dates: dropped.map((o) => o.key) };
}
