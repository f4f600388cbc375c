import { DateTime, IANAZone } from 'luxon';
import { ABBREVIATIONS, CITIES, fixedZone } from './zones.ts';
import { dateOrder, localeForZone } from '../core/locale.ts';
import { allMatches } from './matches.ts';

/**
 * A zone typed as a SETTING ("tz est", "tz cet", "tz +05:30", "tz Europe/Berlin"): what to store
 * and what to say back. An abbreviation means the place, not the season's offset: "est" is
 * America/New_York (EST in winter, EDT in summer), never a fixed UTC-5 that is an hour off from
 * March to November. An offset typed as an offset is stored as one, and the read-back says so.
 */
export type ZoneSetting = { ok: true; zone: string; readBack: string } | { ok: false; message: string };

/** Both names of a zone that changes offset ("EST/EDT"), or its one name. */
const SEASONS: Record<string, string> = {
  'America/New_York': 'EST/EDT',
  'America/Chicago': 'CST/CDT',
  'America/Denver': 'MST/MDT',
  'America/Los_Angeles': 'PST/PDT',
  'America/Anchorage': 'AKST/AKDT',
  'America/Halifax': 'AST/ADT',
  'America/St_Johns': 'NST/NDT',
  'Pacific/Honolulu': 'HST',
  'Europe/London': 'GMT/BST',
  'Europe/Lisbon': 'WET/WEST',
  'Europe/Berlin': 'CET/CEST',
  'Europe/Athens': 'EET/EEST',
  'Europe/Moscow': 'MSK',
  'Asia/Kolkata': 'IST',
  'Australia/Sydney': 'AEST/AEDT',
  'Australia/Adelaide': 'ACST/ACDT',
  'Australia/Perth': 'AWST',
  'Pacific/Auckland': 'NZST/NZDT',
};

/** Abbreviations that name more than one place: say which we picked and how to pick another. */
const ALSO: Record<string, string> = {
  ist: "For Irish time use 'Europe/Dublin', for Israel 'Asia/Jerusalem'.",
  cst: "For China use 'Asia/Shanghai', for Cuba 'America/Havana'.",
  bst: "For Bangladesh use 'Asia/Dhaka'.",
  ast: "For Arabia use 'Asia/Riyadh'.",
  gst: "For South Georgia use 'Atlantic/South_Georgia'.",
  cet: "Any CET country works the same; for a specific one use e.g. 'Europe/Paris'.",
};

const OFFSET_SETTING = /^(?:(?:utc|gmt)\s*)?([+-−])\s*(\d{1,2})(?::?(\d{2}))?$/i;

function label(zone: string): string {
  const names = SEASONS[zone];
  if (names) return `${zone} (${names})`;
  const now = DateTime.now().setZone(zone);
  const jan = DateTime.fromObject({ year: now.year, month: 1, day: 15 }, { zone });
  const jul = jan.set({ month: 7 });
  const short = (d: DateTime) => d.toFormat('ZZZZ', { locale: 'en-US' });
  return jan.offset === jul.offset ? `${zone} (${short(jan)})` : `${zone} (${short(jan)}/${short(jul)})`;
}

