import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  blockActionBody,
  FAKE_CHANNEL,
  FAKE_USER,
  nowSeconds,
  signedPost,
  slashCommandBody,
} from '../../harness/slack/index.ts';
import { ACTION } from '../../../src/platforms/slack/ids.ts';
import { Scheduler } from '../../../src/scheduler/index.ts';
import { SECRET, seedEvent, startRig, type Rig } from './setup.ts';

let rig: Rig;

beforeEach(async () => {
  rig = await startRig();
});

afterEach(async () => {
  await rig.close();
});

async function slash(text: string, id: string, extra: Record<string, string> = {}) {
  const res = await signedPost(rig.url, slashCommandBody({ command: '/event', text, response_url: rig.fake.responseUrl(id), ...extra }), {
    signingSecret: SECRET,
  });
  expect(res.status).toBe(200);
  return rig.fake.waitForResponse(id);
}

function textOf(r: { body: unknown }): string {
  return String((r.body as { text?: string }).text ?? '');
}

describe('slash command /event', () => {
  it('creates from one line: card posted in the channel, ephemeral reply says how the time was read', async () => {
    const reply = await slash('Game night friday 8-10pm at the pub', 'c1');
    expect((reply.body as { response_type?: string }).response_type).toBe('ephemeral');
    // Alice is in Europe/Berlin with no locale of her own: her zone's day-first order (en-DE) is the default.
    expect(textOf(reply)).toMatch(/Created \*Game night\*\. I read the time as: Fri, 27 Nov, 8:00.10:00\s?PM/);
    await rig.deliver(); // the card is the core's notice, posted by the scheduler
    const post = rig.fake.callsTo('chat.postMessage')[0]!;
    expect(post.args.channel).toBe(FAKE_CHANNEL.id);
    const blocks = post.args.blocks as { type: string; text?: { text: string }; elements?: { action_id?: string }[] }[];
    expect(blocks[0]!.text!.text).toBe('Game night');
    expect(JSON.stringify(blocks)).toContain('<!date^');
    expect(JSON.stringify(blocks)).toContain('the pub');
    const actions = blocks.find((b) => b.type === 'actions')!;
    expect(actions.elements!.map((e) => e.action_id)).toEqual([ACTION.rsvpGoing, ACTION.rsvpMaybe, ACTION.rsvpDeclined, ACTION.overflow]);
    // The card's place is stored, so later clicks and reminders find it.
    const list = await rig.service.run({ platform: 'slack', workspaceId: 'T0CONVENE1', userId: FAKE_USER.id }, { type: 'list' });
    expect(list.ok && list.value.events[0]!.card).toEqual({ channel: FAKE_CHANNEL.id, ts: post.response!.ts });
  });

  it('reads times in the Slack profile time zone (users.info), cached', async () => {
    await slash('create Standup monday 9am', 'c1');
    await slash('create Retro tuesday 9am', 'c2');
    const list = await rig.service.run({ platform: 'slack', workspaceId: 'T0CONVENE1', userId: FAKE_USER.id }, { type: 'list' });
    expect(list.ok && list.value.events[0]!.timezone).toBe('Europe/Berlin');
    expect(list.ok && new Date(list.value.events[0]!.occurrence.start).toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(rig.fake.callsTo('users.info')).toHaveLength(1);
  });

  it('edit when: the reply says how the new time reads, with a localized timestamp', async () => {
    await slash('create Standup monday 9am', 'e1');
    const edited = await slash('edit Standup when tuesday 10am', 'e2');
    expect(textOf(edited)).toMatch(/Updated \*Standup\* — new time: Tue, 24 Nov, 10:00–11:00\s?AM CET \(in 3 days\) \(<!date\^\d+\^/);
    expect(textOf(edited)).toContain('attendees are told');
  });

  it('lists and cancels; cancelling updates the card in place', async () => {
    await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const post = rig.fake.callsTo('chat.postMessage')[0]!;
    const list = await slash('list', 'c2');
    expect(textOf(list)).toContain('Game night');
    const cancel = await slash('cancel "Game night" rain', 'c3');
    expect(textOf(cancel)).toContain('Cancelled *Game night*');
    await rig.deliver();
    const update = await rig.fake.waitForCall('chat.update');
    expect(update.args.ts).toBe(post.response!.ts);
    expect(JSON.stringify(update.args.blocks)).toContain('Cancelled: rain');
    const after = await slash('list', 'c4');
    expect(textOf(after)).toContain('No upcoming events');
  });

  it('answers errors ephemerally with the core message', async () => {
    const r = await slash('cancel nothing-like-this', 'c1');
    expect((r.body as { response_type?: string }).response_type).toBe('ephemeral');
    expect(textOf(r)).toMatch(/^:warning: /);
    const help = await slash('help', 'c2');
    expect(textOf(help)).toContain('/event');
  });

  it('settings tz changes how later times are read', async () => {
    const r = await slash('settings tz America/New_York', 'c1');
    expect(textOf(r)).toContain('America/New_York');
    await slash('Standup monday 9am', 'c2');
    const list = await rig.service.run({ platform: 'slack', workspaceId: 'T0CONVENE1', userId: FAKE_USER.id }, { type: 'list' });
    expect(list.ok && new Date(list.value.events[0]!.occurrence.start).toISOString()).toBe('2026-11-23T14:00:00.000Z');
  });
});

describe('RSVP buttons', () => {
  it('a click updates the card in place (chat.update) and answers the clicker ephemerally', async () => {
    await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const post = rig.fake.callsTo('chat.postMessage')[0]!;
    const ts = post.response!.ts as string;
    const button = (post.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .find((b) => b.type === 'actions')!
      .elements!.find((e) => e.action_id === ACTION.rsvpGoing)!;
    const res = await signedPost(
      rig.url,
      blockActionBody({ action_id: ACTION.rsvpGoing, value: button.value, message: { ts }, response_url: rig.fake.responseUrl('a1') }),
      { signingSecret: SECRET },
    );
    expect(res.status).toBe(200);
    const update = await rig.fake.waitForCall('chat.update');
    expect(update.args.channel).toBe(FAKE_CHANNEL.id);
    expect(update.args.ts).toBe(ts);
    expect(JSON.stringify(update.args.blocks)).toContain('1 going');
    expect(JSON.stringify(update.args.blocks)).toContain(`<@${FAKE_USER.id}>`);
    const reply = await rig.fake.waitForResponse('a1');
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(reply)).toContain("You're going to Game night");
  });

  it('says the waitlist position when the event is full', async () => {
    const eventId = await seedEvent(rig, 'Dinner', '2026-11-27T19:00:00Z', { capacity: 1 });
    await rig.service.run({ platform: 'slack', workspaceId: 'T0CONVENE1', userId: 'U0BOB00001' }, { type: 'rsvp', event: eventId, status: 'going' });
    await signedPost(rig.url, blockActionBody({ action_id: ACTION.rsvpGoing, value: eventId, response_url: rig.fake.responseUrl('a1') }), { signingSecret: SECRET });
    const reply = await rig.fake.waitForResponse('a1');
    expect(textOf(reply)).toContain("You're #1 on the waitlist");
  });
});

describe('promotion from the waitlist (durable notice)', () => {
  it('a freed seat is told to the promoted person by DM through the scheduler', async () => {
    await rig.close();
    rig = await startRig();
    const eventId = await seedEvent(rig, 'Dinner', '2026-11-27T19:00:00Z', { capacity: 1 });
    const bob = { platform: 'slack' as const, workspaceId: 'T0CONVENE1', userId: 'U0BOB00001' };
    await rig.service.run(bob, { type: 'rsvp', event: eventId, status: 'going' });
    await signedPost(rig.url, blockActionBody({ action_id: ACTION.rsvpGoing, value: eventId, response_url: rig.fake.responseUrl('w1') }), { signingSecret: SECRET });
    expect(textOf(await rig.fake.waitForResponse('w1'))).toContain("You're #1 on the waitlist");
    await rig.service.run(bob, { type: 'rsvp', event: eventId, status: 'declined' });
    const scheduler = new Scheduler({ store: rig.store, clock: rig.clock, notifiers: { slack: rig.slack.notifier } });
    await scheduler.drain();
    const dm = rig.fake.dmChannelFor(FAKE_USER.id);
    const told = rig.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === dm);
    expect(told.map((c) => String(c.args.text))).toEqual([expect.stringContaining("a seat opened up and you're now going to *Dinner*")]);
  });
});

describe('request verification', () => {
  it('rejects a forged signature with 401 and runs nothing', async () => {
    const res = await signedPost(rig.url, slashCommandBody({ command: '/event', text: 'Party friday 8pm', response_url: rig.fake.responseUrl('x') }), {
      signingSecret: SECRET,
      signature: `v0=${'0'.repeat(64)}`,
    });
    expect(res.status).toBe(401);
    expect(rig.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('rejects a stale timestamp with 401', async () => {
    const res = await signedPost(rig.url, slashCommandBody({ command: '/event', text: 'Party friday 8pm', response_url: rig.fake.responseUrl('x') }), {
      signingSecret: SECRET,
      timestamp: nowSeconds() - 360,
    });
    expect(res.status).toBe(401);
    expect(rig.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
