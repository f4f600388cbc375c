import type { Actor } from './actor.ts';
import type { EventRecord } from './event.ts';
import type { WorkspaceSettings } from './settings.ts';

export function isManager(actor: Actor, ws: WorkspaceSettings): boolean {
  return (
    actor.platformManager ||
    ws.managerUserIds.includes(actor.userId) ||
    actor.roles.some((r) => ws.managerRoleIds.includes(r))
  );
}

export function isHost(actor: Pick<Actor, 'userId'>, event: EventRecord): boolean {
  return event.creatorId === actor.userId || event.hostIds.includes(actor.userId);
}

/** Hosts and managers may edit, cancel and approve. */
export function canManage(actor: Actor, event: EventRecord, ws: WorkspaceSettings): boolean {
  return isHost(actor, event) || isManager(actor, ws);
}

/** Invite-only events take RSVPs from invited users and roles, and from hosts. */
export function isInvited(actor: Actor, event: EventRecord): boolean {
  if (event.visibility === 'public' || isHost(actor, event)) return true;
  return event.invitees.users.includes(actor.userId) || actor.roles.some((r) => event.invitees.roles.includes(r));
}
