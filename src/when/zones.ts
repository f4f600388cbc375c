import { DateTime, IANAZone } from 'luxon';

/**
 * Zone names people type. An abbreviation maps to the IANA zone it belongs to, so the
 * summer/winter variant is resolved by luxon for the date in question: "9am PST" in July
 * is read as Pacific time (PDT), never as a fixed -08:00 a season off.
 * UTC/GMT and "Z" are the fixed zone UTC.
 */
export const ABBREVIATIONS: Record<string, string> = {
  utc: 'UTC',
  gmt: 'UTC',
  z: 'UTC',
  // North America
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mt: 'America/Denver',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  ct: 'America/Chicago',
  central: 'America/Chicago',
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  eastern: 'America/New_York',
  akst: 'America/Anchorage',
  akdt: 'America/Anchorage',
  hst: 'Pacific/Honolulu',
  ast: 'America/Halifax',
  adt: 'America/Halifax',
  nst: 'America/St_Johns',
  ndt: 'America/St_Johns',
  // Europe
  bst: 'Europe/London',
  wet: 'Europe/Lisbon',
  west: 'Europe/Lisbon',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  met: 'Europe/Berlin',
  mest: 'Europe/Berlin',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  msk: 'Europe/Moscow',
  // Asia
  ist: 'Asia/Kolkata',
  pkt: 'Asia/Karachi',
  npt: 'Asia/Kathmandu',
  ict: 'Asia/Bangkok',
  wib: 'Asia/Jakarta',
  sgt: 'Asia/Singapore',
  hkt: 'Asia/Hong_Kong',
  pht: 'Asia/Manila',
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  gst: 'Asia/Dubai',
  // Oceania
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  acst: 'Australia/Adelaide',
  acdt: 'Australia/Adelaide',
  awst: 'Australia/Perth',
  nzst: 'Pacific/Auckland',
  nzdt: 'Pacific/Auckland',
  // South America, Africa
  brt: 'America/Sao_Paulo',
  art: 'America/Argentina/Buenos_Aires',
  sast: 'Africa/Johannesburg',
  cat: 'Africa/Maputo',
  eat: 'Africa/Nairobi',
  wat: 'Africa/Lagos',
};

/** Cities people name instead of zones ("9am London time"). */
export const CITIES: Record<string, string> = {
  london: 'Europe/London',
  paris: 'Europe/Paris',
  berlin: 'Europe/Berlin',
  amsterdam: 'Europe/Amsterdam',
  madrid: 'Europe/Madrid',
  rome: 'Europe/Rome',
  'new york': 'America/New_York',
  nyc: 'America/New_York',
  chicago: 'America/Chicago',
  denver: 'America/Denver',
  'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  toronto: 'America/Toronto',
  tokyo: 'Asia/Tokyo',
  sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  india: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  singapore: 'Asia/Singapore',
};

/** The names we print for a zone at a given offset (Intl gives "GMT+1" for Berlin in en-US). */
const DISPLAY: Record<string, Record<number, string>> = {
  'Europe/Berlin': { 60: 'CET', 120: 'CEST' },
  'Europe/Paris': { 60: 'CET', 120: 'CEST' },
  'Europe/Amsterdam': { 60: 'CET', 120: 'CEST' },
  'Europe/Madrid': { 60: 'CET', 120: 'CEST' },
  'Europe/Rome': { 60: 'CET', 120: 'CEST' },
  'Europe/Vienna': { 60: 'CET', 120: 'CEST' },
  'Europe/Zurich': { 60: 'CET', 120: 'CEST' },
  'Europe/Stockholm': { 60: 'CET', 120: 'CEST' },
  'Europe/London': { 0: 'GMT', 60: 'BST' },
  'Europe/Dublin': { 0: 'GMT', 60: 'IST' },
  'Europe/Lisbon': { 0: 'WET', 60: 'WEST' },
  'Europe/Athens': { 120: 'EET', 180: 'EEST' },
  'Europe/Helsinki': { 120: 'EET', 180: 'EEST' },
  'Europe/Moscow': { 180: 'MSK' },
  'Asia/Kolkata': { 330: 'IST' },
  'Asia/Tokyo': { 540: 'JST' },
  'Asia/Seoul': { 540: 'KST' },
  'Asia/Singapore': { 480: 'SGT' },
  'Asia/Hong_Kong': { 480: 'HKT' },
  'Asia/Shanghai': { 480: 'CST' },
  'Australia/Sydney': { 600: 'AEST', 660: 'AEDT' },
  'Australia/Melbourne': { 600: 'AEST', 660: 'AEDT' },
  'Australia/Brisbane': { 600: 'AEST' },
  'Australia/Adelaide': { 570: 'ACST', 630: 'ACDT' },
  'Australia/Perth': { 480: 'AWST' },
  'Pacific/Auckland': { 720: 'NZST', 780: 'NZDT' },
  UTC: { 0: 'UTC' },
};