function canonical(name: string): string | null {
  const guess = name.toLowerCase().replace(/(^|[/_-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
  for (const candidate of [guess, name]) {
    if (candidate.includes('/') && IANAZone.isValidZone(candidate)) return new IANAZone(candidate).name;
  }
  return null;
}

export function resolveZoneSetting(input: string): ZoneSetting {
  const text = typeof input === 'string' ? input.trim() : '';
  if (!text) return { ok: false, message: "Give a time zone, like 'Europe/Berlin', 'EST' or '+05:30'." };
  const key = text.toLowerCase();
  if (key === 'utc' || key === 'gmt' || key === 'z' || key === 'etc/utc') return { ok: true, zone: 'UTC', readBack: 'Using UTC.' };
  const iana = canonical(text);
  if (iana) return { ok: true, zone: iana, readBack: `Using ${label(iana)}.` };
  const abbr = ABBREVIATIONS[key] ?? (/^(?:pacific|mountain|central|eastern)(?:\s+(?:standard|daylight))?(?:\s+time)?$/.test(key) ? spelled(key) : undefined);
  if (abbr) {
    const extra = ALSO[key] ? ` ${ALSO[key]}` : '';
    return { ok: true, zone: abbr, readBack: `Using ${label(abbr)}: it follows daylight saving where that place does.${extra}` };
  }
  const city = CITIES[key.replace(/\s+time$/, '')];
  if (city) return { ok: true, zone: city, readBack: `Using ${label(city)}.` };
  const m = OFFSET_SETTING.exec(text);
  if (m) {
    const zone = fixedZone(m[1]!.replace('−', '-'), Number(m[2]), Number(m[3] ?? 0));
    if (!zone) return { ok: false, message: `'${text}' isn't an offset a clock can have — offsets run from -12:00 to +14:00.` };
    return { ok: true, zone, readBack: `Using ${zone}, a fixed offset: it will not follow daylight saving. For a place's own time use a name like 'Asia/Kolkata'.` };
  }
  return {
    ok: false,
    message: `I don't know the time zone '${text}' — use a name like 'Europe/Berlin' or 'America/New_York', an abbreviation like 'EST' or 'CET', or an offset like '+05:30'.`,
  };
}

function spelled(key: string): string | undefined {
  const first = key.split(/\s+/)[0]!;
  return { pacific: 'America/Los_Angeles', mountain: 'America/Denver', central: 'America/Chicago', eastern: 'America/New_York' }[first];
}

/** Date order people in a zone write, where the zone settles it (core/locale's one zone→locale rule); null otherwise. */
export function dateOrderForZone(zone: string): 'day-first' | 'month-first' | null {
  let order = ORDER_BY_ZONE.get(zone);
  if (order === undefined) {
    const locale = localeForZone(canonical(zone) ?? zone);
    const d = locale ? dateOrder(locale) : null;
    order = d === 'dmy' ? 'day-first' : d === 'mdy' ? 'month-first' : null;
    // Asked on every reading; Intl answers in tens of microseconds, so remember (zones are few).
    if (ORDER_BY_ZONE.size > 2000) ORDER_BY_ZONE.clear();
    ORDER_BY_ZONE.set(zone, order);
  }
  return order;
}
const ORDER_BY_ZONE = new Map<string, 'day-first' | 'month-first' | null>();

/** Numeric dates in the text ("3/4", "5.1.2027", "03-07-2017"): which order they force, if any. */
const NUMERIC_DATE_RE = /(?<![\d/.:-])(\d{1,2})(?:\/(\d{1,2})(?:\/(\d{2}|\d{4}))?|([.-])(\d{1,2})\4(\d{2}|\d{4}))(?![\d/.:]|-\d)/g;

export type DateOrderNeed = 'day-first' | 'month-first' | 'ask' | null;

/**
 * What the numbers themselves say: "25/12" can only be day first, "12/25" only month first;
 * "3/4" could be either ('ask'); null when there is no numeric date.
 */
export function numericDateOrder(text: string): DateOrderNeed {
  let need: DateOrderNeed = null;
  const dates: [number, number][] = [];
  for (const m of allMatches(NUMERIC_DATE_RE, text)) {
    const a = Number(m[1]);
    const b = Number(m[2] ?? m[5]);
    if (a > 12 && b >= 1 && b <= 12) return 'day-first';
    if (b > 12 && a >= 1 && a <= 12) return 'month-first';
    if (a !== b && a >= 1 && b >= 1 && a <= 12 && b <= 12) need = 'ask';
    dates.push([a, b]);
  }
  // Two dates that share one number ("5/1-5/7", "10/1/2018 - 10/7/2018"): the shared one is the
  // month — days of one month, not the same day of two months six apart.
  if (need === 'ask' && dates.length === 2) {
    const [[a1, b1], [a2, b2]] = dates as [[number, number], [number, number]];
    if (a1 === a2 && b1 !== b2) return 'month-first';
    if (b1 === b2 && a1 !== a2) return 'day-first';
  }
  return need;
}
