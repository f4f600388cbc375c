import { Duration } from 'luxon';
import { MAX_OFFSET_DAYS as MAX_REMINDER_DAYS, parseOffset } from '../../core/values.ts';

const UNITS: Record<string, 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks'> = {
  s: 'seconds', sec: 'seconds', secs: 'seconds', second: 'seconds', seconds: 'seconds',
  m: 'minutes', min: 'minutes', mins: 'minutes', minute: 'minutes', minutes: 'minutes',
  h: 'hours', hr: 'hours', hrs: 'hours', hour: 'hours', hours: 'hours',
  d: 'days', day: 'days', days: 'days',
  w: 'weeks', wk: 'weeks', week: 'weeks', weeks: 'weeks',
};

/** "none", "off", "no": no reminders at all. */
const NONE = /^\s*(none|off|no|no reminders)\s*$/i;

/**
 * How long an event lasts, in milliseconds: "2h", "90m", "1h30m", "1.5 hours", "2 hours 15 minutes",
 * "3 days", or an ISO 8601 duration ("PT2H"). Null when it is not a positive length.
 */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  if (/^p/.test(t)) {
    const iso = Duration.fromISO(t.toUpperCase());
    const ms = iso.isValid ? iso.as('milliseconds') : 0;
    return ms > 0 ? ms : null;
  }
  let ms = 0;
  let rest = t;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?|an?|half an?)\s*([a-z]+)/g)) {
    const unit = UNITS[m[2]!];
    if (!unit) return null;
    const n = m[1] === 'a' || m[1] === 'an' ? 1 : m[1]!.startsWith('half') ? 0.5 : Number(m[1]);
    ms += Duration.fromObject({ [unit]: n }).as('milliseconds');
    rest = rest.replace(m[0], ' ');
  }
  if (rest.replace(/\band\b|,/g, '').trim()) return null;
  return ms > 0 ? ms : null;
}

/** An end given as a length: "2h", "for 2 hours", "lasting 90 minutes". Null when it is not one. */
export function parseLength(text: string): number | null {
  return parseDuration(text.replace(/^\s*(?:for|lasting|lasts)\s+/i, ''));
}

export type OffsetListReading = { ok: true; offsets: string[] } | { ok: false; bad: string; message: string };

/**
 * "15m, 1 day, 1w", "2m 31s" or "PT15M,P1D" → ISO 8601 durations. "now"/"start" is PT0M.
 * Refused pieces are quoted in `message` ("I couldn't read …", or too far ahead).
 */
export function parseOffsetList(text: string): OffsetListReading {
  if (NONE.test(text)) return { ok: true, offsets: [] };
  const pieces = text.split(/[,;]|\band\b/).map((p) => p.trim()).filter(Boolean);
  const offsets: string[] = [];
  for (const piece of pieces) {
    const p = piece.toLowerCase().replace(/\s*before$/, '');
    const iso = pieceToIso(p);
    if (iso === 'too-far') return { ok: false, bad: piece, message: `"${piece}" is too far ahead: a reminder is at most ${MAX_REMINDER_DAYS} days before the start` };
    if (!iso) return { ok: false, bad: piece, message: `I couldn't read "${piece}" as a reminder` };
    offsets.push(iso);
  }
  return offsets.length ? { ok: true, offsets: [...new Set(offsets)] } : { ok: false, bad: text, message: `I couldn't read "${text}" as a reminder` };
}

function pieceToIso(p: string): string | 'too-far' | null {
  if (p === 'now' || p === 'start' || p === 'at start' || p === '0') return 'PT0M';
  if (/^p/i.test(p)) return parseOffset(p) ? p.toUpperCase() : farOrNull(Duration.fromISO(p.toUpperCase()));
  const m = /^(\d+(?:\.\d+)?|an?)\s*([a-z]+)$/.exec(p);
  // "2m 31s", "1 hour 30 minutes": one reminder, read as a length.
  const ms = m ? null : parseDuration(p);
  if (!m && ms === null) return null;
  const unit = m ? UNITS[m[2] as string] : 'seconds';
  if (!unit) return null;
  const amount = m ? (m[1] === 'a' || m[1] === 'an' ? 1 : Number(m[1])) : ms! / 1000;
  const d = m ? Duration.fromObject({ [unit]: amount }) : Duration.fromMillis(ms!).shiftTo('days', 'hours', 'minutes', 'seconds');
  const iso = m ? d.toISO() : Duration.fromObject(Object.fromEntries(Object.entries(d.toObject()).filter(([, v]) => v))).toISO();
  return iso && parseOffset(iso) ? iso : farOrNull(d);
}

/** A length that reads but is beyond the limit is "too far", not unreadable. */
function farOrNull(d: Duration): 'too-far' | null {
  return d.isValid && d.as('days') > MAX_REMINDER_DAYS ? 'too-far' : null;
}
