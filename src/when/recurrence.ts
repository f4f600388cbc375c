import type { Weekday } from '../core/recurrence.ts';
import type { Span } from './spans.ts';
import {
  MONTH_SRC,
  NUM_SRC,
  ORD_SRC,
  WD_LIST_SRC,
  WD_SRC,
  WDS_SRC,
  numberValue,
  ordinalValue,
  weekdayCode,
  weekdayList,
  weekdaySpan,
} from './words.ts';

/** The repeat a phrase asks for, before its first occurrence and limit are known. */
export interface RuleDraft {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  byday: string[];
  bymonthday: number[];
  /** A time-of-day word in the rule itself ("every morning"). */
  hint?: 'morning' | 'afternoon' | 'evening' | 'night';
}

export interface RuleFound {
  rule: RuleDraft;
  span: Span;
}

const EVERY = '(?:every|each)';
/** A business day, Monday to Friday (no holiday calendar, as in "in 3 business days"). */
const WORKDAY = '(?:business|working|work)[\\s-]?day';
const WORKDAYS = '(?:(?:business|working)\\s+days|work[\\s-]?days)';
const INTERVAL = '(?:(other|second|2nd|third|3rd|\\d+(?:st|nd|rd|th)?|two|three|four)\\s+)?';
const SPAN_JOIN = '\\s*(?:-|–|to|through|thru)\\s*';
const DAYNUM = '(\\d{1,2})(?:st|nd|rd|th)?';
const MONTHLY_HEAD = `(?:${EVERY}\\s+${INTERVAL}months?|monthly)`;
const OF_MONTH = `(?:of|in)\\s+(?:the|every|each|a)\\s+${INTERVAL}months?`;

function interval(word: string | undefined): number {
  if (!word) return 1;
  const n = numberValue(word.replace(/(st|nd|rd|th)$/, ''));
  // "every 0 weeks" is no repeat: 0 here, and findRule leaves the words unread (refused, not weekly).
  return Number.isFinite(n) && n >= 1 ? Math.round(n) : 0;
}

type Maker = (m: RegExpExecArray) => RuleDraft | null;
const R = (src: string) => new RegExp(`(?<![\\w-])${src}(?![\\w])`);

