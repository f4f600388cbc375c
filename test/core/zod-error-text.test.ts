import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CreateEventInput, EventPatch } from '../../src/core/event-schema.ts';
import { describeZodError } from '../../src/core/errors.ts';

const base = { title: 'Quiz', start: '2026-12-04T19:00:00Z', timezone: 'Europe/Berlin' };

describe('describeZodError: a number past its field’s bound names that bound', () => {
  it('a capacity or minimum past 100000, however large, says "at most 100000" (never 2^53-1)', () => {
    fc.assert(
      fc.property(fc.constantFrom('capacity', 'minAttendees'), fc.double({ min: 100_001, max: 1e300, noNaN: true }), (field, n) => {
        const r = CreateEventInput.safeParse({ ...base, [field]: Math.floor(n) });
        expect(r.success).toBe(false);
        const text = describeZodError(r.error!);
        expect(text).toMatch(/: at most 100000$/);
        expect(text).not.toContain('9007199254740991');
      }),
    );
    const r = EventPatch.safeParse({ capacity: 1e20 });
    expect(describeZodError(r.error!)).toBe('Capacity: at most 100000');
  });
});
