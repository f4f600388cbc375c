/** The remembered zone offsets are luxon's own, on every instant, DST transition days included. */
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { zoneObject } from '../../src/when/zone-cache.ts';

const ZONES = ['America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Asia/Kolkata', 'America/Sao_Paulo'];

describe('zone offsets remembered per day', () => {
  it('equal IANAZone.offset at any instant from 1970 to 2100, in any order of asking', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 1, maxLength: 40 }), (name, instants) => {
        const cached = zoneObject(name) as IANAZone;
        const exact = IANAZone.create(name);
        for (const ts of instants) expect(cached.offset(ts), `${name} ${new Date(ts).toISOString()}`).toBe(exact.offset(ts));
      }),
      { numRuns: 200 },
    );
  });

  it('around every transition of 2026 the offset flips at the same millisecond as luxon says', () => {
    for (const name of ZONES) {
      const cached = zoneObject(name) as IANAZone;
      const exact = IANAZone.create(name);
      // Walk the year hour by hour, then minute by minute around each change.
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
        if (exact.offset(t) === exact.offset(t + 3_600_000)) continue;
        for (let m = t; m <= t + 3_600_000; m += 60_000) expect(cached.offset(m), `${name} ${new Date(m).toISOString()}`).toBe(exact.offset(m));
      }
    }
  });
});
