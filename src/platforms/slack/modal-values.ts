import type { CreateEventInput, EventPatch } from '../../core/event-schema.ts';
import type { Recurrence } from '../../core/recurrence.ts';
import type { EventView } from '../../core/view.ts';
import { describeWhen } from '../../when/index.ts';
import { interpretWhen, type Reader, type WhenReading } from '../text/interpret.ts';
import { interpretEnd } from '../text/end.ts';
import { parseOffsetList } from '../text/offsets.ts';
import { whenPatch } from '../text/patch.ts';
import { esc } from './render/mrkdwn.ts';
import { BLOCK, fingerprint, FIELD, submittedValue, type ModalMeta, type ModalPrefill } from './render/modal.ts';
import { readOptions, type OptionFields, type OptionKey } from '../text/options.ts';
import { OPTION_BLOCK, optionPrefill, optionWordsFromState } from './render/option-blocks.ts';

// biome-ignore lint: view state is loosely typed JSON
type StateValues = Record<string, Record<string, any>>;

interface ModalFields {
  title: string;
  start: string;
  end: string | null;
  timezone: string;
  /** Only set when the time was typed (a picker says nothing about recurrence / all day). */
  allDay?: boolean;
  recurrence?: Recurrence | null;
  /** The typed "When", as read: an edit turns it into a time patch (whenPatch). */
  typed?: Extract<WhenReading, { ok: true }>;
  location: string | null;
  description: string | null;
  capacity: number | null;
  reminderOffsets: string[];
  reminderAudience: 'channel' | 'dm' | 'both';
  channelId: string | null;
  /** What each option field says (kind, who may come, co-hosts, approval, deadline, repeat, announce), read. */
  options: Partial<Record<OptionKey, OptionFields>>;
}

/** Errors per block; `question`: the typed "When" read more than one way (its readings, for the person to pick). */
type ModalReading =
  | { ok: true; fields: ModalFields }
  | { ok: false; errors: Record<string, string>; question?: { message: string; readings: Extract<WhenReading, { ok: true }>[] } };

function field(values: StateValues, block: string): Record<string, unknown> | undefined {
  return values[block]?.[FIELD(block)];
}

function text(values: StateValues, block: string): string {
  const v = field(values, block)?.value;
  return typeof v === 'string' ? v.trim() : '';
}

function durationText(ms: number): string {
  const mins = Math.round(ms / 60_000);
  const h = Math.floor(mins / 60);
  const m = mins % 60;
  return h && m ? `${h}h${m}m` : h ? `${h}h` : `${m}m`;
}

/** The live line under "When": how the typed time reads in the person's zone. */
export function previewWhen(whenText: string, reader: Reader, now: Date): string {
  if (!whenText.trim()) return 'Type a time the way you would say it; the line here shows how I read it.';
  const w = interpretWhen(whenText, reader, now);
  return w.ok ? `:white_check_mark: ${esc(describeWhen(w.parsed, reader.timezone, now, reader.locale))}` : `:warning: ${esc(w.message)}`;
}

/**
 * Read the submitted form (`chosen`: the reading the person picked for a "When" that reads more
 * than one way). Every problem is attached to the block it belongs to, so Slack shows
 * it under the right field (response_action: errors) and the person loses nothing they typed.
 */
