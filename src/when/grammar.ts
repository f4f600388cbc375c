/**
 * Our own grammar for clock and day forms chrono does not read, written as rewrites into forms
 * it does: "half past 4 pm" -> "4:30 pm", "eleven fifteen am" -> "11:15 am", "445 p.m." ->
 * "4:45 pm", "18h45" -> "18:45", "the ninth" -> "the 9th", "mid night" -> "midnight".
 * Each rule is a bounded regex over the lower-cased text (no nested quantifiers over spaces).
 */
import type { Rewriter } from './prepare.ts';
import { clockBeforeDay, clockBeforeMonth, clockDateClock, clockDateClockDate, compactBeforeDaypart, compactRange, hourFraction, hourMark, laterButBefore, meridiemPhrase, midnightTonight, noonInRange, notAClock, twentyFourWithMeridiem } from './clock-forms.ts';
import { DAY_FORMS, tonightSpelling, weekdayParts } from './day-forms.ts';
import { dotted24Clock, dottedDayMonth, dottedDayMonthRange } from './dotted-forms.ts';
import { DAY_WORD_BEFORE, MONTH_ABBR, MONTH_SRC, ORDINALS, ordinalSuffix } from './words.ts';
import { rule } from './rule.ts';
import { LINK_SRC } from './spans.ts';

const UNITS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const UNIT_SRC = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const TENS_SRC = Object.keys(TENS).join('|');
/** A number from one to fifty-nine in words ("seven", "twenty five", "forty-five"). */
const NUMW = `(?:(?:${TENS_SRC})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|${UNIT_SRC})`;
const ORDW_SRC = `(?:(?:twenty|thirty)[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${Object.keys(ORDINALS).join('|')})`;

/** Value of a number written in words or digits, or NaN. */
export function wordNumber(w: string): number {
  const s = w.trim().replace(/-/g, ' ');
  if (/^\d+$/.test(s)) return Number(s);
  const parts = s.split(/\s+/);
  if (parts.length === 1) return UNITS[parts[0]!] ?? TENS[parts[0]!] ?? NaN;
  if (parts.length === 2 && parts[0]! in TENS && parts[1]! in UNITS) return TENS[parts[0]!]! + UNITS[parts[1]!]!;
  return NaN;
}

function ordinalNumber(w: string): number {
  const parts = w.replace(/-/g, ' ').split(/\s+/);
  if (parts.length === 2) return (TENS[parts[0]!] ?? NaN) + (ORDINALS[parts[1]!] ?? NaN);
  return ORDINALS[parts[0]!] ?? NaN;
}

const suffix = ordinalSuffix;
const two = (n: number) => String(n).padStart(2, '0');


const MERIDIEM = `(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)(?![a-z])`;
const meridiemOf = (s: string | undefined) => (s ? (s.replace(/[^ap]/g, '') === 'a' ? 'am' : 'pm') : '');

/** "mid night", "mid-day", "noonish", "12 noon", "lunchtime": one spelling each. */
const dayWords = rule(
  /(?<![\w:])(?:(12\s+)?(mid[\s-]?night|mid[\s-]?day|noonish|noon|lunch\s?time)|(12\s+)(midnight))(?![\w])/g,
  (m) => (/night/.test(m[2] ?? m[4] ?? '') ? 'midnight' : 'noon'),
);

/** "11 o'clock lunchtime", "lunchtime 1 o'clock": a lunch hour is 11am–3pm. */
const lunchHour = rule(
  /(?<![\w:])(?:(\d{1,2})(?::(\d{2}))?\s*(?:o'?clock\s+)?(?:at\s+)?lunch\s?time|lunch\s?time\s+(?:at\s+)?(\d{1,2})(?::(\d{2}))?(?:\s*o'?clock)?)(?![\w:])/g,
  (m) => {
    const h = Number(m[1] ?? m[3]);
    const min = m[2] ?? m[4] ?? '00';
    if (h === 11) return `11:${min}am`;
    if (h === 12 || (h >= 1 && h <= 3)) return `${h}:${min}pm`;
    return null;
  },
);

