import { DateTime } from 'luxon';
import type { EventPatch } from '../../core/event-schema.ts';
import type { EditField } from './grammar.ts';
import { interpretWhen, type Question, type Reader, type TimeReading, type WhenReading } from './interpret.ts';
import { parseLength, parseOffsetList } from './offsets.ts';

/**
 * A new time, as a patch: the start and its zone always; the end and the repeat only when the text
 * gave them, so "friday 9pm" keeps the event's length and a series stays a series.
 */
export function whenPatch(w: TimeReading): EventPatch {
  return {
    start: w.start,
    timezone: w.timezone,
    allDay: w.allDay,
    ...(w.end ? { end: w.end } : {}),
    ...(w.recurrence ? { recurrence: w.recurrence } : {}),
  };
}

/** The event being edited: an end is read on its day, not today's. */
export interface EditedEvent {
  /** The (next) occurrence's start, epoch ms. */
  start: number;
}

/** A patch, or what is wrong with the value, or (a new time read more than one way) a pick of patches. */
export type PatchReading =
  | { ok: true; patch: EventPatch }
  | { ok: false; message: string; choices?: undefined }
  | Question<{ reading: TimeReading; patch: EventPatch }>;

const ok = (patch: EventPatch): PatchReading => ({ ok: true, patch });
const no = (message: string): PatchReading => ({ ok: false, message });

function fromTime(w: WhenReading, patch: (w: TimeReading) => EventPatch): PatchReading {
  if (w.ok) return ok(patch(w));
  if (!w.choices) return no(w.message);
  return { ok: false, message: w.message, choices: w.choices.map((c) => ({ reading: c, patch: patch(c) })) };
}

/**
 * `/event edit <event> <field> <value>` → a core patch, a question when the new time reads more
 * than one way, or the sentence saying what is wrong.
 */
export function patchFor(field: EditField, value: string, reader: Reader, now: Date, event?: EditedEvent): PatchReading {
  switch (field) {
    case 'title':
      return ok({ title: value });
    case 'description':
    case 'location': {
      // "none" clears it; nothing at all is a slip, not a clear.
      if (!value.trim()) return no(`Say the new ${field}, or "none" to clear it: edit <event> ${field} ${field === 'location' ? 'the pub' : 'Bring snacks'}`);
      const cleared = /^(none|clear|remove|-)$/i.test(value.trim()) ? null : value;
      return ok(field === 'location' ? { location: cleared } : { description: cleared });
    }
    case 'capacity': {
      if (/^(none|unlimited|no limit)$/i.test(value)) return ok({ capacity: null });
      const n = Number(value);
      return Number.isInteger(n) && n > 0 ? ok({ capacity: n }) : no(`Capacity is a whole number of seats, or "none": not "${value}".`);
    }
    case 'reminders': {
      const r = parseOffsetList(value);
      return r.ok ? ok({ reminderOffsets: r.offsets }) : no(`${r.message}. Try: 15m, 1h, 1d, 1w`);
    }
    case 'when':
      return fromTime(interpretWhen(value, reader, now), whenPatch);
    case 'end':
      return endPatch(value, reader, now, event);
    case 'deadline':
      return fromTime(interpretWhen(value, reader, now), (w) => ({ rsvpDeadline: w.start }));
  }
}

/**
 * A new end: a length ("for 2 hours", "90m") keeps the start, and applies to every occurrence of
 * a series; a clock time ("12:30pm") is read forward from the event's start, so it lands on the
 * event's day (or the night after), not today.
 */
export function endPatch(value: string, reader: Reader, now: Date, event?: EditedEvent): PatchReading {
  const length = parseLength(value);
  if (length !== null) return ok({ durationMinutes: Math.max(1, Math.round(length / 60_000)) });
  const from = event ? new Date(event.start) : now;
  const read = interpretWhen(value, reader, from, { allowPast: event !== undefined });
  const doubt = event && read.ok ? endDoubt(value, event.start, read) : null;
  return doubt ? no(doubt) : fromTime(read, (w) => ({ end: w.start }));
}

/** A calendar date written out ("dec 5", "5/12", "2026-12-05"): an end that means to be days later. */
const WRITTEN_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}[/.]\d{1,2}|\d{4}-\d{2}-\d{2}/i;

/**
 * Why an end clock time is likely a slip, or null: read forward from the start, "1pm" on a 3 PM
 * event is 1 PM the next day (22 hours), and "friday 7pm" on a Friday 8 PM event is a week on.
 * A short night ("8pm" to "2am") is fine; more than that asks for a date or a length.
 */
function endDoubt(value: string, start: number, end: TimeReading): string | null {
  const hours = (Date.parse(end.start) - start) / 3_600_000;
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

/**
 * A new time and/or end for an event (Discord's edit options): the end is read from the new
 * start when both are given, else from the event's own start. A time read more than one way
 * gives one patch per reading, each with the end read from that reading.
 */
export function timeEditPatch(when: string | null, end: string | null, reader: Reader, now: Date, event: EditedEvent): PatchReading {
  if (!when) return end ? endPatch(end, reader, now, event) : no('Give a new time or a new end.');
  const w = interpretWhen(when, reader, now);
  const withEnd = (r: TimeReading): PatchReading => {
    const base = whenPatch(r);
    if (!end) return ok(base);
    const e = endPatch(end, { ...reader, timezone: r.timezone }, now, { start: Date.parse(r.start) });
    if (!e.ok) return e.choices ? no(`The end "${end}" reads more than one way: ${e.message}`) : e;
    return ok({ ...base, ...e.patch });
  };
  if (w.ok) return withEnd(w);
  if (!w.choices) return no(w.message);
  const choices: { reading: TimeReading; patch: EventPatch }[] = [];
  for (const c of w.choices) {
    const p = withEnd(c);
    if (!p.ok) return p;
    choices.push({ reading: c, patch: p.patch });
  }
  return { ok: false, message: w.message, choices };
}
