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
 * hand until Node ships Temporal; classes, so a feed's 20,000 times share their methods.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function never(what: string): never {
  throw new Error(`${what}: wall times are written as they are, never converted`);
}

class PlainDate implements ICalTemporalPlainDateStub {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}
  toString(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

/** The wall-clock fields of an instant shifted by an offset (minutes). */
class PlainDateTime implements ICalTemporalPlainDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  constructor(ms: number, offsetMinutes: number) {
    const d = new Date(ms + offsetMinutes * 60_000);
    this.year = d.getUTCFullYear();
    this.month = d.getUTCMonth() + 1;
    this.day = d.getUTCDate();
    this.hour = d.getUTCHours();
    this.minute = d.getUTCMinutes();
    this.second = d.getUTCSeconds();
  }
  toPlainDate(): ICalTemporalPlainDateStub {
    return new PlainDate(this.year, this.month, this.day);
  }
  toZonedDateTime(): never {
    return never('toZonedDateTime');
  }
  toString(): string {
    return `${this.toPlainDate().toString()}T${pad(this.hour)}:${pad(this.minute)}:${pad(this.second)}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

class Instant implements ICalTemporalInstantStub {
  constructor(readonly epochMilliseconds: number) {}
  toZonedDateTimeISO(): never {
    return never('toZonedDateTimeISO');
  }
  toString(): string {
    return new Date(this.epochMilliseconds).toISOString();
  }
  toJSON(): string {
    return this.toString();
  }
}

/** An instant in a named zone whose offset there is already known. */
class ZonedDateTime implements ICalTemporalZonedDateTimeStub {
  readonly #plain: PlainDateTime;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  constructor(
    readonly ms: number,
    readonly timeZoneId: string,
    offsetMinutes: number,
  ) {
    const p = new PlainDateTime(ms, offsetMinutes);
    this.#plain = p;
    this.year = p.year;
    this.month = p.month;
    this.day = p.day;
    this.hour = p.hour;
    this.minute = p.minute;
    this.second = p.second;
  }
  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    return this.#plain;
  }
  toInstant(): ICalTemporalInstantStub {
    return new Instant(this.ms);
  }
  withTimeZone(zone: string): ICalTemporalZonedDateTimeStub {
    return zone === this.timeZoneId ? this : never(`withTimeZone(${zone})`);
  }
  toString(): string {
    return `${this.#plain.toString()}[${this.timeZoneId}]`;
  }
  toJSON(): string {
    return this.toString();
  }
}

export function plainDateTime(ms: number, offsetMinutes: number): ICalTemporalPlainDateTimeStub {
  return new PlainDateTime(ms, offsetMinutes);
}

export function zonedDateTime(ms: number, zone: string, offsetMinutes: number): ICalTemporalZonedDateTimeStub {
  return new ZonedDateTime(ms, zone, offsetMinutes);
}