export function readModal(values: StateValues, meta: ModalMeta, reader: Reader, now: Date, chosen?: Extract<WhenReading, { ok: true }>): ModalReading {
  const errors: Record<string, string> = {};
  const title = text(values, BLOCK.title);
  if (!title) errors[BLOCK.title] = 'Give the event a title.';
  else if (title.length > 200) errors[BLOCK.title] = 'At most 200 characters.';

  let start: string | null = null;
  let end: string | null = null;
  let timezone = reader.timezone;
  let allDay: boolean | undefined;
  let recurrence: Recurrence | null | undefined;
  let typed: Extract<WhenReading, { ok: true }> | undefined;
  const whenText = text(values, BLOCK.when);
  const picked = field(values, BLOCK.datetime)?.selected_date_time;
  let question: { message: string; readings: Extract<WhenReading, { ok: true }>[] } | undefined;
  if (whenText) {
    const w = chosen ?? interpretWhen(whenText, reader, now);
    if (!w.ok && w.choices) question = { message: w.message, readings: w.choices };
    if (!w.ok) errors[BLOCK.when] = w.message;
    else {
      ({ start, end, timezone, allDay, recurrence } = w);
      typed = w;
    }
  } else if (typeof picked === 'number') {
    start = new Date(picked * 1000).toISOString();
  } else {
    errors[BLOCK.when] = 'Say when, like "friday 8pm", or pick a date and time below.';
  }

  const endText = text(values, BLOCK.end);
  if (endText && start) {
    const e = interpretEnd(endText, { ...reader, timezone }, new Date(start));
    if ('lengthMs' in e) end = new Date(new Date(start).getTime() + e.lengthMs).toISOString();
    else if (!e.ok) errors[BLOCK.end] = 'slip' in e ? e.message : `I couldn't read "${endText}" as an end time or a duration (2h, 90m).`;
    else if (new Date(e.start) <= new Date(start)) errors[BLOCK.end] = 'The end must be after the start.';
    else end = e.start;
  }

  let capacity: number | null = null;
  const cap = text(values, BLOCK.capacity);
  if (cap) {
    const n = Number(cap);
    if (!Number.isInteger(n) || n < 1) errors[BLOCK.capacity] = 'A whole number of seats, at least 1 (or leave it empty).';
    else capacity = n;
  }

  const selected = (field(values, BLOCK.reminders)?.selected_options as { value: string }[] | undefined) ?? [];
  const offsets = selected.map((o) => o.value);
  const customText = text(values, BLOCK.remindersCustom);
  if (customText) {
    const r = parseOffsetList(customText);
    if (!r.ok) errors[BLOCK.remindersCustom] = `${r.message}. Try: 2h, 3d, 30m`;
    else offsets.push(...r.offsets);
  }
  const unique = [...new Set(offsets)];
  if (unique.length > 10) errors[BLOCK.remindersCustom] = 'At most 10 reminders.';

  const aud = (field(values, BLOCK.audience)?.selected_option as { value?: string } | undefined)?.value;
  const reminderAudience = aud === 'dm' || aud === 'both' ? aud : 'channel';

  const channelId = (field(values, BLOCK.channel)?.selected_conversation as string | undefined) ?? meta.channelId ?? null;
  if (meta.mode === 'create' && !channelId) errors[BLOCK.channel] = 'Pick the channel to post the event in.';

  const options: Partial<Record<OptionKey, OptionFields>> = {};
  if (start) {
    // Each option on its own, so a problem shows under its own field.
    // An edit reads only the fields the person changed: an untouched past deadline is not re-read.
    const words = optionWordsFromState(values, meta.mode === 'edit' ? (b) => !meta.shown || changedBlock(values, meta.shown, b) : undefined);
    for (const [key, value] of Object.entries(words) as [OptionKey, string][]) {
      const r = readOptions({ [key]: value }, { reader, now, mentions: { plainNames: false }, anchor: { start: new Date(start), timezone } });
      if (r.ok) options[key] = r.fields;
      else errors[key] = r.message;
    }
  }

  if (Object.keys(errors).length || !start) return { ok: false, errors, ...(question ? { question } : {}) };
  const location = text(values, BLOCK.location) || null;
  const description = text(values, BLOCK.description) || null;
  return {
    ok: true,
    fields: {
      title,
      start,
      end,
      timezone,
      ...(allDay !== undefined ? { allDay } : {}),
      ...(recurrence !== undefined ? { recurrence } : {}),
      ...(typed ? { typed } : {}),
      location,
      description,
      capacity,
      reminderOffsets: unique,
      reminderAudience,
      channelId,
      options,
    },
  };
}

