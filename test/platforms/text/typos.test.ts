import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEventText } from '../../../src/platforms/text/grammar.ts';
import { closeSubcommand, typoDistance } from '../../../src/platforms/text/typos.ts';

const COMMANDS = ['create', 'list', 'show', 'edit', 'cancel', 'delete', 'approve', 'settings', 'calendar', 'webhook'];

describe('mistyped commands', () => {
  it('two neighbouring letters swapped in any command is that command', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), fc.nat(), (c, at) => {
        const i = at % (c.length - 1);
        const typo = c.slice(0, i) + c[i + 1] + c[i] + c.slice(i + 2);
        fc.pre(typo !== c);
        expect(typoDistance(typo, c)).toBe(1);
        expect(closeSubcommand(typo)).toBe(c);
        expect(parseEventText(`${typo} Game night friday 8pm`)).toMatchObject({ kind: 'invalid', message: expect.stringContaining(`Did you mean /event ${c}?`) });
      }),
    );
  });

  it('one letter dropped from a long command is that command', () => {
    fc.assert(
      fc.property(fc.constantFrom('create', 'cancel', 'delete', 'approve', 'settings'), fc.nat(), (c, at) => {
        const i = at % c.length;
        expect(closeSubcommand(c.slice(0, i) + c.slice(i + 1))).toBe(c);
      }),
    );
  });

  it.each(['Last', 'Lost', 'Snow', 'Shop', 'Exit', 'Great', 'Delta', 'Clam', 'Doing', 'Past', 'Food', 'Held', 'Game', 'Board', 'Team'])(
    'a title word close to a command still creates: %s',
    (word) => {
      expect(closeSubcommand(word)).toBeNull();
      expect(parseEventText(`${word} call friday 8pm`)).toMatchObject({ kind: 'create' });
    },
  );
});
