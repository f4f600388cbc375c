import { DateTime } from 'luxon';
import type { Recurrence } from '../core/recurrence.ts';
import { WEEKDAY_NAME } from './words.ts';
import { zoneLabel } from './zones.ts';
import type { Weekday } from '../core/recurrence.ts';

export interface Describable {
  start: Date;
  end: Date | null;
  allDay: boolean;
  timezone: string;
  recurrence?: Recurrence | null;
}

const ORDINAL_WORD: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last', '-2': 'second to last' };

function nth(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/** "Every other Friday", "Weekdays", "Every month on the 1st", "First Monday of every month". */
export function describeRecurrence(r: Recurrence): string {
  const every = r.interval === 1 ? 'Every' : r.interval === 2 ? 'Every other' : `Every ${r.interval}`;
  const days = r.byday.map((d) => {
    const m = /^([+-]?\d)?([A-Z]{2})$/.exec(d);
    return { ord: m?.[1] ? String(Number(m[1])) : null, name: WEEKDAY_NAME[(m?.[2] ?? 'MO') as Weekday] };
  });
  const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
  let text: string;
  if (r.freq === 'DAILY') text = r.interval === 1 ? 'Every day' : r.interval === 2 ? 'Every other day' : `Every ${r.interval} days`;
  else if (r.freq === 'WEEKLY') {
    const codes = r.byday.join(',');
    if (codes === 'MO,TU,WE,TH,FR' && r.interval === 1) text = 'Weekdays';
    else if (codes === 'SA,SU' && r.interval === 1) text = 'Weekends';
    else if (!days.length) text = r.interval === 1 ? 'Every week' : r.interval === 2 ? 'Every other week' : `Every ${r.interval} weeks`;
    else text = `${every} ${list(days.map((d) => d.name))}`;
  } else {
    const months = r.interval === 1 ? 'every month' : r.interval === 2 ? 'every other month' : `every ${r.interval} months`;
    if (days.length && days.every((d) => d.ord)) {
      const w = list(days.map((d) => `${ORDINAL_WORD[d.ord!] ?? nth(Number(d.ord))} ${d.name}`));
      text = `${w[0]!.toUpperCase()}${w.slice(1)} of ${months}`;
    } else if (r.bymonthday.length) {
      text = `${months[0]!.toUpperCase()}${months.slice(1)} on the ${list(r.bymonthday.map((n) => (n === -1 ? 'last day' : nth(n))))}`;
    } else text = `${months[0]!.toUpperCase()}${months.slice(1)}`;
  }
  if (r.count) text += `, ${r.count} times`;
  if (r.until) text += `, until ${DateTime.fromISO(r.until, { setZone: true }).toFormat('LLL d, yyyy')}`;
  return text;
}

function relative(start: DateTime, now: DateTime, allDay: boolean): string {
  const diffMin = Math.round(start.diff(now, 'minutes').minutes);
  const dayDiff = Math.round(start.startOf('day').diff(now.startOf('day'), 'days').days);
  if (allDay || Math.abs(diffMin) >= 60 * 12) {
    if (dayDiff === 0) return allDay ? 'today' : diffMin >= 0 ? `in ${Math.round(diffMin / 60)} hours` : 'today';
    if (dayDiff === 1) return 'tomorrow';
    if (dayDiff === -1) return 'yesterday';
    if (dayDiff > 0) return dayDiff >= 14 ? `in ${Math.round(dayDiff / 7)} weeks` : `in ${dayDiff} days`;
    return -dayDiff >= 14 ? `${Math.round(-dayDiff / 7)} weeks ago` : `${-dayDiff} days ago`;
  }
  const abs = Math.abs(diffMin);
  const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
  const hours = (n: number) => `${n} hour${n === 1 ? '' : 's'}`;
  // Under three hours the minutes count ("in 90 minutes" is not "in 2 hours"); later, whole hours.
  const amount = abs < 60 ? minutes(abs) : abs < 180 && abs % 60 ? `${hours(Math.floor(abs / 60))} ${minutes(abs % 60)}` : hours(Math.round(abs / 60));
  if (abs === 0) return 'now';
  return diffMin > 0 ? `in ${amount}` : `${amount} ago`;
}

const validZone = (zone: string | undefined, fallback: string) => (zone && DateTime.now().setZone(zone).isValid ? zone : fallback);

function dayText(d: DateTime, now: DateTime, locale: string): string {
  return d.year === now.year
    ? d.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' }, { locale })
    : d.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }, { locale });
}

function clock(d: DateTime, locale: string, withMeridiem = true): string {
  if (!locale.startsWith('en')) return d.toLocaleString(DateTime.TIME_SIMPLE, { locale });
  return d.toFormat(withMeridiem ? 'h:mm a' : 'h:mm', { locale: 'en-US' });
}

