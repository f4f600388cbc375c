import {
  LabelBuilder,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import { DateTime } from 'luxon';
import type { ActorInput } from '../../../core/actor.ts';
import type { EventPatch } from '../../../core/event-schema.ts';
import type { EventView } from '../../../core/view.ts';
import { interpretWhen, type Reader } from '../../text/interpret.ts';
import { timeEditPatch, whenPatch, type PatchReading } from '../../text/patch.ts';
import { tooLongMessage } from '../../text/limits.ts';
import { updateCandidate } from '../../text/questions.ts';
import type { ParsedWhen } from '../../../when/index.ts';
import { readPickValue } from '../when-choice.ts';
import { askWithButtons } from './question.ts';
import { forYou } from '../render/time.ts';
import { droppedReply, timeFor } from '../../text/replies.ts';
import { Cards } from '../cards.ts';
import { EVENT_OPTION } from '../commands.ts';
import { encodeCustomId } from '../custom-ids.ts';
import { describe } from '../errors.ts';
import { LIMITS, truncate } from '../render/limits.ts';
import { problem, readerOf, type Ctx } from './context.ts';
import { answer, respond } from './respond.ts';
import { optionWords } from './event-options.ts';
import { applyOptionWords, moreModal, whoModal } from './option-forms.ts';

const EDIT_FIELDS = ['title', 'when', 'location', 'description', 'capacity'] as const;
type EditField = (typeof EDIT_FIELDS)[number];

/** The time as the form shows it, in the reader's zone: "Fri 27 Nov 2026 20:00 – 22:00". */
function whenForForm(v: Pick<EventView, 'occurrence' | 'allDay'>, zone: string): string {
  const s = DateTime.fromMillis(v.occurrence.start, { zone });
  const e = DateTime.fromMillis(v.occurrence.end, { zone });
  if (v.allDay) return s.toFormat('ccc d LLL yyyy');
  const sameDay = s.hasSame(e, 'day');
  return `${s.toFormat('ccc d LLL yyyy HH:mm')} - ${sameDay ? e.toFormat('HH:mm') : e.toFormat('ccc d LLL yyyy HH:mm')}`;
}

export function prefill(v: EventView, zone: string): Record<EditField, string> {
  return {
    title: v.title,
    when: whenForForm(v, zone),
    location: v.location ?? '',
    description: v.description ?? '',
    capacity: v.capacity === null ? '' : String(v.capacity),
  };
}

/** Only what the person changed in the form becomes the patch; an unchanged time is not re-read. */
export function patchFromForm(
  before: Record<EditField, string>,
  after: Record<EditField, string>,
  reader: Reader,
  now: Date,
):
  | { ok: true; patch: EventPatch; fields: EditField[] }
  | { ok: false; message: string; choices?: undefined }
  | { ok: false; message: string; choices: { parsed: ParsedWhen; patch: EventPatch }[] } {
  const patch: EventPatch = {};
  const fields: EditField[] = [];
  const changed = (f: EditField) => after[f].trim() !== before[f].trim();
  if (changed('title')) patch.title = after.title.trim();
  if (changed('location')) patch.location = after.location.trim() || null;
  if (changed('description')) patch.description = after.description.trim() || null;
  if (changed('capacity')) {
    const text = after.capacity.trim();
    if (text && !/^\d+$/.test(text)) return { ok: false, message: `Capacity must be a whole number, or empty for no limit (you typed "${text}").` };
    patch.capacity = text ? Number(text) : null;
  }
  if (changed('when')) {
    const read = interpretWhen(after.when, reader, now);
    if (!read.ok && read.choices) return { ok: false, message: read.message, choices: read.choices.map((c) => ({ parsed: c.parsed, patch: { ...patch, ...whenPatch(c) } })) };
    if (!read.ok) return { ok: false, message: `I couldn't read "${after.when}" as a time: ${read.message}` };
    Object.assign(patch, whenPatch(read));
  }
  for (const f of EDIT_FIELDS) if (changed(f)) fields.push(f);
  return { ok: true, patch, fields };
}

/** The who / more form for an event (from /event edit's `form`, or a button). */
export async function openOptionsForm(ctx: Ctx, i: ChatInputCommandInteraction | ButtonInteraction, actor: ActorInput, form: 'who' | 'more', ref: string): Promise<void> {
  const got = await ctx.service.run(actor, { type: 'get', event: ref });
  if (!got.ok) return answer(i, { content: problem(got.error) }, { ephemeral: true });
  await i.showModal(form === 'who' ? whoModal(got.value.event) : moreModal(got.value.event));
}

/**
 * /event edit: a new `when` or `end` changes the time right away; other options change at once
 * (the same words as the text grammar's); `form` opens that form; else the details form
 * prefilled with the event as it is.
 */
export async function handleEditCommand(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  const ref = i.options.getString(EVENT_OPTION, true);
  const words = optionWords(i.options);
  const when = i.options.getString('when');
  const end = i.options.getString('end');
  if ((when || end) && Object.keys(words).length > 0) {
    return answer(i, { content: problem('Change the time (`when`, `end`) on its own, then the other options: a new time may ask which reading you meant.') }, { ephemeral: true });
  }
  if (when || end) return handleTimeEdit(ctx, i, actor, when, end);
  if (Object.keys(words).length > 0) {
    return respond(i, { ephemeral: true }, async () => {
      const got = await ctx.service.run(actor, { type: 'get', event: ref });
      if (!got.ok) return { content: problem(got.error) };
      return applyOptionWords(ctx, actor, got.value.event.id, words, i.id);
    });
  }
  const form = i.options.getString('form');
  if (form === 'who' || form === 'more') return openOptionsForm(ctx, i, actor, form, ref);
  const [got, reader] = await Promise.all([
    ctx.service.run(actor, { type: 'get', event: i.options.getString(EVENT_OPTION, true) }),
    readerOf(ctx, actor),
  ]);
  if (!got.ok) return answer(i, { content: problem(got.error) }, { ephemeral: true });
  const v = got.value.event;
  const values = prefill(v, reader.timezone);
  // Label components (type 18): Discord's current modal layout; text inputs in action rows are deprecated.
  const input = (id: EditField, label: string, style: TextInputStyle, max: number, required: boolean, description?: string) => {
    const t = new TextInputBuilder().setCustomId(id).setStyle(style).setRequired(required).setMaxLength(max);
    if (values[id]) t.setValue(truncate(values[id], max));
    const l = new LabelBuilder().setLabel(truncate(label, LIMITS.inputLabel)).setTextInputComponent(t);
    if (description) l.setDescription(truncate(description, LIMITS.labelDescription));
    return l;
  };
  const modal = new ModalBuilder()
    .setCustomId(encodeCustomId({ kind: 'edit', eventId: v.id }))
    .setTitle(truncate(`Edit ${v.title}`, LIMITS.modalTitle))
    .addLabelComponents(
      input('title', 'Title', TextInputStyle.Short, 200, true),
      input('when', 'When', TextInputStyle.Short, 200, true, `Times are read in your zone, ${reader.timezone}.`),
      input('location', 'Location or link', TextInputStyle.Short, 255, false),
      input('description', 'Description', TextInputStyle.Paragraph, LIMITS.inputValue, false),
      input('capacity', 'Capacity', TextInputStyle.Short, 6, false, 'Leave empty for no limit; later RSVPs join a waitlist.'),
    );
  await i.showModal(modal);
}

/** The edit form was submitted: patch what changed (the core's card notice redraws the card), say so in the thread. */
export async function handleEditSubmit(ctx: Ctx, i: ModalSubmitInteraction, actor: ActorInput, eventId: string): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const reader = await readerOf(ctx, actor);
    const got = await ctx.service.run(actor, { type: 'get', event: eventId });
    if (!got.ok) return { content: problem(got.error) };
    const before = prefill(got.value.event, reader.timezone);
    const after = Object.fromEntries(
      EDIT_FIELDS.map((f) => {
        let value = before[f];
        try {
          value = i.fields.getTextInputValue(f);
        } catch {
          // A field Discord did not send keeps its value.
        }
        return [f, value];
      }),
    ) as Record<EditField, string>;
    const mapped = patchFromForm(before, after, reader, ctx.clock.now());
    if (!mapped.ok && mapped.choices) {
      return askWithButtons(ctx, actor, mapped.message, mapped.choices.map((c) => updateCandidate(c.parsed, eventId, c.patch)), reader, ctx.clock.now());
    }
    if (!mapped.ok) return { content: problem(mapped.message) };
    if (mapped.fields.length === 0) return { content: 'Nothing changed.' };
    const result = await ctx.service.run(actor, { type: 'update', event: eventId, patch: mapped.patch, idempotencyKey: i.id });
    if (!result.ok) return { content: problem(result.error) };
    const v = result.value.event;
    // A new time is announced by the scheduler's "moved" notice; the rest is said here.
    const others = mapped.fields.filter((f) => f !== 'when');
    const where = Cards.talkChannel(v);
    if (where && others.length) {
      try {
        await ctx.cards.say(where, `✏️ <@${actor.userId}> updated **${v.title}**: ${others.join(', ')}.`, { nonceKey: `edit:${i.id}` });
      } catch (err) {
        ctx.log(`discord: could not announce the edit of ${v.id}: ${describe(err)}`, 'warn', err);
      }
    }
    // People moved up from the waitlist by more seats are told by the scheduler.
    const newTime = result.value.timingChanges.length > 0
      ? ` New time: ${timeFor(v, reader.timezone, ctx.clock.now(), reader.locale)}${forYou(v)}; attendees are told.`
      : '';
    return { content: `✏️ Updated **${v.title}** (${mapped.fields.join(', ')}).${newTime}${droppedReply(result.value.dropped)}` };
  });
}

