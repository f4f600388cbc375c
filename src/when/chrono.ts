import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { zoneObject } from './zone-cache.ts';

export interface Reader {
  parser: chrono.Chrono;
  /** Our own extractors (repeats, durations, "in 2 weeks", title split) speak English only. */
  english: boolean;
  /** Numeric dates read day first (3/12 = 3 December). */
  dayFirst: boolean;
}

const readers = new Map<string, Reader>();
const DAY_FIRST_EN = new Set(['gb', 'au', 'nz', 'ie', 'in', 'za', 'sg']);

/** One configured chrono per locale, built once. */
export function readerFor(locale: string | undefined): Reader {
  const tag = (locale ?? 'en').toLowerCase().replace('_', '-');
  let r = readers.get(tag);
  if (r) return r;
  const [lang = 'en', region = ''] = tag.split('-');
  if (lang === 'en') {
    const dayFirst = DAY_FIRST_EN.has(region);
    // One English parser; day-first numeric dates are rewritten before it reads them (grammar.ts).
    r = { parser: chrono.en.casual, english: true, dayFirst };
  } else {
    const mod = (chrono as unknown as Record<string, { casual?: chrono.Chrono; strict?: chrono.Chrono } | undefined>)[lang];
    const parser = mod?.casual ?? mod?.strict;
    r = parser ? { parser, english: false, dayFirst: lang !== 'ja' && lang !== 'zh' } : { parser: chrono.en.casual, english: true, dayFirst: false };
  }
  readers.set(tag, r);
  return r;
}

/** chrono reads implied dates in the zone's offset at `now`; we only keep wall-clock components. */
export function reference(now: Date, zone: string): chrono.ParsingReference {
  return { instant: now, timezone: DateTime.fromJSDate(now, { zone: zoneObject(zone) }).offset };
}