/** "half past 4", "quarter to midnight", "20 min past eight", "three quarters past 9pm". */
const pastTo = rule(
  new RegExp(
    `(?<![\\w:])(?:(a\\s+)?(quarter|half|three\\s+quarters)|(\\d{1,2}|${NUMW})(?:\\s*(?:min|mins|minutes?))?)\\s+(past|after|to|before|till)\\s+(\\d{1,2}|${NUMW}|noon|midnight)(\\s*${MERIDIEM})?(?![\\w:])`,
    'g',
  ),
  (m) => {
    const frac = m[2];
    const minutes = frac ? (frac === 'half' ? 30 : frac === 'quarter' ? 15 : 45) : wordNumber(m[3]!);
    const dir = m[4]!;
    const toward = dir === 'to' || dir === 'before' || dir === 'till';
    // "5 to 7" is a range; only quarters or an explicit minute count go "to" an hour.
    // ("15 to noon": more minutes than any hour, said to noon or midnight.)
    if (toward && !frac && !/min/.test(m[0]) && !(minutes > 12 && /noon|midnight/.test(m[5]!))) return null;
    if (frac === 'half' && toward) return null;
    const h = m[5] === 'noon' ? 12 : m[5] === 'midnight' ? 0 : wordNumber(m[5]!);
    if (!Number.isFinite(minutes) || minutes < 1 || minutes > 59 || !Number.isFinite(h) || h > 23) return null;
    let hour = h;
    let min = minutes;
    if (toward) {
      hour = (h + 23) % 24;
      min = 60 - minutes;
      // "quarter to midnight" is 23:45; "quarter to 1" stays on the 12-hour dial (12:45).
      if (h !== 0 && hour === 0) hour = 12;
      if (h === 0) hour = 23;
    }
    return `${hour}:${two(min)}${m[6] ? ` ${meridiemOf(m[6])}` : ''}`;
  },
);

/** "eleven fifteen am", "seven thirty pm", "six forty five p.m.", "fifteen fifteen p m", "seven pm". */
const spelledClock = rule(
  new RegExp(`(?<![\\w:])(${NUMW})(?:[\\s-]+(oh\\s+\\w+|${NUMW}))?\\s*(${MERIDIEM}|o'?clock)`, 'g'),
  (m) => {
    const h = wordNumber(m[1]!);
    const min = m[2] ? wordNumber(m[2].replace(/^oh\s+/, '')) : 0;
    if (!Number.isFinite(h) || h > 23 || !Number.isFinite(min) || min > 59) return null;
    const mer = /o'?clock/.test(m[3]!) ? '' : ` ${meridiemOf(m[3])}`;
    return `${h}:${two(min)}${mer}`;
  },
);

const DAYPART = '(?:in\\s+the\\s+(?:morning|afternoon|evening|night)|tonight|this\\s+(?:morning|afternoon|evening)|(?:tomorrow|yesterday|today)\\s+(?:morning|afternoon|evening|night)|last\\s+night|at\\s+night|(?:morning|afternoon|evening)(?![\\w]))';

/** Spelled hours where a clock is clearly meant: "at seven", "five-thirty tomorrow evening", "nine tonight". */
const spelledAt = rule(
  new RegExp(`(?<![\\w:])(at\\s+|around\\s+)?(${NUMW})(?:[\\s-](thirty|fifteen|forty[\\s-]five|${NUMW}))?(?=\\s*,?\\s*(${DAYPART})|(?![\\w]))`, 'g'),
  (m) => {
    const lead = m[1] ?? '';
    const daypart = m[4];
    if (!lead && !daypart) return null;
    const h = wordNumber(m[2]!);
    const min = m[3] ? wordNumber(m[3]) : 0;
    if (!Number.isFinite(h) || h < 1 || h > 12 || !Number.isFinite(min) || min > 59) return null;
    return `${lead}${h}${m[3] ? `:${two(min)}` : ''}`;
  },
);


