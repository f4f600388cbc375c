import { DateTime } from 'luxon';
import { dateOrder, localeForZone, settlesDayMonth } from '../core/locale.ts';
import { NUMERIC_DATE, refine } from './ask.ts';
import { readerFor } from './chrono.ts';
import { analyze, FILLER } from './parse.ts';
import { isTimeLike } from './prepare.ts';
import { splitRead, tidyTitle } from './split-title.ts';
import type { ParseOptions, ParsedWhen, SplitResult, SplitWhen, WhenQuestion } from './types.ts';
import { EXCEPTION_WORDS, WDS_SRC, WEEKDAY_NUMBER, weekdayCode } from './words.ts';
import { zoneObject } from './zone-cache.ts';

/**
 * The one path from text to a time: `cli parse`, the console, Slack's command and form, Discord's
 * options and edits all read through here, so one phrase gets one reading everywhere.
 *
 * Two readers look at the text: the whole-text reading (parseWhen) and the title/time split
 * (splitTitleAndWhen). When both read it the same way, that is the answer (with the split's title
 * and place). When they read it differently, the text is genuinely unclear and the person is asked
 * (a refusal or a question is better than a silently wrong event). When only the split reads it,
 * it is trusted only if the words it left out are title words, not the rest of a time phrase
 * ("Top 5 albums club sun 4pm" yes; "between 3 and 12 of Sept", "the 17 from 2pm" no).
 */
export function readWhen(text: string, given: ParseOptions): SplitResult {
  const { text: typed, opts } = inDateOrder(text, given);
  const english = inOwnWords(readOrdered(typed, opts), typed, text);
  return nativeLanguage(given.locale) ? moreOf(english, readOrdered(text, given)) : english;
}

/**
 * Commands are English, so a reader whose locale is in another language (de-DE, pt-BR) mostly
 * types English times in their own date order ("Stammtisch fri 7pm", "Retro 28/03 15:00"), and
 * sometimes their own words ("morgen um 19 Uhr"). Both are read; the reading that explains more
 * of the line wins, English on a tie.
 */
function nativeLanguage(locale: string | undefined): boolean {
  return !!locale && !/^en\b/i.test(locale) && !readerFor(locale).english;
}

function moreOf(english: SplitResult, native: SplitResult): SplitResult {
  if (english.ok && native.ok) return native.value.whenText.length > english.value.whenText.length ? native : english;
  // English that read the time and found it wrong (a skipped hour, June 31) or unclear stands.
  if (!english.ok && english.error.code !== 'no_time') return english;
  return english.ok || !native.ok ? english : native;
}

/**
 * Messages and the time phrase quote the line as typed, not as rewritten into month-first order
 * (the rewrite swaps numbers in place, so positions are the same in both).
 */
function inOwnWords(r: SplitResult, typed: string, text: string): SplitResult {
  if (typed === text) return r;
  if (!r.ok) return { ok: false, error: { ...r.error, message: r.error.message.split(typed.trim()).join(text.trim()) } };
  const at = typed.indexOf(r.value.whenText);
  return at < 0 ? r : { ok: true, value: { ...r.value, whenText: text.slice(at, at + r.value.whenText.length) } };
}

/**
 * Numeric dates in the reader's order, read in English: with day first (their locale's, else
 * their zone's: en-GB, de-DE, Europe/Berlin → en-DE) "25/12" is written month first ("12/25")
 * before reading, and the engine reads English month first.
 */
function inDateOrder(text: string, opts: ParseOptions): { text: string; opts: ParseOptions } {
  const locale = settlesDayMonth(opts.locale) ? opts.locale! : localeForZone(opts.timezone);
  const own = opts.locale && /^en\b/i.test(opts.locale) ? opts.locale : undefined;
  if (!locale) return { text, opts: { ...opts, locale: own } };
  const english = { ...opts, locale: 'en-US' };
  const dayFirst = dateOrder(locale) === 'dmy';
  const swapped = text.replace(NUMERIC_DATE, (m, a: string, sep: string, b: string, year?: string) => {
    if (sep !== '/' && !year) return m;
    // A number over 12 can only be the day: "25/12" in New York and "12/25" in London read one way.
    const swap = Number(a) > 12 && Number(b) <= 12 ? true : Number(b) > 12 && Number(a) <= 12 ? false : dayFirst;
    return swap ? `${b}${sep}${a}${year ? `${sep}${year}` : ''}` : m;
  });
  return { text: swapped, opts: english };
}

function readOrdered(text: string, opts: ParseOptions): SplitResult {
  const r = readOnce(text, opts);
  if (!r.ok) return r;
  const refined = refine(r.value.whenText, text, r.value.parsed, opts);
  if ('reading' in refined) return { ok: true, value: { ...r.value, parsed: refined.reading } };
  return { ok: false, error: { ...refined.question, split: { title: r.value.title, whenText: r.value.whenText, location: r.value.location } } };
}

