import { DateTime, type Zone } from 'luxon';
import { zoneObject } from './zone-cache.ts';

/** A clock time of day on the wall. */
export interface WallClock {
  hour: number;
  minute: number;
  second: number;
}

/**
 * The days one reading works in. Day words ("tomorrow", "friday", "in 3 days") count from the
 * speaker's own calendar day, carried over as a date into the event's zone (`today`); a bare time
 * ("9am CET") is the next such time in the event's zone (`localToday`).
 */
export interface Calendar {
  /** Now, in the event's zone. */
  local: DateTime;
  localToday: DateTime;
  today: DateTime;
  zone: Zone;
  /** The reading's time of day, once known (null: all day). */
  time: WallClock | null;
  /** That date at a time of day (the reading's, by default), or the date alone. */
  at(d: DateTime, tm?: WallClock | null): DateTime;
  /** A date's start (at the reading's time) is still ahead. */
  ahead(d: DateTime): boolean;
  /** The start of a calendar date in the event's zone. */
  dateFrom(y: number, m: number, d: number): DateTime;
}

/**
 * A wall time on a daylight-saving change: 'gap' when it never happens (clocks jump over it),
 * else the other instant with the same wall time when it happens twice (clocks go back).
 */
export function wallTimeAt(s: DateTime, time: WallClock | null): { gap: true } | { twice: DateTime } | null {
  if (!time) return null;
  if (s.hour !== time.hour || s.minute !== time.minute) return { gap: true };
  const zone = s.zone;
  const ms = s.toMillis();
  const before = zone.offset(ms - 6 * 3_600_000);
  const after = zone.offset(ms + 6 * 3_600_000);
  if (before === after) return null;
  const other = before === s.offset ? after : before;
  const alt = DateTime.fromMillis(ms + (s.offset - other) * 60_000, { zone });
  return alt.hour === s.hour && alt.minute === s.minute && alt.toMillis() !== ms ? { twice: alt } : null;
}

export function calendarFor(now: Date, zone: string, speakerZone: string, time: WallClock | null): Calendar {
  const instant = DateTime.fromJSDate(now);
  const local = instant.setZone(zoneObject(zone));
  // A Zone object rather than its name: luxon skips re-resolving the name on every wall-time build.
  const z = local.zone;
  const speaker = speakerZone === zone ? local : instant.setZone(zoneObject(speakerZone));
  const today = DateTime.fromObject({ year: speaker.year, month: speaker.month, day: speaker.day }, { zone: z });
  const at = (d: DateTime, tm: WallClock | null = time) =>
    tm
      ? DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: tm.hour, minute: tm.minute, second: tm.second }, { zone: z })
      : DateTime.fromObject({ year: d.year, month: d.month, day: d.day }, { zone: z });
  let localToday: DateTime | null = null;
  return {
    local,
    // Only a bare time with no day ("9am CET") needs it: built when first asked for.
    get localToday() {
      return (localToday ??= local.startOf('day'));
    },
    today,
    zone: z,
    time,
    at,
    ahead: (d) => (time ? at(d) > local : d >= today),
    dateFrom: (y, m, d) => DateTime.fromObject({ year: y, month: m, day: d }, { zone: z }).startOf('day'),
  };
}
