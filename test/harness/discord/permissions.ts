/** Permission bits used by the fake (Discord permission bitfield, as bigint). */
export const Perm = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  ManageEvents: 1n << 33n,
  ManageThreads: 1n << 34n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** What an ordinary member may do in an ordinary text channel. */
export const MEMBER_PERMISSIONS =
  Perm.ViewChannel |
  Perm.SendMessages |
  Perm.AddReactions |
  Perm.EmbedLinks |
  Perm.AttachFiles |
  Perm.ReadMessageHistory |
  Perm.UseExternalEmojis |
  Perm.UseApplicationCommands |
  Perm.CreatePublicThreads |
  Perm.SendMessagesInThreads;

/**
 * What the bot's managed role is granted: what Convene's invite URL asks for (src/platforms/discord/
 * commands.ts inviteUrl; a test keeps the two equal). @everyone's rights come on top, as on Discord.
 */
export const BOT_PERMISSIONS =
  Perm.ViewChannel |
  Perm.SendMessages |
  Perm.EmbedLinks |
  Perm.ReadMessageHistory |
  Perm.CreatePublicThreads |
  Perm.SendMessagesInThreads |
  Perm.ManageThreads;

/** Accepts a bigint, a decimal string or a list of bits and returns Discord's string form. */
export function permissionString(value: bigint | string | readonly bigint[] | undefined, fallback: bigint): string {
  if (value === undefined) return fallback.toString();
  if (typeof value === 'string') return BigInt(value).toString();
  if (typeof value === 'bigint') return value.toString();
  return value.reduce((acc, bit) => acc | bit, 0n).toString();
}