/**
 * "Sun, Dec 20" or "Sun, Dec 20 – Sun, Dec 27": an all-day event's dates in its own zone, the same
 * for every reader (a trip on Dec 20 is on Dec 20 in New York too, not on the evening of the
 * 19th); the year when it is not now's. `end` is the midnight after the last day.
 */
export function allDayText(start: Date, end: Date | null, eventZone: string, now: Date, locale = 'en-US'): string {
  const first = DateTime.fromJSDate(start, { zone: eventZone });
  const last = end ? DateTime.fromJSDate(end, { zone: eventZone }).minus({ days: 1 }) : first;
  const n = DateTime.fromJSDate(now, { zone: eventZone });
  return last < first || last.hasSame(first, 'day') ? dayText(first, n, locale) : `${dayText(first, n, locale)} – ${dayText(last, n, locale)}`;
}

/** The times of an event in one zone: "Fri, Nov 27, 8:00–10:00 PM EST". */
function inZone(p: Describable, zone: string, now: DateTime, locale: string): string {
  if (p.allDay) return `${allDayText(p.start, p.end, validZone(p.timezone, zone), now.toJSDate(), locale)} (all day)`;
  const s = DateTime.fromJSDate(p.start, { zone });
  const e = p.end ? DateTime.fromJSDate(p.end, { zone }) : null;
  const label = zoneLabel(s);
  if (!e) return `${dayText(s, now, locale)}, ${clock(s, locale)} ${label}`;
  if (e.hasSame(s, 'day') || (e.diff(s, 'hours').hours < 12 && e.hour < 6)) {
    const sameHalf = locale.startsWith('en') && s.toFormat('a') === e.toFormat('a') && e.hasSame(s, 'day');
    return `${dayText(s, now, locale)}, ${clock(s, locale, !sameHalf)}–${clock(e, locale)} ${zoneLabel(e)}`;
  }
  return `${dayText(s, now, locale)}, ${clock(s, locale)} – ${dayText(e, now, locale)}, ${clock(e, locale)} ${zoneLabel(e)}`;
}

/**
 * How the time was read, for the reply that creates or changes an event:
 * "Fri, Nov 27, 8:00–10:00 PM EST (in 6 days)"; when the event's zone shows a different wall
 * clock than the reader's, the event's own time follows: "… (9:00 PM CET)". A repeat is
 * prefixed: "Every other Friday, first: …".
 */
export function describeWhen(parsed: Describable, readerZone: string, now: Date, locale = 'en-US', recurrence?: Recurrence | null): string {
  const rec = recurrence ?? parsed.recurrence ?? null;
  const zone = DateTime.now().setZone(readerZone).isValid ? readerZone : 'UTC';
  const n = DateTime.fromJSDate(now, { zone });
  // An all-day event's first day is the same date wherever it is read: its own zone's, kept as a date here.
  const s = parsed.allDay
    ? DateTime.fromJSDate(parsed.start, { zone: validZone(parsed.timezone, zone) }).setZone(zone, { keepLocalTime: true })
    : DateTime.fromJSDate(parsed.start, { zone });
  let text = `${inZone(parsed, zone, n, locale)} (${relative(s, n, parsed.allDay)})`;
  if (!parsed.allDay && parsed.timezone && parsed.timezone !== zone) {
    const own = DateTime.fromJSDate(parsed.start, { zone: parsed.timezone });
    if (own.isValid && own.offset !== s.offset) {
      const e = parsed.end ? DateTime.fromJSDate(parsed.end, { zone: parsed.timezone }) : null;
      const sameDay = own.hasSame(s, 'day');
      const range = e ? `${clock(own, locale)}–${clock(e, locale)}` : clock(own, locale);
      text += ` (${sameDay ? '' : `${dayText(own, n, locale)}, `}${range} ${zoneLabel(own)})`;
    }
  }
  if (rec) text = `${describeRecurrence(rec)}, first: ${text}`;
  return text;
}

/** Discord's localized timestamp: every reader sees it in their own zone. */
export function discordTimestamp(start: Date, style: 'F' | 'f' | 'R' | 't' | 'D' = 'F'): string {
  return `<t:${Math.floor(start.getTime() / 1000)}:${style}>`;
}

/** Slack's localized date token with a plain fallback for old clients. */
export function slackDate(start: Date, fallback: string): string {
  return `<!date^${Math.floor(start.getTime() / 1000)}^{date_short_pretty} at {time}|${fallback}>`;
}

/** One instant with the zone's label, as cards show it ("Fri 4 Dec, 20:00 JST", not Intl's "GMT+9"). */
export function stamp(ms: number, zone: string, format = 'ccc d LLL, HH:mm'): string {
  const at = DateTime.fromMillis(ms, { zone });
  return `${at.toFormat(format)} ${zoneLabel(at)}`;
}
