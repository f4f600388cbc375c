/**
 * The one path from text to a reading, as named stages:
 *   prepare (bound, normalise, rewrite our grammar) -> date order -> impossible dates -> zone ->
 *   extractPhrases (our English readers) -> chrono -> guards (unread words, disagreeing readings) ->
 *   clock (day parts, am/pm) -> date -> repeat or one-off (+ end) -> a reading, a refusal or a question.
 */
import type { ParsedResult } from 'chrono-node';
import { DateTime } from 'luxon';
import type { Recurrence } from '../core/recurrence.ts';
import { readerFor, reference } from './chrono.ts';
import { emptyParts, mergeResults } from './components.ts';
import { findImpossible, hourOrDay, nthWeekdayOf } from './dates.ts';
import { dayPartOf, withDayPart } from './day-part.ts';
import { errors, questions } from './errors.ts';
import { NOTHING_FOUND, extractPhrases } from './extract.ts';
import { REWRITERS, dayFirstDates, monthFirstDates } from './grammar.ts';
import { checkDisagreement, checkLeftovers } from './guards.ts';
import { MAX_TEXT, prepare } from './prepare.ts';
import { countUntil, firstDate } from './rule-dates.ts';
import { blank, type Span } from './spans.ts';
import type { ParseOptions, ParsedWhen, WhenResult } from './types.ts';
import { MONTH_SRC, WD_SRC, WEEKDAY_NUMBER, weekdayCode } from './words.ts';
import { dateOrderForZone, numericDateOrder } from './zone-setting.ts';
import { findZone, isValidZone } from './zones.ts';
import { zoneObject } from './zone-cache.ts';

export { FILLER } from './guards.ts';