/** "445 p.m.", "1140 am", "340pm", "1515pm" -> "4:45 pm", "15:15 pm"; "at 0930", "around 1030", "0930h" -> "09:30"; "18h45", "10 h 10" -> "18:45". */
const compactClock = rule(
  new RegExp(`(?<![\\w:./-])(?:(\\d{1,2})(\\d{2})\\s*(${MERIDIEM})|((?:at\\s+)?(?:around|about|approximately|approx\\.?|circa|ca\\.?)\\s+|at\\s+|@\\s*)?(0\\d|1\\d|2[0-3])(\\d{2})(?:\\s*(?:h|hrs|hours))?(?![\\w:./-])|(?<!(?:for|lasting)\\s+)(\\d{1,2})\\s?h\\s?(\\d{2})(?![\\w:]))`, 'g'),
  (m) => {
    if (m[1]) {
      const h = Number(m[1]);
      const min = Number(m[2]);
      // "1515pm": a 24-hour afternoon with a redundant pm (as "15:15 pm"); "1515am" contradicts itself.
      const redundantPm = h >= 13 && h <= 23 && meridiemOf(m[3]) === 'pm' && m[1].length === 2;
      if ((h < 1 || h > 12) && !redundantPm) return null;
      if (min > 59) return null;
      return `${h}:${m[2]} ${meridiemOf(m[3])}`;
    }
    if (m[5]) {
      // A four-digit number is a clock only with a leading zero, after "at", with "h"/"hrs", or right
      // after a day word ("thu 1830", "tmrw 1400"); elsewhere it may be a year or a number in a title.
      // "fri 2030" stays unread: 20:30, or the year 2030?
      const afterDay = m[5] !== '20' && DAY_WORD_BEFORE.test(m.input!.slice(Math.max(0, m.index! - 16), m.index!));
      if (!m[4] && !m[5].startsWith('0') && !/h/.test(m[0]) && !afterDay) return null;
      // "around 2025" without "at" may be a year ("around 1930", past, is not one).
      if (m[4] && !/^(?:at|@)/.test(m[4]) && m[5] === '20') return null;
      if (Number(m[6]) > 59) return null;
      // "around 0100": four digits are a 24-hour clock whatever the vagueness said before them.
      const lead = m[4] && !/^(?:at|@)\s*$/.test(m[4]) ? 'at ' : (m[4] ?? '');
      return `${lead}${m[5]}:${m[6]}`;
    }
    if (Number(m[7]) > 23 || Number(m[8]) > 59) return null;
    return `${m[7]}:${m[8]}`;
  },
);

/** "9a", "10:30p", "9:00a." -> "9am", "10:30pm". */
const shortMeridiem = rule(/(?<![\w:.])(\d{1,2}(?::\d{2})?)([ap])(?![\w]|\.\w)/g, (m) => `${m[1]}${m[2]}m`);

/** "the ninth", "april twenty-seventh", "ninth of may", "through seventeenth" -> "the 9th", "april 27th", "9th of may", "through 17th". */
const ordinalWords = rule(
  new RegExp(`(?<=(?:the|${MONTH_SRC}|through|thru|till|until|til|to|and|between|from)\\.?\\s+)(${ORDW_SRC})(?![\\w])|(?<![\\w])(${ORDW_SRC})(?=\\s+(?:day\\s+)?of\\s+${MONTH_SRC})`, 'g'),
  (m) => {
    const n = ordinalNumber(m[1] ?? m[2]!);
    return Number.isFinite(n) && n >= 1 && n <= 31 ? `${n}${suffix(n)}` : null;
  },
);

/** "may twenty nine", "january twenty five" -> "may 29". */
const monthSpelledDay = rule(
  // Not the start of a spelled year: "january nineteen eighty six", "april seventeen hundred".
  new RegExp(`(?<=(?:${MONTH_SRC})\\.?\\s+(?:the\\s+)?)(${NUMW})(?![\\w])(?![\\s-]+(?:hundred|thousand|zero|oh|${TENS_SRC})(?![\\w]))`, 'g'),
  (m) => {
    const n = wordNumber(m[1]!);
    return Number.isFinite(n) && n >= 1 && n <= 31 ? String(n) : null;
  },
);

/** "twenty five january", "fifteen of august" -> "25 january": a day in words before its month. */
const spelledDayMonth = rule(
  new RegExp(`(?<![\\w])(${NUMW})(?=\\s+(?:of\\s+)?${MONTH_SRC}(?![\\w]))`, 'g'),
  (m) => {
    const n = wordNumber(m[1]!);
    return Number.isFinite(n) && n >= 1 && n <= 31 ? String(n) : null;
  },
);

/** A date just written, which a year may follow: "january 25", "25th of january", "2 to 7 feb". */
const DATE_BEFORE = `(?:${MONTH_SRC}\\.?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SRC}\\.?)`;

