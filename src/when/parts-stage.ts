/**
 * Stage 3b of the pipeline: one start and one end from what chrono and our readers found —
 * chrono's folds and roll-overs undone, our day ranges and bare clock ranges put in.
 */
import type { ParsedResult } from 'chrono-node';
import { DateTime } from 'luxon';
import { emptyParts, mergeResults, type Parts } from './components.ts';
import { errors } from './errors.ts';
import type { Extracted } from './extract.ts';
import type { WhenRefusal } from './types.ts';
import { MONTH_SRC, WD_SRC, WEEKDAY_NUMBER, weekdayCode } from './words.ts';
import { allMatches } from './matches.ts';

export interface PartsInput {
  results: ParsedResult[];
  found: Extracted;
  english: boolean;
  /** chrono, for reading a folded date again. */
  parse: (text: string) => ParsedResult[];
  raw: string;
}

export type PartsFound = { ok: true; start: Parts | null; end: Parts | null } | { ok: false; error: WhenRefusal };

export function partsOf(x: PartsInput): PartsFound {
  const { results, found, raw } = x;
  const { dayRange, bare } = found;
  const merged = mergeResults(results);
  let start = merged?.start ?? null;
  let end = rolledOver(merged, results) ? { ...merged!.end!, year: undefined, month: undefined, day: undefined, weekday: undefined } : (merged?.end ?? null);
  if (start && x.english && start.weekday === undefined && start.day === undefined) {
    const unfolded = unfold(start, results, x.parse, raw);
    if (!unfolded.ok) return unfolded;
    start = unfolded.start;
  }
  if (dayRange) {
    const base = start ?? emptyParts(raw);
    if (base.day !== undefined || base.weekday !== undefined || end) return errors.noTime(raw);
    start = { ...base, year: dayRange.year, month: dayRange.from.month, day: dayRange.from.day };
    end = { ...emptyParts(raw), year: dayRange.toYear ?? dayRange.year, month: dayRange.to.month, day: dayRange.to.day };
  }
  if (bare && (start?.hour === undefined || start.casualTime)) {
    // "friday 7-9": chrono leaves bare hour ranges alone; read them as a range of clock times.
    const base = start ?? emptyParts(bare.text);
    start = { ...base, hour: bare.from.hour, minute: bare.from.minute, second: 0, meridiemCertain: false, casualTime: false, text: bare.text };
    end = { ...emptyParts(bare.text), hour: bare.to.hour, minute: bare.to.minute, second: 0 };
  }
  // "Book club night": a part of the day alone is not a time (a date with it is: "friday night").
  const f = found;
  if (start?.casualTime && start.day === undefined && start.weekday === undefined && !f.relative && !f.shift && !f.wdCount && !f.workdays && !f.rule && !f.weekOf && !f.nth && !f.monthDay && !f.holiday
    && /^(?:in\s+the\s+|the\s+|this\s+)?(?:morning|afternoon|evening|night)$/.test(start.text.trim())) {
    return errors.noTime(raw);
  }
  // "Movie night dec 10-12", "night dec 10 all day": whole days; a day-part word with no clock is not their time.
  if (start?.casualTime && (dayRange || f.allDay)) start = { ...start, hour: undefined, minute: undefined, second: undefined, casualTime: false };
  return { ok: true, start, end };
}

/**
 * chrono sometimes folds a weekday or a date into a day-part word and drops it ("in the evening,
 * sunday", "evening, 1st jan", "night tomorrow 6pm"): read them back.
 */
function unfold(start: Parts, results: ParsedResult[], parse: (text: string) => ParsedResult[], raw: string): { ok: true; start: Parts } | { ok: false; error: WhenRefusal } {
  const joined = results.map((r) => r.text).join(' ');
  const days = new Set(allMatches(WEEKDAY_WORDS_RE, joined).map((m) => weekdayCode(m[1]!)));
  // "night sun sat 4pm": two weekdays folded into one reading; which is meant is a guess.
  if (days.size > 1) return errors.twoTimes(raw);
  let out = start;
  const wd = WEEKDAY_WORD_RE.exec(joined);
  if (wd) out = { ...out, weekday: WEEKDAY_NUMBER[weekdayCode(wd[1]!)!] };
  // Both a weekday and a date folded in ("night friday dec 3 7pm"): the date, checked against the weekday later.
  if (DATE_WORD_RE.test(joined)) {
    const day = foldedDate(results, parse);
    if (!day) return errors.noTime(raw);
    out = { ...out, year: day.year, month: day.month, day: day.day };
  }
  return { ok: true, start: out };
}

/** The date alone, read again without the day-part words chrono folded it into. */
function foldedDate(results: ParsedResult[], parse: (text: string) => ParsedResult[]): { year?: number; month: number; day: number } | null {
  const folded = results.find((r) => DATE_WORD_RE.test(r.text));
  if (!folded) return null;
  const again = parse(folded.text.replace(DAY_PART_WORDS, ' '));
  if (again.length !== 1) return null;
  const c = again[0]!.start;
  if (!c.isCertain('day') || !c.isCertain('month')) return null;
  return { year: c.isCertain('year') ? c.get('year')! : undefined, month: c.get('month')!, day: c.get('day')! };
}

/**
 * chrono moves a range's end to the next day when its clock is earlier than the start's
 * ("7:30 to 4pm tomorrow": 19:30 → 16:00 the day after). With one date in the phrase that day
 * is chrono's guess, not the text's: the end is on the start's day until the clock says otherwise.
 */
function rolledOver(merged: ReturnType<typeof mergeResults>, results: ParsedResult[]): boolean {
  const withEnd = results.find((r) => r.end);
  const s = merged?.start;
  const e = merged?.end;
  if (!s || !e || !withEnd || e.day === undefined || s.day === undefined) return false;
  const next = DateTime.utc(s.year ?? s.implied.year, s.month ?? s.implied.month, s.day).plus({ days: 1 });
  if (next.year !== (e.year ?? e.implied.year) || next.month !== (e.month ?? e.implied.month) || next.day !== e.day) return false;
  return (withEnd.text.match(DATE_MENTION) ?? []).length <= 1;
}

const DAY_PART_WORDS = /(?<![\w])(?:(?:in\s+the\s+|this\s+)?(?:morning|afternoon|evening|night)|tonight)(?![\w])/g;
const DATE_MENTION = new RegExp(`(?<![\\w])(?:${WD_SRC}|${MONTH_SRC}|today|tonight|tomorrow|yesterday)(?![\\w])|\\d[/.-]\\d|\\d(?:st|nd|rd|th)\\b`, 'g');
const WEEKDAY_WORD_RE = new RegExp(`(?<![\\w])(${WD_SRC})(?![\\w])`);
const WEEKDAY_WORDS_RE = new RegExp(WEEKDAY_WORD_RE.source, 'g');
const DATE_WORD_RE = new RegExp(`(?<![\\w])(?:${MONTH_SRC}|today|tomorrow|yesterday)(?![\\w])`);
