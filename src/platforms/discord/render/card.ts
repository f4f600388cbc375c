import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { EventView } from '../../../core/view.ts';
import { aboutEvent, neededText, offsetsText } from '../../text/replies.ts';
import { encodeCustomId } from '../custom-ids.ts';
import { fitEmbed, LIMITS, linkUrl, truncate } from './limits.ts';
import { describeRecurrence } from '../../../when/index.ts';
import { whenText } from './time.ts';

/** A role as Discord shows it (its name, in the reader's client); embeds never ping, and replies send with parse: []. */
export const discordRole = (id: string): string | null => (/^\d{1,20}$/.test(id) ? `<@&${id}>` : null);

/** An invited person as Discord shows them (their name); only a real user id is written as a mention. */
export const discordUser = (id: string): string | null => (/^\d{1,20}$/.test(id) ? `<@${id}>` : null);

interface CardMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** Pending RSVPs that get approve/deny buttons on the card (two per row, two rows). */
const PENDING_WITH_BUTTONS = 4;

const COLORS = { scheduled: 0x5865f2, live: 0x57f287, ended: 0x99aab5, cancelled: 0xed4245, draft: 0xfee75c } as const;

const mention = (id: string) => `<@${id}>`;

function people(ids: string[], total: number, numbered = false): string {
  if (total === 0) return '—';
  const shown = ids.map((id, i) => (numbered ? `${i + 1}. ${mention(id)}` : mention(id))).join(numbered ? '\n' : ', ');
  const more = total - ids.length;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

export function cardEmbed(v: EventView): APIEmbed {
  const fields: APIEmbedField[] = [];
  // A card is drawn when the event changes: its last change stands for "now" (whether to write the year).
  fields.push({ name: 'When', value: whenText(v.occurrence.start, v.occurrence.end, v.allDay, v.timezone, v.updatedAt) });
  if (v.recurrence) fields.push({ name: 'Repeats', value: describeRecurrence(v.recurrence), inline: true });
  if (v.joinUrl) fields.push({ name: 'Where', value: `Online: ${v.joinUrl}`, inline: true });
  else if (v.location) fields.push({ name: 'Where', value: v.location, inline: true });
  const coHosts = v.hostIds.filter((h) => h !== v.creatorId);
  fields.push({ name: coHosts.length ? 'Hosts' : 'Host', value: [v.creatorId, ...coHosts].map(mention).join(', '), inline: true });
  const c = v.counts;
  const seats =
    v.capacity === null
      ? `${c.going} going${c.maybe ? `, ${c.maybe} maybe` : ''}`
      : `${c.going}/${v.capacity} going${v.seatsLeft ? ` (${v.seatsLeft} left)` : ' (full)'}${c.maybe ? `, ${c.maybe} maybe` : ''}${c.waitlisted ? `, ${c.waitlisted} waiting` : ''}`;
  const needed = neededText(v);
  fields.push({ name: v.capacity === null ? 'Attendance' : 'Capacity', value: `${seats}${needed ? ` · **${needed}**` : ''}`, inline: true });
  fields.push({ name: `✅ Going (${c.going})`, value: people(v.attendees.going, c.going) });
  if (c.maybe) fields.push({ name: `❔ Maybe (${c.maybe})`, value: people(v.attendees.maybe, c.maybe) });
  // A seat held for someone offered it (waitlist offers), until they claim or pass.
  if (c.offered) fields.push({ name: `🎟️ Seat offered to (${c.offered})`, value: people(v.attendees.offered, c.offered) });
  if (c.waitlisted) fields.push({ name: `⏳ Waitlist (${c.waitlisted})`, value: people(v.attendees.waitlisted, c.waitlisted, true) });
  if (c.pending) fields.push({ name: `🕓 Awaiting approval (${c.pending})`, value: people(v.attendees.pending, c.pending, true) });

  const notes: string[] = [];
  if (v.status === 'cancelled') notes.push(`**Cancelled**${v.cancelReason ? `: ${v.cancelReason}` : ''}`);
  else if (v.status === 'live') notes.push('**Happening now**');
  else if (v.status === 'ended') notes.push('This event has ended.');
  else if (v.status === 'draft' && v.publishAt !== null) notes.push(`Draft: announced <t:${Math.floor(v.publishAt / 1000)}:R>`);
  if (v.rsvpDeadline !== null && v.status !== 'cancelled') notes.push(`RSVP by <t:${Math.floor(v.rsvpDeadline / 1000)}:f>`);
  if (v.approvalRequired) notes.push('Hosts approve each RSVP.');
  notes.unshift(...aboutEvent(v, discordRole, discordUser).map((a) => `**${a}**`));
  const description = [notes.join(' · '), v.description ?? ''].filter(Boolean).join('\n\n');

  return fitEmbed({
    title: v.status === 'cancelled' ? `~~${v.title}~~` : v.title,
    ...(description ? { description } : {}),
    color: COLORS[v.status],
    fields,
    footer: { text: `Event ${v.id} · reminders ${offsetsText(v.reminderOffsets)} · times show in your own zone` },
  });
}

function button(label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger, customId: string, disabled = false): APIButtonComponent {
  return { type: ComponentType.Button, style, label: truncate(label, LIMITS.buttonLabel), custom_id: customId, disabled };
}

export function cardComponents(v: EventView): APIActionRowComponent<APIButtonComponent>[] {
  if (v.status === 'cancelled' || v.status === 'ended') return [];
  const occurrence = v.occurrence.key || undefined;
  const closed = !v.rsvpOpen;
  const rsvp = (status: 'going' | 'maybe' | 'declined') => encodeCustomId({ kind: 'rsvp', eventId: v.id, status, occurrence });
  const first: APIButtonComponent[] = [
    button('Going', ButtonStyle.Success, rsvp('going'), closed),
    button('Maybe', ButtonStyle.Secondary, rsvp('maybe'), closed),
    button("Can't go", ButtonStyle.Danger, rsvp('declined'), closed),
  ];
  first.push(button('Add to calendar', ButtonStyle.Secondary, encodeCustomId({ kind: 'calendar', eventId: v.id })));
  const join = linkUrl(v.joinUrl);
  if (join) first.push({ type: ComponentType.Button, style: ButtonStyle.Link, label: 'Join', url: join });
  const rows: APIActionRowComponent<APIButtonComponent>[] = [{ type: ComponentType.ActionRow, components: first }];
  if (v.recurrence) {
    // A series: answer every date at once (dates answered one by one keep their own answer).
    const every = (status: 'going' | 'none') => encodeCustomId({ kind: 'every', eventId: v.id, status });
    rows.push({
      type: ComponentType.ActionRow,
      components: [button('Going every time', ButtonStyle.Success, every('going'), closed), button('Stop every time', ButtonStyle.Secondary, every('none'), closed)],
    });
  }
  const pending = v.attendees.pending.slice(0, PENDING_WITH_BUTTONS);
  for (let i = 0; i < pending.length; i += 2) {
    rows.push({
      type: ComponentType.ActionRow,
      components: pending.slice(i, i + 2).flatMap((userId, j) => [
        button(`Approve #${i + j + 1}`, ButtonStyle.Primary, encodeCustomId({ kind: 'approve', eventId: v.id, userId, occurrence })),
        button(`Deny #${i + j + 1}`, ButtonStyle.Secondary, encodeCustomId({ kind: 'deny', eventId: v.id, userId, occurrence })),
      ]),
    });
  }
  return rows;
}

export function renderCard(v: EventView): CardMessage {
  return { embeds: [cardEmbed(v)], components: cardComponents(v) };
}

/** One line per event for /event list and autocomplete-like summaries. */
export function listLine(v: EventView): string {
  const seats = v.capacity === null ? `${v.counts.going} going` : `${v.counts.going}/${v.capacity} going`;
  const needed = neededText(v);
  return `**${truncate(v.title, 100)}** · <t:${Math.floor(v.occurrence.start / 1000)}:f> (<t:${Math.floor(v.occurrence.start / 1000)}:R>) · ${seats}${needed ? `, ${needed}` : ''} · \`${v.id}\``;
}
