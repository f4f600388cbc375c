import { Events, type Client, type ClientOptions } from 'discord.js';
import type { Clock } from '../../core/clock.ts';
import type { EventService } from '../../core/service.ts';
import type { DiscordConfig } from '../../config.ts';
import type { Notifier } from '../../scheduler/notifier.ts';
import { Cards } from './cards.ts';
import { buildClient } from './client.ts';
import { InteractionRouter } from './interactions.ts';
import { DiscordNotifier } from './notifier.ts';
import { DiscordEventMirror } from './mirror/sync.ts';
import type { AdapterLog } from '../../observe/adapter-log.ts';

export { missingCommands, registerCommands } from './register.ts';
export { inviteUrl } from './commands.ts';
export { spawnShards } from './sharding.ts';

interface StartDiscordDeps {
  service: EventService;
  config: DiscordConfig;
  clock: Clock;
  log?: AdapterLog;
  /** Tests: pin shards, short timeouts. */
  clientOptions?: Partial<ClientOptions>;
  /** DMs opened per second at most (default 2). */
  dmPerSecond?: number;
  /** How long to wait for the gateway's READY (default 30 s). */
  readyTimeoutMs?: number;
}

export interface DiscordRuntime {
  notifier: Notifier;
  stop(): Promise<void>;
  client: Client;
}

/**
 * Logs the bot in and answers interactions until stopped. The notifier it returns delivers
 * through REST, so a scheduler in this process can deliver for any guild.
 */
export async function startDiscord(deps: StartDiscordDeps): Promise<DiscordRuntime> {
  const log = deps.log ?? ((m: string) => console.log(m));
  const client = buildClient(deps.config, deps.clientOptions);
  const cards = new Cards(client.rest, deps.service, log);
  const mirror = new DiscordEventMirror(client.rest, deps.service, () => client.user?.id ?? null, log);
  const notifier = new DiscordNotifier(client.rest, cards, { dmPerSecond: deps.dmPerSecond, log, mirror });
  const router = new InteractionRouter({ service: deps.service, clock: deps.clock, log, cards });
  client.on(Events.InteractionCreate, router.listener);
  client.on(Events.Error, (err) => log(`discord: client error: ${err.message}`, 'error', err));
  client.on(Events.ShardResume, (id, replayed) => log(`discord: shard ${id} resumed (${replayed} events replayed)`));
  client.on(Events.ShardDisconnect, (_e, id) => log(`discord: shard ${id} disconnected`, 'warn'));

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Discord did not become ready in time')), deps.readyTimeoutMs ?? 30_000);
    client.once(Events.ClientReady, (c) => {
      clearTimeout(timer);
      log(`discord: logged in as ${c.user.tag} (${c.guilds.cache.size} guilds cached, shards ${c.ws.shards.map((s) => s.id).join(',')})`);
      resolve();
    });
  });
  try {
    await client.login(deps.config.token);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }

  return {
    notifier,
    client,
    async stop() {
      client.off(Events.InteractionCreate, router.listener);
      await router.drain();
      notifier.stop();
      await client.destroy();
    },
  };
}