/** The option fields' values in one object; who may come is applied after the invitees (it decides). */
function optionFields(options: ModalFields['options'], keys: OptionKey[]): OptionFields {
  const ordered = [...keys].sort((a, b) => Number(a === 'visibility') - Number(b === 'visibility'));
  return Object.assign({}, ...ordered.map((k) => options[k] ?? {}));
}

export function toCreateInput(f: ModalFields): CreateEventInput {
  const { channelId, typed: _typed, options, ...rest } = f;
  return { ...rest, channelId, ...optionFields(options, Object.keys(options) as OptionKey[]) };
}

/** The edit form's contents for an event as it is now (what the card menu's Edit opens); `group` labels its invited groups. */
export function editPrefill(e: EventView, group?: (id: string) => string | null): ModalPrefill {
  return {
    title: e.title,
    start: e.occurrence.start,
    endText: durationText(e.occurrence.end - e.occurrence.start),
    location: e.joinUrl ?? e.location,
    description: e.description,
    capacity: e.capacity,
    reminderOffsets: e.reminderOffsets,
    audience: e.reminderAudience === 'dm' || e.reminderAudience === 'both' ? e.reminderAudience : 'channel',
    options: optionPrefill(e, e.timezone, group),
  };
}

/**
 * The edit form as a patch: only the fields the person changed from what the form showed
 * (`shown`, fingerprints from ModalMeta). The time and its zone go only when the time changed:
 * a typed "When" through whenPatch (start, zone, all-day; end and repeat only when the text gave
 * them), a moved picker as the start alone, so the event keeps its own zone and its length.
 */
function changedBlock(values: StateValues, shown: Record<string, string>, block: string): boolean {
  const state = field(values, block);
  return state !== undefined && fingerprint(submittedValue(state)) !== shown[block];
}

export function toPatch(f: ModalFields, values: StateValues, shown: Record<string, string>): EventPatch {
  const changed = (block: string) => changedBlock(values, shown, block);
  const patch: EventPatch = {};
  if (changed(BLOCK.title)) patch.title = f.title;
  if (changed(BLOCK.location)) patch.location = f.location;
  if (changed(BLOCK.description)) patch.description = f.description;
  if (changed(BLOCK.capacity)) patch.capacity = f.capacity;
  if (changed(BLOCK.reminders) || changed(BLOCK.remindersCustom)) patch.reminderOffsets = f.reminderOffsets;
  if (changed(BLOCK.audience)) patch.reminderAudience = f.reminderAudience;
  // The groups field is read into the invite option (one list of people and groups).
  const changedOption = (b: string) => changed(b) || (b === OPTION_BLOCK.invite && changed(OPTION_BLOCK.groups));
  const options = (Object.values(OPTION_BLOCK) as string[]).filter((b): b is OptionKey => changedOption(b) && f.options[b as OptionKey] !== undefined);
  Object.assign(patch, optionFields(f.options, options));
  if (f.typed) Object.assign(patch, whenPatch(f.typed));
  else if (changed(BLOCK.datetime)) patch.start = f.start;
  // The length, not an end instant: for a repeating event the form shows one occurrence, and the
  // core applies a length to the whole series.
  if (changed(BLOCK.end) && f.end) patch.durationMinutes = Math.round((Date.parse(f.end) - Date.parse(f.start)) / 60_000);
  return patch;
}

const CORE_FIELDS: [RegExp, string][] = [
  [/^Title\b/, BLOCK.title],
  [/^Description\b/, BLOCK.description],
  [/^Location\b/, BLOCK.location],
  [/^End\b/, BLOCK.end],
  [/^Capacity\b/, BLOCK.capacity],
  [/^Reminders\b/, BLOCK.remindersCustom],
  [/deadline/i, OPTION_BLOCK.deadline],
  [/\bend\b/i, BLOCK.end],
  [/capacity|seats/i, BLOCK.capacity],
];

/** Put a core error under the field it is about ("Title: …" → title); times by default under When. */
export function blockForCoreError(message: string): string {
  for (const [re, block] of CORE_FIELDS) if (re.test(message)) return block;
  return BLOCK.when;
}
