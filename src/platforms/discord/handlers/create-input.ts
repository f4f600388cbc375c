import type { CreateEventInput } from '../../../core/event-schema.ts';
import type { RecurrenceInput } from '../../../core/recurrence.ts';
import type { ParsedWhen } from '../../../when/index.ts';
import { interpretWhen, type Reader, type TimeReading } from '../../text/interpret.ts';
import { tooLongMessage } from '../../text/limits.ts';
import { interpretEnd } from '../../text/end.ts';
import { parseLength, parseOffsetList } from '../../text/offsets.ts';
import type { RepeatChoice } from '../commands.ts';
import { readPickValue } from '../when-choice.ts';
import { repeatRule } from '../../text/repeat.ts';
import { readOptions, type OptionWords } from '../../text/options.ts';

/** The options of /event create, as typed. */
interface CreateOptions {
  title: string;
  when: string;
  end?: string | null;
  duration?: string | null;
  location?: string | null;
  description?: string | null;
  capacity?: number | null;
  reminders?: string | null;
  dm?: boolean | null;
  channelId: string;
  repeat?: RepeatChoice | string | null;
  deadline?: string | null;
  approval?: boolean | null;
  announce?: string | null;
  /** Kind, invitees, co-hosts, visibility and where reminders go, in the text options' words. */
  words?: OptionWords;
}

type Mapped = { ok: true; input: CreateEventInput; parsed: ParsedWhen };
/** The create input; or what is wrong; or (the time reads more than one way) one input per reading. */
type CreateMapping = Mapped | { ok: false; message: string; choices?: undefined } | { ok: false; message: string; choices: Mapped[] };

export { repeatRule };

/**
 * Maps /event create's options onto the core's create input, reading times in the reader's zone.
 * A `when` that reads more than one way maps every reading (with all the other options), for the
 * person to pick from; one picked in the autocomplete ("⟨2⟩ …") is taken as picked.
 */
export function createInputFromOptions(o: CreateOptions, reader: Reader, now: Date): CreateMapping {
  // Discord enforces the options' lengths in its client; a raw request need not: bound them here too.
  for (const text of [o.when, o.end, o.deadline, o.announce]) {
    const tooLong = text ? tooLongMessage(text) : null;
    if (tooLong) return { ok: false, message: tooLong };
  }
  const typed = readPickValue(o.when);
  const read = interpretWhen(typed.text, reader, now);
  if (read.ok) return fromReading(o, read, reader, now);
  const picked = typed.pick !== null ? read.choices?.[typed.pick] : undefined;
  if (picked) return fromReading(o, picked, reader, now);
  if (!read.choices) return { ok: false, message: `I couldn't read "${typed.text}" as a time: ${read.message} Try "friday 8pm", "tomorrow 19:00" or "dec 3 7pm CET".` };
  const choices: Mapped[] = [];
  for (const c of read.choices) {
    const m = fromReading(o, c, reader, now);
    if (!m.ok) return m;
    choices.push(m);
  }
  return { ok: false, message: read.message, choices };
}

/** The other options around one reading of `when`. */
function fromReading(o: CreateOptions, read: TimeReading, reader: Reader, now: Date): Mapped | { ok: false; message: string } {
  const start = new Date(read.start);
  let end = read.end;
  if (o.end && o.duration) return { ok: false, message: 'Give an end or a duration, not both.' };
  if (o.duration) {
    const ms = parseLength(o.duration);
    if (ms === null) return { ok: false, message: `I couldn't read the duration "${o.duration}". Try "2h", "90m" or "3 days".` };
    end = new Date(start.getTime() + ms).toISOString();
  } else if (o.end) {
    const e = interpretEnd(o.end, { ...reader, timezone: read.timezone }, start);
    if ('lengthMs' in e) end = new Date(start.getTime() + e.lengthMs).toISOString();
    else if (!e.ok) return { ok: false, message: 'slip' in e ? e.message : `I couldn't read the end "${o.end}": ${e.message} Try "10pm", "for 2 hours" or "sunday 6pm".` };
    else end = e.start;
  }
  let reminderOffsets: string[] | undefined;
  if (o.reminders) {
    const r = parseOffsetList(o.reminders);
    if (!r.ok) return { ok: false, message: `${r.message}. Try "15m, 1h, 1d" or "none".` };
    reminderOffsets = r.offsets;
  }
  let recurrence: RecurrenceInput | null = read.recurrence;
  if (o.repeat) {
    recurrence = repeatRule(o.repeat, start, read.timezone);
    if (!recurrence) return { ok: false, message: `I don't know the repeat "${o.repeat}". Pick one from the list.` };
  }
  // The deadline and the announcement are instants before the start, read in the event's zone.
  const instant = (text: string | null | undefined, what: string, example: string): { ok: true; value?: string } | { ok: false; message: string } => {
    if (!text) return { ok: true };
    const r = interpretWhen(text, { ...reader, timezone: read.timezone }, now);
    if (!r.ok) return { ok: false, message: `I couldn't read the ${what} "${text}": ${r.message} Try "${example}".` };
    return { ok: true, value: r.start };
  };
  const deadline = instant(o.deadline, 'RSVP deadline', 'thursday 6pm');
  if (!deadline.ok) return deadline;
  const announce = instant(o.announce, 'announcement time', 'monday 9am');
  if (!announce.ok) return announce;
  if (o.words?.audience && o.dm != null) return { ok: false, message: 'Give `dm` or `remind_by`, not both.' };
  const more = readOptions(o.words ?? {}, { reader: { ...reader, timezone: read.timezone }, now, mentions: { plainNames: false }, anchor: { start, timezone: read.timezone } });
  if (!more.ok) return more;
  const input: CreateEventInput = {
    title: o.title,
    start: read.start,
    end,
    timezone: read.timezone,
    allDay: read.allDay,
    recurrence,
    channelId: o.channelId,
    ...(o.location ? { location: o.location } : {}),
    ...(o.description ? { description: o.description } : {}),
    ...(o.capacity ? { capacity: o.capacity } : {}),
    ...(reminderOffsets ? { reminderOffsets } : {}),
    ...(o.dm === true ? { reminderAudience: 'both' as const } : o.dm === false ? { reminderAudience: 'channel' as const } : {}),
    ...(deadline.value ? { rsvpDeadline: deadline.value } : {}),
    ...(announce.value ? { publishAt: announce.value } : {}),
    ...(o.approval ? { approvalRequired: true } : {}),
    ...more.fields,
  };
  return { ok: true, input, parsed: read.parsed };
}
