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

/** A title in quotes at the front: `"Weekly sync" monday 9am` → "Weekly sync", "monday 9am". */
const QUOTED_TITLE = /^\s*(?:"([^"]+)"|“([^”]+)”|'([^']+)'(?=\s|$))\s*(.*)$/s;

/**
 * Title, time and place in one line: "Game night friday 8-10pm at the pub". A title in quotes is
 * taken as typed, and only the rest is read for the time (so "Weekly" or "Movie" in it stays title).
 */
export function interpretCreate(text: string, reader: Reader, now: Date): CreateReading {
  const quoted = QUOTED_TITLE.exec(text);
  const given = quoted ? (quoted[1] ?? quoted[2] ?? quoted[3]!).trim() : null;
  const rest = quoted ? quoted[4]! : text;
  const titled = (more: string) => (given === null ? more : [given, more.trim()].filter(Boolean).join(' '));
  if (given !== null && !rest.trim()) return { ok: false, message: `Say when "${given}" is: "${given}" friday 8pm` };
  const r: SplitResult = readWhen(rest, options(reader, now));
  if (r.ok) return createChoice(titled(r.value.title), r.value.whenText, r.value.location, r.value.parsed);
  if (r.error.code !== 'ambiguous') return { ok: false, message: r.error.message };
  const split = r.error.split ?? { title: '', whenText: rest, location: null };
  const choices = r.error.candidates.map((c) => createChoice(titled(split.title), split.whenText, split.location, c));
  const first = choices[0];
  if (first && !first.ok) return first;
  return { ok: false, message: r.error.message, choices: choices.filter((c): c is CreateChoice => c.ok) };
}

function createChoice(title: string, whenText: string, location: string | null, parsed: ParsedWhen): CreateChoice | { ok: false; message: string } {
  if (!title.trim()) {
    return {
      ok: false,
      message: `I read "${whenText}" as the time but found no title. Try: Game night ${whenText} (a title with time words in it goes in quotes: "Weekly sync" monday 9am)`,
    };
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

