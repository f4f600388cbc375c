import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refusalText, restrictionLine, roleList } from '../../src/core/restriction.ts';

const ids = fc.uniqueArray(fc.stringMatching(/^R[0-9]{3}$/), { maxLength: 9 });

describe('naming who may RSVP', () => {
  it('says who it is for, in words a person can act on', () => {
    const name = (id: string) => ({ S1: '@designers', S2: '@pm' })[id] ?? null;
    expect(restrictionLine({ visibility: 'invite_only', invitees: { users: [], roles: ['S1'] } }, name)).toBe('Only @designers can RSVP');
    expect(restrictionLine({ visibility: 'invite_only', invitees: { users: ['U1'], roles: ['S1', 'S2'] } }, name)).toBe('Only @designers and @pm and invited people can RSVP');
    expect(restrictionLine({ visibility: 'invite_only', invitees: { users: ['U1'], roles: [] } }, name)).toBe('Invite-only');
    expect(restrictionLine({ visibility: 'public', invitees: { users: [], roles: ['S1'] } }, name)).toBeNull();
    expect(refusalText({ title: 'Crit', roles: ['S1'], people: false }, name)).toBe('"Crit" is for @designers only — ask a host to invite you.');
    expect(refusalText({ title: 'Crit', roles: ['S9'], people: false }, name)).toBe('"Crit" is for invited members only — ask a host to invite you.');
    expect(refusalText({ title: 'Crit', roles: [], people: true }, name)).toBe('"Crit" is invite-only and you\'re not on the list — ask a host to invite you.');
  });

  it('names each nameable role once, at most five, counts the rest, and never shows an id it cannot name', () => {
    fc.assert(
      fc.property(ids, fc.func(fc.boolean()), (roles, nameable) => {
        const name = (id: string) => (nameable(id) ? `@name-${id}` : null);
        const text = roleList(roles, name);
        const named = roles.filter((r) => name(r) !== null);
        if (named.length === 0) {
          expect(text).toBeNull();
          return;
        }
        for (const r of roles) {
          const shown = (text!.match(new RegExp(`@name-${r}\\b`, 'g')) ?? []).length;
          expect(shown).toBe(named.slice(0, 5).includes(r) ? 1 : 0);
          expect(text!.replaceAll(`@name-${r}`, '')).not.toContain(r);
        }
        const hidden = roles.length - Math.min(named.length, 5);
        expect(text!.endsWith(`and ${hidden} more`)).toBe(hidden > 0);
      }),
    );
  });
});
