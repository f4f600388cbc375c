/**
 * The one path from text to a reading, as named stages (each its own module):
 *   prepare (bound, normalise, rewrite our grammar) -> date order -> impossible dates -> zone ->
 *   extractPhrases (our English readers) -> chrono -> guards (unread words, disagreeing readings) ->
 *   partsOf (one start and end) -> clockOf (day parts, am/pm) -> dateOf (the day) ->
 *   repeatOf (rrule) or a one-off -> endOf -> a reading, a refusal or a question.
 */
import { DateTime } from 'luxon';
import type { Recurrence } from '../core/recurrence.ts';
import { calendarFor, wallTimeAt } from './calendar.ts';
import { readerFor, reference } from './chrono.ts';
import { clockOf, written24 } from './clock.ts';
import type { Parts } from './components.ts';
import { dateOf } from './date-stage.ts';
import { findImpossible, hourOrDay } from './dates.ts';
import { hasLeapDay, leapDayIn, nextLeapDayYear } from './leap-day.ts';
import { dayPartOf } from './day-part.ts';
import { daysInMonth, describeDays } from './day-range.ts';
import { endOf } from './end-stage.ts';
import { errors, questions } from './errors.ts';
import { NOTHING_FOUND, extractPhrases, type Extracted } from './extract.ts';
import { REWRITERS, dayFirstDates, dayFirstDayRange, monthFirstDates } from './grammar.ts';
import { checkDisagreement, checkLeftovers, checkWeekdayPair } from './guards.ts';
import { partsOf } from './parts-stage.ts';
import { MAX_TEXT, prepare } from './prepare.ts';
import { repeatOf } from './repeat-stage.ts';
import { blank, type Span } from './spans.ts';
import type { ParseOptions, ParsedWhen, WhenResult } from './types.ts';
import { zoneObject } from './zone-cache.ts';
import { dateOrderForZone, numericDateOrder } from './zone-setting.ts';
import { findZone, isValidZone } from './zones.ts';

export { FILLER } from './guards.ts';

export interface Analysis {
  result: WhenResult;
  /** Spans of the normalized text that were read as part of the time phrase. */
  spans: Span[];
}

export function parseWhen(text: string, opts: ParseOptions): WhenResult {
  return analyze(text, opts).result;
}

/** Internal: read again with a choice made for the user (the second candidate of a question). */
interface Forced {
  meridiem?: 'am';
  order?: 'day-first' | 'month-first';
  /** "monday 21": read the number as the day of the month, not 21:00. */
  numberIsDay?: boolean;
  /** "next friday" said on a Thursday: the one a week after the coming one. */
  weekLater?: boolean;
}

/** "3/4 5pm" with no locale and a zone that doesn't say: read it both ways and ask. */
function askDateOrder(text: string, opts: ParseOptions): Analysis {
  const md = analyze(text, opts, { order: 'month-first' });
  const dm = analyze(text, opts, { order: 'day-first' });
  if (md.result.ok && dm.result.ok && md.result.value.start.getTime() !== dm.result.value.start.getTime()) {
    return { result: { ok: false, error: questions.dayMonth(md.result.value, dm.result.value) }, spans: md.spans };
  }
  return md.result.ok ? md : dm;
}

