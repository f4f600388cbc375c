import type { Invitees } from './event-schema.ts';

/**
 * Who may RSVP to an invite-only event, as a refusal carries it: the roles (Discord) or user
 * groups (Slack) it is open to, and whether people were invited by name too. A door names the
 * roles its own way (a mention, a handle) and may learn the person's membership of exactly these
 * roles before it asks again (Slack, which does not send a member's groups with a click).
 */
export interface Restriction {
  title: string;
  roles: string[];
  people: boolean;
}

/** How a door writes one role or group for a reader ("<@&1>", "@designers"), or null when it cannot name it. */
export type RoleNamer = (id: string) => string | null;

/** How a door writes one invited person on a card ("<@123>", "<@U1>", "@ann"), or null when it cannot name them without a ping. */
export type PersonNamer = (id: string) => string | null;

const SHOWN = 5;
/** A card names this many invited people at most: a few names say who it is for; a long list is noise. */
const PEOPLE_SHOWN = 3;

/** Up to `max` names of these ids, in order; ids the door cannot name are left out (counted by the caller). */
function named(ids: string[], name: (id: string) => string | null, max: number): string[] {
  return ids.map(name).filter((n): n is string => n !== null).slice(0, max);
}

/** "a", "a and b", "a, b and c", "a, b and 4 more". */
function joinNames(shown: string[], more: number): string {
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** "@a", "@a and @b", "@a, @b and @c", "@a, @b and 4 more"; unnamed roles are counted, never shown as ids. */
export function roleList(roles: string[], name: RoleNamer): string | null {
  const shown = named(roles, name, SHOWN);
  return shown.length ? joinNames(shown, roles.length - shown.length) : null;
}

function whoMay(r: Pick<Restriction, 'roles' | 'people'>, name: RoleNamer): string | null {
  if (r.roles.length === 0) return null;
  const list = roleList(r.roles, name);
  if (!list) return 'invited members';
  return r.people ? `${list} and invited people` : list;
}

const people = (n: number) => `${n} invited ${n === 1 ? 'person' : 'people'}`;

/**
 * The card's line, saying who may RSVP: "Only @designers, <@U1> and <@U2> can RSVP" — the roles
 * (at most five), then up to three invited people, each as the door names it (a mention that
 * pings nobody), then "and N more"; anyone the door cannot name is counted, never shown as an id.
 * Null for a public event.
 */
export function restrictionLine(e: { visibility: string; invitees: Invitees }, role: RoleNamer, person: PersonNamer = () => null): string | null {
  if (e.visibility !== 'invite_only') return null;
  const { users, roles } = e.invitees;
  if (users.length + roles.length === 0) return 'Only the hosts can RSVP (nobody is invited yet)';
  const shown = [...named(roles, role, SHOWN), ...named(users, person, PEOPLE_SHOWN)];
  if (shown.length) return `Only ${joinNames(shown, users.length + roles.length - shown.length)} can RSVP`;
  if (roles.length === 0) return `Only ${people(users.length)} can RSVP`;
  return `Only invited members${users.length ? ` and ${people(users.length)}` : ''} can RSVP`;
}

/** The refusal for someone not invited: "“Game night” is for @designers only — ask a host to invite you." */
export function refusalText(r: Restriction, name: RoleNamer): string {
  const who = whoMay(r, name);
  if (!who) return `"${r.title}" is invite-only and you're not on the list — ask a host to invite you.`;
  return `"${r.title}" is for ${who} only — ask a host to invite you.`;
}

/** The restriction of an event a person was refused: what a door needs to name it and to check membership. */
export function restrictionOf(e: { title: string; invitees: Invitees }): Restriction {
  return { title: e.title, roles: [...e.invitees.roles], people: e.invitees.users.length > 0 };
}
