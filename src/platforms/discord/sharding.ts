import { ShardingManager } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import type { AdapterLog } from '../../observe/adapter-log.ts';

/**
 * Which shard receives a guild's events: (guild_id >> 22) % shard_count, as Discord routes them.
 * A scheduler that runs inside one shard may use it to deliver only for its own guilds; the
 * DiscordNotifier itself posts through REST and works for any guild from any process.
 */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * Runs one bot process per shard with discord.js's ShardingManager. `file` is the entry point
 * each shard runs (src/main.ts); discord.js hands each child its SHARDS/SHARD_COUNT, which the
 * client picks up, so every child answers only its own guilds' interactions. All children share
 * the same DATABASE_URL (Postgres), and any number of them may run the scheduler: reminders are
 * claimed with row locks and delivered once.
 */
export async function spawnShards(config: DiscordConfig, file: string, opts: { execArgv?: string[]; log?: AdapterLog } = {}): Promise<ShardingManager> {
  const manager = new ShardingManager(file, {
    token: config.token,
    totalShards: config.shards ?? 'auto',
    execArgv: opts.execArgv ?? ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    // The child takes its shard from discord.js (SHARDS/SHARD_COUNT), not from our own setting.
    (shard.env as Record<string, string>)['DISCORD_SHARDS'] = '';
    opts.log?.(`discord: launched shard ${shard.id}`);
  });
  await manager.spawn();
  return manager;
}
