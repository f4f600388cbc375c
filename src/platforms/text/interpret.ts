import { DateTime } from 'luxon';
import type { CreateEventInput } from '../../core/event-schema.ts';
import type { Recurrence } from '../../core/recurrence.ts';
import { describeWhen, readWhen, type ParsedWhen, type ParseOptions, type SplitResult } from '../../when/index.ts';

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

function reading(parsed: ParsedWhen): TimeReading {
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

function options(reader: Reader, now: Date, allowPast?: boolean): ParseOptions {
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

export interface CreateChoice {
  ok: true;
  input: Omit<CreateEventInput, 'channelId'>;
  understood: { title: string; whenText: string; location: string | null; parsed: ParsedWhen };
}

export type CreateReading = CreateChoice | { ok: false; message: string; choices?: undefined } | Question<CreateChoice>;

/** Title, time and place in one line: "Game night friday 8-10pm at the pub". */
export function interpretCreate(text: string, reader: Reader, now: Date): CreateReading {
  const r: SplitResult = readWhen(text, options(reader, now));
  if (r.ok) return createChoice(r.value.title, r.value.whenText, r.value.location, r.value.parsed);
  if (r.error.code !== 'ambiguous') return { ok: false, message: r.error.message };
  const split = r.error.split ?? { title: '', whenText: text, location: null };
  const choices = r.error.candidates.map((c) => createChoice(split.title, split.whenText, split.location, c));
  const first = choices[0];
  if (first && !first.ok) return first;
  return { ok: false, message: r.error.message, choices: choices.filter((c): c is CreateChoice => c.ok) };
}

function createChoice(title: string, whenText: string, location: string | null, parsed: ParsedWhen): CreateChoice | { ok: false; message: string } {
  if (!title.trim()) {
    return { ok: false, message: `I read "${whenText}" as the time but found no title. Try: Game night ${whenText}` };
  }
  const when = reading(parsed);
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