/** Ordered: the more specific shape wins ("every first monday" before "every monday"). */
const PATTERNS: Array<[RegExp, Maker]> = [
  // "first monday of every month", "the last friday of the month"
  // "the 2nd and 4th tuesday of every month"
  [
    R(`(?:on\\s+)?(?:the\\s+)?(?:${EVERY}\\s+)?(${ORD_SRC}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${ORD_SRC})*)\\s+(${WD_SRC})\\s+${OF_MONTH}`),
    (m) => ({
      freq: 'MONTHLY',
      interval: interval(m[3]),
      byday: [...new Set([...m[1]!.matchAll(new RegExp(ORD_SRC, 'g'))].map((o) => `${ordinalValue(o[0])}${weekdayCode(m[2]!)}`))],
      bymonthday: [],
    }),
  ],
  // "every month on the first monday", "monthly on the last friday"
  [
    R(`${MONTHLY_HEAD}\\s+(?:on\\s+)?(?:the\\s+)?(${ORD_SRC})\\s+(${WD_SRC})`),
    (m) => ({ freq: 'MONTHLY', interval: interval(m[1]), byday: [`${ordinalValue(m[2]!)}${weekdayCode(m[3]!)}`], bymonthday: [] }),
  ],
  // "every first monday", "every 2nd and 4th saturday", "every first monday every two months"
  [
    R(`${EVERY}\\s+(${ORD_SRC}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${ORD_SRC})*)\\s+(${WD_SRC})(?:\\s*,?\\s+${EVERY}\\s+${INTERVAL}months?)?`),
    (m) => ({
      freq: 'MONTHLY',
      interval: interval(m[3]),
      byday: [...new Set([...m[1]!.matchAll(new RegExp(ORD_SRC, 'g'))].map((o) => `${ordinalValue(o[0])}${weekdayCode(m[2]!)}`))],
      bymonthday: [],
    }),
  ],
  // "every month on the 1st (and 15th)", "monthly on the 15th"
  [
    R(`${MONTHLY_HEAD}\\s+on\\s+(?:the\\s+)?${DAYNUM}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${DAYNUM})?`),
    (m) => ({ freq: 'MONTHLY', interval: interval(m[1]), byday: [], bymonthday: days(m[2], m[3]) }),
  ],
  // "on the 1st of every month", "the 15th of each month", "every 1st of the month"
  [
    R(`(?:on\\s+)?(?:${EVERY}\\s+)?(?:the\\s+)?${DAYNUM}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${DAYNUM})?\\s+${OF_MONTH}`),
    (m) => ({ freq: 'MONTHLY', interval: interval(m[3]), byday: [], bymonthday: days(m[1], m[2]) }),
  ],
  // "every 27th", "each 1st and 15th" (a day of the month said with its ordinal suffix; not "every 2nd tuesday" or "every 3rd week")
  [
    R(`${EVERY}\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th))?(?!\\s+(?:${WD_SRC}|weekdays?|days?|weeks?|months?|years?|of|in)(?![\\w]))`),
    (m) => {
      const d = days(m[1], m[2]);
      return d.every((n) => n >= 1 && n <= 31) ? { freq: 'MONTHLY', interval: 1, byday: [], bymonthday: d } : null;
    },
  ],
  // "the last day of every month", "monthly on the last day"
  [
    R(`(?:(?:on\\s+)?(?:the\\s+)?last\\s+day\\s+${OF_MONTH}|${MONTHLY_HEAD}\\s+on\\s+the\\s+last\\s+day(?:\\s+of\\s+the\\s+month)?)`),
    (m) => ({ freq: 'MONTHLY', interval: interval(m[1] ?? m[2]), byday: [], bymonthday: [-1] }),
  ],
  // "every weekday", "weekdays", "every business day", "on working days" (a span, "every mon-fri", is read below)
  [
    R(`(?:${EVERY}\\s+(?:weekday|${WORKDAY})|(?:on\\s+)?(?:weekdays|${WORKDAYS}))`),
    () => ({ freq: 'WEEKLY', interval: 1, byday: ['MO', 'TU', 'WE', 'TH', 'FR'], bymonthday: [] }),
  ],
  // "every weekend", "weekends"
  [
    R(`(?:${EVERY}\\s+weekend|(?:on\\s+)?weekends)`),
    () => ({ freq: 'WEEKLY', interval: 1, byday: ['SA', 'SU'], bymonthday: [] }),
  ],
  // "every mon-fri", "every fri-sun", "monday to friday every week", "tue-thu every other week": each day of the span (past Sunday if need be)
  [
    R(`(?:${EVERY}\\s+${INTERVAL}(${WD_SRC})s?${SPAN_JOIN}(${WD_SRC})s?|(${WD_SRC})s?${SPAN_JOIN}(${WD_SRC})s?\\s+${EVERY}\\s+${INTERVAL}weeks?)`),
    (m) => {
      const [n, from, to] = m[2] ? [m[1], m[2], m[3]!] : [m[6], m[4]!, m[5]!];
      return { freq: 'WEEKLY', interval: interval(n), byday: weekdaySpan(from!, to), bymonthday: [] };
    },
  ],
  // "every other friday", "every tuesday and thursday", "each 3rd wednesday" is monthly (above)
  [
    R(`${EVERY}\\s+${INTERVAL}(${WD_LIST_SRC})`),
    (m) => ({ freq: 'WEEKLY', interval: interval(m[1]), byday: weekdayList(m[2]!), bymonthday: [] }),
  ],
  // "wednesday every 2 weeks", "on tuesdays and thursdays every other week": the days said before the interval
  [
    R(`(?:on\\s+)?(${WD_LIST_SRC})\\s*,?\\s+${EVERY}\\s+${INTERVAL}weeks?`),
    (m) => ({ freq: 'WEEKLY', interval: interval(m[2]), byday: weekdayList(m[1]!), bymonthday: [] }),
  ],
  // "every 2 weeks on friday", "every other week on tuesday and thursday", "weekly on mondays", "biweekly friday"
  [
    R(
      `(?:${EVERY}\\s+${INTERVAL}weeks?|(weekly)|(biweekly|bi-weekly|fortnightly)|${EVERY}\\s+(fortnight))(?:\\s*,?\\s*(?:on\\s+)?(?:the\\s+)?(${WD_LIST_SRC}))?`,
    ),
    (m) => ({
      freq: 'WEEKLY',
      interval: m[3] || m[4] ? 2 : interval(m[1]),
      byday: m[5] ? weekdayList(m[5]) : [],
      bymonthday: [],
    }),
  ],
  // "mondays and wednesdays at 6pm", "on fridays"
  [
    R(`(?:on\\s+)?((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?:\\s*(?:,|and|&|\\/)\\s*(?:${WDS_SRC}))*)`),
    (m) => ({ freq: 'WEEKLY', interval: 1, byday: weekdayList(m[1]!), bymonthday: [] }),
  ],
  // "every day", "daily", "every other day", "every 3 days", "every morning", "nightly"
  [
    R(`(?:${EVERY}\\s+${INTERVAL}days?|daily|nightly|${EVERY}\\s+(morning|afternoon|evening|night))`),
    (m) => ({
      freq: 'DAILY',
      interval: interval(m[1]),
      byday: [],
      bymonthday: [],
      hint: m[0] === 'nightly' ? 'night' : (m[2] as RuleDraft['hint']),
    }),
  ],
  // "every month", "monthly"
  [R(MONTHLY_HEAD), (m) => ({ freq: 'MONTHLY', interval: interval(m[1]), byday: [], bymonthday: [] })],
];

