import type { EventPatch } from '../../core/event-schema.ts';
import type { EditField } from './grammar.ts';
import { interpretWhen, type Reader, type WhenReading } from './interpret.ts';
import { parseDuration, parseOffsetList } from './offsets.ts';

/**
 * A new time, as a patch: the start and its zone always; the end and the repeat only when the text
 * gave them, so "friday 9pm" keeps the event's length and a series stays a series.
 */
export function whenPatch(w: Extract<WhenReading, { ok: true }>): EventPatch {
  return {
    start: w.start,
    timezone: w.timezone,
    allDay: w.allDay,
    ...(w.end ? { end: w.end } : {}),
    ...(w.recurrence ? { recurrence: w.recurrence } : {}),
  };
}

/** `/event edit <event> <field> <value>` → a core patch, or the sentence saying what is wrong. */
export function patchFor(field: EditField, value: string, reader: Reader, now: Date): EventPatch | string {
  switch (field) {
    case 'title':
      return { title: value };
    case 'description':
      return { description: value || null };
    case 'location':
      return { location: value || null };
    case 'capacity': {
      if (/^(none|unlimited|no limit)$/i.test(value)) return { capacity: null };
      const n = Number(value);
      return Number.isInteger(n) && n > 0 ? { capacity: n } : `Capacity is a whole number of seats, or "none": not "${value}".`;
    }
    case 'reminders': {
      const r = parseOffsetList(value);
      return r.ok ? { reminderOffsets: r.offsets } : `I couldn't read "${r.bad}" as a reminder. Try: 15m, 1h, 1d, 1w`;
    }
    case 'when': {
      const w = interpretWhen(value, reader, now);
      return w.ok ? whenPatch(w) : w.message;
    }
    case 'end':
    case 'deadline': {
      // "end 2h": a length from the start (for a series, every occurrence's).
      const length = field === 'end' ? parseDuration(value) : null;
      if (length !== null) return { durationMinutes: Math.round(length / 60_000) };
      const w = interpretWhen(value, reader, now);
      if (!w.ok) return w.message;
      return field === 'end' ? { end: w.start } : { rsvpDeadline: w.start };
    }
  }
}
