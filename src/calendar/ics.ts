import ical, { ICalEvent, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarEvent } from '../core/calendar-view.ts';
import { rruleValue, type Occurrence } from '../core/occurrences.ts';
import { zoneRules, type ZoneRules } from './vtimezone.ts';
import { plainDateTime, zonedDateTime } from './wall-time.ts';

/** One VEVENT: a whole event (a series with its RRULE), or one occurrence of a series on its own. */
export interface CalendarItem {
  event: CalendarEvent;
  /** Set to write just this occurrence (a feed of "my events" answered one date of a series). */
  occurrence?: Occurrence;
}

export interface IcsOptions {
  /** The calendar's name (X-WR-CALNAME), shown by calendar apps for a subscribed feed. */
  name?: string;
  /** Domain part of every UID: UIDs must be unique worldwide and stable per event. */
  uidDomain?: string;
  /** How often subscribers should refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshSeconds?: number;
  /** The clock: a series without an end gets zone rules this many years past now. */
  now: number;
  /** VEVENTs already written, by revision (a feed polled again rebuilds only what changed). */
  cache?: VeventCache;
}

/** Bump when the bytes written for the same events change (so feeds' ETags change with them). */
const FORMAT = 1;

const PRODID = { company: 'Convene', product: 'Convene events', language: 'EN' };
const OPEN_SERIES_YEARS = 10;
const DAY_MS = 86_400_000;
const DEFAULT_DOMAIN = 'convene.invalid';

export function eventUid(id: string, domain = DEFAULT_DOMAIN, occurrence?: Occurrence): string {
  return occurrence ? `${id}-${DateTime.fromMillis(occurrence.start, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss'Z'")}@${domain}` : `${id}@${domain}`;
}

function status(e: CalendarEvent): ICalEventStatus {
  if (e.status === 'cancelled') return ICalEventStatus.CANCELLED;
  return e.status === 'draft' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

function description(e: CalendarEvent): string | null {
  const parts: string[] = [];
  if (e.status === 'cancelled') parts.push(e.cancelReason ? `Cancelled: ${e.cancelReason}` : 'Cancelled.');
  if (e.description) parts.push(e.description);
  if (e.joinUrl && e.joinUrl !== e.description) parts.push(`Join: ${e.joinUrl}`);
  return parts.length ? parts.join('\n\n') : null;
}

/** The RRULE value; for an all-day series UNTIL is a date, like its DTSTART (RFC 5545 §3.3.10). */
function rrule(e: CalendarEvent): string | null {
  if (!e.recurrence) return null;
  const value = rruleValue(e.recurrence);
  if (!e.allDay || e.recurrence.until === null) return value;
  const day = DateTime.fromISO(e.recurrence.until, { zone: e.timezone }).toFormat('yyyyLLdd');
  return value.replace(/UNTIL=\d{8}T\d{6}Z/, `UNTIL=${day}`);
}

/**
 * The years an item's times touch, so the VTIMEZONE covers every occurrence. A day either side of
 * the UTC year covers every zone's local year without asking the zone (which is slow per event).
 */
const year = (ms: number) => new Date(ms).getUTCFullYear();
const openSeriesEnd = (from: number) => from + OPEN_SERIES_YEARS * 366 * DAY_MS;

function years(item: CalendarItem, now: number): [number, number] {
  const e = item.event;
  if (item.occurrence) return [year(item.occurrence.start - DAY_MS), year(item.occurrence.end + DAY_MS)];
  const last = e.lastEnd ?? openSeriesEnd(Math.max(now, e.start));
  return [year(e.start - DAY_MS), year(Math.max(last, e.end) + DAY_MS)];
}

/**
 * Everything besides the events that the bytes of a document depend on: the writer's format and
 * the year open series' zone rules reach from now. Feeds put it in their ETag.
 */
export function icsRevision(now: number): string {
  return `${FORMAT}.${year(openSeriesEnd(now) + DAY_MS)}`;
}

/** Written VEVENTs (folded) by event revision, least recently used dropped first. */
export class VeventCache {
  readonly #texts = new Map<string, string>();
  constructor(readonly maxEntries = 50_000) {}

  static key(item: CalendarItem, domain: string): string {
    const e = item.event;
    return `${domain}|${e.id}|${e.sequence}|${e.updatedAt}|${item.occurrence?.start ?? ''}`;
  }

  get(key: string): string | undefined {
    const text = this.#texts.get(key);
    if (text !== undefined) {
      this.#texts.delete(key);
      this.#texts.set(key, text);
    }
    return text;
  }

  set(key: string, text: string): void {
    this.#texts.set(key, text);
    if (this.#texts.size > this.maxEntries) this.#texts.delete(this.#texts.keys().next().value!);
  }

  get size(): number {
    return this.#texts.size;
  }

  clear(): void {
    this.#texts.clear();
  }
}

function addItem(cal: ICalCalendar, item: CalendarItem, domain: string, rules: ZoneRules | null): string {
  const e = item.event;
  const start = item.occurrence?.start ?? e.start;
  const end = item.occurrence?.end ?? e.end;
  // All-day: dates in the event's zone; UTC: instants (written with Z); else wall times with TZID.
  const at = (ms: number) => {
    if (e.allDay) return plainDateTime(ms, DateTime.fromMillis(ms, { zone: e.timezone }).offset);
    if (!rules) return new Date(ms);
    return zonedDateTime(ms, e.timezone, rules.offsetAt(ms));
  };
  const recurrence = item.occurrence ? null : rrule(e);
  // Not cal.createEvent: that keeps every event in the calendar, which is only the frame here
  // (each VEVENT is written on its own), and a 10,000-event feed's objects then live until the end.
  const vevent = new ICalEvent(
    {
      id: eventUid(e.id, domain, item.occurrence),
      sequence: e.sequence,
      // DTSTAMP is when this revision was made, so an unchanged event writes identical bytes (ETags).
      stamp: new Date(e.updatedAt),
      created: new Date(e.createdAt),
      lastModified: new Date(e.updatedAt),
      start: at(start),
      end: at(end),
      allDay: e.allDay,
      timezone: e.allDay || !rules ? null : e.timezone,
      repeating: recurrence,
      summary: e.title,
      description: description(e),
      location: e.location,
      url: e.joinUrl,
      status: status(e),
    },
    cal,
  );
  return vevent.toString();
}

/*
 * Folding by hand: ical-generator folds a whole calendar with a TextEncoder per character, which
 * alone took longer than the 200 ms a 10,000-event feed may take. Same rule (RFC 5545 §3.1): lines
 * of at most 75 octets, continued after CRLF + space, never splitting a UTF-8 character. Whether a
 * part needs folding at all is one linear pass: the regex /[^\x00-\x7f]|[^\r\n]{76}/ used before
 * tried up to 76 characters at every position and was the largest cost of a cold 10,000-event feed.
 */
const MAX_OCTETS = 75;

/** UTF-8 octets of the character starting at i (a surrogate pair is one 4-octet character). */
function octetsAt(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
    const d = line.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 4;
  }
  return 3;
}

function foldLine(line: string, out: string[]): void {
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const size = octetsAt(line, i);
    if (octets + size > MAX_OCTETS) {
      out.push(from === 0 ? line.slice(0, i) : ` ${line.slice(from, i)}`);
      from = i;
      octets = 1; // the continuation's leading space
    }
    octets += size;
    i += size === 4 ? 2 : 1;
  }
  out.push(from === 0 ? line : ` ${line.slice(from)}`);
}

