import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchFor } from '../../../src/platforms/text/patch.ts';

const reader = { timezone: 'UTC', locale: 'en-US' };
const now = new Date('2026-11-21T15:00:00Z'); // Saturday
const hour = 3_600_000;

describe('edit values', () => {
  it('"none" clears a location or description; nothing at all is refused', () => {
    for (const field of ['location', 'description'] as const) {
      expect(patchFor(field, 'none', reader, now)).toEqual({ ok: true, patch: { [field]: null } });
      expect(patchFor(field, 'the pub', reader, now)).toEqual({ ok: true, patch: { [field]: 'the pub' } });
      expect(patchFor(field, '', reader, now)).toMatchObject({ ok: false, message: expect.stringContaining(`Say the new ${field}, or "none"`) });
    }
  });

  it('an end clock time before the start on its day is refused, not made the next day; a short night is fine', () => {
    // Starts on Friday at a whole hour from 9 AM to 11 PM; the end is typed as a clock time.
    fc.assert(
      fc.property(fc.integer({ min: 9, max: 23 }), fc.integer({ min: 0, max: 23 }), (startHour, endHour) => {
        const start = Date.parse('2026-11-27T00:00:00Z') + startHour * hour;
        const typed = `${endHour % 12 === 0 ? 12 : endHour % 12}${endHour < 12 ? 'am' : 'pm'}`;
        const r = patchFor('end', typed, reader, now, { start });
        const later = endHour > startHour;
        // Read forward: later the same day, or the next day after midnight.
        const length = later ? endHour - startHour : endHour + 24 - startHour;
        if (later || length < 12) expect(r).toEqual({ ok: true, patch: { end: new Date(start + length * hour).toISOString() } });
        else expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/ends before it starts|would make the event last/) });
      }),
    );
  });

  it('an end a week on by weekday asks for a date; with the date written it is taken', () => {
    const start = Date.parse('2026-11-27T20:00:00Z'); // Friday 8 PM
    expect(patchFor('end', 'friday 7pm', reader, now, { start })).toMatchObject({ ok: false, message: expect.stringContaining('would make the event last 7 days') });
    expect(patchFor('end', 'dec 6 7pm', reader, now, { start })).toEqual({ ok: true, patch: { end: '2026-12-06T19:00:00.000Z' } });
    expect(patchFor('end', 'for 3 days', reader, now, { start })).toEqual({ ok: true, patch: { durationMinutes: 3 * 24 * 60 } });
  });
});
