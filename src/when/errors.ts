import { DateTime } from 'luxon';
import type { ParsedWhen, WhenQuestion, WhenRefusal } from './types.ts';
import { zoneObject } from './zone-cache.ts';

/** Messages quote the user's words and show a form that works. */
function err(code: WhenRefusal['code'], message: string): { ok: false; error: WhenRefusal } {
  return { ok: false, error: { code, message } };
}

const q = (s: string) => `'${s.trim()}'`;

export const errors = {
  tooLong: (max: number) => err('too_long', `That's too long to read as a time — keep it under ${max} characters, like 'friday 8pm'.`),
  tooDense: () =>
    err('too_long', "That has too many dates and numbers to tell which one is the time — give just the time, like 'friday 8pm'."),
  twoTimes: (text: string) =>
    err('no_time', `${q(text)} names two different days or times — give one, like 'friday 8pm', or a range like '8-10pm'.`),
  empty: () => err('empty', "I need a time for the event — try 'friday 8pm' or 'dec 3 7-9pm'."),
  noTime: (text: string) =>
    err('no_time', `I couldn't find a time in ${q(text)} — try 'friday 8pm', 'tomorrow 10am' or 'dec 3 19:00'.`),
  unread: (text: string, part: string) =>
    err('no_time', `I couldn't read ${q(part)} in ${q(text)} — try '7-9pm' or 'friday at 8pm'.`),
  invalidDate: (text: string, why: string) =>
    err('invalid_date', `${q(text)} isn't a real date: ${why}. Try something like 'june 30 7pm'.`),
  invalidTime: (text: string, part: string) =>
    err('invalid_time', `${q(part)} in ${q(text)} isn't a time of day — try '7pm' or '19:00'.`),
  wholeWeek: (text: string, week: string) =>
    err('no_time', `${q(week)} in ${q(text)} is a whole week — say the day, like '${week.trim()} tuesday 7pm'.`),
  weekdayMismatch: (text: string, date: string, actual: string, said: string) =>
    err('invalid_date', `In ${q(text)}, ${date} is a ${actual}, not a ${said} — which did you mean?`),
  noSuchMonth: (text: string, days: string) =>
    err('invalid_date', `In ${q(text)}: no month in the coming year has ${days} — say the month, like 'dec 11 to 15'.`),
  noSuchWallTime: (text: string, clock: string, day: string, zone: string) =>
    err('invalid_time', `${clock} doesn't happen on ${day} in ${zone}: the clocks jump over it (daylight saving) — try an hour later.`),
  past: (text: string, when: string) =>
    err('past', `${q(text)} reads as ${when}, which has already passed — try a future time like 'friday 8pm'.`),
  badZone: (text: string, zone: string) =>
    err(
      'bad_zone',
      `I don't know the time zone ${q(zone)} in ${q(text)} — use a name like 'Europe/London', an abbreviation like 'EST' or an offset like '+05:30'.`,
    ),
  badRange: (text: string, why: string) =>
    err('bad_range', `The times in ${q(text)} don't make a range: ${why}. Try '7-9pm' or '8pm for 2 hours'.`),
  weekdaySpan: (text: string, from: string, to: string) =>
    err(
      'bad_range',
      `${q(text)}: every ${from} to ${to} at that time, or one event from ${from} to ${to}? Say 'every ${from}-${to} 9am' for a repeat, or give both ends, like '${from} 9am - ${to} 5pm'.`,
    ),
  badRecurrence: (text: string, why: string) =>
    err('bad_recurrence', `I couldn't read the repeat in ${q(text)}: ${why}. Try 'every tuesday 7pm' or 'first monday of every month 6pm'.`),
};

function ask(message: string, candidates: ParsedWhen[]): WhenQuestion {
  return { code: 'ambiguous', message, candidates };
}

const clock = (p: ParsedWhen) => DateTime.fromJSDate(p.start, { zone: zoneObject(p.timezone) }).toFormat('h:mm a');
const weekdayOf = (p: ParsedWhen) => DateTime.fromJSDate(p.start, { zone: zoneObject(p.timezone) }).toFormat('cccc');
const offset = (p: ParsedWhen) => DateTime.fromJSDate(p.start, { zone: zoneObject(p.timezone) }).toFormat('ZZZZ');
const day = (p: ParsedWhen) => DateTime.fromJSDate(p.start, { zone: zoneObject(p.timezone) }).toFormat('ccc, LLL d');

/** Questions a person can answer with one of the candidates. */
export const questions = {
  amPm: (pm: ParsedWhen, am: ParsedWhen) =>
    ask(`Did you mean ${clock(pm)} or ${clock(am)}${day(pm) === day(am) ? ` on ${day(pm)}` : ''}?`, [pm, am]),
  dayMonth: (first: ParsedWhen, second: ParsedWhen) =>
    ask(`Is that ${day(first)} or ${day(second)}? (Set your date order with 'settings locale', e.g. en-GB or en-US.)`, [first, second]),
  nextWeekday: (coming: ParsedWhen, later: ParsedWhen) =>
    ask(`Next ${weekdayOf(coming)}: the coming one (${day(coming)}) or the one after (${day(later)})?`, [coming, later]),
  hourOrDay: (date: ParsedWhen, hour: ParsedWhen) => ask(`Is that the date ${day(date)} (all day), or ${day(hour)} at ${clock(hour)}?`, [date, hour]),
  twiceOnClockChange: (first: ParsedWhen, second: ParsedWhen) =>
    ask(`${clock(first)} happens twice on ${day(first)} (the clocks go back) — the first time (${offset(first)}) or the second (${offset(second)})?`, [first, second]),
  weekday: (a: ParsedWhen, b: ParsedWhen, why: string) => ask(`${why} — ${day(a)} or ${day(b)}?`, [a, b]),
};
