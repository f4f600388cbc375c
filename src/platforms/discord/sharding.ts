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

export interface SpawnOptions {
  /** Node flags for each child (default: tsx for a .ts entry point, none for the built .js). */
  execArgv?: string[];
  log?: AdapterLog;
  /** Between two shards' logins (Discord allows one identify per 5 s per bucket; default 5.5 s). */
  delayMs?: number;
  /** Each child serves HTTP on this port + its shard id (0: each picks a free one; null: none). */
  httpPort?: number | null;
}

/**
 * Runs one bot process per shard with discord.js's ShardingManager (`npm run cli -- shards`).
 * `file` is the entry point each shard runs (dist/main.js, or src/main.ts under tsx); discord.js
 * hands each child its SHARDS/SHARD_COUNT, which the client picks up, so every child answers
 * only its own guilds' interactions. All children share the same DATABASE_URL (Postgres), and
 * any number of them may run the scheduler: notices are claimed with row locks and delivered once.
 */
export async function spawnShards(config: DiscordConfig, file: string, opts: SpawnOptions = {}): Promise<ShardingManager> {
  if (config.shards === 'auto' && config.restUrl) throw new Error('DISCORD_SHARDS=auto asks discord.com for the count; set a number with DISCORD_REST_URL.');
  const manager = new ShardingManager(file, {
    token: config.token,
    totalShards: config.shards ?? 'auto',
    execArgv: opts.execArgv ?? (file.endsWith('.ts') ? ['--import', 'tsx'] : []),
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    const env = shard.env as Record<string, string>;
    // The child takes its shard from discord.js (SHARDS/SHARD_COUNT), not from our own setting.
    env['DISCORD_SHARDS'] = '';
    env['HTTP_PORT'] = opts.httpPort == null ? '' : String(opts.httpPort === 0 ? 0 : opts.httpPort + shard.id);
    opts.log?.(`discord: launched shard ${shard.id} of ${manager.totalShards}`);
    shard.on('death', (p) => opts.log?.(`discord: shard ${shard.id} exited (${'exitCode' in p ? p.exitCode : '?'}); respawning`, 'warn'));
  });
  await manager.spawn({ delay: opts.delayMs ?? 5_500, timeout: 60_000 });
  return manager;
}