function readOnce(text: string, opts: ParseOptions): SplitResult {
  const analysis = analyze(text, opts);
  const whole = analysis.result;
  const split = splitRead(text, opts, analysis);
  if (!whole.ok) {
    if (whole.error.code === 'ambiguous') {
      return { ok: false, error: { ...whole.error, split: splitAround(text, whole.error.candidates[0]!, split) } };
    }
    // Only a refusal for unread words can be the title's fault; a bad date, zone or repeat stands.
    if (whole.error.code !== 'no_time') return { ok: false, error: whole.error };
    if (split.ok && leftOutIsTitle(text, split.value) && !repeatLeftOut(text, split.value)) return split;
    // A question about part of the line stands only when what it left out is the title ("next thurs 7": the 7 is not).
    if (!split.ok && split.error.code === 'ambiguous' && split.error.split && leftOutIsTitle(text, { ...split.error.split, parsed: split.error.candidates[0]! })) return split;
    return { ok: false, error: whole.error };
  }
  // The whole-text reading leads; a question from the split about a part of it is not asked.
  if (!split.ok) return { ok: true, value: { ...splitAround(text, whole.value, split), parsed: whole.value } };
  if (sameReading(whole.value, split.value.parsed)) return { ok: true, value: { ...split.value, parsed: whole.value } };
  const wider = widerReading(whole.value, split.value);
  if (wider === 'whole') return { ok: true, value: { ...aroundMatched(text, whole.value), parsed: whole.value } };
  if (wider === 'split') return split;
  return { ok: false, error: twoReadings(text, split.value, whole.value) };
}

const NAMED_DAY =
  /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|today|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b|\d{1,2}[/.]\d{1,2}|\d{4}-\d{2}-\d{2}/i;
const DAYPART = new Set(['night', 'morning', 'evening', 'afternoon']);

/**
 * The readings differ but one phrase contains the other. The whole-text reader usually read the
 * rest of the phrase the split dropped ("for 3 hours from 10 am", "the day after tomorrow") and is
 * right — except when what it added before the phrase has a day-part word that moved the day
 * ("Movie night saturday 9pm": not tonight). When neither phrase contains the other, neither wins.
 */
function widerReading(whole: ParsedWhen, split: SplitWhen): 'whole' | 'split' | null {
  const wm = whole.matched.toLowerCase();
  // The split's phrase may end with the line's punctuation ("… two sundays from now?"); the match never does.
  const said = split.whenText.toLowerCase().replace(/^[\s,;:.!?]+|[\s,;:.!?]+$/g, '');
  const at = wm.indexOf(said);
  if (at < 0 || !said) return null;
  const left = wm.slice(0, at).split(/\s+/).map(bare).filter(Boolean);
  const right = wm.slice(at + said.length).split(/\s+/).map(bare).filter(Boolean);
  // A day the phrase names outright is not moved by "night" in the title ("Movie night saturday 9pm").
  // A repeat word in the title, apart from the phrase by a word that is no time ("Team weekly
  // sync monday 9am"): the word between is title, so the repeat word is too.
  if (whole.recurrence && !split.parsed.recurrence && left.length > 1 && left.slice(1).some((w) => !isTimeLike(w) && !FILLER.has(w))) {
    // "every"/"each" asks for a repeat outright ("sync each weekday but friday"): neither reading is safe to take.
    return left.some((w) => w === 'every' || w === 'each') ? null : 'split';
  }
  const titleDaypart = !right.length && left.some((w) => DAYPART.has(w)) && NAMED_DAY.test(split.whenText);
  if (titleDaypart && dayOf(whole) !== dayOf(split.parsed)) return 'split';
  return 'whole';
}

const dayOf = (p: ParsedWhen) => DateTime.fromJSDate(p.start, { zone: zoneObject(p.timezone) }).toISODate();

export function sameReading(a: ParsedWhen, b: ParsedWhen): boolean {
  return (
    a.start.getTime() === b.start.getTime() &&
    (a.end?.getTime() ?? null) === (b.end?.getTime() ?? null) &&
    a.allDay === b.allDay &&
    JSON.stringify(a.recurrence) === JSON.stringify(b.recurrence)
  );
}

function twoReadings(text: string, split: SplitWhen, whole: ParsedWhen): WhenQuestion {
  return {
    code: 'ambiguous',
    message: `I can read '${text.trim()}' two ways — which did you mean?`,
    candidates: [split.parsed, whole],
    split: { title: split.title, whenText: split.whenText, location: split.location },
  };
}

/** Title and place around a reading of the whole text: the split's when it found one, else the words left over. */
function splitAround(text: string, reading: ParsedWhen, split: SplitResult): { title: string; whenText: string; location: string | null } {
  if (split.ok) return { title: split.value.title, whenText: split.value.whenText, location: split.value.location };
  if (split.error.code === 'ambiguous' && split.error.split) return split.error.split;
  return aroundMatched(text, reading);
}

