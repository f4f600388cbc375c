import { DateTime } from 'luxon';
import type { DeliveryResult, Notice, Notifier, Target } from '../../scheduler/notifier.ts';
import { describeOffset } from '../../core/values.ts';
import { decisionText, promotedText, startsIn } from '../text/replies.ts';

export function noticeText(n: Notice): string {
  const at = DateTime.fromMillis(n.occurrence.start, { zone: n.event.timezone }).toFormat('ccc d LLL, HH:mm ZZZZ');
  switch (n.kind) {
    case 'reminder':
      return `⏰ ${n.event.title} ${startsIn(n.occurrence.start, n.now)} (${at})${n.offset && describeOffset(n.offset) !== 'at start' ? ` — ${describeOffset(n.offset)} reminder` : ''}`;
    case 'announcement':
      return `📣 New event: ${n.event.title}, ${at}`;
    case 'moved': {
      const was = n.previous ? DateTime.fromMillis(n.previous.start, { zone: n.event.timezone }).toFormat('ccc d LLL, HH:mm') : '?';
      return `🕑 ${n.event.title} moved: now ${at} (was ${was})`;
    }
    case 'cancelled':
      return `✖ ${n.event.title} (${at}) was cancelled${n.reason ? `: ${n.reason}` : ''}`;
    case 'delivery_failed':
      return `⚠ A reminder for ${n.event.title} could not be delivered: ${n.error ?? 'unknown error'}`;
    case 'promoted':
      return `🎟 ${promotedText(n.event.title)} (${at})`;
    case 'card':
      return `🗂 ${n.event.title}`;
    case 'decided':
      return `✔ ${decisionText(n.event.title, n.decision ?? 'declined')} (${at})`;
  }
}

/** The playground's notifier: prints each notice where the person at the terminal sees it. */
export class ConsoleNotifier implements Notifier {
  constructor(private readonly print: (line: string) => void) {}

  async deliver(notice: Notice, target: Target): Promise<DeliveryResult> {
    if (notice.kind === 'card') return { status: 'sent' };
    const where = target.type === 'channel' ? `#${target.channelId}` : `DM @${target.userId}`;
    this.print(`[${where}] ${noticeText(notice)}`);
    return { status: 'sent' };
  }
}
