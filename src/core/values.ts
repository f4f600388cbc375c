import { Duration } from 'luxon';
import { z } from 'zod';
import { canonicalLocale } from './locale.ts';
import { resolveZoneSetting } from '../when/zone-setting.ts';
import { isValidZone } from '../when/zones.ts';

/** An IANA zone ("Europe/Berlin") or a fixed offset luxon understands ("UTC+5:30"); remembered per name. */
export { isValidZone };

export const TimeZone = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isValidZone, { message: 'not a time zone I know; use a name like Europe/Berlin or America/New_York' });

/**
 * A zone as a person types it in a setting: an IANA name, an abbreviation people mean a place by
 * ('est', 'cet', 'ist') or an offset ('+05:30'). Resolved to what is stored by resolveZoneSetting.
 */
export const ZoneSettingInput = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .superRefine((s, ctx) => {
    const r = resolveZoneSetting(s);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  });

/** An instant as ISO 8601 with an offset; parsed to epoch milliseconds. */
export const Instant = z.iso
  .datetime({ offset: true, message: 'must be a date and time like 2026-12-03T19:00:00Z' })
  .transform((s) => new Date(s).getTime());

/** Reminders further ahead than this are almost certainly a typo (P1Y instead of P1D). */
export const MAX_OFFSET_DAYS = 60;

/** An ISO 8601 reminder offset as a Duration (null: not one, or out of range); remembered per spelling (Durations are immutable). */
export function parseOffset(iso: string): Duration | null {
  let d = OFFSETS.get(iso);
  if (d === undefined) {
    d = readOffset(iso);
    if (OFFSETS.size >= 1000) OFFSETS.clear();
    OFFSETS.set(iso, d);
  }
  return d;
}
const OFFSETS = new Map<string, Duration | null>();

function readOffset(iso: string): Duration | null {
  const d = Duration.fromISO(iso.trim().toUpperCase());
  if (!d.isValid) return null;
  const ms = d.as('milliseconds');
  if (ms < 0 || ms > MAX_OFFSET_DAYS * 86_400_000) return null;
  return d;
}

export const ReminderOffset = z
  .string()
  .trim()
  .max(40)
  .transform((s) => s.toUpperCase())
  .refine((s) => parseOffset(s) !== null, {
    message: `reminder offsets are ISO 8601 durations between PT0M and P${MAX_OFFSET_DAYS}D, like PT15M, PT1H, P1D or P1W`,
  });

/** Waitlist offers stay open this long unless the event says otherwise. */
export const DEFAULT_OFFER_WINDOW = 'PT2H';
const MIN_OFFER_WINDOW_MS = 5 * 60_000;
const MAX_OFFER_WINDOW_MS = 7 * 86_400_000;

/** An offer window as ISO 8601 in milliseconds, or null when it is not one between 5 minutes and 7 days. */
export function offerWindowMs(iso: string): number | null {
  const d = Duration.fromISO(iso.trim().toUpperCase());
  if (!d.isValid) return null;
  const ms = d.as('milliseconds');
  return ms >= MIN_OFFER_WINDOW_MS && ms <= MAX_OFFER_WINDOW_MS ? ms : null;
}

/** How long a waitlist offer stays open: an ISO 8601 duration from PT5M to P7D. */
export const OfferWindow = z
  .string()
  .trim()
  .max(40)
  .transform((s) => s.toUpperCase())
  .refine((s) => offerWindowMs(s) !== null, {
    message: 'an offer window is an ISO 8601 duration between PT5M and P7D, like PT30M, PT2H or P1D',
  });

export const DEFAULT_REMINDER_OFFSETS = ['PT15M', 'P1D'] as const;

/** "PT15M" → "15 minutes", "P1D" → "1 day", "PT2M31S" → "2 minutes 31 seconds", "PT0M" → "at start". */
export function describeOffset(iso: string): string {
  const d = parseOffset(iso);
  if (!d) return iso;
  // Whole seconds, in whole units: never "2.5166666666666666 minutes".
  const seconds = Math.round(d.as('seconds'));
  if (seconds === 0) return 'at start';
  const units = Duration.fromObject({ seconds }).shiftTo('weeks', 'days', 'hours', 'minutes', 'seconds').toObject();
  const parts = Object.entries(units)
    .filter(([, n]) => n)
    .map(([unit, n]) => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`);
  return parts.join(' ');
}

export function isUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * NUL never comes from a person, and Postgres refuses it in text (error 22021): the path of the
 * first string that holds one, so the message can name the field.
 */
export function nulPath(value: unknown, path: Array<string | number> = []): Array<string | number> | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = nulPath(value[i], [...path, i]);
      if (hit) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = nulPath(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

export const NUL_MESSAGE = 'contains a NUL character (\\u0000); remove it and try again';

/** A BCP 47 locale as a person sets it; stored canonical, so every renderer can use it. */
export const Locale = z
  .string()
  .trim()
  .min(2)
  .max(35)
  .refine((s) => canonicalLocale(s) !== null, { message: 'not a locale I know; use a BCP 47 tag like en, en-GB or de-DE' })
  .transform((s) => canonicalLocale(s)!);

/** Platform ids (users, channels, roles, workspaces): generous, but bounded. */
export const PlatformId = z.string().min(1).max(100);
