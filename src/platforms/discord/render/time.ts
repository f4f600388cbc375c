import type { Recurrence } from '../../../core/recurrence.ts';

/** Discord's own localized timestamps: each reader sees them in their zone and language. */
type TimestampStyle = 't' | 'T' | 'd' | 'D' | 'f' | 'F' | 'R';

export function ts(ms: number, style: TimestampStyle): string {
  return `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/** "<t:…:F> – <t:…:t> (<t:…:R>)": the end as a time only when it is within a day of the start. */
export function whenText(start: number, end: number, allDay: boolean): string {
  if (allDay) {
    const days = Math.round((end - start) / 86_400_000);
    return days > 1 ? `${ts(start, 'D')} – ${ts(end - 1, 'D')} (all day, ${ts(start, 'R')})` : `${ts(start, 'D')} (all day, ${ts(start, 'R')})`;
  }
  const endStyle = end - start < 86_400_000 ? 't' : 'F';
  return `${ts(start, 'F')} – ${ts(end, endStyle)} (${ts(start, 'R')})`;
}

const DAY_NAMES: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last' };

/** "Every other week on Tuesday", "Every month on the first Monday", "Every day, 5 times". */
export function repeatText(r: Recurrence): string {
  const unit = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month' }[r.freq];
  let text = r.interval === 1 ? `Every ${unit}` : r.interval === 2 ? `Every other ${unit}` : `Every ${r.interval} ${unit}s`;
  const days = r.byday.map((d) => {
    const m = /^([+-]?\d)?([A-Z]{2})$/.exec(d);
    if (!m) return d;
    const name = DAY_NAMES[m[2]!] ?? m[2]!;
    return m[1] ? `the ${ORDINALS[m[1].replace('+', '')] ?? m[1]} ${name}` : name;
  });
  if (days.length) text += ` on ${days.join(', ')}`;
  if (r.bymonthday.length) text += ` on day ${r.bymonthday.join(', ')}`;
  if (r.count !== null) text += `, ${r.count} times`;
  if (r.until !== null) text += `, until ${ts(Date.parse(r.until), 'D')}`;
  return text;
}
