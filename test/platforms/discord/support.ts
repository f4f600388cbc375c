import type { ClientOptions } from 'discord.js';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import { createMirrorLifecycle, createReminderLifecycle, Scheduler } from '../../../src/scheduler/index.ts';
import { lifecycles } from '../../../src/calendar/lifecycle.ts';
import type { DiscordConfig } from '../../../src/config.ts';
import { startDiscord, type DiscordRuntime } from '../../../src/platforms/discord/index.ts';
import type { Store } from '../../../src/store/database.ts';
import { buttonClick, makeGuild, makeUser, opt, route, slashCommand, startFakeDiscord, sub, type FakeDiscord, type FakeGuild, type FakeUser } from '../../harness/discord/index.ts';
import type { Json } from '../../harness/discord/objects.ts';
import { storeFactories } from '../../support/stores.ts';

export const NOW = '2026-11-21T12:00:00Z'; // a Saturday

export interface Bot {
  fake: FakeDiscord;
  store: Store;
  clock: ManualClock;
  service: EventService;
  bot: DiscordRuntime;
  /** The real scheduler, not looping: call runOnce() to deliver what is due. */
  scheduler: Scheduler;
  logs: string[];
  guild: FakeGuild;
  channelId: string;
  host: FakeUser;
  alice: FakeUser;
  bob: FakeUser;
  carol: FakeUser;
  close(): Promise<void>;
}

export function configFor(fake: FakeDiscord): DiscordConfig {
  return { token: 'fake-token', applicationId: fake.applicationId, restUrl: fake.restUrl, guildId: undefined, shards: undefined };
}

/** A role of the fake guild (invite and ping tests). */
export const TEST_ROLE = '777000000000000001';

/** The real bot (startDiscord) against a fresh fake Discord and a fresh SQLite store. */
export async function boot(opts: { clientOptions?: Partial<ClientOptions> } = {}): Promise<Bot> {
  const host = makeUser({ username: 'host' });
  const alice = makeUser({ username: 'alice' });
  const bob = makeUser({ username: 'bob' });
  const carol = makeUser({ username: 'carol' });
  const clock = new ManualClock(NOW);
  // Discord's clock is the test's (scheduled events must start in its future).
  const fake = await startFakeDiscord({
    // One role the tests invite and ping (discord.js knows a member's roles through the guild's roles).
    guilds: [makeGuild({ name: 'Club', channels: ['general', 'events'], members: [host, alice, bob, carol], roles: [{ id: TEST_ROLE, name: 'potters' }] })],
    now: () => clock.now().getTime(),
  });
  const store = await storeFactories()[0]!.open();
  const service = new EventService({ store, clock, lifecycle: lifecycles(createReminderLifecycle(), createMirrorLifecycle()) });
  const logs: string[] = [];
  let bot: DiscordRuntime;
  try {
    bot = await startDiscord({ service, clock, config: configFor(fake), log: (m) => logs.push(m), dmPerSecond: 1000, readyTimeoutMs: 5_000, clientOptions: opts.clientOptions });
  } catch (err) {
    await fake.close();
    await store.close();
    throw err;
  }
  const guild = fake.guilds[0]!;
  const scheduler = new Scheduler({ store, clock, notifiers: { discord: bot.notifier }, publisher: service, deliveryTimeoutMs: 3_000 });
  return {
    fake,
    store,
    clock,
    service,
    bot,
    scheduler,
    logs,
    guild,
    channelId: guild.channels[0]!.id,
    host,
    alice,
    bob,
    carol,
    async close() {
      await bot.stop();
      await fake.close();
      await store.close();
    },
  };
}

export function bounded<T>(promise: Promise<T>, what: string, ms = 3_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    }),
  ]);
}

/** Polls until `check` returns a value (bounded). */
export async function eventually<T>(check: () => T | undefined | null | false, what: string, ms = 3_000): Promise<T> {
  const until = performance.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = Record<string, any>;
export const body = (r: { body: unknown }) => r.body as Body;

/** /event create through the fake; returns the event id, the card message and the callback. */
export async function create(b: Bot, options: ReturnType<typeof opt>[], user: FakeUser = b.host) {
  const handle = b.fake.interact(slashCommand({ guild: b.guild, user, name: 'event', options: [sub('create', options)] }));
  const cb = body(await handle.callback());
  const content = String(cb['data']?.['content'] ?? '');
  const id = /\(`([a-z0-9]{8})`\)/.exec(content)?.[1];
  let card: Json | undefined;
  if (id && content.startsWith('✅')) {
    // The card is the core's notice: the scheduler posts it (with its thread) and stores the reference.
    await b.scheduler.runOnce();
    card = b.fake.messages(b.channelId).find((m) => JSON.stringify(m['embeds']).includes(`Event ${id}`));
    await attached(b, id);
  }
  return { handle, cb, content, id: id!, card: card! };
}

/** Waits until the event's card reference (with its thread) is stored. */
export async function attached(b: Bot, id: string, ms = 3_000): Promise<void> {
  const until = performance.now() + ms;
  for (;;) {
    const r = await b.service.run({ platform: 'discord', workspaceId: b.guild.id, userId: b.host.id }, { type: 'get', event: id });
    if (r.ok && r.value.event.card) return;
    if (performance.now() > until) throw new Error(`timed out waiting for the card of ${id}`);
    await new Promise((res) => setTimeout(res, 10));
  }
}

export function click(b: Bot, card: Json, customId: string, user: FakeUser) {
  return b.fake.interact(buttonClick({ guild: b.guild, user, customId, message: card }));
}


/** What the bot said to one person by DM (the channels it opened for them, then their messages). */
export function dmTexts(b: Bot, userId: string): string[] {
  const opened = b.fake.findRequests(route('POST', '/users/@me/channels')).filter((r) => (r.body as Body)['recipient_id'] === userId);
  const channels = new Set(opened.map((r) => String((r.response as Body)['id'])));
  return [...channels].flatMap((id) => b.fake.messages(id).map((m) => String(m['content'])));
}
