import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeChoices } from '../../../src/platforms/discord/handlers/when-autocomplete.ts';
import { readPickValue } from '../../../src/platforms/discord/when-choice.ts';
import { interpretWhen } from '../../../src/platforms/text/interpret.ts';
import { runs } from '../../properties/runs.ts';

const NOW = new Date('2026-11-21T12:00:00Z');
const readers = fc.constantFrom(
  { timezone: 'UTC', locale: 'en-US' },
  { timezone: 'Europe/Berlin', locale: 'en-DE' },
  { timezone: 'America/New_York', locale: 'en-US' },
  { timezone: 'UTC', locale: 'fr-FR' },
);
const words = fc.constantFrom('friday', 'at', '4', '8pm', '3/4', 'dec', '10-12', 'every', 'tuesday', 'noon', 'tomorrow', 'night', '1', ' ', 'for', '2 hours', 'Top', '42');
const phrases = fc.oneof(fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')), fc.string({ maxLength: 300 }));

/** The when option's live preview, for any text: within Discord's limits, and a picked candidate reads back as that candidate. */
describe('discord time autocomplete (property)', () => {
  it('answers within Discord limits (≤25 choices, names 1–100, values ≤100) and picks read back', () => {
    fc.assert(
      fc.property(phrases, readers, (typed, reader) => {
        const choices = timeChoices(typed, reader, NOW);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThanOrEqual(1);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeLessThanOrEqual(100);
          const picked = readPickValue(c.value);
          if (picked.pick === null) continue;
          // The value says which reading: reading its text again offers that candidate.
          const again = interpretWhen(picked.text, reader, NOW);
          expect(again.ok).toBe(false);
          expect(!again.ok && again.choices?.[picked.pick]).toBeTruthy();
        }
      }),
      { numRuns: runs(200) },
    );
  });
});