/** Lines over 75 characters, or with any non-ASCII (which may be over 75 octets), need folding: one linear scan. */
function needsFolding(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return true;
    if (c === 13 || c === 10) run = 0;
    else if (++run > MAX_OCTETS) return true;
  }
  return false;
}

function fold(text: string): string {
  if (!needsFolding(text)) return text;
  const out: string[] = [];
  for (const line of text.split('\r\n')) {
    if (line.length <= MAX_OCTETS && !needsFolding(line)) out.push(line);
    else foldLine(line, out);
  }
  return out.join('\r\n');
}

/**
 * An iCalendar document (RFC 5545) for the given events: one VEVENT each, a VTIMEZONE for every
 * zone they use covering the years they span, UIDs stable per event, SEQUENCE from the revision.
 */
export function buildIcs(items: CalendarItem[], opts: IcsOptions): string {
  const domain = opts.uidDomain ?? DEFAULT_DOMAIN;
  const spans = new Map<string, [number, number]>();
  for (const item of items) {
    if (item.event.allDay || item.event.timezone === 'UTC') continue;
    const [from, to] = years(item, opts.now);
    const known = spans.get(item.event.timezone);
    spans.set(item.event.timezone, known ? [Math.min(known[0], from), Math.max(known[1], to)] : [from, to]);
  }
  const rules = new Map([...spans].map(([zone, [from, to]]) => [zone, zoneRules(zone, from, to)]));
  // The library writes the frame (VERSION, PRODID, name, refresh) and each VEVENT; each part is
  // folded here, once, quickly (and kept folded in the cache).
  const cal = ical({ prodId: PRODID, name: opts.name ?? null, ttl: opts.refreshSeconds ?? null });
  const frame = cal.toString();
  const body: string[] = [...rules.values()].map((r) => fold(r.text));
  for (const item of items) {
    const key = opts.cache ? VeventCache.key(item, domain) : '';
    let text = opts.cache?.get(key);
    if (text === undefined) {
      text = fold(addItem(cal, item, domain, rules.get(item.event.timezone) ?? null));
      opts.cache?.set(key, text);
    }
    body.push(text);
  }
  const end = frame.lastIndexOf('END:VCALENDAR');
  return `${frame.slice(0, end)}${body.join('')}${frame.slice(end)}`;
}

/** The .ics file for one event (the whole series for a repeating one). */
export function eventIcs(event: CalendarEvent, opts: IcsOptions): string {
  return buildIcs([{ event }], opts);
}

export function icsFileName(event: Pick<CalendarEvent, 'title' | 'id'>): string {
  const slug = event.title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'event'}-${event.id}.ics`;
}
