import { afterEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../../src/platforms/slack/ids.ts';
import { blockActionBody, FAKE_CHANNEL, FAKE_TEAM, FAKE_USER, signedPost } from '../../harness/slack/index.ts';
import { boot, click, type Body, type Bot } from '../discord/support.ts';
import { SECRET, startRig, type Rig } from '../slack/setup.ts';
import { startApi, type Api } from './support.ts';

let api: Api | undefined;
let bot: Bot | undefined;
let rig: Rig | undefined;
afterEach(async () => {
  await api?.close();
  await bot?.close();
  await rig?.close();
  api = bot = rig = undefined;
});

describe('an event created over HTTP is announced like one from chat', () => {
  it('Discord: its card appears in the channel with working RSVP buttons, and its reminder is delivered', async () => {
    bot = await boot();
    const b = bot;
    api = await startApi({ service: b.service, store: b.store, clock: b.clock });
    const key = await api.key({ platform: 'discord', workspaceId: b.guild.id }, undefined, b.host.id);
    const made = await api.call('POST', '/events', {
      key,
      body: { name: 'Release party', start: '2026-11-27T19:00:00Z', timezone: 'UTC', channel: b.channelId, reminders: ['PT15M'], reminder_audience: 'channel' },
    });
    expect(made.status).toBe(201);
    const id = made.json.data.id as string;

    await b.scheduler.runOnce();
    const card = b.fake.messages(b.channelId).find((m) => JSON.stringify(m['embeds']).includes(`Event ${id}`));
    expect(card, 'the card is posted').toBeDefined();
    expect(JSON.stringify(card!['components'])).toContain(`rsvp:${id}:going`);

    const clicked = await click(b, card!, `rsvp:${id}:going`, b.alice).callback();
    expect((clicked.body as Body)['type']).toBe(7);
    expect(JSON.stringify((clicked.body as Body)['data']['embeds'])).toContain(`<@${b.alice.id}>`);
    expect((await api.call('GET', `/events/${id}`, { key })).json.data.rsvp_stats.going).toBe(1);

    b.clock.set('2026-11-27T18:45:00Z');
    await b.scheduler.runOnce();
    const said = b.fake.findRequests((r) => r.method === 'POST' && String((r.body as Body)['content'] ?? '').includes('Release party'));
    expect(said.length).toBeGreaterThan(0);
  });

  it('Slack: its card appears in the channel with working RSVP buttons, and its reminder is delivered', async () => {
    rig = await startRig();
    const r = rig;
    api = await startApi({ service: r.service, store: r.store, clock: r.clock });
    const key = await api.key({ platform: 'slack', workspaceId: FAKE_TEAM.id }, undefined, FAKE_USER.id);
    const made = await api.call('POST', '/events', {
      key,
      body: { name: 'Release party', start: '2026-11-27T19:00:00Z', timezone: 'UTC', channel: FAKE_CHANNEL.id, reminders: ['PT15M'], reminder_audience: 'channel' },
    });
    expect(made.status).toBe(201);
    const id = made.json.data.id as string;

    await r.deliver();
    const post = r.fake.callsTo('chat.postMessage').find((c) => c.args.channel === FAKE_CHANNEL.id)!;
    expect(post).toBeDefined();
    const button = (post.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .find((x) => x.type === 'actions')!
      .elements!.find((e) => e.action_id === ACTION.rsvpGoing)!;
    const res = await signedPost(
      r.url,
      blockActionBody({ action_id: ACTION.rsvpGoing, value: button.value, message: { ts: post.response!.ts as string }, response_url: r.fake.responseUrl('api1') }),
      { signingSecret: SECRET },
    );
    expect(res.status).toBe(200);
    const update = await r.fake.waitForCall('chat.update');
    expect(JSON.stringify(update.args.blocks)).toContain('1 going');
    expect((await api.call('GET', `/events/${id}`, { key })).json.data.rsvp_stats.going).toBe(1);

    r.clock.set('2026-11-27T18:45:00Z');
    await r.deliver();
    const reminders = r.fake.callsTo('chat.postMessage').filter((c) => String(c.args.text ?? '').includes('Release party') && c !== post);
    expect(reminders.length).toBeGreaterThan(0);
  });

  it('Discord: deleting it over HTTP takes its card down (a durable notice, delivered by the scheduler)', async () => {
    bot = await boot();
    const b = bot;
    api = await startApi({ service: b.service, store: b.store, clock: b.clock });
    const key = await api.key({ platform: 'discord', workspaceId: b.guild.id }, undefined, b.host.id);
    const made = await api.call('POST', '/events', { key, body: { name: 'Pop-up', start: '2026-11-27T19:00:00Z', timezone: 'UTC', channel: b.channelId } });
    const id = made.json.data.id as string;
    await b.scheduler.runOnce();
    const card = b.fake.messages(b.channelId).find((m) => JSON.stringify(m['embeds']).includes(`Event ${id}`))!;
    expect(card).toBeDefined();
    expect((await api.call('DELETE', `/events/${id}`, { key })).status).toBe(204);
    expect(b.fake.messages(b.channelId).some((m) => m['id'] === card['id']), 'still there until the scheduler runs').toBe(true);
    await b.scheduler.runOnce();
    expect(b.fake.messages(b.channelId).some((m) => m['id'] === card['id'])).toBe(false);
    // Delivered once: a second pass has nothing left to do.
    expect((await b.scheduler.runOnce()).claimed).toBe(0);
  });

  it('Slack: deleting it over HTTP takes its card down', async () => {
    rig = await startRig();
    const r = rig;
    api = await startApi({ service: r.service, store: r.store, clock: r.clock });
    const key = await api.key({ platform: 'slack', workspaceId: FAKE_TEAM.id }, undefined, FAKE_USER.id);
    const made = await api.call('POST', '/events', { key, body: { name: 'Pop-up', start: '2026-11-27T19:00:00Z', timezone: 'UTC', channel: FAKE_CHANNEL.id } });
    await r.deliver();
    const post = r.fake.callsTo('chat.postMessage').find((c) => c.args.channel === FAKE_CHANNEL.id)!;
    expect((await api.call('DELETE', `/events/${made.json.data.id}`, { key })).status).toBe(204);
    await r.deliver();
    expect(r.fake.callsTo('chat.delete').map((c) => [c.args.channel, c.args.ts])).toEqual([[FAKE_CHANNEL.id, post.response!.ts]]);
  });
});
