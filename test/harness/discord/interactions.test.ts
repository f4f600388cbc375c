import { ActionRowBuilder, Client, Events, GatewayIntentBits, ModalBuilder, TextInputBuilder, TextInputStyle, type Interaction } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { autocomplete, buttonClick, Callback, modalSubmit, opt, Perm, route, slashCommand, startFakeDiscord, sub, type FakeDiscord } from './index.ts';

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(): Promise<{ fake: FakeDiscord; client: Client }> {
  // A bare discord.js bot, not Convene: Discord's checks on, Convene's house rules off.
  const fake = await startFakeDiscord({ strict: { houseRules: false } });
  cleanups.push(() => fake.close());
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restUrl } });
  cleanups.push(() => client.destroy());
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('fake-token');
  await bounded(ready, 'clientReady');
  return { fake, client };
}

function next(client: Client): Promise<Interaction> {
  return bounded(new Promise((resolve) => client.once(Events.InteractionCreate, resolve)), 'interactionCreate');
}

function bounded<T>(promise: Promise<T>, what: string, ms = 3_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    }),
  ]);
}

describe('interaction payloads through discord.js', () => {
  it('autocomplete: focused option and a type 8 callback', async () => {
    const { fake, client } = await setup();
    const seen = next(client);
    const handle = fake.interact(autocomplete({ guild: fake.guilds[0]!, name: 'event', options: [sub('rsvp', [opt('event', 'gam')])], focused: 'event' }));
    const interaction = await seen;
    if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
    expect(interaction.options.getFocused(true)).toMatchObject({ name: 'event', value: 'gam' });
    await interaction.respond([{ name: 'Game night', value: 'evt_1' }]);
    expect((await handle.callback()).body).toEqual({ type: Callback.ApplicationCommandAutocompleteResult, data: { choices: [{ name: 'Game night', value: 'evt_1' }] } });
  });

  it('showModal then modal submit: fields readable in both layouts', async () => {
    const { fake, client } = await setup();
    const guild = fake.guilds[0]!;
    const seen = next(client);
    const handle = fake.interact(slashCommand({ guild, name: 'event', options: [sub('edit')] }));
    const command = await seen;
    if (!command.isChatInputCommand()) throw new Error('expected a command');
    const modal = new ModalBuilder()
      .setCustomId('edit:1')
      .setTitle('Edit')
      .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(new TextInputBuilder().setCustomId('title').setLabel('Title').setStyle(TextInputStyle.Short)));
    await command.showModal(modal);
    expect((await handle.callback()).body).toMatchObject({ type: Callback.Modal, data: { custom_id: 'edit:1' } });

    for (const layout of ['row', 'label'] as const) {
      const submitted = next(client);
      const submit = fake.interact(modalSubmit({ guild, customId: 'edit:1', fields: { title: `New title (${layout})` }, layout }));
      const interaction = await submitted;
      if (!interaction.isModalSubmit()) throw new Error('expected a modal submit');
      expect(interaction.fields.getTextInputValue('title')).toBe(`New title (${layout})`);
      await interaction.reply({ content: 'Saved' });
      expect((await submit.callback()).body).toMatchObject({ type: Callback.ChannelMessageWithSource });
    }
  });

  it('member permissions and roles come through; DMs carry user and context 1', async () => {
    const { fake, client } = await setup();
    const guild = fake.guilds[0]!;
    let seen = next(client);
    fake.interact(slashCommand({ guild, name: 'event', memberPermissions: [Perm.ViewChannel, Perm.SendMessages], roles: [] }));
    const plain = await seen;
    expect(plain.memberPermissions?.has('ManageEvents')).toBe(false);
    expect(plain.appPermissions?.has('ManageThreads')).toBe(true);
    expect(plain.authorizingIntegrationOwners).toMatchObject({ '0': guild.id });

    seen = next(client);
    fake.interact(slashCommand({ guild, name: 'event', memberPermissions: Perm.Administrator }));
    expect((await seen).memberPermissions?.has('ManageEvents')).toBe(true);

    seen = next(client);
    fake.interact(slashCommand({ name: 'event', user: guild.members[0]!.user }));
    const dm = await seen;
    expect(dm.inGuild()).toBe(false);
    expect(dm.user.id).toBe(guild.members[0]!.user.id);
  });

  it('withResponse returns the callback resource; a replayed interaction is refused with 40060', async () => {
    const { fake, client } = await setup();
    const payload = slashCommand({ guild: fake.guilds[0]!, name: 'event' });
    let seen = next(client);
    fake.interact(payload);
    const first = await seen;
    if (!first.isChatInputCommand()) throw new Error('expected a command');
    const response = await first.reply({ content: 'Hi', withResponse: true });
    expect(response.resource?.message?.content).toBe('Hi');

    seen = next(client);
    fake.interact(payload);
    const again = await seen;
    if (!again.isChatInputCommand()) throw new Error('expected a command');
    await expect(again.reply({ content: 'Hi' })).rejects.toMatchObject({ code: 40060 });
  });

  it('threads from a message, then a post in the thread', async () => {
    const { fake, client } = await setup();
    const channel = client.channels.cache.get(fake.guilds[0]!.channels[0]!.id);
    if (!channel?.isTextBased() || !('threads' in channel)) throw new Error('no text channel');
    const card = await channel.send('Card');
    const thread = await card.startThread({ name: 'Game night' });
    expect(thread.id).toBe(card.id);
    expect(thread.parentId).toBe(channel.id);
    await thread.send('<@123> your DMs are closed');
    expect(fake.messages(thread.id).map((m) => m['content'])).toEqual(['<@123> your DMs are closed']);
    expect(fake.findRequest(route('POST', `/channels/${channel.id}/messages/${card.id}/threads`))?.status).toBe(201);
  });

  it('button on a message the fake never saw still works (message comes from the payload)', async () => {
    const { fake, client } = await setup();
    const guild = fake.guilds[0]!;
    const message = { ...fake.state.createMessage(guild.channels[0]!.id, { content: 'old' }).message };
    fake.state.deleteMessage(guild.channels[0]!.id, String(message['id']));
    const seen = next(client);
    const handle = fake.interact(buttonClick({ guild, customId: 'x', message }));
    const interaction = await seen;
    if (!interaction.isButton()) throw new Error('expected a button');
    await interaction.deferUpdate();
    await interaction.editReply({ content: 'new' });
    expect((await handle.callback()).body).toEqual({ type: Callback.DeferredMessageUpdate });
    expect(fake.state.findMessage(guild.channels[0]!.id, String(message['id']))?.['content']).toBe('new');
  });
});
