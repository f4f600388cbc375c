import { DateTime } from 'luxon';
import { interpretWhen, type Reader, type TimeReading, type WhenReading } from './interpret.ts';
import { WRITTEN_DATE } from '../../when/index.ts';
import { parseLength } from './offsets.ts';

/** An end as a length from the start, or a time (a reading, a question or what is wrong); `slip`: read, but likely not meant. */
export type EndReading = { ok: true; lengthMs: number } | { ok: false; message: string; slip: true; choices?: undefined } | WhenReading;

/**
 * The end of an event that starts at `start`, for every door (text edits, Discord's options,
 * Slack's form): a length ("for 2 hours", "90m"), or a time read forward from the start, so
 * "12:30pm" lands on the event's day (or the night after), not today. An end that is likely a
 * slip is refused with what to write: "1pm" on a 3 PM event (22 hours on), "friday 7pm" on a
 * Friday 8 PM event (a week on). A written date ("dec 5 1pm") means days later on purpose.
 */
export function interpretEnd(value: string, reader: Reader, start: Date): EndReading {
  const lengthMs = parseLength(value);
  if (lengthMs !== null) return { ok: true, lengthMs };
  const read = interpretWhen(value, reader, start, { allowPast: true });
  const doubt = read.ok ? endDoubt(value, start.getTime(), read) : null;
  return doubt ? { ok: false, message: doubt, slip: true } : read;
}

/** Why an end read forward from the start is likely a slip, or null (a short night, "8pm" to "2am", is fine). */
function endDoubt(value: string, start: number, end: TimeReading): string | null {
  const hours = (Date.parse(end.start) - start) / 3_600_000;
  // A written date (when/'s own vocabulary: "dec 5", "5/12", "2026-12-05") means days later on purpose.
  if (WRITTEN_DATE.test(value)) return null;
  const startClock = DateTime.fromMillis(start, { zone: end.timezone }).toFormat('h:mm a');
  if (hours > 24) {
    return `The end "${value}" would make the event last ${Math.round(hours / 24)} days. For a multi-day event write the end's date (end dec 5 7pm); else give the end on its day or a length, like end 11pm or for 2 hours.`;
  }
  if (hours >= 12 && DateTime.fromMillis(start, { zone: end.timezone }).toISODate() !== DateTime.fromISO(end.start, { zone: end.timezone }).toISODate()) {
    return `The end "${value}" is before the start (${startClock}), so it ends before it starts: did you mean a later time, like end 11pm, or a length, like for 2 hours? (To end the next day, write its date: end dec 5 1pm.)`;
  }
  return null;
}
