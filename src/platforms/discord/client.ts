import { Client, GatewayIntentBits, Options, type ClientOptions } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';

/**
 * A discord.js client with what Convene needs: guild events only (no message content, no
 * privileged intents), small caches, and the REST base from config (the gateway URL then
 * comes from that REST's GET /gateway/bot).
 */
export function buildClient(config: DiscordConfig, overrides: Partial<ClientOptions> = {}): Client {
  const shards = config.shards === undefined ? {} : config.shards === 'auto' ? { shards: 'auto' as const } : { shards: range(config.shards), shardCount: config.shards };
  const { rest, ...others } = overrides;
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: 0,
      UserManager: 1000,
      ThreadManager: 200,
    }),
    allowedMentions: { parse: [] },
    ...shards,
    ...others,
    rest: { ...(config.restUrl ? { api: config.restUrl } : {}), ...rest },
  });
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, k) => k);
}
