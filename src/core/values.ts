import { DateTime, Duration } from 'luxon';
import { z } from 'zod';

/** An IANA zone ("Europe/Berlin") or a fixed offset luxon understands ("UTC+5:30"). */
export function isValidZone(name: string): boolean {
  return DateTime.now().setZone(name).isValid;
}

export const TimeZone = z
  .string()
  .trim()
  .min(1)
  .refine(isValidZone, { message: 'not a time zone I know; use a name like Europe/Berlin or America/New_York' });

/** An instant as ISO 8601 with an offset; parsed to epoch milliseconds. */
export const Instant = z.iso
  .datetime({ offset: true, message: 'must be a date and time like 2026-12-03T19:00:00Z' })
  .transform((s) => new Date(s).getTime());

/** Reminders further ahead than this are almost certainly a typo (P1Y instead of P1D). */
const MAX_OFFSET_DAYS = 60;

export function parseOffset(iso: string): Duration | null {
  const d = Duration.fromISO(iso.trim().toUpperCase());
  if (!d.isValid) return null;
  const ms = d.as('milliseconds');
  if (ms < 0 || ms > MAX_OFFSET_DAYS * 86_400_000) return null;
  return d;
}

export const ReminderOffset = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => parseOffset(s) !== null, {
    message: `reminder offsets are ISO 8601 durations between PT0M and P${MAX_OFFSET_DAYS}D, like PT15M, PT1H, P1D or P1W`,
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
