import { DateTime } from 'luxon';
import { localeForZone, settlesDayMonth } from '../core/locale.ts';
import { parseWhen } from './parse.ts';
import type { ParseOptions, ParsedWhen, WhenQuestion } from './types.ts';
import { allMatches } from './matches.ts';
import { zoneObject } from './zone-cache.ts';

/**
 * A stage after a reading: the two contract cases where a reading is a guess and the person must
 * be asked (see HELPERS "time questions"), and numeric dates put in the reader's day/month order. The question's candidates are full readings, made by
 * reading the phrase again with the guess written out ("at 4" → "at 4am" / "at 4pm"; "3/4" →
 * "4/3"), so ends, repeats and zones come out as for any typed phrase.
 * when-engine: absorb this into the pipeline's own detection; readWhen only asks when parseWhen
 * itself did not.
 */
export function refine(phrase: string, line: string, reading: ParsedWhen, opts: ParseOptions): { reading: ParsedWhen } | { question: WhenQuestion } {
  const numeric = dayMonth(phrase, reading, opts);
  if (numeric && 'question' in numeric) return numeric;
  const settled = numeric?.reading ?? reading;
  const q = amPm(phrase, line, settled, opts);
  return q ? { question: q } : { reading: settled };
}

/** Words that say which half of the day is meant; a reading that agrees with them is no guess. */
const MORNING = /\b(?:mornings?|breakfast|brunch|dawn|sunrise)\b/i;
const LATER = /\b(?:afternoons?|evenings?|nights?|tonight|tonite|2nite|dinner|supper|sunset)\b/i;
const SETTLED = /\b(?:noon|midday|midnight|lunch|am|pm)\b|\d\s*[ap]\.?m\b|[ap]\.m\./i;

/** "at 4", "@ 10" — a small whole hour with no am/pm ("9:30" and "16:00" are clock notation). */
const BARE_CLOCK = /(?:\bat|@)\s*([1-9]|1[01])(?![\d/.:]|\s*(?:[ap]\.?m\b|[ap]\b|h\b|hrs?\b|hours?\b|o'?clock|min))/gi;

/** `line`: the whole text typed, `phrase` the part read as the time. */
function amPm(phrase: string, line: string, reading: ParsedWhen, opts: ParseOptions): WhenQuestion | null {
  if (reading.allDay || SETTLED.test(phrase)) return null;
  const hour = DateTime.fromJSDate(reading.start, { zone: zoneObject(reading.timezone) }).hour;
  if ((MORNING.test(line) && hour < 12) || (LATER.test(line) && hour >= 12)) return null;
  // Found in the line, so "at" before the phrase counts ("Coffee at 10 tomorrow": phrase "10 tomorrow").
  const from = line.indexOf(phrase);
  if (from < 0) return null;
  const clocks = allMatches(BARE_CLOCK, line);
  if (clocks.length !== 1) return null;
  const m = clocks[0]!;
  const at = m.index + m[0].length - from;
  if (at <= 0 || at > phrase.length) return null;
  const with_ = (suffix: string) => parseWhen(`${phrase.slice(0, at)}${suffix}${phrase.slice(at)}`, opts);
  const pm = with_('pm');
  const am = with_('am');
  if (!pm.ok || !am.ok || pm.value.start.getTime() === am.value.start.getTime()) return null;
  const day = (p: ParsedWhen) => DateTime.fromJSDate(p.start, { zone: zoneObject(p.timezone) });
  const sameDay = day(pm.value).hasSame(day(am.value), 'day');
  const clock = (p: ParsedWhen) => day(p).toFormat('h:mm a');
  // Most likely first: events at 8–11 are mostly mornings, at 1–7 afternoons and evenings.
  const [first, second] = day(am.value).hour >= 8 ? [am.value, pm.value] : [pm.value, am.value];
  return {
    code: 'ambiguous',
    message: `Did you mean ${clock(first)} or ${clock(second)}${sameDay ? ` on ${day(first).toFormat('ccc, LLL d')}` : ''}?`,
    candidates: [first, second],
  };
}

/**
 * "3/4", "3/4/2027", "3.4.2027", "3-4-2027"; a dot or dash needs the year ("8-10pm" is a range).
 * A dash may join it to another date ("5/1-5/7", "10-1-2018-10-7-2018"): both are dates, in the same order.
 * Not the end of a range of day.month. dates ("13.6. - 15.6.2027": day first, as its start; dotted-forms.ts).
 */
export const NUMERIC_DATE =
  /(?<![\d/.:])(?<!\d\.\d{1,2}\.\s*(?:-|–|to|till|until)\s*)(?<!(?<!\d\/\d{1,2}(?:\/\d{2,4})?|\d[-.]\d{1,2}[-.]\d{4})-)(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?(?![\d/.:]|-(?!\d{1,2}\/\d{1,2}(?![\d.:-])|\d{1,2}([-.])\d{1,2}\5\d{4}(?!\d))|\s*(?:[ap]\.?m\b|[ap]\b))/g;

/**
 * A numeric date that reads both ways ("3/4"): the reader's locale (or, without one, their zone's)
 * says which is the day; with neither ("en", UTC) the person is asked.
 */
function dayMonth(phrase: string, reading: ParsedWhen, opts: ParseOptions): { reading: ParsedWhen } | { question: WhenQuestion } | null {
  const dates = allMatches(NUMERIC_DATE, phrase).filter((m) => m[2] === '/' || m[4] !== undefined);
  if (dates.length !== 1) return null;
  const m = dates[0]!;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a === b || a < 1 || b < 1 || a > 12 || b > 12) return null;
  // A known order was applied before reading (read.ts: inDateOrder); only an unknown one asks.
  if (settlesDayMonth(opts.locale) || localeForZone(opts.timezone)) return null;
  const swapped = `${phrase.slice(0, m.index)}${m[3]}${m[2]}${m[1]}${m[4] !== undefined ? `${m[2]}${m[4]}` : ''}${phrase.slice(m.index + m[0].length)}`;
  const other = parseWhen(swapped, opts);
  if (!other.ok || other.value.start.getTime() === reading.start.getTime()) return null;
  const day = (p: ParsedWhen) => DateTime.fromJSDate(p.start, { zone: zoneObject(p.timezone) }).toFormat('ccc, LLL d');
  return { question: {
    code: 'ambiguous',
    message: `Is that ${day(reading)} or ${day(other.value)}? (Set your date order with 'settings locale', e.g. en-GB or en-US.)`,
    candidates: [reading, other.value],
  } };
}
