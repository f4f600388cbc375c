/** Stage 7 of the pipeline: where a reading ends — a range's end, a length, or nothing. */
import type { DateTime } from 'luxon';
import type { Calendar } from './calendar.ts';
import type { Parts } from './components.ts';
import { withDayPart, type DayPart } from './day-part.ts';
import type { DurationFound } from './durations.ts';
import { errors } from './errors.ts';
import type { WhenRefusal } from './types.ts';

export interface EndInput {
  end: Parts | null;
  /** The start's weekday, when the text named one ("friday 8pm to saturday 2am"). */
  startWeekday: number | undefined;
  duration: DurationFound | null;
  part: DayPart | null;
  english: boolean;
  /** The start is a 24-hour clock written past 12 ("15:40-10:30"). */
  start24: boolean;
  cal: Calendar;
  raw: string;
}

export type EndFound = { ok: true; value: DateTime | null } | { ok: false; error: WhenRefusal };

/** The end of a reading that starts at `s` on `startDate`. */
export function endOf(x: EndInput, s: DateTime, startDate: DateTime): EndFound {
  if (x.end) return rangeEnd(x, x.end, s, startDate);
  const { duration, cal, raw } = x;
  if (duration?.minutes) {
    if (!cal.time) return errors.badRange(raw, 'a length in hours needs a start time');
    return { ok: true, value: s.plus({ minutes: duration.minutes }) };
  }
  if (duration?.days) {
    if (cal.time) return { ok: true, value: s.plus({ days: duration.days }) };
    return { ok: true, value: duration.days <= 1 ? null : startDate.plus({ days: duration.days }) };
  }
  return { ok: true, value: null };
}

function rangeEnd(x: EndInput, end: Parts, s: DateTime, startDate: DateTime): EndFound {
  const { cal, raw } = x;
  const time = cal.time;
  let endDate = startDate;
  let explicitEnd = false;
  if (end.day !== undefined && end.month !== undefined) {
    endDate = cal.dateFrom(end.year ?? startDate.year, end.month, end.day);
    // "dec 30 to jan 2" runs into the next year; "dec 6 to dec 5" is simply backwards.
    if (end.year === undefined && endDate < startDate && endDate.month < startDate.month) endDate = endDate.plus({ years: 1 });
    // chrono dates the end of "tonight 11pm - 1am" on the start's day in zones east of UTC: the
    // same day is no day said, and an end before the start then runs into the next day.
    explicitEnd = !endDate.hasSame(startDate, 'day');
  } else if (end.weekday !== undefined && end.weekday !== x.startWeekday) {
    endDate = startDate.plus({ days: (end.weekday - startDate.weekday + 7) % 7 });
    explicitEnd = true;
  }
  if (!endDate.isValid) return errors.badRange(raw, 'the end date does not exist');
  if (end.hour === undefined) {
    if (time) return { ok: true, value: endDate.plus({ days: 1 }).startOf('day') };
    if (endDate < startDate) return errors.badRange(raw, 'it ends before it starts');
    return { ok: true, value: endDate.equals(startDate) ? null : cal.at(endDate.plus({ days: 1 }), null) };
  }
  let eh = end.hour;
  if (x.part && !end.meridiemCertain && !end.casualTime && eh <= 12) eh = withDayPart(eh, x.part);
  if (x.english && !end.meridiemCertain && !end.casualTime && time && eh < time.hour && eh + 12 > time.hour && eh < 12 && !endOn24Dial(x, end, eh)) eh += 12;
  const wall = { hour: eh, minute: end.minute ?? 0, second: end.second ?? 0 };
  let e = cal.at(endDate, wall);
  if (!time) return { ok: true, value: e };
  if (e <= s && !explicitEnd) e = cal.at(endDate.plus({ days: 1 }), wall);
  if (e <= s) return errors.badRange(raw, 'it ends before it starts');
  return { ok: true, value: e };
}

/** "15:40-10:30", "10:00-04:00": an end with a leading zero, or with two digits after a 24-hour start, is on the 24-hour dial (the next morning, not 22:30). */
function endOn24Dial(x: EndInput, end: Parts, eh: number): boolean {
  const zeroLed = new RegExp(`(?<![\\d:])0${eh}:\\d{2}`).test(end.text);
  return zeroLed || (x.start24 && new RegExp(`(?<![\\d:])${String(eh).padStart(2, '0')}:\\d{2}`).test(end.text));
}
