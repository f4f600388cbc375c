import { DateTime } from 'luxon';
import type { DeliveryResult, Notice, Notifier, Target } from '../../scheduler/notifier.ts';
import { describeOffset } from '../../core/values.ts';
import { allDayText, stamp } from '../../when/index.ts';
import { changesText, dayWords, decisionText, droppedText, offerClosedText, offerResultText, offerText, promotedText, startsIn } from '../text/replies.ts';

/** Times in the reader's zone (the console has no platform timestamps to localize them). */
export function noticeText(n: Notice, zone: string = n.event.timezone): string {
  const fmt = (ms: number, f?: string) => (f ? DateTime.fromMillis(ms, { zone }).toFormat(f) : stamp(ms, zone));
  // An all-day event's dates are its own zone's, whoever reads them.
  const at = n.event.allDay ? `${allDayText(new Date(n.occurrence.start), new Date(n.occurrence.end), n.event.timezone, new Date(n.now))}, all day` : fmt(n.occurrence.start);
  switch (n.kind) {
    case 'reminder': {
      const offset = n.offset ? describeOffset(n.offset) : 'at start';
      const when = n.event.allDay ? dayWords(n.occurrence.start, n.now, n.event.timezone) : startsIn(n.occurrence.start, n.now);
      // An all-day reminder comes at the day's reminder hour: "N before" would not be true of it.
      return `⏰ ${n.event.title} ${when} (${at})${offset !== 'at start' && !n.event.allDay ? ` — reminder ${offset} before` : ''}`;
    }
    case 'announcement':
      return `📣 New event: ${n.event.title}, ${at}`;
    case 'moved': {
      const was = n.previous ? fmt(n.previous.start) : '?';
      const also = changesText(n, (ms) => fmt(ms));
      return `🕑 ${n.event.title} moved: now ${at} (was ${was})${also.length ? `; it ${also.join(' and ')}` : ''}`;
    }
    case 'changed':
      return `🕑 ${n.event.title} (${at}) ${changesText(n, (ms) => fmt(ms)).join(' and ')}`;
    case 'cancelled':
      return `✖ ${n.event.title} (${at}) was cancelled${n.reason ? `: ${n.reason}` : ''}`;
    case 'delivery_failed':
      return `⚠ A reminder for ${n.event.title} could not be delivered: ${n.error ?? 'unknown error'}`;
    case 'promoted':
      return `🎟 ${promotedText(n.event.title)} (${at})`;
    case 'card':
      return `🗂 ${n.event.title}`;
    case 'dropped':
      return `🗓 ${n.dropped ? droppedText(n.event.title, n.dropped, (ms) => fmt(ms), at) : n.event.title}`;
    case 'decided':
      return `✔ ${decisionText(n.event.title, n.decision ?? 'declined')} (${at})`;
    case 'offer':
      return `🎟 ${offerText(n.event.title, fmt(n.offer?.expiresAt ?? n.occurrence.start))} (${at}) — type: /event claim ${n.event.id} | /event pass ${n.event.id}`;
    case 'offer_closed':
      return `⌛ ${offerClosedText(n.event.title, n.offer?.closed ?? 'lapsed')}`;
    case 'offer_result':
      return n.offer?.result ? `🎟 ${offerResultText(n.event.title, n.offer.result, (u) => `@${u}`)}` : `🎟 ${n.event.title}`;
  }
}

/**
 * The playground's notifier: prints each notice where the person at the terminal sees it, in the
 * zone of whoever reads it (the DM's recipient; for the channel, the person at the terminal).
 */
export class ConsoleNotifier implements Notifier {
  constructor(
    private readonly print: (line: string) => void,
    private readonly zoneOf: (userId: string | null) => Promise<string | null> = async () => null,
  ) {}

  async deliver(notice: Notice, target: Target): Promise<DeliveryResult> {
    if (notice.kind === 'card') return { status: 'sent' };
    const where = target.type === 'channel' ? `#${target.channelId}` : `DM @${target.userId}`;
    const zone = (await this.zoneOf(target.type === 'dm' ? target.userId : null)) ?? notice.event.timezone;
    this.print(`[${where}] ${noticeText(notice, zone)}`);
    return { status: 'sent' };
  }
}
