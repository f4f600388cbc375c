import { droppedReply } from '../../text/replies.ts';
import {
  ChannelSelectMenuBuilder,
  ChannelType,
  LabelBuilder,
  ModalBuilder,
  RoleSelectMenuBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  UserSelectMenuBuilder,
  type ModalSubmitInteraction,
} from 'discord.js';
import { DateTime } from 'luxon';
import type { ActorInput } from '../../../core/actor.ts';
import { EVENT_KINDS } from '../../../core/event-schema.ts';
import { describeOffset } from '../../../core/values.ts';
import type { EventView } from '../../../core/view.ts';
import { readOptions, type OptionWords } from '../../text/options.ts';
import { REPEAT_PRESETS } from '../../text/repeat.ts';
import { encodeCustomId } from '../custom-ids.ts';
import { LIMITS, truncate } from '../render/limits.ts';
import { problem, readerOf, type Ctx } from './context.ts';
import { respond, type Payload } from './respond.ts';

/** A select in a modal holds at most 25 values (Discord's limit). */
const MAX_SELECTED = 25;

const label = (text: string, description?: string) => {
  const l = new LabelBuilder().setLabel(truncate(text, LIMITS.inputLabel));
  if (description) l.setDescription(truncate(description, LIMITS.labelDescription));
  return l;
};

const choice = (value: string, text: string, selected: boolean) => ({ label: text, value, default: selected });

/** "Who": who may RSVP (with user and role selects), co-hosts and approval. */
export function whoModal(v: EventView): ModalBuilder {
  const coHosts = v.hostIds.filter((h) => h !== v.creatorId);
  const labels = [
    label('Who may RSVP').setStringSelectMenuComponent(
      new StringSelectMenuBuilder()
        .setCustomId('visibility')
        .addOptions(choice('public', 'Anyone here', v.visibility === 'public'), choice('invite_only', 'Invited people and roles only', v.visibility === 'invite_only')),
    ),
  ];
  // More invitees than a select holds: the list stays as it is (edit it with the invite option).
  if (v.invitees.users.length <= MAX_SELECTED) {
    const users = new UserSelectMenuBuilder().setCustomId('invite_users').setMinValues(0).setMaxValues(MAX_SELECTED).setRequired(false);
    if (v.invitees.users.length) users.setDefaultUsers(...v.invitees.users);
    labels.push(label('Invited people', 'Only for invite-only events').setUserSelectMenuComponent(users));
  }
  if (v.invitees.roles.length <= MAX_SELECTED) {
    const roles = new RoleSelectMenuBuilder().setCustomId('invite_roles').setMinValues(0).setMaxValues(MAX_SELECTED).setRequired(false);
    if (v.invitees.roles.length) roles.setDefaultRoles(...v.invitees.roles);
    labels.push(label('Invited roles', 'Everyone with one of these roles may RSVP').setRoleSelectMenuComponent(roles));
  }
  const hosts = new UserSelectMenuBuilder().setCustomId('cohosts').setMinValues(0).setMaxValues(MAX_SELECTED).setRequired(false);
  if (coHosts.length) hosts.setDefaultUsers(...coHosts.slice(0, MAX_SELECTED));
  labels.push(label('Co-hosts', 'They may edit, cancel and approve').setUserSelectMenuComponent(hosts));
  labels.push(
    label('Approval').setStringSelectMenuComponent(
      new StringSelectMenuBuilder()
        .setCustomId('approval')
        .addOptions(choice('off', 'Anyone allowed may RSVP', !v.approvalRequired), choice('on', 'Hosts approve each RSVP', v.approvalRequired)),
    ),
  );
  return new ModalBuilder()
    .setCustomId(encodeCustomId({ kind: 'who', eventId: v.id }))
    .setTitle(truncate(`Who: ${v.title}`, LIMITS.modalTitle))
    .addLabelComponents(...labels);
}

/** An offset as a person would type it back: "15 minutes", or ISO when it has several units. */
const typedOffset = (iso: string) => (/^\d+ \w+$|^at start$/.test(describeOffset(iso)) ? describeOffset(iso) : iso);

/** The deadline as the form shows it, in the reader's zone. */
const typedDeadline = (ms: number | null, zone: string) => (ms === null ? '' : DateTime.fromMillis(ms, { zone }).toFormat('ccc d LLL yyyy HH:mm'));

const REPEAT_LABELS = { daily: 'Every day', weekly: 'Every week', biweekly: 'Every other week', monthly: 'Every month (same weekday)' } as const;

