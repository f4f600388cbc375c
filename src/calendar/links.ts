import { DateTime } from 'luxon';
import { rruleValue } from '../core/occurrences.ts';
import type { Recurrence } from '../core/recurrence.ts';

/** One event (or one occurrence of it) as the add-to-calendar links describe it. */
export interface LinkEvent {
  title: string;
  start: number;
  end: number;
  location: string | null;
  description: string | null;
  allDay: boolean;
  timezone: string;
  /** Google takes the repeat with it (then start/end are the series' first occurrence). */
  recurrence?: Recurrence | null;
}

/** Slack's overflow option URLs may be at most 3,000 characters; links stay under that everywhere. */
const MAX_URL = 3000;

function fit(base: string, params: URLSearchParams, optional: string[]): string {
  for (const name of optional) {
    if (base.length + params.toString().length <= MAX_URL) break;
    params.delete(name);
  }
  if (base.length + params.toString().length > MAX_URL) {
    const title = params.get('text') ?? params.get('subject');
    if (title !== null) params.set(params.has('text') ? 'text' : 'subject', title.slice(0, 200));
  }
  return base + params.toString();
}

/** Google Calendar's template link ("TEMPLATE" action), with the repeat for a series. */
export function googleCalendarUrl(e: LinkEvent): string {
  const stamp = (ms: number) =>
    e.allDay
      ? DateTime.fromMillis(ms, { zone: e.timezone }).toFormat('yyyyLLdd')
      : DateTime.fromMillis(ms, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss'Z'");
  const params = new URLSearchParams({ action: 'TEMPLATE', text: e.title, dates: `${stamp(e.start)}/${stamp(e.end)}` });
  if (!e.allDay) params.set('ctz', e.timezone);
  if (e.recurrence) params.set('recur', `RRULE:${rruleValue(e.recurrence)}`);
  if (e.location) params.set('location', e.location);
  if (e.description) params.set('details', e.description.slice(0, 1000));
  return fit('https://calendar.google.com/calendar/render?', params, ['details', 'location']);
}

/**
 * Outlook on the web's compose deeplink. It takes one date range and no repeat: for a series,
 * pass the next occurrence (the .ics file carries the whole series).
 */
export function outlookCalendarUrl(e: LinkEvent): string {
  const iso = (ms: number) =>
    e.allDay
      ? DateTime.fromMillis(ms, { zone: e.timezone }).toFormat('yyyy-LL-dd')
      : DateTime.fromMillis(ms, { zone: 'utc' }).toFormat("yyyy-LL-dd'T'HH:mm:ss'Z'");
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: e.title,
    startdt: iso(e.start),
    enddt: iso(e.end),
    allday: String(e.allDay),
  });
  if (e.location) params.set('location', e.location);
  if (e.description) params.set('body', e.description.slice(0, 1000));
  return fit('https://outlook.live.com/calendar/0/deeplink/compose?', params, ['body', 'location']);
}
