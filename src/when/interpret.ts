/**
 * The one path's reading for a door (when/ is text + now + zone + locale -> reading or question):
 * a time field on its own as ISO instants, or a message, or a question with its choices. Every
 * door (console, Slack, Discord, HTTP) reads time fields here; a whole create line is
 * platforms/text/interpret.ts (interpretCreate), which builds the core's input from readWhen.
 */
import { DateTime } from 'luxon';
import type { Recurrence } from '../core/recurrence.ts';
import { describeWhen } from './describe.ts';
import { readWhen } from './read.ts';
import type { ParsedWhen, ParseOptions } from './types.ts';

/** Whose words these are: times without a zone are read in theirs, numeric dates in their order. */
export interface Reader {
  timezone: string;
  locale: string;
}

export interface TimeReading {
  ok: true;
  start: string;
  end: string | null;
  allDay: boolean;
  timezone: string;
  recurrence: Recurrence | null;
  parsed: ParsedWhen;
}

/** The text reads more than one way: ask `message`, offer `choices` (2–4), act only on a pick. */
export interface Question<C> {
  ok: false;
  message: string;
  choices: C[];
}

export type WhenReading = TimeReading | { ok: false; message: string; choices?: undefined } | Question<TimeReading>;

export function reading(parsed: ParsedWhen): TimeReading {
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

export function options(reader: Reader, now: Date, allowPast?: boolean): ParseOptions {
  return { now, timezone: reader.timezone, locale: reader.locale, allowPast };
}

/**
 * A time field on its own ("friday 8-10pm", "every other tuesday 6pm"): the same reading of the
 * same words as a whole create line, through the one path (readWhen); words around the time
 * phrase are not part of the time.
 */
export function interpretWhen(text: string, reader: Reader, now: Date, opts: { allowPast?: boolean } = {}): WhenReading {
  const r = readWhen(text, options(reader, now, opts.allowPast));
  if (r.ok) return reading(r.value.parsed);
  if (r.error.code === 'ambiguous') return { ok: false, message: r.error.message, choices: r.error.candidates.map(reading) };
  return { ok: false, message: r.error.message };
}

/** How one candidate reads for this person, to label a button or a numbered line. */
export function choiceLabel(parsed: ParsedWhen, reader: Reader, now: Date): string {
  return describeWhen(parsed, reader.timezone, now, reader.locale);
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
