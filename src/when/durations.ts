import type { Span } from './spans.ts';
import { NUM_SRC, numberValue } from './words.ts';

export interface DurationFound {
  span: Span;
  /** Length of the event: minutes for "for 2 hours", days for "for 3 days". */
  minutes?: number;
  days?: number;
}

const UNIT_MIN = '(hours?|hrs?|h|minutes?|mins?|m)';
const DURATION_RE = new RegExp(
  `(?<!\\w)(?:for|lasting)\\s+(?:about\\s+|around\\s+)?(${NUM_SRC})\\s*${UNIT_MIN}(?:\\s*(?:and\\s+)?(?:(a\\s+half)|(\\d+)\\s*(?:minutes?|mins?|m)))?(?!\\w)`,
);
const DURATION_H_M_RE = /(?<!\w)for\s+(\d{1,2})h(\d{1,2})m?(?!\w)/;
const DURATION_DAYS_RE = new RegExp(`(?<!\\w)for\\s+(${NUM_SRC})\\s+(days?|weeks?)(?!\\w)`);

/** "for 2 hours", "for 90 min", "for an hour and a half", "for 1h30"; "for 3 days" when not a repeat's limit. */
export function findDuration(text: string, allowDays: boolean): DurationFound | null {
  let m = DURATION_H_M_RE.exec(text);
  if (m) return { span: spanOf(m), minutes: Number(m[1]) * 60 + Number(m[2]) };
  m = DURATION_RE.exec(text);
  if (m) {
    const n = numberValue(m[1]!);
    if (!Number.isFinite(n)) return null;
    const hours = m[2]!.startsWith('h');
    let minutes = hours ? n * 60 : n;
    if (m[3]) minutes += hours ? 30 : 0;
    if (m[4]) minutes += Number(m[4]);
    return { span: spanOf(m), minutes: Math.round(minutes) };
  }
  if (allowDays) {
    m = DURATION_DAYS_RE.exec(text);
    if (m) {
      const n = numberValue(m[1]!);
      if (Number.isInteger(n) && n > 0) return { span: spanOf(m), days: m[2]!.startsWith('w') ? n * 7 : n };
    }
  }
  return null;
}

export interface RelativeFound {
  span: Span;
  n: number;
  unit: 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';
  /** "a day from right now": the instant, not the day. */
  exact?: boolean;
}

const REL_UNITS = '(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|fortnights?)';
/** "from now", "from right now", "from today", "hence". */
const FROM_NOW = '(?:from\\s+(?:right\\s+)?(?:now|today)|hence)';
const IN_RE = new RegExp(`(?<!\\w)(?:in|within)\\s+(?:about\\s+)?(${NUM_SRC})(?:\\s+and\\s+an?\\s+half)?\\s+(?:more\\s+)?${REL_UNITS}(?:\\s+and\\s+an?\\s+half)?(?:\\s+${FROM_NOW})?(?!\\w)`);
const FROM_NOW_RE = new RegExp(`(?<!\\w)(${NUM_SRC})\\s+${REL_UNITS}\\s+${FROM_NOW}(?!\\w)`);
// Not the last part of a compound ("1 month 21 days ago": chrono reads those whole).
const AGO_RE = new RegExp(`(?<!\\w)(?<!(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s*,?\\s*(?:and\\s+)?)(${NUM_SRC})\\s+${REL_UNITS}\\s+ago(?!\\w)`);

function unitOf(word: string): RelativeFound['unit'] {
  if (word.startsWith('mi')) return 'minutes';
  if (word.startsWith('h')) return 'hours';
  if (word.startsWith('d')) return 'days';
  if (word.startsWith('w')) return 'weeks';
  if (word.startsWith('mo')) return 'months';
  if (word.startsWith('f')) return 'weeks';
  return 'years';
}

/** "in 30 minutes", "in 2 weeks", "3 days from now", "a month ago". */
export function findRelative(text: string): RelativeFound | null {
  const ago = AGO_RE.exec(text);
  const m = ago ?? IN_RE.exec(text) ?? FROM_NOW_RE.exec(text);
  if (!m) return null;
  let n = numberValue(m[1]!);
  if (!Number.isFinite(n)) return null;
  if (/and\s+an?\s+half/.test(m[0])) n += 0.5;
  const unit = unitOf(m[2]!);
  if (/^fortnights?$/.test(m[2]!)) n *= 2;
  return { span: spanOf(m), n: ago ? -n : n, unit, exact: /right\s+now/.test(m[0]) };
}

function spanOf(m: RegExpExecArray, kind: Span['kind'] = 'duration'): Span {
  return { start: m.index, end: m.index + m[0].length, kind };
}