/**
 * /event edit with `when` and/or `end`: the end is read on the event's day ("12:30pm") or as a
 * length ("for 2 hours"); a time read more than one way asks with buttons (a reading picked in
 * the autocomplete is taken as picked).
 */
async function handleTimeEdit(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput, when: string | null, end: string | null): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    for (const text of [when, end]) {
      const tooLong = text ? tooLongMessage(text) : null;
      if (tooLong) return { content: problem(tooLong) };
    }
    const [got, reader] = await Promise.all([ctx.service.run(actor, { type: 'get', event: i.options.getString(EVENT_OPTION, true) }), readerOf(ctx, actor)]);
    if (!got.ok) return { content: problem(got.error) };
    const v = got.value.event;
    const now = ctx.clock.now();
    const typed = when ? readPickValue(when) : null;
    let read: PatchReading = timeEditPatch(typed?.text ?? null, end, reader, now, { start: v.occurrence.start });
    const picked = typed?.pick != null && !read.ok && read.choices ? read.choices[typed.pick] : undefined;
    if (picked) read = { ok: true, patch: picked.patch };
    if (!read.ok && read.choices) {
      return askWithButtons(ctx, actor, read.message, read.choices.map((c) => updateCandidate(c.reading.parsed, v.id, c.patch)), reader, now);
    }
    if (!read.ok) return { content: problem(read.message) };
    const result = await ctx.service.run(actor, { type: 'update', event: v.id, patch: read.patch, idempotencyKey: i.id });
    if (!result.ok) return { content: problem(result.error) };
    const u = result.value.event;
    return {
      content: `✏️ Updated **${u.title}**: ${timeFor(u, reader.timezone, now, reader.locale)}${forYou(u)}${result.value.timingChanges.length ? '; attendees are told' : ''}.${droppedReply(result.value.dropped)}`,
    };
  });
}
