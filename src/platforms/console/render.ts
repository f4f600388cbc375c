import type { EventView } from '../../core/view.ts';
import { describeRecurrence, describeWhen, stamp } from '../../when/index.ts';
import { aboutEvent, neededText, offsetsText } from '../text/replies.ts';

/** A role as the console writes it (its id is its name): `@&designers`. */
export const consoleRole = (id: string): string => `@&${id}`;

/** An invited person as the console writes them (their id is their name): `@ann`. */
export const consolePerson = (id: string): string => `@${id}`;

/** The event card as text, times in the reader's zone and written in their locale's conventions. */
export function renderCard(e: EventView, readerZone: string, now: Date, names: (id: string) => string = (id) => id, locale?: string): string {
  const when = describeWhen(
    { start: new Date(e.occurrence.start), end: new Date(e.occurrence.end), allDay: e.allDay, timezone: e.timezone },
    readerZone,
    now,
    locale,
  );
  const status = e.status === 'scheduled' ? '' : `  [${e.status.toUpperCase()}]`;
  const lines = [`┌ ${e.title}${status}   (id ${e.id})`, `│ When:   ${when}`];
  if (e.recurrence) lines.push(`│ Repeats: ${describeRecurrence(e.recurrence)}`);
  if (e.joinUrl) lines.push(`│ Join:   ${e.joinUrl}`);
  else if (e.location) lines.push(`│ Where:  ${e.location}`);
  if (e.description) lines.push(`│ ${e.description.split('\n').join('\n│ ')}`);
  lines.push(`│ Hosts:  ${e.hostIds.map(names).join(', ')}`);
  const about = [...aboutEvent(e, consoleRole, consolePerson), ...(e.approvalRequired ? ['Hosts approve RSVPs'] : [])];
  if (about.length) lines.push(`│ ${about.join(' · ')}`);
  if (e.rsvpDeadline !== null) {
    const by = stamp(e.rsvpDeadline, readerZone);
    lines.push(`│ RSVP by: ${by}${e.rsvpDeadline <= now.getTime() ? ' (passed)' : ''}`);
  }
  const seats = e.capacity === null ? `${e.counts.going}` : `${e.counts.going}/${e.capacity}`;
  const extra = [
    e.counts.maybe ? `Maybe ${e.counts.maybe}` : '',
    e.counts.offered ? `Offered ${e.counts.offered}` : '',
    e.counts.waitlisted ? `Waitlist ${e.counts.waitlisted}` : '',
    e.counts.pending ? `Pending ${e.counts.pending}` : '',
  ].filter(Boolean);
  const needed = neededText(e);
  lines.push(`│ Going ${seats}${extra.length ? ` · ${extra.join(' · ')}` : ''}${needed ? ` · ${needed.charAt(0).toUpperCase()}${needed.slice(1)}` : ''}`);
  for (const [label, list] of [
    ['Going', e.attendees.going],
    ['Maybe', e.attendees.maybe],
    ['Offered', e.attendees.offered],
    ['Waitlist', e.attendees.waitlisted],
    ['Pending', e.attendees.pending],
  ] as const) {
    if (list.length) lines.push(`│   ${label}: ${list.map(names).join(', ')}`);
  }
  if (e.cancelReason || e.status === 'cancelled') lines.push(`│ Cancelled${e.cancelReason ? `: ${e.cancelReason}` : ''}`);
  lines.push(`│ Reminders: ${offsetsText(e.reminderOffsets)}`);
  lines.push(e.rsvpOpen ? `└ RSVP: /rsvp going|maybe|no ${e.id}` : '└ RSVPs closed');
  return lines.join('\n');
}

export function renderListLine(e: EventView, readerZone: string, now: Date, locale?: string): string {
  const when = describeWhen(
    { start: new Date(e.occurrence.start), end: new Date(e.occurrence.end), allDay: e.allDay, timezone: e.timezone },
    readerZone,
    now,
    locale,
  );
  const seats = e.capacity === null ? `${e.counts.going} going` : `${e.counts.going}/${e.capacity} going`;
  const needed = neededText(e);
  return `• ${e.id}  ${e.title} — ${when} — ${seats}${needed ? `, ${needed}` : ''}${e.status === 'draft' ? ' [draft]' : ''}`;
}
