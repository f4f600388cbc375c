import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runOne } from '../../src/when/cli-parse.ts';
import { readWhen } from '../../src/when/index.ts';
import { sameReading } from '../../src/when/read.ts';

/** Issue 9: one path from text to time (readWhen), used by `cli parse` and every door. */
const NOW = '2026-11-29T12:00:00Z'; // a Sunday
const opts = { now: new Date(NOW), timezone: 'UTC' };

describe('readWhen: the one path', () => {
  it('cli parse reads an event line like the console does (the title is not part of the time)', () => {
    expect(runOne('Movie night saturday 9pm', 'UTC', NOW, undefined)).toMatchObject({ start: '2026-12-05T21:00:00Z' });
    expect(runOne('Top 5 albums club sun 4pm', 'UTC', NOW, undefined)).toMatchObject({ start: '2026-11-29T16:00:00Z' });
    expect(runOne('Raid night 2 thursday 9pm', 'UTC', NOW, undefined)).toMatchObject({ start: '2026-12-03T21:00:00Z' });
    expect(runOne('Game night friday 8-10pm at the pub', 'UTC', NOW, undefined)).toMatchObject({
      start: '2026-12-04T20:00:00Z',
      end: '2026-12-04T22:00:00Z',
    });
  });

  it('cli parse answers a question with its candidates ({error, candidates:[{start,end,allDay,recurrence}]})', () => {
    const out = runOne('tomorrow at 4', 'UTC', NOW, undefined);
    expect(out).toEqual({
      error: expect.stringMatching(/4:00 PM or 4:00 AM/),
      candidates: [
        { start: '2026-11-30T16:00:00Z', end: null, allDay: false, recurrence: null },
        { start: '2026-11-30T04:00:00Z', end: null, allDay: false, recurrence: null },
      ],
    });
    const order = runOne('3/4 5pm', 'UTC', NOW, undefined);
    expect(order.candidates).toEqual([
      expect.objectContaining({ start: '2027-03-04T17:00:00Z' }),
      expect.objectContaining({ start: '2027-04-03T17:00:00Z' }),
    ]);
  });

  it('a locale or a zone that settles day/month order reads "3/4" without asking', () => {
    expect(runOne('3/4 5pm', 'UTC', NOW, 'en-GB')).toMatchObject({ start: '2027-04-03T17:00:00Z' });
    expect(runOne('3/4 5pm', 'UTC', NOW, 'en-US')).toMatchObject({ start: '2027-03-04T17:00:00Z' });
    expect(runOne('3/4 5pm', 'Europe/Berlin', NOW, undefined)).toMatchObject({ start: '2027-04-03T17:00:00+02:00' });
    expect(runOne('3/4 5pm', 'America/New_York', NOW, undefined)).toMatchObject({ start: '2027-03-04T17:00:00-05:00' });
    // Day-first English reads every date form, not only numeric ones (issue 9: European forms).
    expect(runOne('25/12 18:00', 'Europe/Berlin', NOW, undefined)).toMatchObject({ start: '2026-12-25T18:00:00+01:00' });
    expect(runOne('5.1.2027 18:30', 'UTC', NOW, 'en-GB')).toMatchObject({ start: '2027-01-05T18:30:00Z' });
    expect(runOne('dec 31 11pm', 'Europe/London', NOW, 'en-GB')).toMatchObject({ start: '2026-12-31T23:00:00+00:00' });
    expect(runOne('Party 25/12 8pm', 'Australia/Sydney', NOW, undefined)).toMatchObject({ start: '2026-12-25T20:00:00+11:00' });
  });

  it('a day-part word or a 24-hour clock settles am/pm; a bare small hour asks', () => {
    expect(runOne('friday at 4', 'UTC', NOW, undefined)).toHaveProperty('candidates');
    expect(runOne('tomorrow at 16:00', 'UTC', NOW, undefined)).toMatchObject({ start: '2026-11-30T16:00:00Z' });
    expect(runOne('tomorrow at 4pm', 'UTC', NOW, undefined)).toMatchObject({ start: '2026-11-30T16:00:00Z' });
    expect(runOne('Breakfast at 8 tomorrow', 'UTC', NOW, undefined)).toMatchObject({ start: '2026-11-30T08:00:00Z' });
  });

  it('a question carries the split, so a create can keep the title', () => {
    const r = readWhen('Planning tomorrow at 4 at the office', opts);
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'ambiguous') throw new Error('expected a question');
    expect(r.error.split).toMatchObject({ title: 'Planning', location: 'the office' });
    expect(r.error.candidates).toHaveLength(2);
  });

  // Property: words in front of a time phrase never change the time read — the answer is the
  // phrase's own reading, or a question/refusal, never a different event.
  it('a title of plain words and numbers (ending in a word) never changes the reading of "friday 8pm"', () => {
    const word = fc.constantFrom('Top', 'albums', 'club', 'Raid', 'Season', 'finale', 'team', 'sync', 'v2', 'Room', 'B', 'game');
    const num = fc.integer({ min: 1, max: 99 }).map(String);
    const phrase = readWhen('friday 8pm', opts);
    if (!phrase.ok) throw new Error('friday 8pm must read');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, word, num), { maxLength: 4 }), word, (title, last) => {
        const r = readWhen(`${[...title, last].join(' ')} friday 8pm`, opts);
        if (r.ok) expect(sameReading(r.value.parsed, phrase.value.parsed)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
