import type { EventView } from '../../../core/view.ts';
import type { Reader } from '../../text/interpret.ts';
import { timeFor } from '../../text/replies.ts';
import { esc } from './limits.ts';
import { slackDate } from './time.ts';

/** " — new time: Fri, Nov 27, 9:00 PM CET (in 6 days), <localized>; attendees are told" */
export function movedLine(e: EventView, reader: Reader, now: Date): string {
  const local = slackDate(e.occurrence.start, '{date_short_pretty} at {time}', e.timezone);
  return ` — new time: ${esc(timeFor(e, reader.timezone, now, reader.locale))} (${local} for each reader); attendees are told`;
}
