/** A whole create line read for the doors: title, time and place into the core's create input. */
import type { CreateEventInput } from '../../core/event-schema.ts';
import { readWhen, type ParsedWhen, type SplitResult } from '../../when/index.ts';
import { options, reading, type Question, type Reader } from '../../when/interpret.ts';

// Time fields on their own are read in when/interpret.ts; re-exported for the doors that read both.
export { choiceLabel, dateNamed, interpretWhen, type Question, type Reader, type TimeReading, type WhenReading } from '../../when/interpret.ts';

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

