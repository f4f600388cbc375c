/**
 * Numbers written with a dot that are days or clocks by their shape (see grammar.ts for the rule shape):
 * - "15.10.", "26.9.", "13.6. - 15.6.", "27.11.-29.11.2017" -> "oct 15", "sep 26", "jun 13 - jun 15", "nov 27 - nov 29 2017":
 *   a trailing dot marks a day and month, day first (as in German), never a clock;
 * - "17.30", "08.40", "16.29h", "13.00 h" -> "17:30": two-digit hours and minutes that are no date in
 *   either order (month 30, month 40, day 0) are a 24-hour clock;
 * - "june 7th 17.05-18.15", "mon dec 4 08.40" -> "17:05-18:15": a two-digit dotted clock right after a
 *   written date or a weekday (the day is said, so the number is its time).
 * One-digit hours ("5.10") are left as they were: am or pm is asked. "2.30pm" is grammar.ts's dottedClock.
 */
import { rule } from './rule.ts';
import { DAY_SAID_BEFORE, MONTH_ABBR } from './words.ts';

/** A day of a month, day first: "oct 15", or null when there is no such day. */
function dayMonth(day: string, month: string): string | null {
  const [d, mo] = [Number(day), Number(month)];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${MONTH_ABBR[mo - 1]} ${d}` : null;
}

const DM = '(\\d{1,2})\\.(\\d{1,2})\\.';

/** "13.6. - 15.6.", "27.11.-29.11.2017": a range of day.month. dates (the year written once, at its end). */
export const dottedDayMonthRange = rule(
  new RegExp(`(?<![\\w.:/-])${DM}\\s*(?:-|–|to|till|until)\\s*${DM}(\\d{4})?(?![\\w.:/])`, 'g'),
  (m) => {
    const [a, b] = [dayMonth(m[1]!, m[2]!), dayMonth(m[3]!, m[4]!)];
    return a && b ? `${a} - ${b}${m[5] ? ` ${m[5]}` : ''}` : null;
  },
);

/** "15.10.", "26.9. around 17:00": a day and month with a trailing dot (a year after it is the numeric dates' reader's). */
export const dottedDayMonth = rule(new RegExp(`(?<![\\w.:/-])${DM}(?![\\w.:/-])`, 'g'), (m) => dayMonth(m[1]!, m[2]!));

const MERIDIEM_AFTER = /^\s*[ap]\.?\s?m\b/;
const HH_MM = '(\\d{2})\\.(\\d{2})(?:\\s*h(?![\\w]))?';

/** A possible date either way round: month.day or day.month. */
const dateEitherWay = (a: number, b: number) => (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);

/** "17.30", "08.40 h" -> "17:30": a 24-hour dotted clock, by its shape or by the day said before it. */
function clockAt(h: string, min: string, before: string): string | null {
  const [hh, mm] = [Number(h), Number(min)];
  if (hh > 23 || mm > 59) return null;
  return dateEitherWay(hh, mm) && !DAY_SAID_BEFORE.test(before) ? null : `${h}:${min}`;
}

/** "17.05-18.15", "08.40", "16.29h": two-digit dotted clocks (a range's end is a clock when its start is). */
export const dotted24Clock = rule(
  new RegExp(`(?<![\\w.:/-])${HH_MM}(?:(\\s*(?:-|–|to|till|until)\\s*)${HH_MM})?(?![\\w:/]|\\.\\d)`, 'g'),
  (m) => {
    const rest = m.input!.slice(m.index! + m[0].length);
    if (MERIDIEM_AFTER.test(rest)) return null;
    const before = m.input!.slice(Math.max(0, m.index! - 40), m.index!);
    const start = clockAt(m[1]!, m[2]!, before);
    if (!start) return null;
    if (!m[3]) return start;
    return Number(m[4]) <= 23 && Number(m[5]) <= 59 ? `${start}${m[3]}${m[4]}:${m[5]}` : null;
  },
);
