import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';

/*
 * ical-generator takes Temporal values (as well as luxon, moment and Date). Making a luxon DateTime
 * per time was most of a 10,000-event feed's cost, so times are handed over in the Temporal shapes
 * it documents, computed from the zone's own VTIMEZONE offsets (zoneRules.offsetAt). Written by
 * hand until Node ships Temporal.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function never(what: string): never {
  throw new Error(`${what}: wall times are written as they are, never converted`);
}

function plainDate(year: number, month: number, day: number): ICalTemporalPlainDateStub {
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { year, month, day, toJSON: () => text, toString: () => text };
}

/** The wall-clock fields of an instant shifted by an offset (minutes). */
export function plainDateTime(ms: number, offsetMinutes: number): ICalTemporalPlainDateTimeStub {
  const d = new Date(ms + offsetMinutes * 60_000);
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const [hour, minute, second] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => plainDate(year, month, day),
    toZonedDateTime: () => never('toZonedDateTime'),
  };
}

function instant(ms: number): ICalTemporalInstantStub {
  const text = new Date(ms).toISOString();
  return { epochMilliseconds: ms, toJSON: () => text, toString: () => text, toZonedDateTimeISO: () => never('toZonedDateTimeISO') };
}

/** An instant in a named zone whose offset there is already known. */
export function zonedDateTime(ms: number, zone: string, offsetMinutes: number): ICalTemporalZonedDateTimeStub {
  const plain = plainDateTime(ms, offsetMinutes);
  const text = `${plain.toString()}[${zone}]`;
  const self: ICalTemporalZonedDateTimeStub = {
    year: plain.year,
    month: plain.month,
    day: plain.day,
    hour: plain.hour,
    minute: plain.minute,
    second: plain.second,
    timeZoneId: zone,
    toJSON: () => text,
    toString: () => text,
    toPlainDateTime: () => plain,
    toInstant: () => instant(ms),
    withTimeZone: (z) => (z === zone ? self : never(`withTimeZone(${z})`)),
  };
  return self;
}
