import { DateTime } from 'luxon';
import { analyze, FILLER, type Analysis } from './parse.ts';
import { errors, questions } from './errors.ts';
import { isTimeLike } from './prepare.ts';
import { MONTH_SRC, WD_SRC, WRITTEN_DATE } from './words.ts';
import { findHoliday } from './holidays.ts';
import type { ParseOptions, ParsedWhen, SplitResult, WhenError, WhenQuestion } from './types.ts';
import { allMatches } from './matches.ts';
import { zoneObject } from './zone-cache.ts';

interface Token {
  text: string;
  start: number;
  end: number;
}

const CASUAL_LEAD = new Set(['night', 'morning', 'evening', 'afternoon', 'noon', 'lunch', 'day']);
const LOCATION_LEAD = /^\s*(?:at|@|in|venue:?|location:?|where:?)\s+(.+?)\s*$/i;
const MAX_WINDOW = 14;
const MONTH_WORD = new RegExp(`^${MONTH_SRC}\\.?$`);
const MAX_WINDOW_CHARS = 120;
/** At most this many readings per line, whatever its length. */
const MAX_READS = 160;

const WORD = /\S+/g;

function tokens(line: string): Token[] {
  const out: Token[] = [];
  for (const m of allMatches(WORD, line)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const bare = (w: string) => w.toLowerCase().replace(/^[,;:.!?()"'-]+|[,;:.!?()"'-]+$/g, '');

/**
 * Title, time and place in one line: "Game night friday 8-10pm at the pub" ->
 * title "Game night", whenText "friday 8-10pm", location "the pub".
 *
 * Every run of words is tried as the time phrase; a run counts only if every word in it was
 * read as part of the time (or is a connecting word like "at"). Among those, a run with a clock
 * time beats a bare date, a repeat counts for more, a run that ends the line or is followed by
 * "at <place>" is preferred, and a run followed by a capitalised word ("Friday Night Lights")
 * is taken to be part of a name. Ties go to the later run: titles come first.
 */
export function splitTitleAndWhen(line: string, opts: ParseOptions): SplitResult {
  const text = typeof line === 'string' ? line : '';
  if (!text.trim()) return errors.empty();
  return splitRead(text, opts, analyze(text, opts));
}

/** The split, given the whole line's own reading (readWhen has it already: read once). */
export function splitRead(text: string, opts: ParseOptions, whole: Analysis): SplitResult {
  if (!text.trim()) return errors.empty();
  if (!whole.result.ok && whole.result.error.code === 'too_long') return { ok: false, error: whole.result.error };
  const toks = tokens(text);
  if (wholeLineIsTime(toks, whole)) return { ok: true, value: { title: '', whenText: text.trim(), location: null, parsed: whole.result.value } };
  // Only runs of words that can belong to a time phrase are tried: a word the whole-line reading
  // used, a time-like word, or a connecting word. This keeps the search linear in the line.
  const eligible = toks.map((tk) => {
    const w = bare(tk.text);
    return FILLER.has(w) || isTimeLike(w) || whole.spans.some((sp) => sp.start < tk.end && sp.end > tk.start);
  });
  let budget = MAX_READS;
  let best: { i: number; j: number; score: number; parsed: ParsedWhen; question: WhenQuestion | null } | null = null;
  let bestError: { error: WhenError; size: number } | null = null;
  /** The best run that contains a written date ("dec 10", "10/12"), to weigh against a weekday run. */
  let bestDated: { score: number; parsed: ParsedWhen } | null = null;

  for (let i = 0; i < toks.length && budget > 0; i++) {
    if (!eligible[i]) continue;
    const lead = bare(toks[i]!.text);
    if (FILLER.has(lead) && lead !== 'next' && lead !== 'this' && lead !== 'the' && lead !== 'every' && lead !== 'each' && lead !== 'from' && lead !== 'in') continue;
    for (let j = i + 1; j <= Math.min(toks.length, i + MAX_WINDOW) && budget > 0; j++) {
      if (!eligible[j - 1]) break;
      const last = bare(toks[j - 1]!.text);
      if (FILLER.has(last)) continue;
      const from = toks[i]!.start;
      const windowText = text.slice(from, toks[j - 1]!.end);
      if (windowText.length > MAX_WINDOW_CHARS) break;
      budget--;
      const a = analyze(windowText, opts);
      const question = !a.result.ok && a.result.error.code === 'ambiguous' ? a.result.error : null;
      if (!a.result.ok && !question) {
        const code = a.result.error.code;
        if (code !== 'no_time' && code !== 'empty' && (!bestError || j - i > bestError.size)) {
          bestError = { error: a.result.error, size: j - i };
        }
        continue;
      }
      // Strict: every word of the run was read (or only connects).
      let strict = true;
      for (let k = i; k < j && strict; k++) {
        const tk = toks[k]!;
        const s = tk.start - from;
        const e = tk.end - from;
        const covered = a.spans.some((sp) => sp.start < e && sp.end > s);
        if (!covered && !FILLER.has(bare(tk.text)) && bare(tk.text) !== '') strict = false;
      }
      if (!strict) continue;
      // A window that reads two ways competes with its likelier reading; if it wins, we ask.
      const p = a.result.ok ? a.result.value : question!.candidates[0]!;
      const next = toks[j];
      // A clock time counts for more than a day-part word alone ("night the dec 10 all day" is all day).
      let score = (p.allDay ? 0 : CASUAL_ONLY.test(windowText) && !CLOCK.test(windowText) ? 1 : 4) + (p.recurrence ? 3 : 0) + 0.1 * (j - i);
      if (/\d|today|tomorrow|tonight|day\b|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(windowText)) score += 2;
      if (CASUAL_LEAD.has(lead) && j - i > 1) score -= 1;
      // Numbers next to a month name belong to it ("Offsite dec 10-12" is not 10 to 12 o'clock).
      const prev = i > 0 ? bare(toks[i - 1]!.text) : '';
      if ((MONTH_WORD.test(prev) && /^\d/.test(lead)) || (next && MONTH_WORD.test(bare(next.text)) && /\d$/.test(last))) score -= 5;
      // A holiday the whole line's reading left to the title ("25/12 12:00 Christmas lunch") stays there.
      const holiday = whole.result.ok ? findHoliday(windowText.toLowerCase()) : null;
      if (holiday && !whole.spans.some((sp) => sp.start < from + holiday.span.end && sp.end > from + holiday.span.start)) score -= 4;
      if (!next) score += 1;
      else if (LOCATION_LEAD.test(text.slice(next.start))) score += 1;
      else if (/^[A-Z]/.test(next.text)) score -= 3;
      if (!best || score >= best.score) best = { i, j, score, parsed: p, question };
      if (WRITTEN_DATE.test(windowText) && (!bestDated || score >= bestDated.score)) bestDated = { score, parsed: p };
    }
  }

  if (!best) {
    if (bestError) return { ok: false, error: bestError.error };
    return errors.noTime(text);
  }

  // "Party june 31 8pm": a longer run that failed as an impossible (or past) date outranks a shorter run that
  // parsed: "Party 2026-11-01 8pm" in late November is a past time, not "8pm today" with a date in the title.
  if (bestError && bestError.size > best.j - best.i && /^(invalid_date|invalid_time|bad_zone|past)$/.test(bestError.error.code)) {
    return { ok: false, error: bestError.error };
  }
  const whenText = text.slice(toks[best.i]!.start, toks[best.j - 1]!.end);
  let title = text.slice(0, toks[best.i]!.start).trim();
  const after = toks[best.j] ? text.slice(toks[best.j]!.start).trim() : '';
  let location: string | null = null;
  const loc = LOCATION_LEAD.exec(after);
  if (loc) location = loc[1]!;
  else if (after) title = `${title} ${after}`.trim();
  title = tidyTitle(title);
  if (!location) {
    const inTitle = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(title);
    if (inTitle && !/^\d/.test(inTitle[2]!)) {
      title = inTitle[1]!.trim();
      location = inTitle[2]!.trim();
    }
  }
  if (best.question) return { ok: false, error: { ...best.question, split: { title, whenText, location } } };
  // "night Friday Friday Top 42 dec 10 all day": a date written out elsewhere in the line is never
  // silently dropped for a weekday (or a bare time); both are offered, or the line is refused.
  if (!WRITTEN_DATE.test(whenText) && WRITTEN_DATE.test(`${title} ${location ?? ''}`)) {
    const dated = bestDated?.parsed;
    if (!dated) return errors.twoTimes(text);
    if (!sameDay(dated, best.parsed)) return { ok: false, error: { ...questions.weekday(dated, best.parsed, 'The line names two days'), split: { title, whenText, location } } };
  }
  const titleDay = titleWeekday(title, whenText, best.parsed, opts);
  if (titleDay) return { ok: false, error: { ...titleDay, split: { title, whenText, location } } };
  return { ok: true, value: { title, whenText, location, parsed: best.parsed } };
}

/**
 * Every word of the line was read as the time, and no shorter run could outscore the whole line
 * (it is timed, or all-day with no clock-like run inside, so a run inside it gains nothing over it,
 * and it does not open with a day-part word that a shorter run would drop): the search would pick
 * the whole line, so skip it.
 */
function wholeLineIsTime(toks: Token[], whole: Analysis): whole is Analysis & { result: { ok: true; value: ParsedWhen } } {
  if (!whole.result.ok || !toks.length) return false;
  // An all-day line with a clock-like run inside ("dec 10-12") could score that run as a time: search.
  if (whole.result.value.allDay && CLOCK.test(toks.map((t) => t.text).join(' '))) return false;
  if (CASUAL_LEAD.has(bare(toks[0]!.text))) return false;
  return toks.every((tk) => {
    const w = bare(tk.text);
    return w === '' || FILLER.has(w) || whole.spans.some((sp) => sp.start < tk.end && sp.end > tk.start);
  });
}

const CASUAL_ONLY = /(?<![\w])(?:morning|afternoon|evening|night|tonight)(?![\w])/i;
/** A clock time written out: "7pm", "19:30", "18h45", "7-9", "noon" (a day number alone is not one). */
const CLOCK = /\d\s*(?:[:.h]\d|[ap]\.?m\b|-\s*\d|h(?![\w]))|(?<![\w])(?:noon|midnight|midday|o'?clock)(?![\w])/i;

const sameDay = (a: ParsedWhen, b: ParsedWhen) =>
  DateTime.fromJSDate(a.start, { zone: zoneObject(a.timezone) }).toISODate() === DateTime.fromJSDate(b.start, { zone: zoneObject(b.timezone) }).toISODate();

const HAS_DATE = new RegExp(
  `(?<![\\w])(?:${WD_SRC}s?|${MONTH_SRC}|today|tonight|tomorrow|yesterday|weekdays?|weekends?|daily|weekly|monthly|in|next|every|each)(?![\\w])|\\d[/.-]\\d|\\d(?:st|nd|rd|th)\\b`,
  'i',
);
const WEEKDAY_IN_TITLE = new RegExp(`(?<![\\w])(${WD_SRC})(?![\\w])`, 'i');

/**
 * "Friday night drinks 6pm": a weekday in the title and a time without one. Both "Friday at 6pm"
 * and "today at 6pm" are sensible; if they differ, ask.
 */
function titleWeekday(title: string, whenText: string, parsed: ParsedWhen, opts: ParseOptions): WhenQuestion | null {
  const m = WEEKDAY_IN_TITLE.exec(title);
  if (!m || HAS_DATE.test(whenText)) return null;
  const combined = analyze(`${m[1]} ${whenText}`, opts).result;
  if (!combined.ok || combined.value.start.getTime() === parsed.start.getTime()) return null;
  return questions.weekday(combined.value, parsed, `The title says ${m[1]}, the time doesn't`);
}

/**
 * A title as the words left around a time phrase: spaces folded, and the joining words and dashes
 * at either cut dropped ("Raid night —" of "Raid night — fri 8pm", "— Raid night" of "tmrw 8pm — Raid night").
 */
export function tidyTitle(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/(?:\s+(?:on|at|@|from|starting|-|–|—|:|,))+$/i, '')
    .replace(/[\s,:;–—-]+$/, '')
    .replace(/^[\s,:;–—|-]+/, '')
    .trim();
}