/** "More": kind, repeat, RSVP deadline, reminders, and the card's channel (a channel select). */
export function moreModal(v: EventView): ModalBuilder {
  const text = (id: string, value: string, placeholder: string) => {
    const t = new TextInputBuilder().setCustomId(id).setStyle(TextInputStyle.Short).setRequired(false).setMaxLength(100).setPlaceholder(placeholder);
    if (value) t.setValue(value);
    return t;
  };
  const channel = new ChannelSelectMenuBuilder().setCustomId('channel').setChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement).setRequired(false).setMinValues(0).setMaxValues(1);
  if (v.channelId) channel.setDefaultChannels(v.channelId);
  return new ModalBuilder()
    .setCustomId(encodeCustomId({ kind: 'more', eventId: v.id }))
    .setTitle(truncate(`More: ${v.title}`, LIMITS.modalTitle))
    .addLabelComponents(
      label('Kind').setStringSelectMenuComponent(
        new StringSelectMenuBuilder().setCustomId('kind').addOptions(...EVENT_KINDS.map((k) => choice(k, `${k.charAt(0).toUpperCase()}${k.slice(1)}`, v.kind === k))),
      ),
      label('Repeat', 'Leave it unpicked to keep the current rule').setStringSelectMenuComponent(
        new StringSelectMenuBuilder()
          .setCustomId('repeat')
          .setRequired(false)
          .setMinValues(0)
          .setMaxValues(1)
          .addOptions(...REPEAT_PRESETS.map((p) => choice(p, REPEAT_LABELS[p], false)), choice('none', 'Does not repeat', false)),
      ),
      label('RSVP deadline', `In the event's zone, ${v.timezone}; empty for none`).setTextInputComponent(text('deadline', typedDeadline(v.rsvpDeadline, v.timezone), 'thursday 6pm')),
      label('Reminders', 'Before the start; empty for none').setTextInputComponent(text('reminders', v.reminderOffsets.map(typedOffset).join(', '), '15m, 1d')),
      label('Post the card in').setChannelSelectMenuComponent(channel),
    );
}

type Field = { values?: readonly string[]; value?: string | null } | null;

function field(i: ModalSubmitInteraction, id: string): Field {
  try {
    return i.fields.getField(id) as Field;
  } catch {
    return null; // not sent (not in this form)
  }
}

const values = (f: Field) => [...(f?.values ?? [])];

/** The who form's answers as the text options' words: the form shows everything, so it sets everything it sent. */
export function whoWords(i: ModalSubmitInteraction): OptionWords {
  const w: OptionWords = {};
  const visibility = values(field(i, 'visibility'))[0];
  if (visibility) w.visibility = visibility;
  const users = field(i, 'invite_users');
  const roles = field(i, 'invite_roles');
  if (users || roles) {
    const mentions = [...values(users).map((u) => `<@${u}>`), ...values(roles).map((r) => `<@&${r}>`)];
    w.invite = mentions.length ? mentions.join(' ') : 'none';
  }
  const hosts = field(i, 'cohosts');
  if (hosts) w.cohosts = values(hosts).length ? values(hosts).map((u) => `<@${u}>`).join(' ') : 'none';
  const approval = values(field(i, 'approval'))[0];
  if (approval) w.approval = approval;
  return w;
}

/** The more form's answers as words: only what differs from what the form showed. */
export function moreWords(i: ModalSubmitInteraction, v: EventView): OptionWords {
  const w: OptionWords = {};
  const kind = values(field(i, 'kind'))[0];
  if (kind && kind !== v.kind) w.kind = kind;
  const repeat = values(field(i, 'repeat'))[0];
  if (repeat) w.repeat = repeat;
  const deadline = field(i, 'deadline')?.value?.trim() ?? null;
  if (deadline !== null && deadline !== typedDeadline(v.rsvpDeadline, v.timezone)) w.deadline = deadline || 'none';
  const reminders = field(i, 'reminders')?.value?.trim() ?? null;
  if (reminders !== null && reminders !== v.reminderOffsets.map(typedOffset).join(', ')) w.reminders = reminders || 'none';
  const channel = values(field(i, 'channel'))[0];
  if (channel && channel !== v.channelId) w.channel = `<#${channel}>`;
  return w;
}

/** Applies option words to an event (from the edit options or a form) and says what changed. */
export async function applyOptionWords(ctx: Ctx, actor: ActorInput, eventId: string, words: OptionWords, idempotencyKey: string): Promise<Payload> {
  const names = Object.keys(words);
  if (names.length === 0) return { content: 'Nothing changed.' };
  const reader = await readerOf(ctx, actor);
  const got = await ctx.service.run(actor, { type: 'get', event: eventId });
  if (!got.ok) return { content: problem(got.error) };
  const v = got.value.event;
  const read = readOptions(words, { reader, now: ctx.clock.now(), mentions: { plainNames: false }, anchor: { start: new Date(v.occurrence.start), timezone: v.timezone } });
  if (!read.ok) return { content: problem(read.message) };
  const result = await ctx.service.run(actor, { type: 'update', event: v.id, patch: read.fields, idempotencyKey });
  if (!result.ok) return { content: problem(result.error) };
  return { content: `✏️ Updated **${result.value.event.title}** (${names.map((n) => (n === 'audience' ? 'remind_by' : n)).join(', ')}).${droppedReply(result.value.dropped)}` };
}

/** The who or more form was submitted. */
export async function handleOptionsSubmit(ctx: Ctx, i: ModalSubmitInteraction, actor: ActorInput, form: 'who' | 'more', eventId: string): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    if (form === 'who') return applyOptionWords(ctx, actor, eventId, whoWords(i), i.id);
    const got = await ctx.service.run(actor, { type: 'get', event: eventId });
    if (!got.ok) return { content: problem(got.error) };
    return applyOptionWords(ctx, actor, eventId, moreWords(i, got.value.event), i.id);
  });
}
