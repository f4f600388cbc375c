import { afterEach, describe, expect, it } from 'vitest';
import { OptionType, opt, Perm, slashCommand, sub } from '../../harness/discord/index.ts';
import { body, boot, type Bot } from './support.ts';

let env: Bot | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const cards = (b: Bot, channelId: string) => b.fake.messages(channelId).filter((m) => (m['embeds'] as unknown[] | undefined)?.length);

async function createIn(b: Bot, channelId: string, channelPermissions?: readonly bigint[], memberPermissions?: readonly bigint[]) {
  const handle = b.fake.interact(
    slashCommand({
      guild: b.guild,
      user: b.alice,
      name: 'event',
      options: [sub('create', [opt('title', 'Party'), opt('when', 'friday 8pm'), opt('channel', channelId, OptionType.Channel)])],
      ...(channelPermissions ? { channelPermissions: { [channelId]: channelPermissions } } : {}),
      ...(memberPermissions ? { memberPermissions } : {}),
    }),
  );
  return body(await handle.callback());
}

describe('/event create channel:', () => {
  it('refuses a channel the member may not write in (admin-only), ephemerally, and posts nothing', async () => {
    env = await boot();
    const b = env;
    const admins = b.guild.channels[1]!.id;
    const cb = await createIn(b, admins, [Perm.ViewChannel, Perm.UseApplicationCommands]);
    expect(cb['data']['flags']).toBe(64);
    expect(cb['data']['content']).toContain(`You can't post in <#${admins}>`);
    expect(cb['data']['content']).toMatch(/View Channel and Send Messages/);
    expect(cards(b, admins)).toHaveLength(0);
    const list = await b.service.run({ platform: 'discord', workspaceId: b.guild.id, userId: b.alice.id }, { type: 'list' });
    expect(list.ok && list.value.events).toEqual([]);
  });

  it('refuses a channel the member cannot even see', async () => {
    env = await boot();
    const hidden = env.guild.channels[1]!.id;
    const cb = await createIn(env, hidden, []);
    expect(cb['data']['content']).toContain(`You can't post in <#${hidden}>`);
    expect(cards(env, hidden)).toHaveLength(0);
  });

  it('posts in a chosen channel the member may write in', async () => {
    env = await boot();
    const events = env.guild.channels[1]!.id;
    const cb = await createIn(env, events);
    expect(cb['data']['content']).toMatch(/Created \*\*Party\*\*/);
    await env.scheduler.runOnce();
    expect(cards(env, events)).toHaveLength(1);
  });

  it('without channel:, refuses a channel where the member may not send (read-only announcements)', async () => {
    env = await boot();
    const b = env;
    const handle = b.fake.interact(
      slashCommand({ guild: b.guild, user: b.alice, memberPermissions: [Perm.ViewChannel, Perm.UseApplicationCommands], name: 'event', options: [sub('create', [opt('title', 'Party'), opt('when', 'friday 8pm')])] }),
    );
    const cb = body(await handle.callback());
    expect(cb['data']['content']).toMatch(/can't send messages in this channel/);
    expect(cards(b, b.channelId)).toHaveLength(0);
  });
});
