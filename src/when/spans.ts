/** Character spans consumed by an extractor; blanked out so the next reader does not see them twice. */
export interface Span {
  start: number;
  end: number;
  kind: 'zone' | 'recurrence' | 'limit' | 'duration' | 'relative' | 'date' | 'time' | 'filler';
}

export function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/**
 * Lower-case and tidy without changing length, so every index found in the normalized text
 * points at the same characters of what the user typed.
 */
/** A web link: a place, never a time or a zone; read whole ("https://a.example/?@9am" has no time in it). */
export const LINK_SRC = String.raw`(?<![\w])(?:https?:\/\/|www\.)[^\s<>]+`;
const LINK_OR_AT = new RegExp(`${LINK_SRC}|@`, 'gi');

export function normalize(text: string): string {
  return lowerSameLength(text)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2009\u202f\t\r\n]/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\b([ap])\.m\.(?!\w)/g, '$1m  ')
    .replace(/\b([ap])\.m(?!\w)/g, '$1m ')
    // "@ 8pm" is "at 8pm", but an @ inside a link is part of the link.
    .replace(LINK_OR_AT, (m) => (m === '@' ? ' ' : m))
    // Weekday spellings chrono does not know, rewritten in place to ones it does.
    .replace(/\btues\b/g, 'tue ')
    .replace(/\bthurs\b/g, 'thu  ')
    .replace(/\bthur\b/g, 'thu ')
    .replace(/\bweds\b/g, 'wed ');
}

const ASCII = /^[\x00-\x7f]*$/;

/** Each character lower-cased where that keeps its length ("İ" stays); ASCII text all at once, the same thing. */
export function lowerSameLength(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}
