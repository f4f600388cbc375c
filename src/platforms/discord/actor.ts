import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { ActorInput } from '../../core/actor.ts';

/** Who clicked or typed, as the core understands it. Null outside a server (DMs). */
export function actorOf(i: Interaction): ActorInput | null {
  if (!i.guildId) return null;
  const member = i.member;
  let roles: string[] = [];
  if (member) roles = Array.isArray(member.roles) ? [...member.roles] : [...member.roles.cache.keys()].filter((r) => r !== i.guildId);
  const permissions = i.memberPermissions;
  return {
    platform: 'discord',
    workspaceId: i.guildId,
    via: 'discord',
    userId: i.user.id,
    displayName: (member && 'displayName' in member ? member.displayName : null) ?? i.user.globalName ?? i.user.username,
    roles,
    platformManager: permissions ? permissions.any([PermissionFlagsBits.ManageEvents, PermissionFlagsBits.ManageGuild]) : false,
    timezone: null,
    locale: i.locale ?? null,
  };
}