function days(a: string | undefined, b: string | undefined): number[] {
  const out = [a, b].filter((x): x is string => !!x).map(Number);
  return [...new Set(out)].sort((x, y) => x - y);
}

export function findRule(text: string): RuleFound | null {
  for (const [re, make] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const rule = make(m);
    if (!rule) continue;
    if (rule.interval < 1) return null;
    return { rule, span: { start: m.index, end: m.index + m[0].length, kind: 'recurrence' } };
  }
  return null;
}

export interface LimitFound {
  span: Span;
  count?: number;
  /** "for 6 weeks": the window after the first occurrence. */
  window?: { n: number; unit: 'days' | 'weeks' | 'months' | 'years' };
  /** "until dec 31": the text of the end date, read by the caller. */
  untilFrom?: number;
}

const COUNT_RE = new RegExp(`(?<!\\w)(?:for\\s+)?(${NUM_SRC})\\s+(?:times|occurrences|sessions|meetings|events)(?!\\w)`);
const WINDOW_RE = new RegExp(`(?<!\\w)(?:for|over)\\s+(?:the\\s+next\\s+)?(${NUM_SRC})\\s+(days?|weeks?|months?|years?)(?!\\w)`);
const UNTIL_RE = /(?<!\w)(?:until|till|til|through|thru|ending(?:\s+on)?)\s+/;

/** Limits of a repeat: "until dec 31", "for 6 weeks", "10 times". */
export function findLimit(text: string): LimitFound | null {
  let m = COUNT_RE.exec(text);
  if (m) {
    const n = numberValue(m[1]!);
    if (Number.isInteger(n) && n >= 1) return { span: { start: m.index, end: m.index + m[0].length, kind: 'limit' }, count: n };
  }
  m = WINDOW_RE.exec(text);
  if (m) {
    const n = numberValue(m[1]!);
    const unit = (m[2]!.replace(/s$/, '') + 's') as NonNullable<LimitFound['window']>['unit'];
    if (Number.isFinite(n) && n > 0) return { span: { start: m.index, end: m.index + m[0].length, kind: 'limit' }, window: { n, unit } };
  }
  m = UNTIL_RE.exec(text);
  if (m) return { span: { start: m.index, end: m.index + m[0].length, kind: 'limit' }, untilFrom: m.index + m[0].length };
  return null;
}

export const MONTH_NAME_RE = new RegExp(`^\\s*${MONTH_SRC}`);
export type { Weekday };
