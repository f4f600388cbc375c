/** The bot's permissions in a channel, computed as Discord does: roles, then channel overwrites. */
import type { FakeState } from '../state.ts';
import { Perm } from '../permissions.ts';

export { Perm };

interface Overwrite {
  id: string;
  type: 0 | 1;
  allow: string;
  deny: string;
}

/** Null for DMs and unknown channels. */
export function botPermissionsIn(state: FakeState, channelId: string): bigint | null {
  let channel = state.channels.get(channelId);
  if (!channel?.guild_id) return null;
  const guild = state.guilds.get(channel.guild_id);
  if (!guild) return null;
  const me = guild.members.find((m) => m.user.id === state.botUser.id);
  if (!me) return 0n;
  const roleIds = new Set([guild.id, ...me.roles]);
  let perms = guild.roles.filter((r) => roleIds.has(r.id)).reduce((acc, r) => acc | BigInt(r.permissions), 0n);
  if ((perms & Perm.Administrator) !== 0n) return perms;
  // Threads take their parent's overwrites.
  if ((channel.type === 11 || channel.type === 12) && channel.parent_id) channel = state.channels.get(channel.parent_id) ?? channel;
  const overwrites = ((channel as { permission_overwrites?: Overwrite[] }).permission_overwrites ?? []);
  const apply = (o: Overwrite | undefined) => {
    if (o) perms = (perms & ~BigInt(o.deny)) | BigInt(o.allow);
  };
  apply(overwrites.find((o) => o.id === guild.id));
  let allow = 0n;
  let deny = 0n;
  for (const o of overwrites) if (o.type === 0 && o.id !== guild.id && me.roles.includes(o.id)) {
    allow |= BigInt(o.allow);
    deny |= BigInt(o.deny);
  }
  perms = (perms & ~deny) | allow;
  apply(overwrites.find((o) => o.type === 1 && o.id === state.botUser.id));
  return perms;
}
