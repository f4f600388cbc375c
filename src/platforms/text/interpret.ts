import { DateTime } from 'luxon';
import type { CreateEventInput } from '../../core/event-schema.ts';
import type { Recurrence } from '../../core/recurrence.ts';
import { parseWhen, splitTitleAndWhen, type ParsedWhen } from '../../when/index.ts';

/** Whose words these are: times without a zone are read in theirs. */
export interface Reader {
  timezone: string;
  locale: string;
}

export type WhenReading =
  | {
      ok: true;
      start: string;
      end: string | null;
      allDay: boolean;
      timezone: string;
      recurrence: Recurrence | null;
      parsed: ParsedWhen;
    }
  | { ok: false; message: string };

function reading(parsed: ParsedWhen): WhenReading {
  return {
    ok: true,
    start: parsed.start.toISOString(),
    end: parsed.end ? parsed.end.toISOString() : null,
    allDay: parsed.allDay,
    timezone: parsed.timezone,
    recurrence: parsed.recurrence,
    parsed,
  };
}

/** A time phrase on its own ("friday 8-10pm", "every other tuesday 6pm"). */
export function interpretWhen(text: string, reader: Reader, now: Date, opts: { allowPast?: boolean } = {}): WhenReading {
  const r = parseWhen(text, { now, timezone: reader.timezone, locale: reader.locale, allowPast: opts.allowPast });
  return r.ok ? reading(r.value) : { ok: false, message: r.error.message };
}

export type CreateReading =
  | {
      ok: true;
      input: Omit<CreateEventInput, 'channelId'>;
      understood: { title: string; whenText: string; location: string | null; parsed: ParsedWhen };
    }
  | { ok: false; message: string };

/** Title, time and place in one line: "Game night friday 8-10pm at the pub". */
export function interpretCreate(text: string, reader: Reader, now: Date): CreateReading {
  const r = splitTitleAndWhen(text, { now, timezone: reader.timezone, locale: reader.locale });
  if (!r.ok) return { ok: false, message: r.error.message };
  const { title, whenText, location, parsed } = r.value;
  if (!title.trim()) {
    return { ok: false, message: `I read "${whenText}" as the time but found no title. Try: Game night ${whenText}` };
  }
  const when = reading(parsed);
  if (!when.ok) return when;
  return {
    ok: true,
    input: {
      title: title.trim(),
      start: when.start,
      end: when.end,
      timezone: when.timezone,
      allDay: when.allDay,
      recurrence: when.recurrence,
      location,
    },
    understood: { title: title.trim(), whenText, location, parsed },
  };
}

/**
 * The calendar date a person named ("dec 11", "friday") in their zone, as YYYY-MM-DD: which
 * occurrence of a series they mean. The time pipeline reads the phrase; only its date is used.
 */
export function dateNamed(text: string, reader: Reader, now: Date): { ok: true; date: string } | { ok: false; message: string } {
  const read = interpretWhen(text.replace(/^on\s+/i, ''), reader, now, { allowPast: true });
  if (!read.ok) return { ok: false, message: `I couldn't read "${text}" as a date: ${read.message}` };
  const date = DateTime.fromISO(read.start, { zone: read.timezone }).toISODate();
  return date ? { ok: true, date } : { ok: false, message: `I couldn't read "${text}" as a date.` };
}
