/**
 * More spellings of a clock time, rewritten into forms chrono reads (see grammar.ts for the rule
 * shape): "3 in the pm", "3 o'clock am" -> "3pm", "3am"; "0:01 am", "15:15 pm" -> "12:01 am",
 * "3:15 pm" (a 24-hour time with a redundant meridiem); "20h", "at 9h" -> "20:00", "at 9:00";
 * "1/4 hour" -> "quarter hour"; and "1:1" (a one-on-one meeting: minutes always have two digits)
 * is no clock at all.
 */
import { rule } from './rule.ts';
import { DAY_BEFORE, DAY_SAID_BEFORE, MONTH_SRC, WD_SRC } from './words.ts';

/** "3 in the am", "4 in the p.m.", "3 o'clock am", "3:30 oclock in the pm" -> "3am", "4pm", "3:30pm". */
export const meridiemPhrase = rule(
  /(?<![\w:.])(\d{1,2}(?::\d{2})?)\s*(?:o'?clock\s*)?(in\s+the\s+)?([ap])m(?![\w])/g,
  (m) => (m[2] || /o'?clock/.test(m[0]) ? `${m[1]}${m[3]}m` : null),
);

/** "0:01 am", "00:30am" -> "12:01 am"; "15:15 pm", "fifteen thirty p m" (already "15:30 pm") -> "3:30 pm". */
export const twentyFourWithMeridiem = rule(/(?<![\w:.])(0?0|1[3-9]|2[0-3]):(\d{2})\s*([ap])m(?![\w])/g, (m) => {
  const h = Number(m[1]);
  if (h === 0 && m[3] === 'a') return `12:${m[2]} am`;
  if (h >= 13 && m[3] === 'p') return `${h - 12}:${m[2]} pm`;
  return null;
});

/** "20h", "at 9h", "from 18h to 20h" -> "20:00": the French and German hour mark; "for 2h" stays a length. */
export const hourMark = rule(/(?<![\w:.])(at\s+|from\s+|to\s+|till\s+|until\s+|-\s*)?(\d{1,2})h(?![\w:.])/g, (m) => {
  const h = Number(m[2]);
  if (h > 23) return null;
  const before = m.input!.slice(Math.max(0, m.index! - 24), m.index!);
  if (/(?:for|in|within|lasting|every)\s*$/.test(before)) return null;
  // "2h" alone may be a length; right after a day ("mon 9h", "tomorrow 9h") it is the hour.
  if (!m[1] && h < 13 && !DAY_BEFORE.test(before)) return null;
  return `${m[1] ?? ''}${h}:00`;
});


/** "1:1", "1:1s", "2:1": one digit after the colon is never minutes; the text is a title word. */
export const notAClock = rule(/(?<![\w:.])\d{1,2}:\d(?![\d:])(?:s(?![\w]))?/g, () => '¤');

/** "1/4 hour", "3/4h", "1/2 an hour" -> "quarter hour", "three quarters h": a fraction of an hour is no date. */
export const hourFraction = rule(/(?<![\w/.])([13])\/([24])(?=\s*(?:of\s+)?(?:an?\s+)?(?:hours?|hrs?|h)(?![\w]))/g, (m) => {
  const f = `${m[1]}/${m[2]}`;
  return f === '1/4' ? 'quarter' : f === '1/2' ? 'half' : f === '3/4' ? 'three quarters' : null;
});


/** "730 in the evening", "1030 this morning" -> "7:30 in the evening": a compact clock said with its part of the day. */
export const compactBeforeDaypart = rule(
  /(?<![\w:.\/-])(\d{1,2})(\d{2})(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening|night)|tonight|this\s+(?:morning|afternoon|evening))(?![\w]))/g,
  (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) <= 59 ? `${m[1]}:${m[2]}` : null),
);

/** "9 tomorrow morning", "7:30 friday evening" -> "tomorrow morning at 9": the clock said before its day and part of the day. */
export const clockBeforeDay = rule(
  new RegExp(`(?<![\\w:.\\/-])(\\d{1,2}(?::\\d{2})?)\\s+((?:tomorrow|today|${WD_SRC})\\s+(?:morning|afternoon|evening|night))(?![\\w])`, 'g'),
  (m) => (Number(m[1]!.split(':')[0]) <= 12 ? `${m[2]} at ${m[1]}` : null),
);

/** "19:00 december 3", "09:30 dec 3" -> "19:00 on december 3": a clock before a month-first date (its minutes are not the month's day). */
export const clockBeforeMonth = rule(
  new RegExp(`(?<![\\w:.\\/-])(\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?)\\s*,?\\s+(?=${MONTH_SRC}\\.?\\s+\\d)`, 'g'),
  (m) => `${m[1]} on `,
);

