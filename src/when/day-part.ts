/** Day-part words ("in the evening", "tonight", "tomorrow morning") and what they do to a clock time. */
export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';
const DAYPART_RE = /(?<![\w])(morning|afternoon|evening|tonight|night)s?(?![\w])/;

/** The day-part word the text names, if any ("7 in the evening", "tomorrow morning at 4"). */
export function dayPartOf(text: string): DayPart | null {
  const m = DAYPART_RE.exec(text);
  if (!m) return null;
  return m[1] === 'tonight' ? 'night' : (m[1] as DayPart);
}

/** A 12-hour dial reading moved into the named part of the day. */
export function withDayPart(hour: number, part: DayPart): number {
  if (part === 'morning') return hour === 12 ? 0 : hour;
  if (part === 'afternoon' || part === 'evening') return hour < 12 ? hour + 12 : hour;
  // night: 6-11 is the evening side, 12 is midnight, 1-5 the small hours.
  if (hour === 12) return 0;
  return hour >= 6 ? hour + 12 : hour;
}