export function analyze(text: string, opts: ParseOptions, forced?: Forced): Analysis {
  const spans: Span[] = [];
  const raw = typeof text === 'string' ? text : '';
  if (raw.length > MAX_TEXT) return { result: errors.tooLong(MAX_TEXT), spans };
  // 1. Prepare: bound, normalise, rewrite our grammar into forms chrono reads.
  let prepared = prepare(raw, REWRITERS);
  const fail = (result: WhenResult): Analysis => ({ result, spans: spans.map(prepared.toRaw) });
  if (!raw.trim()) return fail(errors.empty());
  if (prepared.dense) return fail(errors.tooDense());
  if (!isValidZone(opts.timezone)) return fail(errors.badZone(raw, opts.timezone));
  // Date order: the user's locale, else their zone's custom, else what the numbers force; else ask.
  const order = forced?.order ?? (opts.locale ? null : dateOrderForZone(opts.timezone) ?? numericDateOrder(prepared.text));
  if (order === 'ask') return askDateOrder(text, opts);
  const reader = readerFor(opts.locale);
  // chrono's own day-first English (en.GB) misreads "dec 25" as December 2025, so day-first
  // numeric dates are rewritten month first and read by the one English reader.
  const dayFirst = reader.english && (order === 'day-first' || (order === null && reader.dayFirst));
  const numeric = reader.english && HAS_NUMERIC_DATE.test(prepared.text) ? (dayFirst ? [dayFirstDayRange, dayFirstDates] : [monthFirstDates]) : [];
  if (numeric.length) prepared = prepared.more(numeric);
  // "feb 29" with no year: the next one (chrono reads it only with a leap year).
  if (reader.english && hasLeapDay(prepared.text)) {
    const today = DateTime.fromJSDate(opts.now, { zone: zoneObject(opts.timezone) });
    prepared = prepared.more([leapDayIn(nextLeapDayYear(today))]);
  }
  let t = prepared.text;
  const norm = t;
  const impossible = findImpossible(t, !reader.english && reader.dayFirst);
  if (impossible) {
    return fail(impossible.kind === 'date' ? errors.invalidDate(raw, impossible.why) : errors.invalidTime(raw, impossible.part));
  }
  const weekdayPair = reader.english ? checkWeekdayPair(t, raw) : null;
  if (weekdayPair) return fail(weekdayPair);

  // 2. The zone the text names, if any.
  const zs = findZone(prepared.cased, reader.english);
  if (!zs.ok) return fail(errors.badZone(raw, zs.text));
  const zone = zs.found?.zone ?? opts.timezone;
  const take = (s: Span) => {
    spans.push(s);
    t = blank(t, s.start, s.end);
  };
  if (zs.found) take({ start: zs.found.index, end: zs.found.index + zs.found.length, kind: 'zone' });
  const ref = reference(opts.now, opts.timezone);
  const parse = (x: string) => reader.parser.parse(x, ref);

  // 3. English phrases chrono does not read (repeats, limits, durations, "in 2 weeks", "the 3rd"), then chrono.
  const board = { get text() { return t; }, take };
  const extracted = reader.english ? extractPhrases(board, parse, forced?.numberIsDay) : NOTHING_FOUND;
  if ('error' in extracted) return fail(errors.badRecurrence(raw, extracted.error));
  let found: Extracted = extracted;
  // Nothing left unread (every word taken by our readers): chrono would find nothing in blanks and walls.
  const results = BLANK.test(t) ? [] : parse(walled(t, norm));
  for (const r of results) take({ start: r.index, end: r.index + r.text.length, kind: 'date' });

  // 4. Guards: unread words, nothing read, readings that disagree.
  // "monday 21": the 21st or 21:00? Read as a clock time here; done() asks with both.
  const hourOrDayUnsure = reader.english && !forced?.numberIsDay && hourOrDay(norm);
  const unread = checkLeftovers(t, norm, !!found.rule, reader.english, raw);
  if (unread) return fail(unread);
  const f = found;
  if (!results.length && !f.dayRange && !f.days && !f.rule && !f.relative && !f.shift && !f.wdCount && !f.workdays && !f.nth && !f.monthDay && !f.bare && !f.holiday && !f.weekOf) {
    return fail(errors.noTime(raw));
  }
  let matched = matchedText(raw, spans.map(prepared.toRaw));
  const disagree = checkDisagreement(results, raw);
  if (disagree) return fail(disagree);

  // 5. One start and one end (parts-stage), then the time of day (clock).
  const part = reader.english ? dayPartOf(norm) : null;
  let parts = partsOf({ results, found, english: reader.english, parse, raw });
  if (!parts.ok) return fail(parts);
  const clockFor = (p: { start: Parts | null; end: Parts | null }) =>
    clockOf({ start: p.start, end: p.end, part, english: reader.english, morning: forced?.meridiem === 'am', hint: found.rule?.hint });
  let clock = clockFor(parts);
  let cal = calendarFor(opts.now, zone, opts.timezone, clock.time);
  // "the 11th to the 15th": the nearest coming month that has those days (on the weekdays said), still ahead at the time read.
  if (found.days) {
    const dayRange = daysInMonth(found.days, cal);
    if (!dayRange) return fail(errors.noSuchMonth(raw, describeDays(found.days)));
    found = { ...found, dayRange };
    parts = partsOf({ results, found, english: reader.english, parse, raw });
    if (!parts.ok) return fail(parts);
    clock = clockFor(parts);
    cal = calendarFor(opts.now, zone, opts.timezone, clock.time);
  }
  const { start, end: endParts } = parts;
  const { time, ampmUnsure } = clock;
  const endInput = { end: endParts, startWeekday: start?.weekday, duration: found.duration, part, english: reader.english, start24: !!start && written24(start), cal, raw };
  // "15 minutes from 1pm": 1:15 pm on the day 1pm is read; with a repeat or an end it would be a guess.
  const shiftMinutes = found.clockShift?.minutes ?? 0;
  if (found.clockShift && !time) return fail(errors.noTime(raw));
  if (found.clockShift && found.rule) return fail(errors.badRecurrence(raw, SHIFT_ALONE));
  if (found.clockShift && endParts) return fail(errors.badRange(raw, SHIFT_ALONE));
  let nextUnsure = false;

  // "in 30 minutes": an exact instant, nothing else to resolve.
  const relative = found.relative;
  if (relative && (relative.unit === 'minutes' || relative.unit === 'hours' || relative.exact) && !time) {
    // To the nearest minute, as every other time: said twice, "in 4 minutes" is the same time, not a move by milliseconds.
    const s = cal.local.plus({ [relative.unit]: relative.n }).plus({ seconds: 30 }).startOf('minute');
    const e = found.duration?.minutes ? s.plus({ minutes: found.duration.minutes }) : null;
    // "2 hours ago"
    if (!opts.allowPast && s < cal.local) return fail(errors.past(raw, s.toFormat("ccc, LLL d, yyyy 'at' h:mm a")));
    return done({ start: s, end: e, allDay: false });
  }

  // 6. The date (date-stage).
  const dated = dateOf({ found, start, end: endParts, cal, raw, weekLater: !!forced?.weekLater });
  if (!dated.ok) return fail(dated);
  nextUnsure = dated.nextUnsure;
  if (dated.holidayInTitle) {
    spans.splice(spans.indexOf(found.holiday!.span), 1);
    matched = matchedText(raw, spans.map(prepared.toRaw));
  }

  // 7. A repeat: the first occurrence on or after the date the text gave (repeat-stage), and its end.
  if (found.rule) {
    const rep = repeatOf({ rule: found.rule, limit: found.limit, until: found.untilParts, saidWeekday: start?.weekday, from: dated.date, cal, raw });
    if (!rep.ok) return fail(rep);
    const s = cal.at(rep.first);
    const end = endOf(endInput, s, rep.first);
    if (!end.ok) return fail(end);
    return done({ start: s, end: end.value, allDay: !time, recurrence: rep.recurrence });
  }

  // 8. A one-off, and its end (end-stage).
  let date = dated.date;
  if (!date) {
    if (!time) return fail(errors.noTime(raw));
    date = cal.ahead(cal.localToday) ? cal.localToday : cal.localToday.plus({ days: 1 });
  }
  const s = cal.at(date).plus({ minutes: shiftMinutes });
  const end = endOf(endInput, s, date);
  if (!end.ok) return fail(end);
  if (!opts.allowPast && (time ? s < cal.local : date < cal.today)) {
    return fail(errors.past(raw, time ? s.toFormat("ccc, LLL d, yyyy 'at' h:mm a") : s.toFormat('ccc, LLL d, yyyy')));
  }
  return done({ start: s, end: end.value, allDay: !time });

  /** 9. A reading — or, when a guess was made (am/pm, next week's day, day or hour), a question with both. */
  function done(v: { start: DateTime; end: DateTime | null; allDay: boolean; recurrence?: Recurrence }): Analysis {
    // Whole days end at a midnight: a time of day on the end of an all-day reading means a clock was read
    // for the end only ("monday to friday at 9"), and the reading is not what was said.
    if (v.allDay && v.end && !v.end.equals(v.end.startOf('day'))) return fail(errors.badRange(raw, 'it names whole days but a time for its end only; give the start time too'));
    // A wall time typed on a daylight-saving change: refused when it never happens, asked when it happens twice.
    // The wall time said is the clock before a shift ("15 minutes from 1:30am": 1:30 am).
    const said = v.start.minus({ minutes: shiftMinutes });
    const dst = relative && !v.recurrence && (relative.unit === 'minutes' || relative.unit === 'hours' || relative.exact) && !time ? null : wallTimeAt(said, time);
    if (dst && 'gap' in dst) return fail(errors.noSuchWallTime(raw, twelveHour(time!), v.start.toFormat('ccc, LLL d'), zone));
    const value: ParsedWhen = {
      start: v.start.toJSDate(),
      end: v.end ? v.end.toJSDate() : null,
      allDay: v.allDay,
      timezone: zone,
      zoneNamed: !!zs.ok && !!zs.found,
      recurrence: v.recurrence ?? null,
      matched,
    };
    const rawSpans = spans.map(prepared.toRaw);
    if (dst && 'twice' in dst) {
      const shift = dst.twice.toMillis() - said.toMillis();
      const otherStart = v.start.toMillis() + shift;
      // A length moves with the start; an end said as a wall time stays (if still after it).
      const moves = value.end && (!endParts || value.end.getTime() <= otherStart);
      const end = moves ? new Date(value.end!.getTime() + shift) : value.end;
      const other: ParsedWhen = { ...value, start: new Date(otherStart), end };
      const [first, second] = shift > 0 ? [value, other] : [other, value];
      return { result: { ok: false, error: questions.twiceOnClockChange(first, second) }, spans: rawSpans };
    }
    if (nextUnsure) {
      const later = analyze(text, opts, { ...forced, weekLater: true });
      if (later.result.ok) return { result: { ok: false, error: questions.nextWeekday(value, later.result.value) }, spans: rawSpans };
    }
    if (hourOrDayUnsure) {
      const asDay = analyze(text, opts, { ...forced, numberIsDay: true });
      if (asDay.result.ok && asDay.result.value.start.getTime() !== value.start.getTime()) {
        return { result: { ok: false, error: questions.hourOrDay(asDay.result.value, value) }, spans: rawSpans };
      }
    }
    if (ampmUnsure && !forced?.meridiem) {
      const am = analyze(text, opts, { ...forced, meridiem: 'am' });
      if (am.result.ok && am.result.value.start.getTime() !== value.start.getTime()) {
        return { result: { ok: false, error: questions.amPm(value, am.result.value) }, spans: rawSpans };
      }
    }
    return { result: { ok: true, value }, spans: rawSpans };
  }
}

const HAS_NUMERIC_DATE = /\d[/.-]\d/;
const SHIFT_ALONE = "a time like '15 minutes from 1pm' is read for one day only — say the start itself, like '1:15pm'";
const BLANK = /^\s*$/;

/**
 * The unread text with what our readers took walled off ('|', not spaces): chrono's patterns
 * absorb trailing spaces, so in "18th dec" + a taken "for 10 days" it preferred the longer
 * "dec          " (a month) to "18th dec" (a date). Same length, so indices are unchanged.
 */
function walled(unread: string, whole: string): string {
  if (unread === whole) return unread;
  let out = '';
  for (let i = 0; i < unread.length; i++) out += unread[i] === ' ' && whole[i] !== ' ' ? '|' : unread[i];
  return out;
}

const twelveHour = (t: { hour: number; minute: number }) => `${t.hour % 12 || 12}:${String(t.minute).padStart(2, '0')} ${t.hour < 12 ? 'AM' : 'PM'}`;

function matchedText(raw: string, spans: Span[]): string {
  if (!spans.length) return '';
  const a = Math.min(...spans.map((s) => s.start));
  const b = Math.max(...spans.map((s) => s.end));
  return raw.slice(a, b).trim();
}
