import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertNoEveryoneInvite } from '../../src/core/everyone-invite.ts';
import { refusalText, restrictionLine, roleList } from '../../src/core/restriction.ts';

const ids = fc.uniqueArray(fc.stringMatching(/^R[0-9]{3}$/), { maxLength: 9 });

describe('naming who may RSVP', () => {
  it('says who it is for, in words a person can act on', () => {
    const name = (id: string) => ({ S1: '@designers', S2: '@pm' })[id] ?? null;
    const person = (id: string) => (/^U\d$/.test(id) ? `<@${id}>` : null);
    const line = (users: string[], roles: string[]) => restrictionLine({ visibility: 'invite_only', invitees: { users, roles } }, name, person);
    expect(line([], ['S1'])).toBe('Only @designers can RSVP');
    expect(line(['U1'], ['S1', 'S2'])).toBe('Only @designers, @pm and <@U1> can RSVP');
    expect(line(['U1'], [])).toBe('Only <@U1> can RSVP');
    expect(line(['U1', 'U2', 'U3', 'U4', 'U5'], ['S1'])).toBe('Only @designers, <@U1>, <@U2>, <@U3> and 2 more can RSVP');
    // Nobody a door can name (an id it cannot mention without a ping) is counted, never shown.
    expect(line(['everyone'], [])).toBe('Only 1 invited person can RSVP');
    expect(line(['x', 'y'], ['S9'])).toBe('Only invited members and 2 invited people can RSVP');
    expect(line([], ['S9'])).toBe('Only invited members can RSVP');
    expect(line([], [])).toBe('Only the hosts can RSVP (nobody is invited yet)');
    expect(restrictionLine({ visibility: 'public', invitees: { users: [], roles: ['S1'] } }, name, person)).toBeNull();
    expect(refusalText({ title: 'Crit', roles: ['S1'], people: false }, name)).toBe('"Crit" is for @designers only — ask a host to invite you.');
    expect(refusalText({ title: 'Crit', roles: ['S9'], people: false }, name)).toBe('"Crit" is for invited members only — ask a host to invite you.');
    expect(refusalText({ title: 'Crit', roles: [], people: true }, name)).toBe('"Crit" is invite-only and you\'re not on the list — ask a host to invite you.');
  });

  it('names each nameable invitee once (roles first, at most three people), counts the rest, and never shows an id it cannot name', () => {
    const people = fc.uniqueArray(fc.stringMatching(/^P[0-9]{3}$/), { maxLength: 9 });
    fc.assert(
      fc.property(ids, people, fc.func(fc.boolean()), (roles, users, nameable) => {
        const name = (id: string) => (nameable(id) ? `@name-${id}` : null);
        const text = restrictionLine({ visibility: 'invite_only', invitees: { users, roles } }, name, name)!;
        const namedRoles = roles.filter((r) => name(r) !== null).slice(0, 5);
        const namedPeople = users.filter((u) => name(u) !== null).slice(0, 3);
        for (const id of [...roles, ...users]) {
          const shown = (text.match(new RegExp(`@name-${id}\\b`, 'g')) ?? []).length;
          expect(shown).toBe([...namedRoles, ...namedPeople].includes(id) ? 1 : 0);
          expect(text.replaceAll(`@name-${id}`, '')).not.toContain(id);
        }
        const hidden = roles.length + users.length - namedRoles.length - namedPeople.length;
        if (namedRoles.length + namedPeople.length > 0) expect(text.endsWith(`and ${hidden} more can RSVP`)).toBe(hidden > 0);
        expect(text).toMatch(/^Only .+ can RSVP/);
      }),
    );
  });

  it('refuses to invite @everyone, @here or @channel (or the everyone role, whose id is the workspace\'s), saying to make the event public', () => {
    const e = (users: string[], roles: string[] = []) => ({ workspaceId: 'G1', invitees: { users, roles } });
    for (const bad of [e(['everyone']), e(['@here']), e([], ['!channel']), e([], ['G1']), e(['EVERYONE'])]) {
      expect(() => assertNoEveryoneInvite(bad)).toThrow(/^Everyone can already RSVP to a public event: make it public instead of inviting @everyone\.$/);
    }
    expect(() => assertNoEveryoneInvite(e(['ann', 'U1'], ['S1']))).not.toThrow();
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