/** "july 4th of 1995", "28 june in 2020", "2 of february in the year 1980" -> "july 4th, 1995": a year joined to its date by words. */
const yearJoined = rule(new RegExp(`(?<=${DATE_BEFORE})\\s*,?\\s+(?:of|in)\\s+(?:the\\s+year\\s+)?(?=\\d{4}(?![\\w:]))`, 'g'), () => ', ');

const YEAR_WORD = `(?:${UNIT_SRC}|${TENS_SRC}|hundred|thousand|and)`;
/** "nineteen eighty six", "two thousand and eighteen", "seventeen hundred thirty three" after a date -> "1986". */
const spelledYear = rule(
  new RegExp(`(?<=${DATE_BEFORE}\\s*,?\\s+)(${YEAR_WORD}(?:[\\s-]+${YEAR_WORD}){1,7})(?![\\w])`, 'g'),
  (m) => {
    const y = yearFromWords(m[1]!);
    return y === null ? null : String(y);
  },
);

/** The value of a year said in words, 1000–2999, or null. */
export function yearFromWords(words: string): number | null {
  const w = words.split(/[\s-]+/).filter((x) => x && x !== 'and');
  const upTo99 = (xs: string[]): number => {
    if (!xs.length) return 0;
    const lead = xs[0] === 'oh' || xs[0] === 'zero' ? xs.slice(1) : xs;
    const n = wordNumber(lead.join(' '));
    return Number.isFinite(n) && n >= 0 && n <= 99 ? n : NaN;
  };
  let y = NaN;
  const thousand = w.indexOf('thousand');
  const hundred = w.indexOf('hundred');
  if (thousand > 0) y = wordNumber(w.slice(0, thousand).join(' ')) * 1000 + upTo99(w.slice(thousand + 1));
  else if (hundred > 0) y = wordNumber(w.slice(0, hundred).join(' ')) * 100 + upTo99(w.slice(hundred + 1));
  else if (w.length >= 2) {
    // "nineteen eighty six": a number of hundreds (10–29) said first, then 0–99.
    const first = wordNumber(w[0]!);
    if (first >= 10 && first <= 29) y = first * 100 + upTo99(w.slice(1));
  }
  return Number.isInteger(y) && y >= 1000 && y <= 2999 ? y : null;
}

/**
 * "day after tomorrow", "the day after next 6pm", "the day before yesterday", "tmrw" (not "2 business
 * day(s) after tomorrow", nor "the day after next friday": "next" alone, then a clock or the end).
 */
const dayOffsets = rule(
  /(?<![\w])(?<!(?:business|working|work)[\s-])(?:(?:the\s+)?day\s+after\s+(tomorrow|tmrw|tmr|next(?=\s*(?:$|[,.;!?]|\d|(?:at|@|from|noon|midnight|morning|afternoon|evening|night|in\s+the)(?![\w]))))|(?:the\s+)?day\s+before\s+yesterday|(tmrw|tmr|tomorow|tommorow|tommorrow|tomorrows|2moro|2morrow|2mrw))(?![\w])/g,
  (m) => (m[1] ? 'in 2 days' : m[2] ? 'tomorrow' : '2 days ago'),
);

const CLOCKISH = `\\d{1,2}(?::\\d{2})?(?:\\s*(?:am|pm))?(?:\\s+in\\s+the\\s+(?:morning|afternoon|evening))?`;
/** "between 4pm and 5pm", "between 10:15 and 11:45" -> "4pm - 5pm": chrono reads the dash as a range. */
const betweenClocks = rule(
  new RegExp(`(?<![\\w])between\\s+(${CLOCKISH})\\s+and\\s+(${CLOCKISH})(?![\\w:]|[./]\\d)`, 'g'),
  (m) => `${m[1]} - ${m[2]}`,
);

