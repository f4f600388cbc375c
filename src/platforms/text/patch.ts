import type { EventPatch } from '../../core/event-schema.ts';
import type { EditField } from './grammar.ts';
import { interpretWhen, type Reader } from './interpret.ts';
import { parseOffsetList } from './offsets.ts';

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
      if (/^none$/i.test(value)) return { reminderOffsets: [] };
      const r = parseOffsetList(value);
      return r.ok ? { reminderOffsets: r.offsets } : `I couldn't read "${r.bad}" as a reminder. Try: 15m, 1h, 1d, 1w`;
    }
    case 'when': {
      const w = interpretWhen(value, reader, now);
      if (!w.ok) return w.message;
      return { start: w.start, end: w.end, timezone: w.timezone, allDay: w.allDay, recurrence: w.recurrence };
    }
    case 'end':
    case 'deadline': {
      const w = interpretWhen(value, reader, now);
      if (!w.ok) return w.message;
      return field === 'end' ? { end: w.start } : { rsvpDeadline: w.start };
    }
  }
}
