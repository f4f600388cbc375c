/** Discord snowflakes: (ms since 2015-01-01) << 22 | worker/process/increment. */
export const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/** A fresh snowflake for the given instant (default now), unique within this process. */
export function snowflake(atMs: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(atMs) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** The instant a snowflake was minted, as ms since the Unix epoch. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** Which shard Discord routes a guild to: (guild_id >> 22) % shard_count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A guild id that Discord would route to `shard` of `shardCount`. */
export function guildIdForShard(shard: number, shardCount: number): string {
  const base = (BigInt(Date.now()) - DISCORD_EPOCH) >> 0n;
  const count = BigInt(shardCount);
  const aligned = base - (base % count) + BigInt(shard);
  increment = (increment + 1n) & 0xfffn;
  return ((aligned << 22n) | (1n << 17n) | increment).toString();
}
