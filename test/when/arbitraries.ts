import fc from 'fast-check';

/** Zones the time-reading properties run in: both hemispheres' daylight saving, a half-hour offset, none. */
export const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata', 'America/Los_Angeles'];

/** A reference time ("now"), to the minute, anywhere in 2026–2028. */
export const instant = fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2028, 11, 31) / 60_000 }).map((m) => new Date(m * 60_000));

/** A clock time of day or evening, on the hour or half past; or none. */
export const clock = fc.option(fc.record({ hour: fc.integer({ min: 7, max: 23 }), minute: fc.constantFrom(0, 30) }), { nil: null });

/** "7pm", "9:30am". */
export const clockText = (c: { hour: number; minute: number }) => `${c.hour % 12 || 12}${c.minute ? `:${c.minute}` : ''}${c.hour < 12 ? 'am' : 'pm'}`;
