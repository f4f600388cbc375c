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

