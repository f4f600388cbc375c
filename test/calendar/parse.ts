import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  status: string | null;
  sequence: number;
  allDay: boolean;
  tzid: string | null;
  /** Epoch ms, resolved through the file's own VTIMEZONE. */
  start: number;
  end: number;
  rrule: string | null;
  /** The first `limit` occurrence starts (epoch ms), expanded by ical.js from the RRULE. */
  occurrences(limit: number): number[];
}

/**
 * Parses an iCalendar text with ical.js, a real RFC 5545 parser, resolving every TZID through the
 * VTIMEZONE the file itself carries (never the test machine's zone data).
 */
export function parseIcs(text: string): { name: string | null; events: ParsedEvent[]; zones: string[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  const zones: string[] = [];
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(tz, tz.tzid);
    zones.push(tz.tzid);
  }
  const events = root.getAllSubcomponents('vevent').map((v): ParsedEvent => {
    const ev = new ICAL.Event(v);
    const dtstart = v.getFirstProperty('dtstart')!;
    const tzid = dtstart.getParameter('tzid');
    if (tzid && !zones.includes(String(tzid))) throw new Error(`TZID ${String(tzid)} has no VTIMEZONE in the file`);
    const ms = (t: ICAL.Time) => t.toUnixTime() * 1000;
    const rrule = v.getFirstPropertyValue('rrule');
    return {
      uid: ev.uid,
      summary: ev.summary,
      description: (v.getFirstPropertyValue('description') as string | null) ?? null,
      location: (v.getFirstPropertyValue('location') as string | null) ?? null,
      url: (v.getFirstPropertyValue('url') as string | null) ?? null,
      status: (v.getFirstPropertyValue('status') as string | null) ?? null,
      sequence: ev.sequence,
      allDay: ev.startDate.isDate,
      tzid: tzid ? String(tzid) : null,
      start: ms(ev.startDate),
      end: ms(ev.endDate),
      rrule: rrule ? rrule.toString() : null,
      occurrences(limit: number) {
        const it = ev.iterator();
        const out: number[] = [];
        for (let next = it.next(); next && out.length < limit; next = it.next()) out.push(ms(next));
        return out;
      },
    };
  });
  const name = root.getFirstPropertyValue('x-wr-calname');
  return { name: name ? String(name) : null, events, zones };
}
