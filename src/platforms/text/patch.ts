import type { EventPatch } from '../../core/event-schema.ts';
import type { EditField } from './grammar.ts';
import { interpretWhen, type Question, type Reader, type TimeReading, type WhenReading } from './interpret.ts';
import { interpretEnd } from './end.ts';
import { parseOffsetList } from './offsets.ts';

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
      return endPatch(value, reader, event ?? { start: now.getTime() });
    case 'deadline':
      return fromTime(interpretWhen(value, reader, now), (w) => ({ rsvpDeadline: w.start }));
  }
}

/**
 * A new end: a length ("for 2 hours", "90m") keeps the start, and applies to every occurrence of
 * a series; a time is read forward from the event's start (interpretEnd).
 */
export function endPatch(value: string, reader: Reader, event: EditedEvent): PatchReading {
  const read = interpretEnd(value, reader, new Date(event.start));
  if ('lengthMs' in read) return ok({ durationMinutes: Math.max(1, Math.round(read.lengthMs / 60_000)) });
  return fromTime(read, (w) => ({ end: w.start }));
}

/**
 * A new time and/or end for an event (Discord's edit options): the end is read from the new
 * start when both are given, else from the event's own start. A time read more than one way
 * gives one patch per reading, each with the end read from that reading.
 */
export function timeEditPatch(when: string | null, end: string | null, reader: Reader, now: Date, event: EditedEvent): PatchReading {
  if (!when) return end ? endPatch(end, reader, event) : no('Give a new time or a new end.');
  const w = interpretWhen(when, reader, now);
  const withEnd = (r: TimeReading): PatchReading => {
    const base = whenPatch(r);
    if (!end) return ok(base);
    const e = endPatch(end, { ...reader, timezone: r.timezone }, { start: Date.parse(r.start) });
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
