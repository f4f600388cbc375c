import { Duration } from 'luxon';
import { parseOffset } from '../../core/values.ts';

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

/**
 * "15m, 1 day, 1w" or "PT15M,P1D" → ISO 8601 durations. "now"/"start" is PT0M.
 * Returns the first piece it cannot read, so the reply can quote it.
 */
export function parseOffsetList(text: string): { ok: true; offsets: string[] } | { ok: false; bad: string } {
  if (NONE.test(text)) return { ok: true, offsets: [] };
  const pieces = text.split(/[,;]|\band\b/).map((p) => p.trim()).filter(Boolean);
  const offsets: string[] = [];
  for (const piece of pieces) {
    const iso = pieceToIso(piece.toLowerCase().replace(/\s*before$/, ''));
    if (!iso) return { ok: false, bad: piece };
    offsets.push(iso);
  }
  return offsets.length ? { ok: true, offsets: [...new Set(offsets)] } : { ok: false, bad: text };
}

function pieceToIso(p: string): string | null {
  if (p === 'now' || p === 'start' || p === 'at start' || p === '0') return 'PT0M';
  if (/^p/i.test(p)) return parseOffset(p) ? p.toUpperCase() : null;
  const m = /^(\d+(?:\.\d+)?|an?)\s*([a-z]+)$/.exec(p);
  if (!m) return null;
  const amount = m[1] === 'a' || m[1] === 'an' ? 1 : Number(m[1]);
  const unit = UNITS[m[2] as string];
  if (!unit) return null;
  const iso = Duration.fromObject({ [unit]: amount }).toISO();
  return iso && parseOffset(iso) ? iso : null;
}
