/** One reading of an end for every door: text edits, Discord's options and Slack's form. */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createInputFromOptions } from '../../../src/platforms/discord/handlers/create-input.ts';
import { interpretEnd } from '../../../src/platforms/text/end.ts';
import { endPatch } from '../../../src/platforms/text/patch.ts';

const reader = { timezone: 'Europe/Berlin', locale: 'en-GB' };
const start = new Date('2026-12-04T14:00:00Z'); // Friday 15:00 in Berlin

describe('an end read forward from the start', () => {
  it('a length, a later time that day, a short night and a written date are taken; a slip is refused', () => {
    expect(interpretEnd('for 2 hours', reader, start)).toEqual({ ok: true, lengthMs: 2 * 3_600_000 });
    expect(interpretEnd('6pm', reader, start)).toMatchObject({ ok: true, start: '2026-12-04T17:00:00.000Z' });
    expect(interpretEnd('dec 6 1pm', reader, start)).toMatchObject({ ok: true, start: '2026-12-06T12:00:00.000Z' });
    expect(interpretEnd('1pm', reader, start)).toMatchObject({ ok: false, slip: true, message: expect.stringContaining('ends before it starts') });
    expect(interpretEnd('friday 2pm', reader, start)).toMatchObject({ ok: false, slip: true, message: expect.stringContaining('would make the event last 7 days') });
  });

  it('the text edit and Discord create agree with it on every clock hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.constantFrom('am', 'pm'), (h, mer) => {
        const typed = `${h}${mer}`;
        const one = interpretEnd(typed, reader, start);
        const edit = endPatch(typed, reader, { start: start.getTime() });
        const discord = createInputFromOptions({ title: 'Crit', when: 'dec 4 3pm', end: typed, channelId: 'c' }, reader, new Date('2026-11-21T12:00:00Z'));
        expect(edit.ok).toBe(one.ok);
        expect(discord.ok).toBe(one.ok);
        if (one.ok && 'start' in one && edit.ok) expect(edit.patch.end).toBe(one.start);
      }),
    );
  });
  it('an end whose date is written out (any way when/ writes one) is days later on purpose; the same clock alone is a slip', () => {
    const forms = [
      (d: DateTime) => d.toFormat('LLL d'),
      (d: DateTime) => d.toFormat('d LLLL'),
      (d: DateTime) => `${d.toFormat('d')}${d.day % 10 === 1 && d.day !== 11 ? 'st' : d.day % 10 === 2 && d.day !== 12 ? 'nd' : d.day % 10 === 3 && d.day !== 13 ? 'rd' : 'th'} of ${d.toFormat('LLLL')}`,
      (d: DateTime) => d.toFormat('d/M'),
      (d: DateTime) => d.toFormat('d.M.yyyy'),
      (d: DateTime) => d.toISODate()!,
    ];
    const first = DateTime.fromJSDate(start, { zone: reader.timezone });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 0, max: forms.length - 1 }), fc.integer({ min: 1, max: 11 }), (days, form, h) => {
        const day = first.plus({ days }).startOf('day');
        const clock = `${h}pm`;
        const end = interpretEnd(`${forms[form]!(day)} ${clock}`, reader, start);
        expect(end).toMatchObject({ ok: true, start: day.set({ hour: h + 12 }).toUTC().toISO() });
        expect(interpretEnd(clock, reader, start)).toMatchObject(h + 12 > first.hour ? { ok: true } : { ok: false, slip: true });
      }),
      { numRuns: 60 },
    );
  });
});
