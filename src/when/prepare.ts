import type { Span } from './spans.ts';
import { normalize } from './spans.ts';
import { allMatches } from './matches.ts';

/** Longest text the reader looks at; longer input is refused at once (linear cost, item 7). */
export const MAX_TEXT = 4000;

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The text as the stages read it: lower-cased, spaced out and rewritten into forms the readers
 * know ("half past 4" -> "4:30"), with a way back to the characters the user typed.
 */
export interface Prepared {
  raw: string;
  /** Too many time-like words to be one time phrase; nothing else was prepared. */
  dense: boolean;
  /** Lower-cased, rewritten. */
  text: string;
  /** Same edits applied to the text as typed (zone abbreviations care about capitals). */
  cased: string;
  /** A span of `text` -> the span of `raw` it came from. */
  toRaw(span: Span): Span;
  /** The same as preparing `raw` with these rewriters added after the others (without redoing those). */
  more(rewriters: Rewriter[]): Prepared;
}

/** Apply non-overlapping edits (any order) to `s`; returns the new text and index maps. */
function applyEdits(s: string, edits: Edit[]): { text: string; from: Int32Array; to: Int32Array } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const e of sorted) {
    if (e.start < i) continue;
    for (; i < e.start; i++) {
      out += s[i];
      from.push(i);
      to.push(i + 1);
    }
    for (let k = 0; k < e.replacement.length; k++) {
      from.push(e.start);
      to.push(e.end);
    }
    out += e.replacement;
    i = e.end;
  }
  for (; i < s.length; i++) {
    out += s[i];
    from.push(i);
    to.push(i + 1);
  }
  return { text: out, from: Int32Array.from(from), to: Int32Array.from(to) };
}

const SPACE_RUN = / {2,}/g;
const LONG_WORD = /[^ ]{41,}/g;
const WORD = /[^ ]+/g;

/** Whitespace runs and over-long words: the shapes that made the readers' regexes quadratic. */
function boundingEdits(t: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of allMatches(SPACE_RUN, t)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: ' ' });
  // A "word" this long is never part of a time phrase ("1-1-1-1…", a pasted URL).
  for (const m of allMatches(LONG_WORD, t)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: '#' });
  return edits;
}

export type Rewriter = (text: string) => Edit[];

/** Above this many characters only the neighbourhood of time-like words is read. */
const FOCUS_OVER = 200;
/** A text with more time-like words than this is not one time phrase (and would cost the readers dearly). */
export const MAX_TIME_WORDS = 40;
const NEAR = 3;
const TIME_WORD =
  /\d|^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|tomorrow|yesterday|noon|midnight|morning|afternoon|evening|night|am|pm|every|each|daily|weekly|monthly|nightly|biweekly|fortnightly|weekdays?|weekends?|week|month|year|day|hour|minute|min|hr|ago|later|now|next|last|this|coming|christmas|xmas|halloween|new)/;

/** A word that can be part of a time phrase (a number, a weekday, a month, "tonight", …). */
export function isTimeLike(word: string): boolean {
  return TIME_WORD.test(word.toLowerCase().replace(/^[^a-z0-9]+/, ''));
}

/**
 * Long text (a title and a description around the time): keep the time-like words and a few
 * words either side, so every reader works on a short text. Returns null when the text is
 * dense with time-like words ("1 1 1 …", "friday friday …"): not one time phrase.
 */
function focusEdits(t: string): Edit[] | null {
  if (t.length <= FOCUS_OVER) return [];
  const words = allMatches(WORD, t);
  const timeLike = words.map((w) => TIME_WORD.test(w[0].replace(/^[^a-z0-9]+/, '')));
  if (timeLike.filter(Boolean).length > MAX_TIME_WORDS) return null;
  const keep = new Array<boolean>(words.length).fill(false);
  timeLike.forEach((hit, i) => {
    if (hit) for (let k = Math.max(0, i - NEAR); k <= Math.min(words.length - 1, i + NEAR); k++) keep[k] = true;
  });
  const edits: Edit[] = [];
  let runStart = -1;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && !keep[i]) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      const a = words[runStart]!.index!;
      const last = words[i - 1]!;
      // A dropped run becomes one placeholder word, so the readers never join what it separated.
      edits.push({ start: a, end: last.index! + last[0].length, replacement: '…' });
      runStart = -1;
    }
  }
  return edits;
}

/**
 * normalize -> bound -> each rewriter in turn. Each pass composes its index map with the
 * previous one, so a span found at the end still points at the user's own characters.
 */
export function prepare(raw: string, rewriters: Rewriter[]): Prepared {
  const text = normalize(raw);
  const n = text.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  const state: State = { raw, text, cased: casedLike(raw, text), from, to, dense: false };
  return passes(state, [boundingEdits, focusEdits, ...rewriters]);
}

/** The state between passes: the text so far, its cased twin, and where each character came from. */
interface State {
  raw: string;
  text: string;
  cased: string;
  from: Int32Array;
  to: Int32Array;
  dense: boolean;
}

/** A pass that finds the text too dense to read says so with null. */
type Pass = (text: string) => Edit[] | null;

function passes(start: State, list: Pass[]): Prepared {
  let { text, cased, from, to, dense } = start;
  for (const pass of list) {
    if (dense) break;
    const edits = pass(text);
    if (edits === null) {
      dense = true;
      continue;
    }
    if (!edits.length) continue;
    const next = applyEdits(text, edits);
    cased = applyEdits(cased, edits.map((e) => ({ ...e, replacement: caseLike(cased.slice(e.start, e.end), e.replacement) }))).text;
    const f = new Int32Array(next.text.length);
    const g = new Int32Array(next.text.length);
    for (let k = 0; k < next.text.length; k++) {
      f[k] = from[next.from[k]!]!;
      g[k] = to[next.to[k]! - 1]!;
    }
    text = next.text;
    from = f;
    to = g;
  }
  const state: State = { raw: start.raw, text, cased, from, to, dense };
  const toRaw = (s: Span): Span => {
    if (s.end <= s.start || !text.length) return { ...s, start: 0, end: 0 };
    const a = Math.min(Math.max(s.start, 0), text.length - 1);
    const b = Math.min(Math.max(s.end - 1, a), text.length - 1);
    return { ...s, start: from[a]!, end: to[b]! };
  };
  return { raw: start.raw, dense, text, cased, toRaw, more: (rewriters) => passes(state, rewriters) };
}

const ASCII = /^[\x00-\x7f]*$/;

/** The normalized text with the user's own capitals wherever normalizing only lower-cased a character. */
function casedLike(raw: string, text: string): string {
  // ASCII lower-cases character by character exactly as the whole string does (no Σ, no İ).
  const lower = ASCII.test(raw) ? raw.toLowerCase() : null;
  let cased = '';
  for (let i = 0; i < text.length; i++) cased += text[i] === (lower ? lower[i] : raw[i]!.toLowerCase()) ? raw[i] : text[i];
  return cased;
}

/** Keep the user's capitals where a rewrite left the word as it was ("EST" stays "EST"). */
function caseLike(original: string, replacement: string): string {
  return original.toLowerCase() === replacement ? original : replacement;
}
