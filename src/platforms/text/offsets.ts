import { Duration } from 'luxon';
import { parseOffset } from '../../core/values.ts';

const UNITS: Record<string, 'minutes' | 'hours' | 'days' | 'weeks'> = {
  m: 'minutes', min: 'minutes', mins: 'minutes', minute: 'minutes', minutes: 'minutes',
  h: 'hours', hr: 'hours', hrs: 'hours', hour: 'hours', hours: 'hours',
  d: 'days', day: 'days', days: 'days',
  w: 'weeks', wk: 'weeks', week: 'weeks', weeks: 'weeks',
};

/**
 * "15m, 1 day, 1w" or "PT15M,P1D" → ISO 8601 durations. "now"/"start" is PT0M.
 * Returns the first piece it cannot read, so the reply can quote it.
 */
export function parseOffsetList(text: string): { ok: true; offsets: string[] } | { ok: false; bad: string } {
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
