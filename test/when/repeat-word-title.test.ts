import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/when/index.ts';

const opts = { now: new Date('2026-11-21T15:00:00Z'), timezone: 'UTC', locale: 'en-US' };

describe('a repeat word inside a title stays in the title', () => {
  it('"<words> weekly|daily|monthly <title word> <time>": the title is everything before the time, and nothing repeats', () => {
    const titleWord = fc.constantFrom('Team', 'sync', 'standup', 'review', 'Book', 'club', 'Design', 'crit', 'planning');
    fc.assert(
      fc.property(
        fc.array(titleWord, { maxLength: 2 }),
        fc.constantFrom('Weekly', 'weekly', 'Daily', 'daily', 'Monthly', 'monthly'),
        fc.array(titleWord, { minLength: 1, maxLength: 2 }),
        fc.constantFrom('monday 9am', 'tomorrow 9am', 'friday 7pm'),
        (before, repeat, after, when) => {
          const title = [...before, repeat, ...after].join(' ');
          const r = readWhen(`${title} ${when}`, opts);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.title).toBe(title);
          expect(r.value.whenText).toBe(when);
          expect(r.value.parsed.recurrence).toBeNull();
        },
      ),
    );
  });

  it('a repeat word next to the time still repeats', () => {
    const r = readWhen('Team sync weekly monday 9am', opts);
    expect(r.ok && { title: r.value.title, freq: r.value.parsed.recurrence?.freq }).toEqual({ title: 'Team sync', freq: 'WEEKLY' });
    const d = readWhen('Standup daily 9am', opts);
    expect(d.ok && { title: d.value.title, freq: d.value.parsed.recurrence?.freq }).toEqual({ title: 'Standup', freq: 'DAILY' });
  });
});
