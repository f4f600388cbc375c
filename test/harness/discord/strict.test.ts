/**
 * The fake refuses what Discord refuses. Each payload here was accepted before the fake was strict
 * (the issue counted 12 of 13 invalid payloads let through).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, Perm, slashCommand, startFakeDiscord } from './index.ts';

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await startFakeDiscord();
});
afterEach(async () => {
  await fake.close();
});

type Res = { status: number; body: { code?: number; message?: string; errors?: Record<string, unknown> } & Record<string, unknown> };

async function call(method: string, path: string, body?: unknown): Promise<Res> {
  const res = await fetch(`${fake.restUrl}/v10${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: 'Bot fake-token' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

const channel = () => fake.guilds[0]!.channels[0]!.id;
const post = (body: Record<string, unknown>) => call('POST', `/channels/${channel()}/messages`, { allowed_mentions: { parse: [] }, ...body });
/** The `_errors` at a dotted field path of a 50035 answer. */
function fieldErrors(res: Res, path: string): { code: string }[] {
  let node: unknown = res.body.errors;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  return ((node as { _errors?: { code: string }[] } | undefined)?._errors ?? []);
}
function expectInvalid(res: Res, path: string) {
  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
  expect(fieldErrors(res, path).length, `errors at ${path}: ${JSON.stringify(res.body.errors)}`).toBeGreaterThan(0);
}

const row = (n: number, label = 'Go') => ({ type: 1, components: Array.from({ length: n }, (_, i) => ({ type: 2, style: 1, label, custom_id: `b${Math.random()}${i}` })) });

describe('strict fake Discord: messages', () => {
  it('content, embeds, components and nonce limits answer 50035 with the field path', async () => {
    expectInvalid(await post({ content: 'x'.repeat(2001) }), 'content');
    expectInvalid(await post({ components: Array.from({ length: 6 }, () => row(1)) }), 'components');
    expectInvalid(await post({ components: [row(6)] }), 'components.0.components');
    expectInvalid(await post({ components: [row(1, 'l'.repeat(81))] }), 'components.0.components.0.label');
    expectInvalid(await post({ components: [{ type: 1, components: [{ type: 2, style: 1, label: 'a', custom_id: 'c'.repeat(150) }] }] }), 'components.0.components.0.custom_id');
    expectInvalid(await post({ components: [{ type: 1, components: [{ type: 2, style: 5, label: 'Join', url: 'https://evil.example/ x' }] }] }), 'components.0.components.0.url');
    expectInvalid(await post({ embeds: [{ title: 't'.repeat(300) }] }), 'embeds.0.title');
    expectInvalid(await post({ embeds: [{ fields: Array.from({ length: 26 }, (_, i) => ({ name: `f${i}`, value: 'v' })) }] }), 'embeds.0.fields');
    expectInvalid(await post({ embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }] }), 'embeds');
    expectInvalid(await post({ content: 'x', nonce: 'n'.repeat(40) }), 'nonce');
  });

  it('checks bodies against Discord\'s OpenAPI schema', async () => {
    const res = await post({ content: 'x', embeds: [{ title: 42 }] });
    expect(res.body.code).toBe(50035);
    expect(JSON.stringify(res.body.errors)).toContain('title');
  });

  it('requires allowed_mentions on every message and edit (house rule), and accepts a good message', async () => {
    expectInvalid(await call('POST', `/channels/${channel()}/messages`, { content: 'hi' }), 'allowed_mentions');
    const ok = await post({ content: 'hi' });
    expect(ok.status).toBe(200);
    expectInvalid(await call('PATCH', `/channels/${channel()}/messages/${String(ok.body.id)}`, { content: 'edited' }), 'allowed_mentions');
  });
});

