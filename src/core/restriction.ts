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

const SHOWN = 5;

/** "@a", "@a and @b", "@a, @b and @c", "@a, @b and 4 more"; unnamed roles are counted, never shown as ids. */
export function roleList(roles: string[], name: RoleNamer): string | null {
  const named = roles.map(name).filter((n): n is string => n !== null);
  if (named.length === 0) return null;
  const shown = named.slice(0, SHOWN);
  const more = roles.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function whoMay(r: Pick<Restriction, 'roles' | 'people'>, name: RoleNamer): string | null {
  if (r.roles.length === 0) return null;
  const list = roleList(r.roles, name);
  if (!list) return 'invited members';
  return r.people ? `${list} and invited people` : list;
}

/** The card's line: "Only @designers can RSVP", "Invite-only" when only people were invited, null for a public event. */
export function restrictionLine(e: { visibility: string; invitees: Invitees }, name: RoleNamer): string | null {
  if (e.visibility !== 'invite_only') return null;
  const who = whoMay({ roles: e.invitees.roles, people: e.invitees.users.length > 0 }, name);
  return who ? `Only ${who} can RSVP` : 'Invite-only';
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
