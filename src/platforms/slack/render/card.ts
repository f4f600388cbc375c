import type { EventView } from '../../../core/view.ts';
import { describeRecurrence } from '../../../when/index.ts';
import { offsetsText, aboutEvent, neededText } from '../../text/replies.ts';
import { ACTION, encodeRef, everyValue, overflowValue, type CardRef } from '../ids.ts';
import type { StandingChoice } from '../../../core/standing.ts';
import { capBlocks, context, cut, LIMITS, mrkdwnSection, plain, type Block } from './limits.ts';
import { esc, link, mentionUser, safeUrl, userMention } from './mrkdwn.ts';
import { googleCalendarUrl } from '../../../calendar/links.ts';
import { slackRange } from './time.ts';
import type { RoleNamer } from '../../../core/restriction.ts';

function cardRef(e: EventView): CardRef {
  return { eventId: e.id, occurrence: e.recurrence ? e.occurrence.key : '' };
}

const mention = mentionUser;

function names(ids: string[], total: number): string {
  const shown = ids.slice(0, 10).map(mention).join(', ');
  const more = total - Math.min(ids.length, 10);
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/**
 * One line for the message's `text` (notifications, screen readers, clients without blocks).
 * Slack parses it as mrkdwn, so the title is escaped like every other piece of user text.
 */
export function cardFallback(e: EventView): string {
  return cut(esc(`${e.title}${e.status === 'cancelled' ? ' (cancelled)' : ''}`), LIMITS.messageText);
}

/**
 * The event card posted in the channel: the same for every reader (dates localize themselves).
 * `group` names the user groups an invite-only event is open to (by handle: a mention would notify them).
 */
export function renderCard(e: EventView, group: RoleNamer = () => null): Block[] {
  const ref = cardRef(e);
  const badge = e.status === 'cancelled' ? ' (cancelled)' : e.status === 'live' ? ' (happening now)' : e.status === 'ended' ? ' (ended)' : e.status === 'draft' ? ' (draft)' : '';
  const blocks: Block[] = [{ type: 'header', text: plain(`${e.title}${badge}`, LIMITS.header) }];

  const when = [`:calendar: ${slackRange(e.occurrence.start, e.occurrence.end, e.timezone, e.allDay)}`];
  if (e.recurrence) when.push(`:repeat: ${describeRecurrence(e.recurrence)}`);
  blocks.push(mrkdwnSection(when.join('\n')));

  const joinUrl = safeUrl(e.joinUrl);
  if (joinUrl) {
    blocks.push(
      mrkdwnSection(`:globe_with_meridians: Online: ${link(joinUrl, cut(joinUrl, 200))}`, {
        accessory: { type: 'button', action_id: ACTION.join, text: plain('Join'), url: joinUrl, value: encodeRef(ref) },
      }),
    );
  } else if (e.joinUrl) {
    blocks.push(mrkdwnSection(`:globe_with_meridians: Online: ${esc(e.joinUrl)}`));
  } else if (e.location) {
    blocks.push(mrkdwnSection(`:round_pushpin: ${esc(e.location)}`));
  }
  if (e.description) blocks.push(mrkdwnSection(esc(e.description)));

  const seats = e.capacity === null ? `${e.counts.going} going` : `${e.counts.going}/${e.capacity} going`;
  const extra = [
    neededText(e) ?? '',
    e.counts.maybe ? `${e.counts.maybe} maybe` : '',
    e.counts.offered ? `${e.counts.offered} seat${e.counts.offered === 1 ? '' : 's'} offered` : '',
    e.counts.waitlisted ? `${e.counts.waitlisted} on the waitlist` : '',
    e.counts.pending ? `${e.counts.pending} awaiting approval` : '',
  ].filter(Boolean);
  const hosts = e.hostIds.map(mention).join(', ');
  blocks.push(context(`*${seats}*${extra.length ? ` · ${extra.join(' · ')}` : ''} · Hosted by ${hosts}`));
  const lines: string[] = [];
  if (e.attendees.going.length) lines.push(`Going: ${names(e.attendees.going, e.counts.going)}`);
  if (e.attendees.maybe.length) lines.push(`Maybe: ${names(e.attendees.maybe, e.counts.maybe)}`);
  if (e.attendees.offered.length) lines.push(`Seat offered to: ${names(e.attendees.offered, e.counts.offered)}`);
  if (e.attendees.waitlisted.length) lines.push(`Waitlist: ${names(e.attendees.waitlisted, e.counts.waitlisted)}`);
  if (lines.length) blocks.push(context(lines.join('\n')));

  if (e.status === 'cancelled') {
    blocks.push(context(`:no_entry: Cancelled${e.cancelReason ? `: ${esc(e.cancelReason)}` : ''}`));
    return capBlocks(blocks);
  }
  const notes: string[] = aboutEvent(e, group, userMention).map((a) => `*${a}*`);
  if (e.approvalRequired) notes.push('Hosts approve RSVPs');
  if (e.rsvpDeadline !== null) notes.push(`RSVP by <!date^${Math.floor(e.rsvpDeadline / 1000)}^{date_short_pretty} {time}|deadline>`);
  notes.push(`Reminders: ${offsetsText(e.reminderOffsets)}`);
  blocks.push(context(notes.join(' · ')));

  const value = encodeRef(ref);
  const elements: Block[] = [];
  if (e.rsvpOpen) {
    elements.push(
      { type: 'button', action_id: ACTION.rsvpGoing, text: plain('Going'), style: 'primary', value },
      { type: 'button', action_id: ACTION.rsvpMaybe, text: plain('Maybe'), value },
      { type: 'button', action_id: ACTION.rsvpDeclined, text: plain("Can't go"), value },
    );
  }
  if (e.rsvpOpen && e.recurrence) {
    // A series: answer every date at once (dates answered one by one keep their own answer).
    const every = (label: string, answer: StandingChoice) => ({ text: plain(label), value: everyValue(answer, e.id) });
    elements.push({
      type: 'static_select',
      action_id: ACTION.every,
      placeholder: plain('Every time…'),
      options: [every('Going every time', 'going'), every('Maybe every time', 'maybe'), every("Can't go any time", 'declined'), every('Stop answering every time', 'none')],
    });
  }
  elements.push({
    type: 'overflow',
    action_id: ACTION.overflow,
    options: [
      { text: plain('Edit event'), value: overflowValue('edit', ref) },
      { text: plain('Cancel event'), value: overflowValue('cancel', ref) },
      {
        text: plain('Add to calendar'),
        value: overflowValue('calendar', ref),
        url: googleCalendarUrl({ ...e, start: e.occurrence.start, end: e.occurrence.end }),
      },
    ],
  });
  blocks.push({ type: 'actions', block_id: `convene_card_${e.id}`, elements });
  return capBlocks(blocks, LIMITS.messageBlocks, 1);
}

/** A compact line per event for lists (slash list, App Home). */
export function listLine(e: EventView): string {
  const seats = e.capacity === null ? `${e.counts.going} going` : `${e.counts.going}/${e.capacity} going`;
  const draft = e.status === 'draft' ? ' _(draft)_' : e.status === 'cancelled' ? ' _(cancelled)_' : '';
  const needed = neededText(e);
  return `• *${esc(cut(e.title, 200))}*${draft} — ${slackRange(e.occurrence.start, e.occurrence.end, e.timezone, e.allDay)} — ${seats}${needed ? `, ${needed}` : ''} · \`${e.id}\``;
}
