import type { Feeds } from '../../core/handlers/feed.ts';
import { DateTime } from 'luxon';
import type { RsvpOutcome } from '../../core/handlers/rsvp.ts';
import type { StandingOutcome } from '../../core/handlers/standing.ts';
import { describeOffset } from '../../core/values.ts';
import type { EventView } from '../../core/view.ts';
import { restrictionLine, type PersonNamer, type RoleNamer } from '../../core/restriction.ts';
import type { DroppedNews, Notice } from '../../scheduler/notifier.ts';
import type { DroppedAnswers } from '../../core/carry-answers.ts';
import { OPTIONS_HELP } from './options.ts';
import { describeRecurrence, describeWhen } from '../../when/index.ts';

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
    case 'offered':
      return `A seat is held for you at ${title}: claim it${o.offerExpiresAt ? ` before ${new Date(o.offerExpiresAt).toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}, or pass it on.`;
  }
}

/** The answer to claiming or passing on a seat offer. */
export function offerReply(o: RsvpOutcome): string {
  const title = o.event.title;
  if (o.status === 'going') return o.previous === 'going' ? `You already have your seat at ${title}.` : `The seat is yours: you're going to ${title}. See you there!`;
  if (o.previous !== 'offered') return `You already passed on the seat at ${title}.`;
  return `You passed on the seat at ${title}; it goes to the next person waiting.`;
}

/**
 * The answer to a standing ("every time") RSVP: where the person now stands on the upcoming dates
 * (waitlisted or waiting for approval where that differs), and which dates keep their own answer.
 * `date` writes one occurrence's date the way the platform shows dates; `escape` is the platform's
 * escaping seam for the title (the only user text here).
 */
