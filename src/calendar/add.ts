import type { CalendarEntry } from '../core/handlers/queries.ts';
import { eventIcs, icsFileName } from './ics.ts';
import { googleCalendarUrl, outlookCalendarUrl } from './links.ts';

/** Everything "Add to calendar" offers for one event, on every surface. */
export interface AddToCalendar {
  title: string;
  google: string;
  outlook: string;
  ics: string;
  fileName: string;
  /** Outlook's link takes one date: for a series it adds the next occurrence only. */
  seriesInOutlook: boolean;
}

export function addToCalendar(entry: CalendarEntry, opts: { now: number; uidDomain?: string }): AddToCalendar {
  const cal = entry.calendar;
  const occ = entry.event.occurrence;
  const google = googleCalendarUrl({ ...cal, recurrence: cal.recurrence });
  const outlook = outlookCalendarUrl({ ...cal, start: occ.start, end: occ.end, recurrence: null });
  return {
    title: cal.title,
    google,
    outlook,
    ics: eventIcs(cal, { now: opts.now, uidDomain: opts.uidDomain }),
    fileName: icsFileName(cal),
    seriesInOutlook: cal.recurrence !== null,
  };
}

/** The links as plain lines, for the console and as a fallback text elsewhere. */
export function addToCalendarLines(a: AddToCalendar): string[] {
  return [
    `Add "${a.title}" to your calendar:`,
    `  Google Calendar: ${a.google}`,
    `  Outlook:         ${a.outlook}${a.seriesInOutlook ? ' (the next date only; the .ics has the whole series)' : ''}`,
    `  Apple Calendar and others: open the .ics file (${a.fileName})`,
  ];
}