/** The words before and after the phrase a reading matched: the title, and a place after "at". */
function aroundMatched(text: string, reading: ParsedWhen): { title: string; whenText: string; location: string | null } {
  const at = reading.matched ? text.toLowerCase().indexOf(reading.matched.toLowerCase()) : -1;
  if (at < 0) return { title: '', whenText: text.trim(), location: null };
  const before = text.slice(0, at);
  const after = text.slice(at + reading.matched.length);
  const place = PLACE_LEAD.exec(after);
  if (place) return { title: tidyTitle(before), whenText: reading.matched, location: place[1]! };
  return { title: tidyTitle(`${before} ${after}`), whenText: reading.matched, location: null };
}

/** What follows the time phrase names the place: "… at the pub", "… @ Room 4". */
const PLACE_LEAD = /^\s*(?:at|@|in|venue:?|location:?|where:?)\s+(.+?)\s*$/i;

/** Words that join the parts of one time phrase ("between 3 and 5", "the 17 from 2pm"). */
const JOINERS = new Set([
  'and', 'to', 'from', 'between', 'through', 'thru', 'till', 'til', 'until', 'the', 'of', 'on', 'at', 'by', 'in', 'around',
  'about', 'approx', 'ish', '-', '–', '—', 'past', 'before', 'after', 'this', 'that', 'for', '@', '/', '&', '+', 'or', ...EXCEPTION_WORDS,
]);
const TIME_WORD =
  /^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|second|third|\w+th|half|quarter|noon|midnight|am|pm|o'?clock|oclock|a\.m\.|p\.m\.|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|fortnight|today|tomorrow|tonight|tmrw|yesterday|previous|last|next|following|coming|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

const bare = (w: string) => w.toLowerCase().replace(/^[,;:.!?()"']+|[,;:.!?()"']+$/g, '');

/**
 * "every day except sunday 9am", "sync each weekday but friday": a repeat asked for in the words the
 * split left out, while the split read a one-off; taking it would create the opposite of what was said.
 */
function repeatLeftOut(text: string, split: SplitWhen): boolean {
  if (split.parsed.recurrence) return false;
  const at = text.indexOf(split.whenText);
  const left = at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + split.whenText.length)}`;
  return /(?<![\w])(?:every|each)(?![\w])/i.test(left);
}

/**
 * The split read only part of a text the whole-text reader refused: accept it when the words next
 * to the time phrase belong to the title. A time-like word next to it (after only joining words)
 * means the phrase goes on, and the split would silently drop part of the time. One exception: a
 * number straight before the phrase that follows a plain word is a title's ("Raid night 2 thursday 9pm").
 */
function leftOutIsTitle(text: string, split: SplitWhen): boolean {
  const at = text.indexOf(split.whenText);
  if (at < 0) return false;
  const words = (s: string) => s.split(/\s+/).filter((w) => bare(w) !== '');
  const before = words(text.slice(0, at));
  const after = words(text.slice(at + split.whenText.length));
  const startsWithDay = DAY_START.test(split.whenText.trim());
  const day = weekdayOf(split.parsed);
  return neighbourIsTitle(before, startsWithDay, day) && neighbourIsTitle(after.reverse(), false, day);
}

const WEEKDAY_WORD = new RegExp(`^${WDS_SRC}$`);
const weekdayOf = (p: ParsedWhen) => DateTime.fromJSDate(p.start, { zone: p.timezone }).weekday;

const DAY_START = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|today|tomorrow|tmrw|next|this)\b/i;

/**
 * `words` end at the time phrase (those after it come reversed). `titleNumberOk`: a bare number
 * right before a phrase that opens with a day can only be the title's ("Raid night 2 thursday").
 * `day`: the weekday read, which the title may name too.
 */
function neighbourIsTitle(words: string[], titleNumberOk: boolean, day: number): boolean {
  let i = words.length - 1;
  let joined = false;
  let excepting = false;
  while (i >= 0 && JOINERS.has(bare(words[i]!))) {
    joined = true;
    excepting ||= EXCEPTION_WORDS.has(bare(words[i]!));
    i--;
  }
  if (i < 0) return true;
  const w = words[i]!;
  if (!TIME_WORD.test(bare(w))) return true;
  // "every day except saturday": a day excepted is the time's, even the day read.
  if (excepting) return false;
  // "Taco Tuesday: tuesday 7pm": the title's weekday is the day read.
  if (WEEKDAY_WORD.test(bare(w)) && WEEKDAY_NUMBER[weekdayCode(bare(w))!] === day) return true;
  if (!titleNumberOk || joined || !/^\d+$/.test(w)) return false;
  const prev = words[i - 1];
  return prev !== undefined && !JOINERS.has(bare(prev)) && !TIME_WORD.test(bare(prev));
}
