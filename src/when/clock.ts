/** Stage 4 of the pipeline: the time of day — day parts, am/pm, the start of a range before its end. */
import type { Parts } from './components.ts';
import type { WallClock } from './calendar.ts';
import { withDayPart, type DayPart } from './day-part.ts';
import type { RuleDraft } from './recurrence.ts';

const HINT_HOUR = { morning: 9, afternoon: 14, evening: 18, night: 20 } as const;

export interface ClockInput {
  start: Parts | null;
  end: Parts | null;
  /** The day-part word the text names ("in the evening"). */
  part: DayPart | null;
  english: boolean;
  /** Reading again for a question's other candidate: a bare small hour in the morning. */
  morning: boolean;
  /** "every morning": a repeat's own time-of-day word. */
  hint: RuleDraft['hint'];
}

/** The start's time of day, and whether a bare 1–6 was taken as the afternoon (then done() asks). */
export function clockOf(c: ClockInput): { time: WallClock | null; ampmUnsure: boolean } {
  const { start, end, part } = c;
  if (start?.hour === undefined) return { time: c.hint ? { hour: HINT_HOUR[c.hint], minute: 0, second: 0 } : null, ampmUnsure: false };
  // "tomorrow night", "friday morning": a day part said without a clock is its usual hour, on the
  // hour (chrono's own guesses vary by word and keep the current minute: 21:36 for "night tomorrow").
  if (start.casualTime && part) return { time: { hour: HINT_HOUR[part], minute: 0, second: 0 }, ampmUnsure: false };
  let hour = start.hour;
  let ampmUnsure = false;
  const numeric = !start.meridiemCertain && !start.casualTime && hour <= 12;
  if (numeric && part) hour = withDayPart(hour, part);
  else if (c.english && numeric && hour >= 1 && hour <= 6 && !/(?<!\d)0\d[:h.]?\d*|\d{3,}/.test(start.clockText ?? start.text)) {
    // A bare 1-6 with no am/pm and no day-part word: afternoon is likelier, but ask.
    if (!c.morning) {
      hour += 12;
      if (end?.meridiemCertain !== true) ampmUnsure = true;
    }
  }
  // "10-2pm": chrono may read the start as 10pm; a start that would follow the end is the morning
  // (chrono's own pm, or an end with its am/pm: our afternoon guess for a bare 1-6 keeps "sat 2-4" at 2-4pm, asked).
  const eh = end?.hour;
  const sameDay = end?.day === undefined || (end.day === start.day && end.month === start.month);
  const at = (h: number, m: number | undefined) => h * 60 + (m ?? 0);
  const [sm, em] = [at(hour, start.minute), eh === undefined ? 0 : at(eh, end?.minute)];
  // A bare 12 is noon on the dial ("12-2 on saturday" is 12:00-14:00), midnight only before an end said in the morning ("12-2am").
  const twelve = start.hour === 12 && !start.meridiemCertain && !(numeric && part);
  if (twelve && end?.meridiemCertain && eh !== undefined && eh < 12) hour = 0;
  else if (!twelve && !(numeric && part) && eh !== undefined && !start.meridiemCertain && !written24(start) && (start.hour >= 12 || end?.meridiemCertain) && hour >= 12 && sm > em && sm - 720 < em && sameDay) hour -= 12;
  // "from 11 to 3am": a start on the 12-hour dial past the stated end is the evening before.
  if (!(numeric && part) && eh !== undefined && end?.meridiemCertain && !start.meridiemCertain && eh < 12 && hour < 12 && hour > eh) hour += 12;
  return { time: { hour, minute: start.minute ?? 0, second: start.second ?? 0 }, ampmUnsure };
}

/** "15:40-10:30", "05:00-04:00": the start is written on the 24-hour dial (past 12, or with a leading zero; not chrono's pm for "10-2pm"). */
export function written24(start: Parts): boolean {
  const h = start.hour;
  const written = h === undefined ? null : h > 12 ? String(h) : h < 10 ? `0${h}` : null;
  return !!written && new RegExp(`(?<![\\d:])${written}:\\d{2}`).test(start.clockText ?? start.text);
}
