import { DateTime } from 'luxon';

/*
 * Written by hand: the VTIMEZONE libraries on npm ship one fixed set of today's rules per zone,
 * while Convene computes every instant with luxon over the runtime's own tz data. Deriving the
 * observances from that same data, for the years a calendar spans, keeps the file and the bot
 * agreeing on every occurrence, historical rule changes included.
 */

interface Transition {
  /** The instant the new offset starts. */
  at: number;
  from: number;
  to: number;
  dst: boolean;
  name: string;
}

const DAY_MS = 86_400_000;
const STEP_MS = 7 * DAY_MS;

function offsetAt(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/** The first instant in (lo, hi] whose offset differs from lo's, to the second. */
function firstChange(lo: number, hi: number, zone: string): number {
  const before = offsetAt(lo, zone);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetAt(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function transitionsBetween(zone: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  let t = from;
  let off = offsetAt(t, zone);
  while (t < to) {
    const next = Math.min(t + STEP_MS, to);
    const o = offsetAt(next, zone);
    if (o !== off) {
      const at = firstChange(t, next, zone);
      const after = DateTime.fromMillis(at, { zone });
      out.push({ at, from: off, to: after.offset, dst: after.isInDST, name: after.offsetNameShort ?? '' });
      // A second change inside the same week is found from the first one onwards.
      t = at;
      off = after.offset;
      continue;
    }
    t = next;
  }
  return out;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function localStamp(ms: number, offsetMinutes: number): string {
  return DateTime.fromMillis(ms + offsetMinutes * 60_000, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss");
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', dtstart: string, from: number, to: number, name: string): string[] {
  const lines = [`BEGIN:${kind}`, `DTSTART:${dtstart}`, `TZOFFSETFROM:${formatOffset(from)}`, `TZOFFSETTO:${formatOffset(to)}`];
  // TZNAME is optional; "GMT+2"-style names say nothing the offsets don't.
  if (/^[A-Za-z]{2,6}$/.test(name)) lines.push(`TZNAME:${name}`);
  lines.push(`END:${kind}`);
  return lines;
}

export interface ZoneRules {
  /** The VTIMEZONE component, lines ending in CRLF. */
  text: string;
  /** The zone's UTC offset in minutes at an instant inside the covered years. */
  offsetAt(ms: number): number;
}

const cache = new Map<string, ZoneRules>();
const CACHE_SIZE = 500;

/**
 * A VTIMEZONE for an IANA zone covering the years fromYear..toYear (inclusive): the offset in force
 * at the start, then every transition in the range as its own observance. Its offsetAt answers
 * from the same transitions, so wall times written with it agree with the VTIMEZONE by construction.
 */
export function zoneRules(zone: string, fromYear: number, toYear: number): ZoneRules {
  const key = `${zone}|${fromYear}|${toYear}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const from = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone: 'utc' }).toMillis() - DAY_MS;
  const to = DateTime.fromObject({ year: toYear + 1, month: 1, day: 2 }, { zone: 'utc' }).toMillis();
  const first = DateTime.fromMillis(from, { zone });
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  lines.push(
    ...observance(first.isInDST ? 'DAYLIGHT' : 'STANDARD', '19700101T000000', first.offset, first.offset, first.offsetNameShort ?? ''),
  );
  const transitions = transitionsBetween(zone, from, to);
  for (const t of transitions) {
    lines.push(...observance(t.dst ? 'DAYLIGHT' : 'STANDARD', localStamp(t.at, t.from), t.from, t.to, t.name));
  }
  lines.push('END:VTIMEZONE');
  const offsetAt = (ms: number): number => {
    if (ms < from || ms >= to) return DateTime.fromMillis(ms, { zone }).offset;
    let lo = 0;
    let hi = transitions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (transitions[mid]!.at <= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? first.offset : transitions[lo - 1]!.to;
  };
  const rules = { text: `${lines.join('\r\n')}\r\n`, offsetAt };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, rules);
  return rules;
}

export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  return zoneRules(zone, fromYear, toYear).text;
}
