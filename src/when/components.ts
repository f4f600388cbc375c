import type { ParsedComponents, ParsedResult } from 'chrono-node';

/** What chrono was sure of, as wall-clock fields (luxon weekday numbering: 1 = Monday). */
export interface Parts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  second?: number;
  meridiemCertain: boolean;
  /** "next friday", "this friday", "last friday". */
  modifier?: 'next' | 'this' | 'last';
  /** chrono's own guess at the date, used only for words like "last friday". */
  implied: { year: number; month: number; day: number };
  /** The time was a word ("tonight", "evening") rather than digits. */
  casualTime: boolean;
  text: string;
  /** The text the clock time came from when it is another result's ("jan 1 … around 04:00"). */
  clockText?: string;
}

const CASUAL_TIME = /^casualReference\/(morning|afternoon|evening|tonight|night|noon|midnight|lunch)/;

function certain(c: ParsedComponents, k: Parameters<ParsedComponents['get']>[0]): number | undefined {
  return c.isCertain(k) ? (c.get(k) ?? undefined) : undefined;
}

export function partsOf(c: ParsedComponents, text: string, tags: Set<string>): Parts {
  const casual = [...tags].some((t) => CASUAL_TIME.test(t));
  let hour = certain(c, 'hour');
  let minute = certain(c, 'minute');
  if (hour === undefined && casual) {
    hour = c.get('hour') ?? undefined;
    minute = c.get('minute') ?? 0;
  }
  const wd = certain(c, 'weekday');
  const m = /\b(next|this|coming|last|past)\s+(?:\w+day|mon|tue|wed|thu|fri|sat|sun)/.exec(text);
  const modifier = m ? (m[1] === 'coming' ? 'this' : m[1] === 'past' ? 'last' : (m[1] as Parts['modifier'])) : undefined;
  return {
    year: certain(c, 'year'),
    month: certain(c, 'month'),
    day: certain(c, 'day'),
    weekday: wd === undefined ? undefined : wd === 0 ? 7 : wd,
    hour,
    minute: hour === undefined ? undefined : (minute ?? c.get('minute') ?? 0),
    second: hour === undefined ? undefined : (certain(c, 'second') ?? 0),
    meridiemCertain: c.isCertain('meridiem'),
    modifier,
    implied: { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! },
    casualTime: casual && !c.isCertain('hour'),
    text,
  };
}

/** Fold several chrono results ("dec 3 ... 7pm") into one start and one optional end. */
export function mergeResults(results: ParsedResult[]): { start: Parts; end: Parts | null } | null {
  const first = results[0];
  if (!first) return null;
  const start = partsOf(first.start, first.text, first.tags());
  let end = first.end ? partsOf(first.end, first.text, first.end.tags()) : null;
  for (const r of results.slice(1)) {
    const p = partsOf(r.start, r.text, r.tags());
    const hasDate = (x: Parts) => x.day !== undefined || x.weekday !== undefined;
    if (!hasDate(start) && hasDate(p)) {
      start.year = p.year;
      start.month = p.month;
      start.day = p.day;
      start.weekday = p.weekday;
      start.modifier = p.modifier;
      start.implied = p.implied;
    }
    // The same day said twice (guards.ts lets only agreeing days through): "31 dec today" has the year
    // "today" gives; "wed, (jun 7)" the date, and "jun 7, wed" the weekday the date stage checks.
    if (start.year === undefined && p.year !== undefined && p.month === start.month && p.day === start.day) start.year = p.year;
    if (start.day === undefined && start.weekday !== undefined && p.day !== undefined) Object.assign(start, { year: p.year, month: p.month, day: p.day, implied: p.implied });
    if (start.weekday === undefined && start.day !== undefined && p.weekday !== undefined && p.day === undefined) start.weekday = p.weekday;
    // A clock time written out beats a day-part word ("friday night drinks 6pm" is at 6pm).
    if (p.hour !== undefined && (start.hour === undefined || (start.casualTime && !p.casualTime))) {
      start.hour = p.hour;
      start.minute = p.minute;
      start.second = p.second;
      start.meridiemCertain = p.meridiemCertain;
      start.casualTime = p.casualTime;
      start.clockText = r.text;
    }
    if (!end && r.end) end = partsOf(r.end, r.text, r.end.tags());
  }
  return { start, end };
}

export function emptyParts(text: string): Parts {
  return { meridiemCertain: false, implied: { year: 0, month: 0, day: 0 }, casualTime: false, text };
}
