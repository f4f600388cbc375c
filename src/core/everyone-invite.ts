import type { Invitees } from './event-schema.ts';
import { UserError } from './errors.ts';

/** Words that mean everyone at once, in any platform's spelling (`@everyone`, `<!here>` read as `!here`). */
const EVERYONE = /^[@!]?(everyone|here|channel)$/i;

/** What a person is told who tries to invite everyone (by any door). */
export const EVERYONE_INVITE = 'Everyone can already RSVP to a public event: make it public instead of inviting @everyone.';

/** An id or a typed mention (`@here`, Slack's `<!everyone>`) that means everyone at once. */
export function namesEveryone(token: string): boolean {
  return EVERYONE.test(token.replace(/^<([^|>]*)(?:\|[^>]*)?>$/, '$1'));
}

/**
 * Inviting everyone is a public event, not an invite-only one (and a name that pings everyone has
 * no place on a card): refused, saying what to do. The workspace's own id is its everyone role (Discord).
 */
export function assertNoEveryoneInvite(e: { workspaceId: string; invitees: Invitees }): void {
  const all = [...e.invitees.users, ...e.invitees.roles];
  if (all.some((id) => namesEveryone(id) || id === e.workspaceId)) throw new UserError('invalid', EVERYONE_INVITE);
}
