import { afterEach, describe, expect, it } from 'vitest';
import { group, opt, Perm, slashCommand, sub } from '../../harness/discord/index.ts';
import { body, boot, type Bot } from './support.ts';

let env: Bot | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const MANAGER = [Perm.ViewChannel, Perm.SendMessages, Perm.ManageGuild];

async function run(b: Bot, g: string, name: string, options: ReturnType<typeof opt>[] = [], manager = true): Promise<{ content: string; ephemeral: boolean }> {
  const user = manager ? b.host : b.alice;
  const i = b.fake.interact(slashCommand({ guild: b.guild, user, name: 'event', ...(manager ? { memberPermissions: MANAGER } : {}), options: [group(g, [sub(name, options)])] }));
  const data = body(await i.callback())['data'];
  return { content: String(data['content']), ephemeral: (Number(data['flags'] ?? 0) & 64) === 64 };
}

describe('/event api-key and /event webhook on discord (managers, ephemeral)', () => {
  it('a manager creates, lists and revokes an API key; the key is shown once, only to them', async () => {
    env = await boot();
    const b = env;
    const made = await run(b, 'api-key', 'create', [opt('name', 'ci'), opt('scopes', 'read')]);
    expect(made.ephemeral).toBe(true);
    const token = /`(cvn_[a-z0-9]{12}_[A-Za-z0-9_-]{43})`$/.exec(made.content)?.[1];
    expect(token, made.content).toBeDefined();
    const key = await b.service.apiKeys.verify(token!);
    expect(key).toMatchObject({ platform: 'discord', workspaceId: b.guild.id, name: 'ci', scopes: ['events:read'], createdBy: b.host.id });

    const listed = await run(b, 'api-key', 'list');
    expect(listed.ephemeral).toBe(true);
    expect(listed.content).toContain(`${key!.id} · ci · events:read`);
    expect(listed.content).not.toContain(token!);

    expect((await run(b, 'api-key', 'create', [], false)).content).toMatch(/^⚠️ Only workspace managers/);
    expect((await run(b, 'api-key', 'revoke', [opt('id', key!.id)], false)).content).toMatch(/^⚠️ Only workspace managers/);
    expect((await run(b, 'api-key', 'revoke', [opt('id', key!.id)])).content).toContain('Revoked');
    expect(await b.service.apiKeys.verify(token!)).toBeNull();
    expect((await run(b, 'api-key', 'revoke', [opt('id', key!.id)])).content).toMatch(/^⚠️ No active API key/);
  });

  it('a manager adds, lists and removes a webhook; a URL that is not http(s) is refused plainly', async () => {
    env = await boot();
    const b = env;
    expect((await run(b, 'webhook', 'add', [opt('url', 'ftp://example.com/x')])).content).toMatch(/^⚠️ url: .*https:\/\//);
    expect((await run(b, 'webhook', 'add', [opt('url', 'https://example.com/x'), opt('events', 'event.nope')])).content).toMatch(/^⚠️ events/);
    const added = await run(b, 'webhook', 'add', [opt('url', 'https://example.com/hooks'), opt('events', 'event.created, rsvp.created')]);
    expect(added.ephemeral).toBe(true);
    const secret = /`(whsec_[A-Za-z0-9+/=]+)`$/.exec(added.content)?.[1];
    expect(secret, added.content).toBeDefined();
    const id = /Webhook (wh_[a-z0-9]{12}) added/.exec(added.content)![1]!;
    const listed = await run(b, 'webhook', 'list');
    expect(listed.content).toContain(`${id} · https://example.com/hooks · event.created, rsvp.created`);
    expect(listed.content).not.toContain(secret!);
    expect((await run(b, 'webhook', 'list', [], false)).content).toMatch(/^⚠️ Only workspace managers/);
    expect((await run(b, 'webhook', 'remove', [opt('id', id)])).content).toContain(`Removed webhook ${id}`);
    expect((await run(b, 'webhook', 'list')).content).toMatch(/^No webhooks/);
  });
});
