/**
 * Holidays by name, each a rule for its date in a given year: fixed ("christmas eve"), the n-th
 * weekday of a month ("thanksgiving": the fourth Thursday of November, "memorial day": the last
 * Monday of May), or days from Easter ("good friday"; Easter itself from date-easter). US dates
 * where countries differ (Mother's Day is the second Sunday of May). A year may follow the name
 * ("christmas 2027", "thanksgiving of 2026").
 */
import { easter } from 'date-easter';
import { DateTime } from 'luxon';
import { nthWeekdayOf } from './dates.ts';
import type { Span } from './spans.ts';

type Day = { month: number; day: number };
type Rule = (year: number) => Day;

const fixed = (month: number, day: number): Rule => () => ({ month, day });
/** The n-th (-1: last) weekday (1 = Monday) of a month, `plus` days after it. */
const nth = (month: number, weekday: number, n: number, plus = 0): Rule => (year) => {
  const d = nthWeekdayOf(year, month, weekday, n)!.plus({ days: plus });
  return { month: d.month, day: d.day };
};
const fromEaster = (days: number): Rule => (year) => {
  const e = easter(year);
  const d = DateTime.fromObject({ year, month: e.month, day: e.day }).plus({ days });
  return { month: d.month, day: d.day };
};

const MON = 1;
const THU = 4;
const SUN = 7;

/** Each name as a regex source (apostrophes optional), and its rule. */
const HOLIDAYS: [string, Rule][] = [
  ["new\\s+year'?s'?\\s+eve", fixed(12, 31)],
  ["new\\s+year'?s'?(?:\\s+day)?", fixed(1, 1)],
  ['christmas\\s+eve', fixed(12, 24)],
  ['(?:christmas|xmas)(?:\\s+day)?', fixed(12, 25)],
  ['boxing\\s+day', fixed(12, 26)],
  ["hallowe'?en", fixed(10, 31)],
  ["(?:st\\.?\\s+|saint\\s+)?valentine'?s'?(?:\\s+day)?", fixed(2, 14)],
  ['independence\\s+day', fixed(7, 4)],
  ["(?:st\\.?\\s+|saint\\s+)patrick'?s'?(?:\\s+day)?", fixed(3, 17)],
  ["veterans'?\\s+day", fixed(11, 11)],
  ['juneteenth', fixed(6, 19)],
  ["april\\s+fools'?(?:\\s+day)?", fixed(4, 1)],
  ['groundhog\\s+day', fixed(2, 2)],
  ['cinco\\s+de\\s+mayo', fixed(5, 5)],
  ['thanksgiving(?:\\s+day)?', nth(11, THU, 4)],
  ['black\\s+friday', nth(11, THU, 4, 1)],
  ['cyber\\s+monday', nth(11, THU, 4, 4)],
  ['memorial\\s+day', nth(5, MON, -1)],
  ['labou?r\\s+day', nth(9, MON, 1)],
  ["mother'?s'?\\s+day", nth(5, SUN, 2)],
  ["father'?s'?\\s+day", nth(6, SUN, 3)],
  ["(?:mlk|martin\\s+luther\\s+king(?:\\s+jr\\.?)?)(?:'?s)?\\s+day", nth(1, MON, 3)],
  ["presidents?'?\\s+day|washington'?s\\s+birthday", nth(2, MON, 3)],
  ["columbus\\s+day|indigenous\\s+peoples?'?\\s+day", nth(10, MON, 2)],
  ['easter(?:\\s+sunday)?', fromEaster(0)],
  ['easter\\s+monday', fromEaster(1)],
  ['good\\s+friday', fromEaster(-2)],
  ['palm\\s+sunday', fromEaster(-7)],
  ['ash\\s+wednesday', fromEaster(-46)],
  ['mardi\\s+gras|shrove\\s+tuesday|pancake\\s+day', fromEaster(-47)],
  ['pentecost|whit\\s+sunday', fromEaster(49)],
];

/** "the day before christmas", "the day after thanksgiving": one day from the holiday. */
const DAY_AROUND = '(?:(?:the\\s+)?day\\s+(before|after)\\s+)?';
const YEAR_AFTER = `(?:,?\\s+(?:of\\s+|in\\s+)?(\\d{4})(?![\\w:]))?`;
/** Where a holiday is named; which one is then the longest name that matches there ("easter monday", not "easter"). */
const ANY_RE = new RegExp(`(?<![\\w])(?:on\\s+)?${DAY_AROUND}(?:${HOLIDAYS.map(([src]) => src).join('|')})(?![\\w'])`);
const EACH_RE = HOLIDAYS.map(([src]) => new RegExp(`(?:on\\s+)?${DAY_AROUND}(?:${src})(?![\\w'])${YEAR_AFTER}`, 'y'));

export interface HolidayFound {
  span: Span;
  /** Its day in a given year. */
  on: Rule;
  /** The year said with it, if any. */
  year?: number;
}

const plusDays = (on: Rule, days: number): Rule => (year) => {
  const d = on(year);
  const x = DateTime.fromObject({ year, month: d.month, day: d.day }).plus({ days });
  return { month: x.month, day: x.day };
};

/** A holiday named in the text ("new year's eve 9pm", "thanksgiving", "easter 2027"). */
export function findHoliday(text: string): HolidayFound | null {
  const at = ANY_RE.exec(text)?.index;
  if (at === undefined) return null;
  let best: { m: RegExpExecArray; rule: Rule } | null = null;
  for (const [i, re] of EACH_RE.entries()) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && (!best || m[0].length > best.m[0].length)) best = { m, rule: HOLIDAYS[i]![1] };
  }
  if (!best) return null;
  const { m, rule } = best;
  const on = m[1] ? plusDays(rule, m[1] === 'before' ? -1 : 1) : rule;
  return { span: { start: at, end: at + m[0].length, kind: 'date' }, on, year: m[2] ? Number(m[2]) : undefined };
}