export interface ZoneFound {
  zone: string;
  /** Character span in the text the zone was read from. */
  index: number;
  length: number;
}

export type ZoneSearch = { ok: true; found: ZoneFound | null } | { ok: false; text: string };

const validity = new Map<string, boolean>();
/** True for a zone luxon can compute wall times in (IANA names and fixed 'UTC+5:30'). */
export function isValidZone(zone: string): boolean {
  let v = validity.get(zone);
  if (v === undefined) {
    v = DateTime.now().setZone(zone).isValid;
    // Names come from requests: bounded, so a stream of made-up ones cannot grow it without end.
    if (validity.size >= 1000) validity.clear();
    validity.set(zone, v);
  }
  return v;
}

/** A fixed-offset zone name luxon accepts ('UTC', 'UTC+5:30', 'UTC-8'). */
export function fixedZone(sign: string, hours: number, minutes: number): string | null {
  if (hours > 14 || minutes > 59) return null;
  if (hours === 0 && minutes === 0) return 'UTC';
  return `UTC${sign === '-' ? '-' : '+'}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** The areas IANA names start with: "Europe/Londn" is a mistyped zone, "JP/US" or "and/or" is no zone at all. */
const IANA_AREA = /^(?:africa|america|antarctica|arctic|asia|atlantic|australia|europe|indian|pacific|etc|us|canada|brazil|mexico|chile)\//i;
/** Right after a clock time ("7pm Foo/Bar", "9am in Mars/Phobos"), a slash pair is meant as a zone. */
const AFTER_CLOCK = /(?:\d\s*(?:[ap]\.?m\.?)?|noon|midnight)\s*(?:in\s+)?$/i;
const IANA_RE = /(?<![\w/])([a-z]+(?:[_-][a-z]+)*\/[a-z]+(?:[_-][a-z]+)*(?:\/[a-z]+(?:[_-][a-z]+)*)?)(?![\w/])/i;
// "+05:30", "UTC+5:30", "GMT-8", "utc+0530"; a bare sign needs hh:mm or hhmm so "3-5pm" is never a zone.
// An ISO time's own offset ("2026-12-03T19:00:00+05:30") counts too, but not "10:00-12:00" (a range).
const OFFSET_RE =
  /(?:(?<![\w:])(utc|gmt)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?|(?:(?<![\w:])|(?<=\dt\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))([+-−])(\d{2}):?(\d{2}))(?![\w:])/i;
const ABBR_RE = new RegExp(
  `(?<![\\w/+-])\\(?(${Object.keys(ABBREVIATIONS)
    .filter((k) => k !== 'z' && k !== 'pacific' && k !== 'central' && k !== 'eastern')
    .join('|')}|(?:pacific|central|eastern|mountain)(?:\\s+(?:standard|daylight))?\\s+time)\\)?(?![\\w/])`,
  'gi',
);
/** Abbreviations that are also words: only read as zones when written in capitals. */
const WORDLIKE = new Set(['cat', 'eat', 'art', 'west', 'met', 'mest', 'ast', 'adt', 'wat', 'pt', 'et', 'ct', 'mt', 'gst', 'ist', 'est', 'nst', 'wib', 'ict', 'hst', 'pht']);
const CITY_RE = new RegExp(`(?<!\\w)(?:in\\s+)?(${Object.keys(CITIES).join('|')})\\s+time(?!\\w)`, 'i');
const ZULU_RE = /(?<=\d)(z)(?!\w)/i;

const CANONICAL = new Map<string, string>();
/** IANA name with the canonical capitalisation ("europe/london" -> "Europe/London"). */
function canonicalIana(name: string): string | null {
  const key = name.toLowerCase();
  const hit = CANONICAL.get(key);
  if (hit !== undefined) return hit || null;
  const guess = key.replace(/(^|[/_-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
  let out: string | null = null;
  for (const candidate of [guess, name]) {
    if (IANAZone.isValidZone(candidate)) {
      out = new IANAZone(candidate).name;
      break;
    }
  }
  CANONICAL.set(key, out ?? '');
  return out;
}

/**
 * Find a zone named in the (lower-cased) text: an IANA name, an offset, an abbreviation or a
 * "<city> time". A thing that looks like an IANA name but is not one is an error, so
 * "9am Europe/Londn" never silently falls back to the user's zone.
 */
export function findZone(text: string, english = true): ZoneSearch {
  let m = IANA_RE.exec(text);
  if (m && (canonicalIana(m[1]!) || IANA_AREA.test(m[1]!) || AFTER_CLOCK.test(text.slice(0, m.index)))) {
    const name = canonicalIana(m[1]!);
    if (!name) return { ok: false, text: m[1]! };
    return { ok: true, found: { zone: name, index: m.index, length: m[0].length } };
  }
  m = OFFSET_RE.exec(text);
  if (m) {
    const zone = m[1]
      ? fixedZone(m[2]!.replace('−', '-'), Number(m[3]), Number(m[4] ?? 0))
      : fixedZone(m[5]!.replace('−', '-'), Number(m[6]), Number(m[7]));
    if (!zone) return { ok: false, text: m[0] };
    return { ok: true, found: { zone, index: m.index, length: m[0].length } };
  }
  m = CITY_RE.exec(text);
  if (m) return { ok: true, found: { zone: CITIES[m[1]!.toLowerCase()]!, index: m.index, length: m[0].length } };
  ABBR_RE.lastIndex = 0;
  while ((m = ABBR_RE.exec(text))) {
    const raw = m[1]!;
    const word = raw.toLowerCase();
    const spelled = /time$/.test(word);
    if (!spelled && raw !== raw.toUpperCase() && (!english || WORDLIKE.has(word))) continue;
    if (spelled && !english) continue;
    const key = spelled ? word.split(/\s+/)[0]! : word;
    const zone = key === 'mountain' ? 'America/Denver' : ABBREVIATIONS[key];
    if (zone) return { ok: true, found: { zone, index: m.index, length: m[0].length } };
  }
  m = ZULU_RE.exec(text);
  if (m) return { ok: true, found: { zone: 'UTC', index: m.index, length: 1 } };
  return { ok: true, found: null };
}

/** Short zone label for display: "EST", "CET", "AEDT", "IST", else Intl's ("GMT+5:45"). */
export function zoneLabel(dt: DateTime): string {
  const table = DISPLAY[dt.zoneName ?? ''];
  const hit = table?.[dt.offset];
  if (hit) return hit;
  if (dt.zone.type === 'fixed') return dt.offset === 0 ? 'UTC' : dt.zone.name;
  const intl = dt.toFormat('ZZZZ', { locale: 'en-US' });
  return intl;
}

/** Two zones show the same wall clock at this instant. */
export function sameWallClock(a: string, b: string, at: Date): boolean {
  if (a === b) return true;
  const ms = at.getTime();
  return DateTime.fromMillis(ms, { zone: a }).offset === DateTime.fromMillis(ms, { zone: b }).offset;
}