describe('strict fake Discord: threads and permissions', () => {
  it('thread names are at most 100 characters; a second thread on one message is 160004', async () => {
    const msg = await post({ content: 'card' });
    const path = `/channels/${channel()}/messages/${String(msg.body.id)}/threads`;
    expectInvalid(await call('POST', path, { name: 'n'.repeat(101) }), 'name');
    expect((await call('POST', path, { name: 'Talk' })).status).toBe(201);
    expect((await call('POST', path, { name: 'Again' })).body.code).toBe(160004);
  });

  it('answers 50013 when the bot lacks the permission in the channel', async () => {
    const guild = fake.guilds[0]!;
    const botRole = guild.roles.find((r) => r.managed)!;
    guild.channels[0]!.permission_overwrites = [{ id: botRole.id, type: 0, allow: '0', deny: String(Perm.SendMessages) }];
    guild.roles[0]!.permissions = String(BigInt(guild.roles[0]!.permissions) & ~Perm.SendMessages);
    expect((await post({ content: 'hi' })).body.code).toBe(50013);
  });

  it('archiving a thread needs Manage Threads', async () => {
    const msg = await post({ content: 'card' });
    const thread = await call('POST', `/channels/${channel()}/messages/${String(msg.body.id)}/threads`, { name: 'Talk' });
    const botRole = fake.guilds[0]!.roles.find((r) => r.managed)!;
    botRole.permissions = String(BigInt(botRole.permissions) & ~Perm.ManageThreads);
    expect((await call('PATCH', `/channels/${String(thread.body.id)}`, { archived: true })).body.code).toBe(50013);
    botRole.permissions = String(BigInt(botRole.permissions) | Perm.ManageThreads);
    expect((await call('PATCH', `/channels/${String(thread.body.id)}`, { archived: true })).status).toBe(200);
  });
});

describe('strict fake Discord: interactions', () => {
  function interaction() {
    const payload = slashCommand({ guild: fake.guilds[0]!, name: 'event', options: [] });
    const record = fake.state.registerInteraction({ ...payload, application_id: fake.applicationId });
    return record;
  }
  const callback = (r: { id: string; token: string }, body: unknown) => call('POST', `/interactions/${r.id}/${r.token}/callback`, body);

  it('a modal title over 45 characters with 6 inputs is refused', async () => {
    const input = (i: number) => ({ type: 18, label: 'L', component: { type: 4, custom_id: `f${i}`, style: 1 } });
    const res = await callback(interaction(), { type: 9, data: { custom_id: 'm', title: 'T'.repeat(60), components: Array.from({ length: 6 }, (_, i) => input(i)) } });
    expectInvalid(res, 'data.title');
    expectInvalid(res, 'data.components');
  });

  it('autocomplete answers at most 25 choices with names of at most 100 characters', async () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ name: `c${i}`, value: `v${i}` }));
    expectInvalid(await callback(interaction(), { type: 8, data: { choices } }), 'data.choices');
    expectInvalid(await callback(interaction(), { type: 8, data: { choices: [{ name: 'n'.repeat(101), value: 'v' }] } }), 'data.choices.0.name');
  });

  it('the token allows a first answer within 3 seconds and webhook use for 15 minutes', async () => {
    const late = interaction();
    late.createdAt = Date.now() - 3_100;
    expect((await callback(late, { type: 4, data: { content: 'hi', allowed_mentions: { parse: [] } } })).body.code).toBe(10062);
    const old = interaction();
    expect((await callback(old, { type: 5 })).status).toBe(204);
    old.createdAt = Date.now() - 15 * 60_000 - 1;
    const edit = await call('PATCH', `/webhooks/${fake.applicationId}/${old.token}/messages/@original`, { content: 'late', allowed_mentions: { parse: [] } });
    expect(edit.status).toBe(401);
    expect(edit.body.code).toBe(50027);
  });
});

describe('strict fake Discord: commands', () => {
  const base = { name: 'event', description: 'Events', contexts: [0] };
  const put = (cmds: unknown[]) => call('PUT', `/applications/${fake.applicationId}/commands`, cmds);

  it('names match Discord\'s pattern in lowercase; descriptions at most 100; 4000 characters in all; no dm_permission', async () => {
    expectInvalid(await put([{ ...base, name: 'Create Event' }]), '0.name');
    expectInvalid(await put([{ ...base, description: 'd'.repeat(101) }]), '0.description');
    const options = Array.from({ length: 25 }, (_, i) => ({ type: 3, name: `o${i}`, description: 'd'.repeat(100), choices: Array.from({ length: 2 }, (_, j) => ({ name: `c${j}`, value: 'v'.repeat(60) })) }));
    expectInvalid(await put([{ ...base, options }]), '0._root');
    expectInvalid(await put([{ name: 'event', description: 'Events', dm_permission: false }]), '0.dm_permission');
    expect((await put([base])).status).toBe(200);
  });
});
