import type { AddToCalendar } from '../../../calendar/add.ts';
import { esc, link } from './mrkdwn.ts';

/** The add-to-calendar answer in mrkdwn: Slack can't attach a file to an ephemeral reply, so links. */
export function calendarText(a: AddToCalendar): string {
  const outlookNote = a.seriesInOutlook ? ' (the next date only)' : '';
  return [
    `Add *${esc(a.title)}* to your calendar: ${link(a.google, 'Google Calendar')} · ${link(a.outlook, 'Outlook')}${outlookNote}`,
    'For Apple Calendar, or to follow every change, subscribe to a feed: `/event feed`.',
  ].join('\n');
}