const CLOCK = '\\d{1,2}(?::\\d{2})?(?:\\s*[ap]m)?';
/** "later than 3:30pm but before 6pm", "after 2 and before 4pm" -> "3:30pm - 6pm": a window is its two ends. */
export const laterButBefore = rule(
  new RegExp(`(?<![\\w])(?:later\\s+than|after)\\s+(${CLOCK})\\s+(?:but|and)\\s+(?:before|earlier\\s+than)\\s+(${CLOCK})(?![\\w:])`, 'g'),
  (m) => `${m[1]} - ${m[2]}`,
);

/** "noon-2pm", "midnight to 3am" -> "12pm-2pm", "12am to 3am": noon or midnight starting a range (chrono kept only the end). */
export const noonInRange = rule(/(?<![\w])(noon|midnight)(?=\s*(?:-|to|till|until)\s*\d)/g, (m) => (m[1] === 'noon' ? '12pm' : '12am'));

/** "midnight tonight", "tonight at midnight" -> "midnight": the coming midnight, not the one this day began with. */
export const midnightTonight = rule(/(?<![\w])(?:midnight\s+tonight|tonight\s+(?:at\s+)?midnight)(?![\w])/g, () => 'midnight');

/**
 * "jun 7 1440-1825", "21/09 2205-0455", "oct 27, 2017 at 1540-1030" -> "14:40-18:25": two four-digit
 * 24-hour clocks joined by a dash after a date (or "at", or with a leading zero) are a clock range, not a year; an end before
 * the start is the next morning. Two years apart ("jun 7 2010-2015") stay unread, as does an end before a start that
 * neither puts on the 24-hour dial ("1100-1000").
 */
export const compactRange = rule(/(?<![\w:./-])([01]\d|2[0-3])([0-5]\d)(\s*(?:-|–|to|till|until)\s*)([01]\d|2[0-3])([0-5]\d)(?![\w:./]|-\d)/g, (m) => {
  const before = m.input!.slice(Math.max(0, m.index! - 40), m.index!);
  const at = /(?<![\w])(?:at|@|from)\s*$/.test(before) || m[1]!.startsWith('0');
  if (!DAY_SAID_BEFORE.test(before) && !at) return null;
  const yearLike = (h: string) => h === '19' || h === '20';
  if (!at && yearLike(m[1]!) && yearLike(m[4]!) && `${m[4]}${m[5]}` > `${m[1]}${m[2]}`) return null;
  // "1100-1000": 11am to 10pm, or to 10am the next day? Neither end says its dial.
  if (`${m[4]}${m[5]}` < `${m[1]}${m[2]}` && !dial24(m[1]!) && !m[4]!.startsWith('0')) return null;
  return `${m[1]}:${m[2]}${m[3]}${m[4]}:${m[5]}`;
});
const dial24 = (h: string) => h.startsWith('0') || Number(h) > 12;

const CLOCK_AT = '(?:\\d{1,2}(?::\\d{2})?\\s*[ap]m|\\d{1,2}:\\d{2})';
const DAY_AT = `(?:(?:${WD_SRC},?\\s+)?(?:${MONTH_SRC}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SRC}\\.?)|${WD_SRC}|today|tomorrow)`;
/** "10:30 dec 3 - 12:00 dec 4", "6pm friday to 2am saturday" -> "dec 3 10:30 - dec 4 12:00": each end's clock said before its own day. */
export const clockDateClockDate = rule(
  new RegExp(`(?<![\\w:.\\/-])(${CLOCK_AT})\\s+(?:on\\s+)?(${DAY_AT})(\\s*(?:-|–|to|till|until)\\s*)(${CLOCK_AT})\\s+(?:on\\s+)?(${DAY_AT})(?![\\w])`, 'g'),
  (m) => `${m[2]} ${m[1]}${m[3]}${m[5]} ${m[4]}`,
);

/** "6am dec 5 to 7am", "16:00 nov 6 - 17:00" -> "dec 5 6am to 7am": a clock range split by its date is read with the date first (the date was dropped);
 * not when the end has its own day ("4pm today to 5pm tomorrow"). */
export const clockDateClock = rule(
  new RegExp(`(?<![\\w:.\\/-])(${CLOCK_AT})\\s+(?:on\\s+)?(${DAY_AT})(\\s*(?:-|–|to|till|until)\\s*)(${CLOCK_AT})(?![\\w:])(?!\\s*,?\\s+(?:on\\s+)?(?:${DAY_AT}|next|this|the)(?![\\w]))`, 'g'),
  (m) => `${m[2]} ${m[1]}${m[3]}${m[4]}`,
);