const MORNING_HINT = { morning: 9, afternoon: 14, evening: 18, night: 20 } as const;

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
  if (reader.english && HAS_NUMERIC_DATE.test(prepared.text)) prepared = prepare(raw, [...REWRITERS, dayFirst ? dayFirstDates : monthFirstDates]);
  const now = DateTime.fromJSDate(opts.now);
  let t = prepared.text;
  const norm = t;

  const impossible = findImpossible(t, !reader.english && reader.dayFirst);
  if (impossible) {
    return fail(
      impossible.kind === 'date' ? errors.invalidDate(raw, impossible.why) : errors.invalidTime(raw, impossible.part),
    );
  }

  // 1. The zone the text names, if any.
  const zs = findZone(prepared.cased, reader.english);
  if (!zs.ok) return fail(errors.badZone(raw, zs.text));
  const zone = zs.found?.zone ?? opts.timezone;
  const take = (s: Span) => {
    spans.push(s);
    t = blank(t, s.start, s.end);
  };
  if (zs.found) take({ start: zs.found.index, end: zs.found.index + zs.found.length, kind: 'zone' });

  const local = now.setZone(zoneObject(zone));
  // A Zone object rather than its name: luxon skips re-resolving the name on every wall-time build.
  const zoneObj = local.zone;
  // Day words ("tomorrow", "friday", "in 3 days") count from the speaker's own calendar day,
  // carried over as a date into the event's zone; a bare time ("9am CET") is the next such
  // time in the named zone (localToday).
  const speaker = now.setZone(zoneObject(opts.timezone));
  const localToday = local.startOf('day');
  const today = DateTime.fromObject({ year: speaker.year, month: speaker.month, day: speaker.day }, { zone: zoneObj });
  const ref = reference(opts.now, opts.timezone);

  // 2. English phrases chrono does not read: repeats, limits, durations, "in 2 weeks", "the 3rd".
  const board = { get text() { return t; }, take };
  const found = reader.english ? extractPhrases(board, (x) => reader.parser.parse(x, ref), forced?.numberIsDay) : NOTHING_FOUND;
  if ('error' in found) return fail(errors.badRecurrence(raw, found.error));
  const { rule, limit, untilParts, duration, relative, shift, wdCount, nth, monthDay, weekOf, bare, holiday, dayRange, allDay: allDaySaid } = found;

  // 3. chrono reads the rest.
  const results = reader.parser.parse(t, ref);
  for (const r of results) take({ start: r.index, end: r.index + r.text.length, kind: 'date' });
  const merged = mergeResults(results);

  if (reader.english && /(?<!\w)(?:feb(?:ruary)?\.?\s+(?:the\s+)?29(?:th)?|29(?:th)?\s+(?:of\s+)?feb(?:ruary)?)(?![\w])(?!,?\s*\d{4})/.test(norm)) {
    const y = today.year;
    const leap = (n: number) => DateTime.fromObject({ year: n }).isInLeapYear;
    if (!leap(y) && !leap(y + 1)) return fail(errors.invalidDate(raw, `there is no February 29 in ${y} or ${y + 1}`));
  }
  // "monday 21": the 21st or 21:00? Read as a clock time here; done() asks with both.
  const hourOrDayUnsure = reader.english && !forced?.numberIsDay && hourOrDay(norm);
  const unread = checkLeftovers(t, norm, !!rule, reader.english, raw);
  if (unread) return fail(unread);

  const matched = matchedText(raw, spans.map(prepared.toRaw));
  const nothing = !merged && !dayRange && !rule && !relative && !shift && !wdCount && !nth && !monthDay && !bare && !holiday && !weekOf;
  if (nothing) return fail(errors.noTime(raw));

  const disagree = checkDisagreement(results, raw);
  if (disagree) return fail(disagree);
  let start = merged?.start ?? null;
  let endParts = rolledOver(merged, results) ? { ...merged!.end!, year: undefined, month: undefined, day: undefined, weekday: undefined } : (merged?.end ?? null);
  if (start && reader.english && start.weekday === undefined && start.day === undefined) {
    // chrono sometimes folds a weekday or a date into a day-part word ("in the evening, sunday") and drops it.
    const joined = results.map((r) => r.text).join(' ');
    const days = new Set([...joined.matchAll(WEEKDAY_WORDS_RE)].map((m) => weekdayCode(m[1]!)));
    // "night sun sat 4pm": two weekdays folded into one reading; which is meant is a guess.
    if (days.size > 1) return fail(errors.twoTimes(raw));
    const wd = WEEKDAY_WORD_RE.exec(joined);
    if (wd) start = { ...start, weekday: WEEKDAY_NUMBER[weekdayCode(wd[1]!)!] };
    // Both a weekday and a date folded in ("night friday dec 3 7pm"): the date, checked against the weekday below.
    if (DATE_WORD_RE.test(joined)) {
      const day = foldedDate(results, (x) => reader.parser.parse(x, ref));
      if (!day) return fail(errors.noTime(raw));
      start = { ...start, year: day.year, month: day.month, day: day.day };
    }
  }
  if (dayRange) {
    const base = start ?? emptyParts(raw);
    if (base.day !== undefined || base.weekday !== undefined || endParts) return fail(errors.noTime(raw));
    start = { ...base, year: dayRange.year, month: dayRange.from.month, day: dayRange.from.day };
    endParts = { ...emptyParts(raw), year: dayRange.year, month: dayRange.to.month, day: dayRange.to.day };
  }
  if (bare && (start?.hour === undefined || start.casualTime)) {
    // "friday 7-9": chrono leaves bare hour ranges alone; read them as a range of clock times.
    const base = start ?? emptyParts(bare.text);
    start = { ...base, hour: bare.from.hour, minute: bare.from.minute, second: 0, meridiemCertain: false, casualTime: false, text: bare.text };
    endParts = { ...emptyParts(bare.text), hour: bare.to.hour, minute: bare.to.minute, second: 0 };
  }

  // "Book club night": a part of the day alone is not a time (a date with it is: "friday night").
  if (start?.casualTime && start.day === undefined && start.weekday === undefined && !relative && !shift && !wdCount && !rule && !weekOf && !nth && !monthDay && !holiday
    && /^(?:in\s+the\s+|the\s+|this\s+)?(?:morning|afternoon|evening|night)$/.test(start.text.trim())) {
    return fail(errors.noTime(raw));
  }

  // "Movie night dec 10-12", "night dec 10 all day": whole days; a day-part word with no clock is not their time.
  if (start?.casualTime && (dayRange || allDaySaid)) start = { ...start, hour: undefined, minute: undefined, second: undefined, casualTime: false };

  // 4. Time of day.
  let time: { hour: number; minute: number; second: number } | null = null;
  let ampmUnsure = false;
  let nextUnsure = false;
  const part = reader.english ? dayPartOf(norm) : null;
  if (start?.hour !== undefined) {
    let hour = start.hour;
    const numeric = !start.meridiemCertain && !start.casualTime && hour <= 12;
    if (numeric && part) hour = withDayPart(hour, part);
    else if (reader.english && numeric && hour >= 1 && hour <= 6 && !/(?<!\d)0\d[:h.]?\d*|\d{3,}/.test(start.text)) {
      // A bare 1-6 with no am/pm and no day-part word: afternoon is likelier, but ask.
      const endSays = endParts?.meridiemCertain === true;
      if (forced?.meridiem !== 'am') {
        hour += 12;
        if (!endSays) ampmUnsure = true;
      }
    }
    // "10-2pm": chrono may read the start as 10pm; a start that would follow the end is the morning.
    const eh = endParts?.hour;
    const sameDay = endParts?.day === undefined || (endParts.day === start.day && endParts.month === start.month);
    if (!(numeric && part) && eh !== undefined && !start.meridiemCertain && hour >= 12 && hour > eh && hour - 12 < eh && sameDay) hour -= 12;
    // "from 11 to 3am": a start on the 12-hour dial past the stated end is the evening before.
    if (!(numeric && part) && eh !== undefined && endParts?.meridiemCertain && !start.meridiemCertain && eh < 12 && hour < 12 && hour > eh) hour += 12;
    time = { hour, minute: start.minute ?? 0, second: start.second ?? 0 };
  } else if (rule?.hint) {
    time = { hour: MORNING_HINT[rule.hint], minute: 0, second: 0 };
  }
  const at = (d: DateTime, tm = time) =>
    tm
      ? DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: tm.hour, minute: tm.minute, second: tm.second }, { zone: zoneObj })
      : DateTime.fromObject({ year: d.year, month: d.month, day: d.day }, { zone: zoneObj });
  const ahead = (d: DateTime) => (time ? at(d) > local : d >= today);

  // "in 30 minutes": an exact instant, nothing else to resolve.
  if (relative && (relative.unit === 'minutes' || relative.unit === 'hours') && !time) {
    const s = local.plus({ [relative.unit]: relative.n });
    const e = duration?.minutes ? s.plus({ minutes: duration.minutes }) : null;
    return done({ start: s, end: e, allDay: false });
  }

  // 5. The date.
  let date: DateTime | null = null;
  const dateFrom = (y: number, m: number, d: number) => DateTime.fromObject({ year: y, month: m, day: d }, { zone: zoneObj }).startOf('day');
  if (wdCount) {
    if (start?.weekday !== undefined || start?.day !== undefined) return fail(errors.noTime(raw));
    date = today.plus({ days: ((wdCount.weekday - today.weekday + 7) % 7 || 7) + 7 * (wdCount.n - 1) });
  } else if (shift && shift.base !== 'date') {
    if (start?.weekday !== undefined || start?.day !== undefined) return fail(errors.noTime(raw));
    date = today.plus({ days: shift.base === 'tomorrow' ? 1 : shift.base === 'yesterday' ? -1 : 0 }).plus({ [shift.unit]: shift.n });
  } else if (weekOf) {
    date = today.startOf('week').plus({ weeks: weekOf.weeks, days: weekOf.weekday - 1 });
  } else if (relative) {
    const n = relative.n;
    date = Number.isInteger(n) ? today.plus({ [relative.unit]: n }) : today.plus({ days: Math.round(n * (relative.unit === 'weeks' ? 7 : relative.unit === 'months' ? 30 : 1)) });
    // "in 3 days on friday": two ways to the day; if they name different days, neither is taken.
    if (start?.weekday !== undefined && start.day === undefined && date.weekday !== start.weekday) {
      return fail(errors.weekdayMismatch(raw, date.toFormat('LLL d, yyyy'), date.toFormat('cccc'), DateTime.fromObject({ weekday: start.weekday as 1 }).toFormat('cccc')));
    }
  } else if (nth?.monthsAhead !== undefined) {
    const month = today.startOf('month').plus({ months: nth.monthsAhead });
    const d = nthWeekdayOf(month.year, month.month, nth.weekday, nth.n);
    if (!d) return fail(errors.invalidDate(raw, 'that month has no such day'));
    date = dateFrom(d.year, d.month, d.day);
  } else if (nth) {
    let y = nth.year ?? today.year;
    let d = nthWeekdayOf(y, nth.month, nth.weekday, nth.n);
    if (!nth.year && (!d || !ahead(d))) d = nthWeekdayOf(++y, nth.month, nth.weekday, nth.n);
    if (!d) return fail(errors.invalidDate(raw, 'that month has no such day'));
    date = dateFrom(d.year, d.month, d.day);
  } else if (holiday) {
    let d = dateFrom(today.year, holiday.month, holiday.day);
    if (!ahead(d)) d = dateFrom(today.year + 1, holiday.month, holiday.day);
    date = d;
  } else if (monthDay && start?.day !== undefined) {
    // "the 9th ... 17th of april": two days named, neither a range we read.
    return fail(errors.twoTimes(raw));
  } else if (monthDay && start?.month !== undefined) {
    // "the 15th of next month": our day in the month chrono read.
    const d = dateFrom(start.year ?? start.implied.year, start.month, monthDay.day);
    if (!d.isValid) return fail(errors.invalidDate(raw, `that month has no day ${monthDay.day}`));
    date = d;
  } else if (monthDay) {
    // "on the 3rd": the next 3rd; "mon 13th": the next 13th that is a Monday (as "friday the 13th").
    const weekday = monthDay.withWeekday ? start?.weekday : undefined;
    let d: DateTime | null = null;
    for (let i = 0; i < (weekday === undefined ? 14 : 40) && !d; i++) {
      const month = today.plus({ months: i }).startOf('month');
      if (monthDay.day > (month.daysInMonth ?? 31)) continue;
      const c = month.set({ day: monthDay.day });
      if (ahead(c) && (weekday === undefined || c.weekday === weekday)) d = c;
    }
    if (!d) return fail(errors.invalidDate(raw, `no such day in the next ${weekday === undefined ? 'year' : 'three years'}`));
    // A weekday elsewhere in the line ("Friday ... on the 14th") that the 14th is not: ask the person.
    if (start?.weekday !== undefined && start.day === undefined && d.weekday !== start.weekday) {
      return fail(errors.weekdayMismatch(raw, d.toFormat('LLL d, yyyy'), d.toFormat('cccc'), DateTime.fromObject({ weekday: start.weekday as 1 }).toFormat('cccc')));
    }
    date = d;
  } else if (start && start.day !== undefined && start.month !== undefined) {
    // "26 june to 28 june in 2020": a year said once, at the end, is the start's too.
    const endYear = endParts?.year !== undefined && endParts.month !== undefined ? endParts.year - (endParts.month < start.month ? 1 : 0) : undefined;
    if (start.year === undefined && endYear !== undefined) start.year = endYear;
    const y = start.year ?? today.year;
    let d = dateFrom(y, start.month, start.day);
    if (!d.isValid && start.year === undefined && start.month === 2 && start.day === 29) {
      d = dateFrom(y + 1, 2, 29);
      if (!d.isValid) return fail(errors.invalidDate(raw, `there is no February 29 in ${y} or ${y + 1}`));
    }
    if (!d.isValid) return fail(errors.invalidDate(raw, `${start.month}/${start.day}/${y} does not exist`));
    if (start.year === undefined && !ahead(d)) {
      d = dateFrom(y + 1, start.month, start.day);
      if (!d.isValid) return fail(errors.invalidDate(raw, `February ${y + 1} has 28 days`));
    }
    if (start.weekday !== undefined && d.weekday !== start.weekday) {
      return fail(errors.weekdayMismatch(raw, d.toFormat('LLL d, yyyy'), d.toFormat('cccc'), DateTime.fromObject({ weekday: start.weekday as 1 }).toFormat('cccc')));
    }
    date = d;
  } else if (start && start.weekday !== undefined) {
    if (start.modifier === 'last') {
      date = dateFrom(start.implied.year, start.implied.month, start.implied.day);
    } else {
      let days = (start.weekday - today.weekday + 7) % 7;
      if (days === 0 && (start.modifier === 'next' || !ahead(today))) days = 7;
      // "next friday" on a Thursday: tomorrow, or the Friday of next week? Ask (done() reads both).
      if (start.modifier === 'next' && days < 7 && sameWeek(today.weekday, start.weekday)) {
        if (forced?.weekLater) days += 7;
        else nextUnsure = true;
      }
      date = today.plus({ days });
    }
  } else if (start && start.month !== undefined && start.hour === undefined) {
    return fail(errors.noTime(raw));
  }

  if (shift?.base === 'date') {
    // "2 weeks from january 15": the date the rest of the text names, moved.
    if (!date) return fail(errors.noTime(raw));
    date = date.plus({ [shift.unit]: shift.n });
  }

  // 6. A repeat: the first occurrence on or after the date the text gave (else today).
  if (rule) {
    // "Friday every tuesday 7pm": a weekday that is not one of the repeat's days names another day.
    const said = start?.weekday;
    if (said !== undefined && rule.byday.length && rule.freq !== 'MONTHLY' && !rule.byday.some((d) => WEEKDAY_NUMBER[d as keyof typeof WEEKDAY_NUMBER] === said)) {
      return fail(errors.twoTimes(raw));
    }
    const from = date ?? today;
    const first = firstDate(rule, from, ahead);
    if (!first) return fail(errors.badRecurrence(raw, 'it never happens'));
    const s = at(first);
    const recurrence: Recurrence = {
      freq: rule.freq,
      interval: rule.interval,
      byday: rule.byday,
      bymonthday: rule.bymonthday,
      count: null,
      until: null,
    };
    if (limit?.count) recurrence.count = limit.count;
    else if (limit?.window) {
      // "for 6 weeks" is stored as COUNT: the occurrences that start inside the window.
      const stop = first.plus({ [limit.window.unit]: limit.window.n });
      recurrence.count = Math.max(1, countUntil(rule, first, stop));
    } else if (untilParts) {
      let u = untilParts.day !== undefined && untilParts.month !== undefined
        ? dateFrom(untilParts.year ?? first.year, untilParts.month, untilParts.day)
        : untilParts.weekday !== undefined
          ? // "until friday": the first such weekday on or after the first occurrence.
            first.plus({ days: (untilParts.weekday - first.weekday + 7) % 7 }).startOf('day')
          : dateFrom(untilParts.implied.year, untilParts.implied.month, untilParts.implied.day);
      if (untilParts.year === undefined && u < first) u = u.plus({ years: 1 });
      if (!u.isValid || u < first) return fail(errors.badRecurrence(raw, "the 'until' date is before the first time"));
      // UNTIL is inclusive: the last local second of that day.
      recurrence.until = u.endOf('day').set({ millisecond: 0 }).toISO({ suppressMilliseconds: true })!;
    }
    const end = endFor(s, first);
    if (!end.ok) return fail({ ok: false, error: end.error });
    return done({ start: s, end: end.value, allDay: !time, recurrence });
  }

  // 7. A one-off.
  if (!date) {
    if (!time) return fail(errors.noTime(raw));
    date = ahead(localToday) ? localToday : localToday.plus({ days: 1 });
  }
  const s = at(date);
  const end = endFor(s, date);
  if (!end.ok) return fail({ ok: false, error: end.error });
  if (!opts.allowPast && (time ? s < local : date < today)) {
    return fail(errors.past(raw, time ? s.toFormat("ccc, LLL d, yyyy 'at' h:mm a") : s.toFormat('ccc, LLL d, yyyy')));
  }
  return done({ start: s, end: end.value, allDay: !time });

  function endFor(s: DateTime, startDate: DateTime): { ok: true; value: DateTime | null } | { ok: false; error: ReturnType<typeof errors.badRange>['error'] } {
    if (endParts) {
      let endDate = startDate;
      let explicitEnd = false;
      if (endParts.day !== undefined && endParts.month !== undefined) {
        endDate = dateFrom(endParts.year ?? startDate.year, endParts.month, endParts.day);
        // "dec 30 to jan 2" runs into the next year; "dec 6 to dec 5" is simply backwards.
        if (endParts.year === undefined && endDate < startDate && endDate.month < startDate.month) endDate = endDate.plus({ years: 1 });
        explicitEnd = true;
      } else if (endParts.weekday !== undefined && endParts.weekday !== start?.weekday) {
        endDate = startDate.plus({ days: (endParts.weekday - startDate.weekday + 7) % 7 });
        explicitEnd = true;
      }
      if (!endDate.isValid) return { ok: false, error: errors.badRange(raw, 'the end date does not exist').error };
      if (endParts.hour === undefined) {
        if (time) return { ok: true, value: endDate.plus({ days: 1 }).startOf('day') };
        if (endDate < startDate) return { ok: false, error: errors.badRange(raw, 'it ends before it starts').error };
        return { ok: true, value: endDate.equals(startDate) ? null : at(endDate.plus({ days: 1 }), null) };
      }
      let eh = endParts.hour;
      const sTime = s;
      if (part && !endParts.meridiemCertain && !endParts.casualTime && eh <= 12) eh = withDayPart(eh, part);
      if (reader.english && !endParts.meridiemCertain && !endParts.casualTime && time && eh < time.hour && eh + 12 > time.hour && eh < 12) eh += 12;
      let e = at(endDate, { hour: eh, minute: endParts.minute ?? 0, second: endParts.second ?? 0 });
      if (!time) return { ok: true, value: e };
      if (e <= sTime && !explicitEnd) e = at(endDate.plus({ days: 1 }), { hour: eh, minute: endParts.minute ?? 0, second: endParts.second ?? 0 });
      if (e <= sTime) return { ok: false, error: errors.badRange(raw, 'it ends before it starts').error };
      return { ok: true, value: e };
    }
    if (duration?.minutes) {
      if (!time) return { ok: false, error: errors.badRange(raw, `a length in hours needs a start time`).error };
      return { ok: true, value: s.plus({ minutes: duration.minutes }) };
    }
    if (duration?.days) {
      if (time) return { ok: true, value: s.plus({ days: duration.days }) };
      return { ok: true, value: duration.days <= 1 ? null : startDate.plus({ days: duration.days }) };
    }
    return { ok: true, value: null };
  }

  function done(v: { start: DateTime; end: DateTime | null; allDay: boolean; recurrence?: Recurrence }): Analysis {
    const startDt = v.start;
    const value: ParsedWhen = {
      start: startDt.toJSDate(),
      end: v.end ? v.end.toJSDate() : null,
      allDay: v.allDay,
      timezone: zone,
      zoneNamed: !!zs.ok && !!zs.found,
      recurrence: v.recurrence ?? null,
      matched,
    };
    const rawSpans = spans.map(prepared.toRaw);
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
const DATE_MENTION = new RegExp(`(?<![\\w])(?:${WD_SRC}|${MONTH_SRC}|today|tonight|tomorrow|yesterday)(?![\\w])|\\d[/.-]\\d|\\d(?:st|nd|rd|th)\\b`, 'g');

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
const WEEKDAY_WORD_RE = new RegExp(`(?<![\\w])(${WD_SRC})(?![\\w])`);
const WEEKDAY_WORDS_RE = new RegExp(WEEKDAY_WORD_RE.source, 'g');
const DATE_WORD_RE = new RegExp(`(?<![\\w])(?:${MONTH_SRC}|today|tomorrow|yesterday)(?![\\w])`);


/** "evening, 1st jan", "night tomorrow 6pm": chrono read the day part and dropped the date; read the date alone. */
function foldedDate(results: ParsedResult[], parse: (text: string) => ParsedResult[]): { year?: number; month: number; day: number } | null {
  const folded = results.find((r) => DATE_WORD_RE.test(r.text));
  if (!folded) return null;
  const again = parse(folded.text.replace(DAY_PART_WORDS, ' '));
  if (again.length !== 1) return null;
  const c = again[0]!.start;
  if (!c.isCertain('day') || !c.isCertain('month')) return null;
  return { year: c.isCertain('year') ? c.get('year')! : undefined, month: c.get('month')!, day: c.get('day')! };
}
const DAY_PART_WORDS = /(?<![\w])(?:(?:in\s+the\s+|this\s+)?(?:morning|afternoon|evening|night)|tonight)(?![\w])/g;

/**
 * Whether a coming weekday is still in today's week, with weeks starting Monday or Sunday
 * (luxon numbering, 1 = Monday … 7 = Sunday): then "next <weekday>" may mean either.
 */
function sameWeek(today: number, weekday: number): boolean {
  return weekday > today || weekday % 7 > today % 7;
}

function matchedText(raw: string, spans: Span[]): string {
  if (!spans.length) return '';
  const a = Math.min(...spans.map((s) => s.start));
  const b = Math.max(...spans.map((s) => s.end));
  return raw.slice(a, b).trim();
}