/** "$12", "€ 30": money is never a day or a time. */
const money = rule(/[$€£¥#]\s?\d+(?:[.,]\d+)?/g, () => '¤');

/** "https://meet.google.com/abc-defg-hij", "www.example.com/2024/09": a link is a place, never a time or a zone. */
const link = rule(new RegExp(LINK_SRC, 'gi'), () => '¤');

/** "march the 9th" -> "march 9th". */
const monthThe = rule(new RegExp(`(?<![\\w])(${MONTH_SRC})\\.?\\s+the\\s+(?=\\d)`, 'g'), (m) => `${m[1]} `);

/** "9 tonight", "7:30 this evening", "8 in the night" -> "9pm tonight": a 6-11 o'clock said with the evening. */
const hourTonight = rule(
  /(?<![\w:.])(\d{1,2})(:\d{2})?(?=\s*,?\s+(?:tonight|this\s+evening|in\s+the\s+(?:evening|night))(?![\w]))/g,
  (m) => (Number(m[1]) >= 6 && Number(m[1]) <= 11 ? `${m[1]}${m[2] ?? ''}pm` : null),
);

/** "7, this morning", "6:30 in the morning" -> "7am": a 1-11 o'clock said with the morning. */
const hourMorning = rule(
  /(?<![\w:.])(\d{1,2})(:\d{2})?(?=\s*,?\s+(?:this\s+morning|in\s+the\s+morning)(?![\w]))/g,
  (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 11 ? `${m[1]}${m[2] ?? ''}am` : null),
);

/** "tonight around 7", "this evening at 8:30", "tonight 9", "tonight 9ish" -> "tonight at 7pm". */
const tonightAt = rule(
  /(?<![\w])(tonight|this\s+evening)\s+((?:at|around|about|@)\s+)?(\d{1,2})(:\d{2})?(?:\s*-?ish)?(?![\w:.\/-]|\s*(?:am|pm|a\.m|p\.m|o'?clock|h(?![\w])))/g,
  (m) => {
    if (Number(m[3]) < 6 || Number(m[3]) > 11) return null;
    // Without "at", the number must end the phrase: "tonight 9" is 9pm, "tonight 9 people" is not.
    if (!m[2] && !/^\s*(?:$|[,.;!?)\u2013\u2014-]|(?:at|@|in|on|till|until|to|for)(?![\w]))/.test(m.input!.slice(m.index! + m[0].length))) return null;
    return `${m[1]} at ${m[3]}${m[4] ?? ''}pm`;
  },
);

/** "on 15", "on the 17 from 2pm" -> "on the 15th": a bare day number after "on", where nothing else follows it. */
const onBareDay = rule(
  /(?<![\w])on\s+(?:the\s+)?(\d{1,2})(?![\w:.\/-]|\s*(?:am|pm|a\.m|p\.m|h\b|o'?clock))(?=\s*(?:$|[,.!?;]|(?:from|between|at|@|starting)\s|\d{1,2}(?::\d{2})?\s*(?:am|pm)(?![\w])))/g,
  (m) => {
    const n = Number(m[1]);
    return n >= 1 && n <= 31 ? `on the ${n}${suffix(n)}` : null;
  },
);

/** "06/16/2027-05:00 PM", "2027-06-16-17:00", "12/16-5pm" -> "06/16/2027 05:00 PM": a numeric date joined to its clock time by a dash. */
const dateDashClock = rule(
  /(?<![\w/.:-])(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{4}-\d{2}-\d{2})-(?=\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![\w])|\d{1,2}:\d{2}(?![\d/]))/g,
  (m) => `${m[1]} `,
);

/** "5/1-5/7", "10/1/2018 - 10/7/2018", "10-1-2018-10-7-2018" -> "5/1 to 5/7": a range of numeric dates (dashes and dots with years). */
const numericDateRange = rule(
  /(?<![\w/.:-])(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}([-.])\d{1,2}\2\d{4})\s*-\s*(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}([-.])\d{1,2}\4\d{4})(?![\w/:.-])/g,
  (m) => `${m[1]} to ${m[3]}`,
);

/** "7:30-ish", "8pm-ish" -> "7:30", "8pm": about that time is that time (a bare "9ish" stays unread: am or pm?). */
const ish = rule(/(?<![\w:.])(\d{1,2}(?::\d{2})?(?:\s*[ap]m)?)\s*-?ish(?![\w])/g, (m) => m[1]!);
/** "8ish tonight", "10ish in the morning": the part of the day settles a bare hour. */
const ishDaypart = rule(/(?<![\w:.])(\d{1,2}(?::\d{2})?)\s*-?ish(?=\s+(?:tonight|this\s+(?:morning|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening|night))(?![\w]))/g, (m) => m[1]!);

/** "2.30pm", "8.45 a.m." -> "2:30 pm": a dotted clock with its meridiem is never a date (Feb 30). */
const dottedClock = rule(new RegExp(`(?<![\\w:./-])(\\d{1,2})\\.(\\d{2})\\s*(${MERIDIEM})`, 'g'), (m) => {
  const h = Number(m[1]);
  return h >= 1 && h <= 12 && Number(m[2]) <= 59 ? `${h}:${m[2]} ${meridiemOf(m[3])}` : null;
});

/**
 * "11:30-1pm", "10 to 12pm" -> "11:30am-1pm": a start with no am/pm is on the side of the dial that
 * puts it before the end within 12 hours (chrono gives it the end's, then ends it the next day);
 * "11-1am" -> "11pm-1am", across midnight. Not a day after its month ("feb 1 to 12pm").
 */
const rangeStartMeridiem = rule(
  new RegExp(`(?<![\\w:./-])(?<!${MONTH_SRC}\\.?\\s+)(\\d{1,2})(:\\d{2})?(\\s*(?:-|–|—|to|till|until|thru|through)\\s*)(\\d{1,2})(:\\d{2})?(\\s*)(${MERIDIEM})`, 'g'),
  (m) => {
    const [s, e] = [Number(m[1]), Number(m[4])];
    if (s < 1 || s > 12 || e < 1 || e > 12) return null;
    const endPm = meridiemOf(m[7]) === 'pm';
    const minutes = (h: number, mm: string | undefined) => ((h % 12) + (endPm ? 12 : 0)) * 60 + Number(mm?.slice(1) ?? 0);
    if (minutes(s, m[2]) < minutes(e, m[5])) return null; // "8-10pm": the end's am/pm is the start's too, as chrono reads it
    return `${s}${m[2] ?? ''}${endPm ? 'am' : 'pm'}${m[3]}${m[4]}${m[5] ?? ''}${m[6]}${m[7]}`;
  },
);

/** "wk", "wks" -> "week", "weeks" ("next wk wed"). */
const weekAbbreviation = rule(/(?<![\w])wk(s?)(?![\w])/g, (m) => `week${m[1]}`);

/** "for 30'", "in 15'": a prime after a count is minutes (as on European timetables); only after for/in/lasting. */
const primeMinutes = rule(/(?<=(?<![\w])(?:for|in|lasting)\s+)(\d{1,3})['′](?![\w'])/g, (m) => `${m[1]} min`);

/** "til", and the common misspellings "untill", "untll", "unitl": "till". */
const til = rule(/(?<![\w])(?:til|untill|untll|unitl|utill?)(?![\w])/g, () => 'till');

/** "everyday", "mornings at 9", "23rd day of september": spellings of forms we read. */
const spellings = rule(
  new RegExp(`(?<![\\w])(?:(everyday)|(?:on\\s+)?(morning|evening|night|afternoon)s(?=\\s+at\\s)|(\\d{1,2}(?:st|nd|rd|th))\\s+day\\s+of)(?![\\w])`, 'g'),
  (m) => (m[1] ? 'every day' : m[2] ? `every ${m[2]}` : `${m[3]} of`),
);

/** "16. nov. 2016", "3. december" -> "16 nov. 2016": a day written with a dot (as in German) before its month. */
const dottedDay = rule(new RegExp(`(?<![\\w.:/-])(\\d{1,2})\\.\\s*(?=${MONTH_SRC}(?![\\w]))`, 'g'), (m) => {
  const n = Number(m[1]);
  return n >= 1 && n <= 31 ? `${n} ` : null;
});

/** "16 november. 2016" -> "16 november 2016": a dot after a month between its day and its year. */
const monthDotYear = rule(new RegExp(`(?<=(?<![\\w.:/-])\\d{1,2}(?:st|nd|rd|th)?\\s+)(${MONTH_SRC})\\.(?=\\s*(?:19|20)\\d{2}(?![\\w:]))`, 'g'), (m) => m[1]!);

/**
 * "october. 2", "Nov. 16, 2027" -> "october 2": a dot after a month before its day. Only where
 * the number ends the phrase (or a year, an ordinal suffix or a clock follows): "in October. 2
 * guests" is a sentence's end, not October 2.
 */
const monthDot = rule(
  new RegExp(`(?<![\\w])(${MONTH_SRC})\\.(?=\\s*\\d{1,2}(?:st|nd|rd|th)?(?:\\s*$|\\s*[,.!?;]|\\s+\\d{4}(?![\\w:])|\\s+(?:at|@|from)\\s|\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)(?![\\w])))`, 'g'),
  (m) => m[1]!,
);

/** "08/12,2015", "8/12, 2015" -> "08/12/2015": a year after a numeric date and a comma (read in the date order, as every numeric date). */
const commaYear = rule(/(?<![\w/.:-])((?:\d{1,2}\/\d{1,2}\s*-\s*)?\d{1,2}\/\d{1,2}),\s*((?:19|20)\d{2})(?![\w:/.-])/g, (m) => `${m[1]}/${m[2]}`);

/** "the 26th of june to the 28th of june" -> "… to 28th of june": chrono reads the range only without "the". */
const rangeEndThe = rule(
  new RegExp(`(?<=(?<![\\w])(?:to|till|until|through|thru)\\s+)the\\s+(?=\\d{1,2}(?:st|nd|rd|th)\\s+(?:of\\s+)?${MONTH_SRC}(?![\\w]))`, 'g'),
  () => '',
);

/** Order matters: day words first, then minute forms, then spelled and compact clocks, then dates. */
export const REWRITERS: Rewriter[] = [link, money, primeMinutes, notAClock, hourFraction, lunchHour, dayWords, tonightSpelling, noonInRange, midnightTonight, dayOffsets, weekAbbreviation, pastTo, spelledClock, dottedClock, dottedDayMonthRange, dottedDayMonth, dotted24Clock, compactRange, compactClock, clockDateClockDate, clockDateClock, rangeStartMeridiem, meridiemPhrase, twentyFourWithMeridiem, hourMark, compactBeforeDaypart, clockBeforeDay, clockBeforeMonth, laterButBefore, shortMeridiem, spelledAt, ordinalWords, monthSpelledDay, spelledDayMonth, spelledYear, yearJoined, weekdayParts, spellings, dottedDay, monthDotYear, monthDot, commaYear, rangeEndThe, monthThe, ishDaypart, hourTonight, hourMorning, tonightAt, onBareDay, ...DAY_FORMS, dateDashClock, numericDateRange, til, ish, betweenClocks];

const NUMERIC_DATE = /(?<![\d/.:-])(\d{1,2})(?:\/(\d{1,2})(?:\/(\d{2}|\d{4}))?|([.-])(\d{1,2})\4(\d{2}|\d{4}))(?![\d/.:]|-\d)/g;

/**
 * Numeric dates ("3/4", "5.1.2027", "03-07-2017") in the reader's order, written with the month named
 * ("mar 4", "jan 5 2027"), so they take the same paths as named dates (a range with a clock time:
 * "5/1 - 5/7 at 3pm" as "may 1 - may 7 at 3pm"); with a two-digit year, month first with slashes.
 */
function numericDates(dayFirst: boolean): Rewriter {
  return rule(NUMERIC_DATE, (m) => {
    const a = m[1]!;
    const b = (m[2] ?? m[5])!;
    const year = m[3] ?? m[6];
    const month = Number(dayFirst ? b : a);
    const day = Number(dayFirst ? a : b);
    if ((!year || year.length === 4) && month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${MONTH_ABBR[month - 1]} ${day}${year ? ` ${year}` : ''}`;
    return `${dayFirst ? b : a}/${dayFirst ? a : b}${year ? `/${year}` : ''}`;
  });
}
export const dayFirstDates = numericDates(true);

/**
 * Day first: "between 21 and 22.11.2017", "21-22/11" -> "nov 21 - nov 22 2017": a day before a numeric
 * date is the first day of a range in that date's month. (Not month first: read.ts writes a day-first
 * reader's dates month first, but not every one of them, so "5-6/11" would be read both ways.)
 */
export const dayFirstDayRange = rule(
  /(?<![\w.:/-])(?:between\s+)?(\d{1,2})\.?\s*(?:-|–|to|till|until|and)\s*(\d{1,2})(?:\/(\d{1,2})(?:\/(\d{4}))?|\.(\d{1,2})\.(\d{4}))(?![\d/.:]|-\d)/g,
  (m) => {
    const [first, last, month] = [Number(m[1]), Number(m[2]), Number(m[3] ?? m[5])];
    const year = m[4] ?? m[6];
    if (month < 1 || month > 12 || first < 1 || first >= last || last > 31) return null;
    const mon = MONTH_ABBR[month - 1];
    return `${mon} ${first} - ${mon} ${last}${year ? ` ${year}` : ''}`;
  },
);
export const monthFirstDates = numericDates(false);
