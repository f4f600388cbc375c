import { IANAZone, type Zone } from 'luxon';

/**
 * luxon asks Intl for an IANA zone's offset at every wall-time build (a formatToParts call, the
 * largest single cost of a reading). Offsets change only at transitions, so a day whose first and
 * last millisecond have the same offset has it throughout (zones do not change twice in a day);
 * such days are remembered, a transition day is always computed exactly.
 */
class DayCachedZone extends IANAZone {
  private readonly days = new Map<number, number>();

  override offset(ts: number): number {
    if (!Number.isFinite(ts)) return super.offset(ts);
    const day = Math.floor(ts / DAY_MS);
    let v = this.days.get(day);
    if (v === undefined) {
      const first = super.offset(day * DAY_MS);
      v = first === super.offset(day * DAY_MS + DAY_MS - 1) ? first : NaN;
      if (this.days.size >= MAX_DAYS) this.days.clear();
      this.days.set(day, v);
    }
    return Number.isNaN(v) ? super.offset(ts) : v;
  }
}

const DAY_MS = 86_400_000;
const MAX_DAYS = 4096;
const zones = new Map<string, Zone>();

/** The zone object to compute wall times in: remembered per IANA name; other names as given. */
export function zoneObject(name: string): Zone | string {
  let z = zones.get(name);
  if (!z) {
    if (!name.includes('/') || !IANAZone.isValidZone(name)) return name;
    if (zones.size >= 1000) zones.clear();
    z = new DayCachedZone(name);
    zones.set(name, z);
  }
  return z;
}
