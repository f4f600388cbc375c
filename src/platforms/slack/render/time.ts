import { DateTime } from 'luxon';

/**
 * Slack's localized dates: `<!date^UNIX^{token}|fallback>` shows each reader their own zone.
 * The fallback (for notifications and old clients) is written in the event's zone.
 */
export function slackDate(ms: number, format: string, fallbackZone: string, fallbackFormat = 'ccc d LLL yyyy, HH:mm ZZZZ'): string {
  const unix = Math.floor(ms / 1000);
  const fallback = DateTime.fromMillis(ms, { zone: fallbackZone }).toFormat(fallbackFormat);
  return `<!date^${unix}^${format}|${fallback}>`;
}

/** "Fri, Nov 27 8:00 PM – 10:00 PM" (each in the reader's zone); all-day events show dates only. */
export function slackRange(start: number, end: number, zone: string, allDay: boolean): string {
  if (allDay) {
    // All-day events are dates in the event's zone, not instants: no reader conversion.
    const s = DateTime.fromMillis(start, { zone });
    const e = DateTime.fromMillis(end, { zone }).minus({ milliseconds: 1 });
    return s.hasSame(e, 'day') ? `${s.toFormat('ccc d LLL yyyy')} (all day)` : `${s.toFormat('ccc d LLL')} – ${e.toFormat('ccc d LLL yyyy')} (all day)`;
  }
  const sameDay = DateTime.fromMillis(start, { zone }).hasSame(DateTime.fromMillis(end, { zone }), 'day');
  const from = slackDate(start, '{date_short_pretty} {time}', zone);
  const to = sameDay ? slackDate(end, '{time}', zone, 'HH:mm') : slackDate(end, '{date_short_pretty} {time}', zone);
  return `${from} – ${to}`;
}


/** Google Calendar's template link: "Add to calendar" without a feed. */
export function googleCalendarUrl(e: { title: string; start: number; end: number; location: string | null; description: string | null; allDay: boolean; timezone: string }): string {
  const stamp = (ms: number) =>
    e.allDay
      ? DateTime.fromMillis(ms, { zone: e.timezone }).toFormat('yyyyLLdd')
      : DateTime.fromMillis(ms, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss'Z'");
  const params = new URLSearchParams({ action: 'TEMPLATE', text: e.title, dates: `${stamp(e.start)}/${stamp(e.end)}` });
  if (e.location) params.set('location', e.location);
  const base = 'https://calendar.google.com/calendar/render?';
  if (e.description) {
    params.set('details', e.description.slice(0, 500));
    // Overflow option URLs may be at most 3,000 characters.
    if (base.length + params.toString().length > 3000) params.delete('details');
  }
  const url = base + params.toString();
  return url.length <= 3000 ? url : `${base}${new URLSearchParams({ action: 'TEMPLATE', text: e.title.slice(0, 200), dates: params.get('dates')! })}`;
}
