import { DiscordAPIError } from 'discord.js';

/** Discord's JSON error codes the adapter reacts to. */
export const API = {
  unknownChannel: 10003,
  unknownMessage: 10008,
  unknownInteraction: 10062,
  alreadyAcknowledged: 40060,
  missingAccess: 50001,
  cannotDmUser: 50007,
  missingPermissions: 50013,
  invalidThreadChannel: 50024,
  unknownGuild: 10004,
  invalidFormBody: 50035,
  unknownScheduledEvent: 10070,
  tooManyScheduledEvents: 30038,
  scheduledEventFinished: 180000,
} as const;

export function apiCode(err: unknown): number | null {
  if (err instanceof DiscordAPIError) return typeof err.code === 'number' ? err.code : Number(err.code);
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : null;
}

/** Errors that will not go away by retrying: the channel is gone or we may not post there. */
export function isPermanent(err: unknown): boolean {
  const code = apiCode(err);
  return code === API.unknownChannel || code === API.missingAccess || code === API.missingPermissions || code === API.cannotDmUser;
}

export function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
