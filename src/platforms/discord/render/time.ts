import { allDayText } from '../../../when/index.ts';

/** Discord's own localized timestamps: each reader sees them in their zone and language. */
type TimestampStyle = 't' | 'T' | 'd' | 'D' | 'f' | 'F' | 'R';

export function ts(ms: number, style: TimestampStyle): string {
  return `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/**
 * "<t:…:F> – <t:…:t> (<t:…:R>)": the end as a time only when it is within a day of the start.
 * An all-day event's dates are written out in its own zone, not as timestamps: a timestamp would
 * show each reader west of that zone the day before.
 */
export function whenText(start: number, end: number, allDay: boolean, eventZone: string, now: number): string {
  if (allDay) return `${allDayText(new Date(start), new Date(end), eventZone, new Date(now))} (all day, ${ts(start, 'R')})`;
  const endStyle = end - start < 86_400_000 ? 't' : 'F';
  return `${ts(start, 'F')} – ${ts(end, endStyle)} (${ts(start, 'R')})`;
}


/**
 * " — <t:…:F> (<t:…:R>) for you": the event's time as each reader's own Discord shows it, after
 * the words that read it. Nothing for an all-day event: its dates are the same for everyone.
 */
export function forYou(v: { allDay: boolean; occurrence: { start: number } }): string {
  return v.allDay ? '' : ` — ${ts(v.occurrence.start, 'F')} (${ts(v.occurrence.start, 'R')}) for you`;
}
