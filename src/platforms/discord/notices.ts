import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';
import type { Notice } from '../../scheduler/notifier.ts';
import { encodeCustomId } from './custom-ids.ts';
import { describeOffset } from '../../core/values.ts';
import { changesText, dayWords, decisionText, droppedText, offerClosedText, offerResultText, offerText, promotedText } from '../text/replies.ts';
import { ts } from './render/time.ts';
import { allDayText } from '../../when/index.ts';
import { cardRefOf } from './cards.ts';

/** A link to the event card, when there is one. */
function cardLink(n: Notice): string {
  const ref = cardRefOf(n.event.card);
  return ref ? `https://discord.com/channels/${n.event.workspaceId}/${ref.channelId}/${ref.messageId}` : '';
}

/** The words of a notice, in Discord's format: times as <t:…> so every reader sees their own zone. */
export function noticeText(n: Notice): string {
  const title = `**${n.event.title}**`;
  // An all-day event's dates are written in its zone: a timestamp shows readers west of it the day before.
  const days = (o: { start: number; end: number }) => allDayText(new Date(o.start), new Date(o.end), n.event.timezone, new Date(n.now));
  const at = n.event.allDay ? `${days(n.occurrence)} (all day)` : ts(n.occurrence.start, 'F');
  const link = cardLink(n);
  const where = n.event.joinUrl ? `\nJoin: ${n.event.joinUrl}` : n.event.location ? `\nWhere: ${n.event.location}` : '';
  switch (n.kind) {
    case 'reminder': {
      const startingNow = n.occurrence.start <= n.now || (n.offset !== null && describeOffset(n.offset) === 'at start');
      const head = n.event.allDay
        ? `📅 ${title} ${dayWords(n.occurrence.start, n.now, n.event.timezone)} (${days(n.occurrence)}, all day)`
        : startingNow
          ? `⏰ ${title} is starting now (${at})`
          : `⏰ ${title} starts ${ts(n.occurrence.start, 'R')} — ${at}`;
      return `${head}${where}${link ? `\n${link}` : ''}`;
    }
    case 'announcement':
      return `📣 New event: ${title}, ${at} (${ts(n.occurrence.start, 'R')})${link ? `\n${link}` : ''}`;
    case 'moved': {
      const also = changesText(n, (ms) => ts(ms, 'F'));
      return `🕑 ${title} moved to ${at} (${ts(n.occurrence.start, 'R')})${n.previous ? `; it was ${n.event.allDay ? days(n.previous) : ts(n.previous.start, 'F')}` : ''}${also.length ? `; it ${also.join(' and ')}` : ''}.${link ? `\n${link}` : ''}`;
    }
    case 'changed':
      return `🕑 ${title} (${at}) ${changesText(n, (ms) => ts(ms, 'F')).join(' and ')}.${link ? `\n${link}` : ''}`;
    case 'cancelled':
      return `✖ ${title} (${at}) was cancelled${n.reason ? `: ${n.reason}` : '.'}`;
    case 'delivery_failed':
      return `⚠ A reminder for ${title} could not be delivered: ${n.error ?? 'unknown error'}.`;
    case 'promoted':
      return `🎟️ ${promotedText(title)} ${at} (${ts(n.occurrence.start, 'R')})${link ? `\n${link}` : ''}`;
    case 'card':
      return title;
    case 'offer':
      return `🎟️ ${offerText(title, `${ts(n.offer?.expiresAt ?? n.occurrence.start, 'F')} (${ts(n.offer?.expiresAt ?? n.occurrence.start, 'R')})`)}\nIt starts ${at}.${link ? `\n${link}` : ''}`;
    case 'offer_closed':
      return `⌛ ${offerClosedText(title, n.offer?.closed ?? 'lapsed')}${link ? `\n${link}` : ''}`;
    case 'offer_result':
      return n.offer?.result ? `🎟️ ${offerResultText(title, n.offer.result, (u) => `<@${u}>`)}${link ? `\n${link}` : ''}` : title;
    case 'dropped':
      return `🗓️ ${n.dropped ? droppedText(title, n.dropped, (ms) => ts(ms, 'F'), at) : title}${link ? `\n${link}` : ''}`;
    case 'decided':
      return `${n.decision === 'declined' ? '✖' : '✅'} ${decisionText(title, n.decision ?? 'declined')}${link ? `\n${link}` : ''}`;
  }
}

/** A seat offer's DM carries its answers: claim (the seat) or pass (to the next person). Nothing for other notices. */
export function offerButtons(n: Notice): APIActionRowComponent<APIButtonComponent>[] {
  if (n.kind !== 'offer') return [];
  const id = (answer: 'claim' | 'pass') =>
    encodeCustomId({ kind: 'offer', eventId: n.event.id, answer, guildId: n.event.workspaceId, ...(n.event.occurrence.key ? { occurrence: n.event.occurrence.key } : {}) });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Success, label: 'Claim my seat', custom_id: id('claim') },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Pass it on', custom_id: id('pass') },
      ],
    },
  ];
}
