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
