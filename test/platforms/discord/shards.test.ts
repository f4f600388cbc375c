import { Events } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import { shardOf } from '../../../src/platforms/discord/sharding.ts';
import { startDiscord, type DiscordRuntime } from '../../../src/platforms/discord/index.ts';
import { guildIdForShard, makeGuild, opt, slashCommand, startFakeDiscord, sub } from '../../harness/discord/index.ts';
import { storeFactories } from '../../support/stores.ts';
import { body, configFor, NOW } from './support.ts';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('sharding', () => {
  it('routes guilds like Discord does', () => {
    expect(shardOf(guildIdForShard(0, 2), 2)).toBe(0);
    expect(shardOf(guildIdForShard(1, 2), 2)).toBe(1);
    expect(shardOf('81384788765712384', 1)).toBe(0);
  });

  it('two shard clients each handle only their own guilds, on one shared store', async () => {
    const g0 = makeGuild({ id: guildIdForShard(0, 2), name: 'Zero' });
    const g1 = makeGuild({ id: guildIdForShard(1, 2), name: 'One' });
    const fake = await startFakeDiscord({ shards: 2, guilds: [g0, g1] });
    cleanups.push(() => fake.close());
    const store = await storeFactories()[0]!.open();
    cleanups.push(() => store.close());
    const clock = new ManualClock(NOW);
    const service = new EventService({ store, clock });
    const seen: Record<number, string[]> = { 0: [], 1: [] };
    const bots: DiscordRuntime[] = [];
    for (const shard of [0, 1]) {
      const bot = await startDiscord({
        service,
        clock,
        config: configFor(fake),
        log: () => {},
        readyTimeoutMs: 5_000,
        clientOptions: { shards: [shard], shardCount: 2 },
      });
      cleanups.push(() => bot.stop());
      bot.client.on(Events.InteractionCreate, (i) => seen[shard]!.push(i.guildId ?? ''));
      bots.push(bot);
    }
    await fake.waitForSessions(2);
    expect(bots[0]!.client.guilds.cache.has(g0.id) && !bots[0]!.client.guilds.cache.has(g1.id)).toBe(true);

    for (const guild of [fake.guilds[0]!, fake.guilds[1]!]) {
      const h = fake.interact(slashCommand({ guild, name: 'event', options: [sub('create', [opt('title', `Night in ${guild.name}`), opt('when', 'friday 8pm')])] }));
      expect(body(await h.callback())['data']['content']).toMatch(/Created/);
    }
    expect(seen[0]).toEqual([g0.id]);
    expect(seen[1]).toEqual([g1.id]);

    // The notifier delivers through REST: shard 0's notifier can post for shard 1's guild.
    const r = await service.run({ platform: 'discord', workspaceId: g1.id, userId: g1.members[0]!.user.id }, { type: 'list', scope: 'workspace' });
    if (!r.ok) throw new Error(r.error.message);
    const event = r.value.events[0]!;
    const sent = await bots[0]!.notifier.deliver(
      { key: 'x', kind: 'reminder', event, occurrence: event.occurrence, now: event.occurrence.start, offset: 'PT0M' },
      { type: 'channel', channelId: g1.channels[0]!.id },
    );
    expect(sent.status).toBe('sent');
  });
});
