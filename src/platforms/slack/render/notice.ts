import type { Notice } from '../../../scheduler/notifier.ts';
import { cut, LIMITS, mrkdwnSection, plain, type Block } from './limits.ts';
import { ACTION, encodeRef } from '../ids.ts';
import { esc, link } from './mrkdwn.ts';
import { changesText, dayWords, decisionText, droppedText, offerClosedText, offerResultText, offerText, promotedText, startsIn } from '../../text/replies.ts';
import { slackDate, slackRange } from './time.ts';

const when = (ms: number, zone: string) => slackDate(ms, '{date_short_pretty} {time}', zone);

/** A notice as one mrkdwn message; dates localize for each reader. */
export function noticeText(n: Notice): string {
  const title = `*${esc(n.event.title)}*`;
  // An all-day event's dates as they are in its zone (a date token would show readers west of it the day before).
  const at = n.event.allDay ? slackRange(n.occurrence.start, n.occurrence.end, n.event.timezone, true) : when(n.occurrence.start, n.event.timezone);
  let text: string;
  switch (n.kind) {
    case 'reminder': {
      const where = n.event.joinUrl ? `\nJoin: ${link(n.event.joinUrl)}` : n.event.location ? `\nWhere: ${esc(n.event.location)}` : '';
      text = n.event.allDay
        ? `:calendar: ${title} ${dayWords(n.occurrence.start, n.now, n.event.timezone)} (${slackRange(n.occurrence.start, n.occurrence.end, n.event.timezone, true)}).${where}`
        : `:alarm_clock: ${title} ${startsIn(n.occurrence.start, n.now)} (${at}).${where}`;
      break;
    }
    case 'announcement':
      text = `:mega: New event: ${title}, ${at}`;
      break;
    case 'moved': {
      const also = changesText(n, (ms) => when(ms, n.event.timezone));
      text = `:clock2: ${title} moved: now ${at}${n.previous ? ` (was ${when(n.previous.start, n.event.timezone)})` : ''}${also.length ? `; it ${also.join(' and ')}` : ''}.`;
      break;
    }
    case 'changed':
      text = `:clock2: ${title} (${at}) ${changesText(n, (ms) => when(ms, n.event.timezone)).join(' and ')}.`;
      break;
    case 'cancelled':
      text = `:no_entry: ${title} (${at}) was cancelled${n.reason ? `: ${esc(n.reason)}` : '.'}`;
      break;
    case 'delivery_failed':
      text = `:warning: A reminder for ${title} could not be delivered: ${esc(n.error ?? 'unknown error')}`;
      break;
    case 'promoted':
      text = `:tada: ${promotedText(title)} ${at}.`;
      break;
    case 'decided':
      text = `${n.decision === 'declined' ? ':no_entry_sign:' : ':white_check_mark:'} ${decisionText(title, n.decision ?? 'declined')}`;
      break;
    case 'dropped':
      text = `:spiral_calendar_pad: ${n.dropped ? droppedText(title, n.dropped, (ms) => when(ms, n.event.timezone), at) : title}`;
      break;
    case 'card':
      text = title;
      break;
    case 'offer':
      text = `:ticket: ${offerText(title, when(n.offer?.expiresAt ?? n.occurrence.start, n.event.timezone))} (${at})`;
      break;
    case 'offer_closed':
      text = `:hourglass: ${offerClosedText(title, n.offer?.closed ?? 'lapsed')}`;
      break;
    case 'offer_result':
      text = n.offer?.result ? `:ticket: ${offerResultText(title, n.offer.result, (u) => `<@${u}>`)}` : title;
      break;
  }
  return cut(text, LIMITS.messageText);
}

/** A seat offer's DM: its words and its answers (claim the seat, or pass it on). Empty for other notices. */
export function offerBlocks(n: Notice): Block[] {
  if (n.kind !== 'offer') return [];
  const value = encodeRef({ eventId: n.event.id, occurrence: n.event.occurrence.key });
  return [
    mrkdwnSection(noticeText(n)),
    {
      type: 'actions',
      elements: [
        { type: 'button', action_id: ACTION.offerClaim, style: 'primary', text: plain('Claim my seat'), value },
        { type: 'button', action_id: ACTION.offerPass, text: plain('Pass it on'), value },
      ],
    },
  ];
}