export function standingReply(o: StandingOutcome, date: (ms: number) => string, escape: (text: string) => string = (t) => t): string {
  const title = escape(o.event.title);
  const list = (ds: StandingOutcome['dates']) => ds.map((d) => `${date(d.start)}${d.position ? ` (#${d.position})` : ''}`).join(', ');
  const own = o.dates.filter((d) => d.own);
  const mine = o.dates.filter((d) => !d.own);
  const waiting = mine.filter((d) => d.status === 'waitlisted');
  const pending = mine.filter((d) => d.status === 'pending');
  const parts: string[] = [];
  if (o.status === null) parts.push(`You no longer answer every ${title}.`);
  else if (!o.changed) parts.push(`That is already your answer for every ${title}.`);
  else if (o.status === 'going') parts.push(`You're going to every ${title}.`);
  else if (o.status === 'maybe') parts.push(`You're a maybe for every ${title}.`);
  else parts.push(`Noted: you can't make any ${title}.`);
  if (waiting.length) parts.push(`Full on ${list(waiting)}: you're on the waitlist there and will be told if a seat opens.`);
  if (pending.length) parts.push(`A host approves each date; waiting for ${list(pending)}.`);
  if (own.length) parts.push(`Your own answers for ${list(own)} stay.`);
  return parts.join(' ');
}

export function promotedText(title: string): string {
  return `Good news: a seat opened up and you're now going to ${title}.`;
}

/**
 * The DM to a person whose answers to dates an event no longer has were dropped by an edit:
 * "Game night no longer repeats, so your answers to 3 later dates (from Sat 5 Dec) and your
 * "every time" answer were dropped. It happens once, Sat 28 Nov." `at` formats an instant the
 * platform's way; `now` is the date the event has now.
 */
export function droppedText(title: string, d: DroppedNews, at: (ms: number) => string, now: string): string {
  const dates = d.dates === 0 || d.first === null ? null : d.dates === 1 ? `your answer to ${at(d.first)}` : `your answers to ${d.dates} later dates (from ${at(d.first)})`;
  const what = [dates, d.standing ? 'your "every time" answer' : null].filter(Boolean).join(' and ');
  const were = d.dates + (d.standing ? 1 : 0) === 1 ? 'was' : 'were';
  if (!d.repeats) return `${title} no longer repeats, so ${what} ${were} dropped. It happens once, ${now}: answer that date if you still want to come.`;
  return `${title} no longer has ${d.dates === 1 ? 'a date' : 'dates'} you answered, so ${what} ${were} dropped. Its next date is ${now}.`;
}

/**
 * The host's word on what an edit dropped: " 4 answers to later dates and 1 "every time" answer
 * were dropped; 3 people were told by DM." Empty when nothing was.
 */
export function droppedReply(d: DroppedAnswers | undefined): string {
  if (!d) return '';
  const parts = [
    d.answers ? `${d.answers} ${d.answers === 1 ? 'answer' : 'answers'} to later dates` : null,
    d.standing ? `${d.standing} "every time" ${d.standing === 1 ? 'answer' : 'answers'}` : null,
  ].filter(Boolean);
  if (parts.length === 0) return '';
  const were = d.answers + d.standing === 1 ? 'was' : 'were';
  const told = d.told.length === 0 ? 'they were all declines, so nobody was told' : `${d.told.length} ${d.told.length === 1 ? 'person was' : 'people were'} told by DM`;
  return ` ${parts.join(' and ')} ${were} dropped; ${told}.`;
}

/** The offer DM: `until` is the expiry as the platform shows times. */
export function offerText(title: string, until: string): string {
  return `A seat opened up at ${title} and it is held for you until ${until}. Claim it, or pass so the next person waiting gets it.`;
}

/** The DM when an offer ended without the person answering it. */
export function offerClosedText(title: string, why: 'lapsed' | 'withdrawn'): string {
  return why === 'lapsed'
    ? `Your seat offer for ${title} lapsed, so it went to the next person waiting and you're off the waitlist. RSVP going to join it again.`
    : `The seat offered to you at ${title} was taken back: the hosts lowered the capacity. You're back on the waitlist, at your place.`;
}

/** The hosts' summary of how an offer ended; `who` renders a user as the platform mentions them. */
export function offerResultText(title: string, r: NonNullable<NonNullable<Notice['offer']>['result']>, who: (id: string) => string): string {
  const how = { claimed: 'claimed the seat', passed: 'passed on the seat', lapsed: 'let the seat offer lapse' }[r.outcome];
  const next = r.outcome === 'claimed' ? '' : r.next.length ? ` It is now offered to ${r.next.map(who).join(', ')}.` : ' Nobody else is waiting: the seat is open.';
  return `Waitlist at ${title}: ${who(r.userId)} ${how}.${next}`;
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
  ['create <title> <when> [at <place>] [options]', 'Create an event: create Game night friday 8-10pm at the pub capacity 6 kind game'],
  ['list [channel|mine|hosting|attending] [past] [from <date>] [to <date>] [kind <kind>] [page <n>|more]', 'Upcoming events, a page at a time (past ones with "past")'],
  ['show <event>', 'One event with who is coming'],
  ['rsvp going|maybe|no <event> [date]', 'Answer for yourself; a date answers that date of a repeating event'],
  ['rsvp going|maybe|no <event> every time', 'Answer every date of a repeating event (dates you answered yourself keep that); rsvp clear <event> every time withdraws it'],
  ['calendar <event>', 'Add it to your calendar: Google and Outlook links and an .ics file'],
  ['feed [reset]', 'Your private calendar feed URLs to subscribe to (reset: new URLs, old ones stop)'],
  ['edit <event> <title|when|end|location|description> <value>', 'Change an event (hosts)'],
  ['edit <event> <options>', `Change its options (hosts), several at once. Options: ${OPTIONS_HELP}`],
  ['cancel <event> [reason]', 'Cancel; attendees are told (hosts)'],
  ['delete <event>', 'Remove a mistake nobody answered yet (creator) or any event (managers); a series or an answered event asks first'],
  ['approve|deny <event> <user>', 'Decide on a pending RSVP (hosts)'],
  ['claim|pass <event>', 'Take the seat offered to you from the waitlist, or let the next person have it'],
  [
    'settings [tz <zone> | locale <en-GB> | dm on|off | my-reminders 1h,1d|default | reminders 15m,1d | all-day 9:00 | workspace-tz <zone> | workspace-locale <tag>]',
    'Your zone, date order (locale), reminder DMs and own reminders; workspace defaults (managers)',
  ],
  ['api-key create [name] [events:read] [events:write] | list | revoke <id>', 'Keys for the HTTP API (managers; a new key is shown once, only to you)'],
  ['webhook add <https://…> [event.created …] | list | remove <id>', "Send the workspace's changes, signed, to a URL (managers; the secret is shown once)"],
];

/** "is today", "is tomorrow", "is in 3 days": an all-day event's day, counted in its own zone. */
export function dayWords(start: number, now: number, zone: string): string {
  const days = Math.round(DateTime.fromMillis(start, { zone }).startOf('day').diff(DateTime.fromMillis(now, { zone }).startOf('day'), 'days').days);
  if (days <= 0) return 'is today';
  if (days === 1) return 'is tomorrow';
  return `is in ${days} days`;
}

/** "starts in 15 minutes", from the delivery's own clock so it is true when read. */
export function startsIn(start: number, now: number): string {
  // Worded for the real time left: a reminder sent late (after a crash) says "in 40 seconds", not "in 1 minute".
  const secs = Math.round((start - now) / 1000);
  if (secs <= 0) return 'is starting now';
  if (secs < 60) return `starts in ${secs} second${secs === 1 ? '' : 's'}`;
  const mins = Math.round((start - now) / 60_000);
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

/** The feed URLs as lines a person can copy; every door says the same. */
export function feedLines(r: Feeds): string[] {
  const label = { mine: 'My events (hosting, going, maybe, waitlisted)', workspace: 'All events here', channel: "This channel's events" } as const;
  return [
    r.reset ? 'Your old feed URLs no longer work. Your new ones:' : 'Your calendar feeds (subscribe by URL in Google, Outlook or Apple Calendar):',
    ...r.feeds.map((f) => `  ${label[f.scope]}: ${f.url}`),
    'They are private to you: anyone with a URL can read that feed. "feed reset" revokes them and issues new ones.',
  ];
}

/**
 * What a 'moved'/'changed' notice says changed besides the start, in words: "now ends 10:00 PM
 * (was 9:00 PM)", "now repeats every Tuesday", "no longer repeats". `at` formats an instant the
 * platform's way (a localized timestamp).
 */
export function changesText(n: Pick<Notice, 'changes' | 'event' | 'occurrence' | 'previous'>, at: (ms: number) => string): string[] {
  const out: string[] = [];
  for (const c of n.changes ?? []) {
    if (c === 'end') {
      const was = n.previous ? ` (was ${at(n.previous.end)})` : '';
      out.push(n.event.allDay ? `now lasts until ${at(n.occurrence.end - 1)}` : `now ends ${at(n.occurrence.end)}${was}`);
    } else if (c === 'repeat') {
      const rule = n.event.recurrence ? describeRecurrence(n.event.recurrence) : null;
      out.push(rule ? `now repeats ${rule.charAt(0).toLowerCase()}${rule.slice(1)}` : 'no longer repeats');
    } else if (c === 'all-day') {
      out.push(n.event.allDay ? 'is now all day' : 'is no longer all day');
    } else if (c === 'zone') {
      out.push(`now keeps ${n.event.timezone} time`);
    }
  }
  return out;
}

/** "still need 2 (at least 6)" while going is below the event's minimum; null without one or once reached. */
export function neededText(v: Pick<EventView, 'stillNeeded' | 'minAttendees'>): string | null {
  if (v.stillNeeded === null || v.stillNeeded <= 0 || v.minAttendees === null) return null;
  return `still need ${v.stillNeeded} (at least ${v.minAttendees})`;
}

/**
 * What kind of event and who may come, in words for a card: ["Workshop", "Only @designers and @ann can RSVP"]
 * (nothing for the defaults). `role` and `person` name a role or user group, and an invited person,
 * the door's way (a mention that pings nobody, or null).
 */
export function aboutEvent(
  v: Pick<EventView, 'kind' | 'visibility' | 'invitees'> & Partial<Pick<EventView, 'waitlistOffers' | 'offerWindow' | 'capacity'>>,
  role: RoleNamer,
  person: PersonNamer,
): string[] {
  const out: string[] = [];
  if (v.kind !== 'other') out.push(`${v.kind.charAt(0).toUpperCase()}${v.kind.slice(1).replace(/_/g, ' ')}`);
  const who = restrictionLine(v, role, person);
  if (who) out.push(who);
  const offers = offersLine(v);
  if (offers) out.push(offers);
  return out;
}

/** "Seats offered from the waitlist (2 hours to claim)": on a card whose event offers seats rather than giving them. */
export function offersLine(v: Partial<Pick<EventView, 'waitlistOffers' | 'offerWindow' | 'capacity'>>): string | null {
  if (!v.waitlistOffers || v.capacity === null || v.capacity === undefined) return null;
  return `Seats offered from the waitlist (${describeOffset(v.offerWindow ?? 'PT2H')} to claim)`;
}
