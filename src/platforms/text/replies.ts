import type { RsvpOutcome } from '../../core/handlers/rsvp.ts';
import { describeOffset } from '../../core/values.ts';
import type { EventView } from '../../core/view.ts';
import { describeWhen } from '../../when/index.ts';

/** Platform-neutral sentences for outcomes; renderers add their own formatting around them. */

export function rsvpReply(o: RsvpOutcome): string {
  const title = o.event.title;
  switch (o.status) {
    case 'going':
      return o.previous === 'going' ? `You're already going to ${title}.` : `You're going to ${title}. See you there!`;
    case 'maybe':
      return `You're a maybe for ${title}.`;
    case 'declined':
      return o.previous === null ? `Noted: you can't make ${title}.` : `You're no longer going to ${title}.`;
    case 'waitlisted':
      return `${title} is full. You're #${o.position ?? '?'} on the waitlist; you'll be told if a seat opens.`;
    case 'pending':
      return `Your RSVP to ${title} is waiting for a host's approval. You'll be told when they decide.`;
  }
}

export function promotedText(title: string): string {
  return `Good news: a seat opened up and you're now going to ${title}.`;
}

export function decisionText(title: string, status: RsvpOutcome['status']): string {
  if (status === 'going') return `A host approved your RSVP: you're going to ${title}.`;
  if (status === 'waitlisted') return `A host approved your RSVP to ${title}, but it is full: you're on the waitlist.`;
  return `A host declined your RSVP to ${title}.`;
}

export function offsetsText(offsets: string[]): string {
  if (offsets.length === 0) return 'no reminders';
  return offsets.map((o) => (describeOffset(o) === 'at start' ? 'at the start' : `${describeOffset(o)} before`)).join(', ');
}

export const HELP_LINES: [string, string][] = [
  ['create <title> <when> [at <place>]', 'Create an event: create Game night friday 8-10pm at the pub'],
  ['list [channel|mine|hosting|attending] [past]', 'Upcoming events (past ones with "past")'],
  ['show <event>', 'One event with who is coming'],
  ['rsvp going|maybe|no <event>', 'Answer for yourself'],
  ['calendar <event>', 'Add it to your calendar: Google and Outlook links and an .ics file'],
  ['edit <event> <title|when|end|location|description|capacity|reminders|deadline> <value>', 'Change an event (hosts)'],
  ['cancel <event> [reason]', 'Cancel; attendees are told (hosts)'],
  ['delete <event>', 'Remove a mistake nobody answered yet (creator) or any event (managers)'],
  ['approve|deny <event> <user>', 'Decide on a pending RSVP (hosts)'],
  [
    'settings [tz <zone> | locale <en-GB> | dm on|off | reminders 15m,1d | workspace-tz <zone> | workspace-locale <tag>]',
    'Your time zone, date order (locale) and reminder DMs; workspace defaults (managers)',
  ],
];

/** "starts in 15 minutes", from the delivery's own clock so it is true when read. */
export function startsIn(start: number, now: number): string {
  const mins = Math.round((start - now) / 60_000);
  if (mins <= 0) return 'is starting now';
  if (mins < 90) return `starts in ${mins} minute${mins === 1 ? '' : 's'}`;
  const hours = Math.round(mins / 60);
  if (hours < 36) return `starts in ${hours} hours`;
  return `starts in ${Math.round(hours / 24)} days`;
}

/** How an event's (possibly new) time reads for this person: "Fri, Nov 27, 8:00–10:00 PM EST (in 6 days)". */
export function timeFor(e: Pick<EventView, 'occurrence' | 'allDay' | 'timezone'>, readerZone: string, now: Date, locale?: string): string {
  return describeWhen(
    { start: new Date(e.occurrence.start), end: new Date(e.occurrence.end), allDay: e.allDay, timezone: e.timezone },
    readerZone,
    now,
    locale,
  );
}
