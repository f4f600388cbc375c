import { ButtonBuilder, ButtonStyle, ActionRowBuilder, Client, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buttonClick,
  Callback,
  guildIdForShard,
  makeGuild,
  makeUser,
  Op,
  opt,
  route,
  slashCommand,
  startFakeDiscord,
  sub,
  type FakeDiscord,
} from './index.ts';

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeWith(opts: Parameters<typeof startFakeDiscord>[0] = {}): Promise<FakeDiscord> {
  // These tests play a bare discord.js bot, not Convene: Discord's checks on, Convene's house rules off.
  const fake = await startFakeDiscord({ strict: { houseRules: false }, ...opts });
  cleanups.push(() => fake.close());
  return fake;
}

async function login(fake: FakeDiscord, extra: { shards?: number; shardCount?: number } = {}): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restUrl }, ...extra });
  cleanups.push(() => client.destroy());
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('fake-token');
  await withTimeout(ready, 5_000, 'clientReady');
  return client;
}

function nextInteraction(client: Client): Promise<Interaction> {
  return withTimeout(new Promise((resolve) => client.once(Events.InteractionCreate, resolve)), 3_000, 'interactionCreate');
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    }),
  ]);
}

describe('fake Discord driven by the real discord.js client', () => {
  it('logs in: READY then GUILD_CREATE caches guilds, channels and roles', async () => {
    const guild = makeGuild({ name: 'Events Club', channels: ['general', 'events'], roles: [{ name: 'Organizer' }] });
    const fake = await fakeWith({ guilds: [guild] });
    const client = await login(fake);

    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    const cached = client.guilds.cache.get(guild.id);
    expect(cached?.name).toBe('Events Club');
    expect(cached?.channels.cache.map((c) => c.name).sort()).toEqual(['events', 'general']);
    expect(cached?.roles.cache.some((r) => r.name === 'Organizer')).toBe(true);
    expect(cached?.members.me?.id).toBe(fake.botUser.id);
    expect(fake.findRequest(route('GET', '/gateway/bot'))).toBeDefined();
    const connection = fake.gatewayConnections[0];
    expect(connection?.url).toContain('encoding=json');
    expect(connection?.url).not.toContain('compress');
  });

  it('registers commands and echoes them with ids', async () => {
    const fake = await fakeWith();
    const client = await login(fake);
    const guildId = fake.guilds[0]!.id;
    const set = await client.application!.commands.set([{ name: 'event', description: 'Events' }], guildId);
    expect(set.first()?.id).toMatch(/^\d+$/);
    expect(fake.state.commandsFor(guildId)).toHaveLength(1);
    const put = fake.findRequest(route('PUT', `/applications/${fake.applicationId}/guilds/${guildId}/commands`));
    expect(put?.body).toEqual([expect.objectContaining({ name: 'event' })]);
  });

  it('slash command reaches interactionCreate; reply() is a type 4 callback', async () => {
    const fake = await fakeWith();
    const client = await login(fake);
    const guild = fake.guilds[0]!;
    const seen = nextInteraction(client);
    const handle = fake.interact(slashCommand({ guild, name: 'event', options: [sub('create', [opt('title', 'Game night'), opt('seats', 10)])] }));
    const interaction = await seen;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.options.getSubcommand()).toBe('create');
    expect(interaction.options.getString('title')).toBe('Game night');
    expect(interaction.options.getInteger('seats')).toBe(10);
    expect(interaction.inGuild()).toBe(true);
    expect(interaction.member?.user.id).toBe(guild.members[0]!.user.id);

    await interaction.reply({ content: 'Created', flags: MessageFlags.Ephemeral });
    const callback = await handle.callback();
    expect(callback.status).toBe(204);
    expect(callback.body).toMatchObject({ type: Callback.ChannelMessageWithSource, data: { content: 'Created', flags: 64 } });
  });

  it('deferReply + editReply edits @original', async () => {
    const fake = await fakeWith();
    const client = await login(fake);
    const seen = nextInteraction(client);
    const handle = fake.interact(slashCommand({ guild: fake.guilds[0]!, name: 'event' }));
    const interaction = await seen;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.deferReply();
    const edited = await interaction.editReply({ content: 'Done' });
    expect(edited.content).toBe('Done');
    expect((await handle.callback()).body).toMatchObject({ type: Callback.DeferredChannelMessageWithSource });
    const patch = await handle.webhook(route('PATCH', /\/messages\/@original$/));
    expect(patch.body).toMatchObject({ content: 'Done' });
    const followUp = await interaction.followUp({ content: 'More' });
    expect(followUp.content).toBe('More');
  });

  it('button click: update() rewrites the card message', async () => {
    const fake = await fakeWith();
    const client = await login(fake);
    const guild = fake.guilds[0]!;
    const channel = client.channels.cache.get(guild.channels[0]!.id);
    if (!channel?.isSendable()) throw new Error('channel not cached');
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId('rsvp:yes').setLabel('Going').setStyle(ButtonStyle.Primary));
    const card = await channel.send({ content: 'Card: 0 going', components: [row] });
    const stored = fake.messages(channel.id).find((m) => m['id'] === card.id)!;

    const seen = nextInteraction(client);
    const handle = fake.interact(buttonClick({ guild, customId: 'rsvp:yes', message: stored }));
    const interaction = await seen;
    if (!interaction.isButton()) throw new Error('expected a button');
    expect(interaction.customId).toBe('rsvp:yes');
    expect(interaction.message.id).toBe(card.id);
    await interaction.update({ content: 'Card: 1 going' });
    expect((await handle.callback()).body).toMatchObject({ type: Callback.UpdateMessage, data: { content: 'Card: 1 going' } });
    expect(fake.state.findMessage(channel.id, card.id)?.['content']).toBe('Card: 1 going');
  });

  it('enforce_nonce: the second send returns the first message, stored once', async () => {
    const fake = await fakeWith();
    const client = await login(fake);
    const channel = client.channels.cache.get(fake.guilds[0]!.channels[0]!.id);
    if (!channel?.isSendable()) throw new Error('channel not cached');
    const first = await channel.send({ content: 'Reminder', nonce: 'rem-42', enforceNonce: true });
    const second = await channel.send({ content: 'Reminder', nonce: 'rem-42', enforceNonce: true });
    expect(second.id).toBe(first.id);
    expect(fake.messages(channel.id)).toHaveLength(1);
    const posts = fake.findRequests(route('POST', `/channels/${channel.id}/messages`));
    expect(posts.map((p) => p.body)).toEqual([
      expect.objectContaining({ nonce: 'rem-42', enforce_nonce: true }),
      expect.objectContaining({ nonce: 'rem-42', enforce_nonce: true }),
    ]);
  });

  it('a DM to a user who closed DMs rejects with 50007', async () => {
    const blocked = makeUser({ username: 'private' });
    const fake = await fakeWith({ guilds: [makeGuild({ members: [blocked] })] });
    fake.blockDMs(blocked.id);
    const client = await login(fake);
    const user = await client.users.fetch(blocked.id);
    await expect(user.send('hello')).rejects.toMatchObject({ code: 50007, status: 403 });
    expect(fake.findRequest(route('POST', '/users/@me/channels'))?.body).toEqual({ recipient_id: blocked.id });
  });

  it('dropConnections: the client RESUMEs at resume_gateway_url and later dispatches arrive', async () => {
    const fake = await fakeWith();
    const client = await login(fake);
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    fake.dropConnections();
    const resume = await fake.waitForFrame((f) => f.direction === 'in' && f.op === Op.Resume, 5_000);
    expect(resume.d).toMatchObject({ token: 'fake-token' });
    await withTimeout(resumed, 5_000, 'shardResume');
    expect(fake.gatewayConnections.at(-1)?.url).toMatch(/^\/resume\?/);

    const seen = nextInteraction(client);
    fake.interact(slashCommand({ guild: fake.guilds[0]!, name: 'event' }));
    expect((await seen).isChatInputCommand()).toBe(true);
  });

  it('events dispatched while disconnected are replayed on RESUME', async () => {
    const fake = await fakeWith();
    const client = await login(fake);
    fake.dropConnections();
    const seen = nextInteraction(client);
    fake.interact(slashCommand({ guild: fake.guilds[0]!, name: 'missed' }));
    const interaction = await seen;
    expect(interaction.isChatInputCommand() && interaction.commandName).toBe('missed');
  });

  it('heartbeats are ACKed', async () => {
    const fake = await fakeWith({ heartbeatIntervalMs: 100 });
    await login(fake);
    await fake.waitForFrame((f) => f.direction === 'in' && f.op === Op.Heartbeat, 2_000);
    await fake.waitForFrame((f) => f.direction === 'out' && f.op === Op.HeartbeatAck, 2_000);
  });

  it('a non-resumable drop: RESUME gets INVALID_SESSION, the client identifies again', async () => {
    const fake = await fakeWith();
    const client = await login(fake);
    fake.dropConnections({ resumable: false });
    await fake.waitForFrame((f) => f.direction === 'out' && f.op === Op.InvalidSession, 5_000);
    const identifies = () => fake.frames.filter((f) => f.direction === 'in' && f.op === Op.Identify).length;
    await fake.waitForFrame((f) => f.direction === 'in' && f.op === Op.Identify && identifies() === 2, 10_000);
    await fake.waitForSessions(1, 5_000);
    const seen = nextInteraction(client);
    fake.interact(slashCommand({ guild: fake.guilds[0]!, name: 'after-reidentify' }));
    expect((await seen).isChatInputCommand()).toBe(true);
  }, 20_000);

  it('two shards: each client gets only its own guilds', async () => {
    const g0 = makeGuild({ id: guildIdForShard(0, 2), name: 'zero' });
    const g1 = makeGuild({ id: guildIdForShard(1, 2), name: 'one' });
    const fake = await fakeWith({ guilds: [g0, g1], shards: 2 });
    const [c0, c1] = await Promise.all([login(fake, { shards: 0, shardCount: 2 }), login(fake, { shards: 1, shardCount: 2 })]);
    expect([...c0.guilds.cache.keys()]).toEqual([g0.id]);
    expect([...c1.guilds.cache.keys()]).toEqual([g1.id]);

    const seen = nextInteraction(c1);
    fake.interact(slashCommand({ guild: g1, name: 'event' }));
    expect((await seen).guildId).toBe(g1.id);
  });

  it('unknown routes answer 404 with a Discord error body and are recorded', async () => {
    const fake = await fakeWith();
    const res = await fetch(`${fake.restUrl}/v10/nope/%40me`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(fake.findRequest(route('GET', '/nope/@me'))?.status).toBe(404);
  });
});
