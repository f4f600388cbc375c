import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/scheduler/notifier.ts';
import { WebClient } from '@slack/web-api';
import { NOTICE_EVENT_TYPE, SlackNotifier } from '../../../src/platforms/slack/notifier.ts';
import { UserGroups } from '../../../src/platforms/slack/user-groups.ts';
import { FAKE_CHANNEL, FAKE_USER } from '../../harness/slack/index.ts';
import { ALICE, seedEvent, startRig, type Rig } from './setup.ts';

let rig: Rig;

beforeEach(async () => {
  rig = await startRig();
});

afterEach(async () => {
  await rig.close();
});

async function notice(kind: Notice['kind'], key: string, extra: Partial<Notice> = {}): Promise<Notice> {
  const got = await rig.service.run(ALICE, { type: 'list' });
  if (!got.ok) throw new Error(got.error.message);
  const event = got.value.events[0]!;
  return {
    key,
    kind,
    event,
    occurrence: { start: event.occurrence.start, end: event.occurrence.end },
    now: event.occurrence.start - 15 * 60_000,
    offset: kind === 'reminder' ? 'PT15M' : null,
    ...extra,
  };
}

describe('SlackNotifier', () => {
  it('threads a channel reminder under the card, with the key as message metadata', async () => {
    await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const cardTs = rig.fake.callsTo('chat.postMessage')[0]!.response!.ts;
    const r = await rig.slack.notifier.deliver(await notice('reminder', 'rem-1'), { type: 'channel', channelId: FAKE_CHANNEL.id });
    expect(r.status).toBe('sent');
    const post = rig.fake.callsTo('chat.postMessage')[1]!;
    expect(post.args.thread_ts).toBe(cardTs);
    expect(post.args.metadata).toEqual({ event_type: NOTICE_EVENT_TYPE, event_payload: { key: 'rem-1' } });
    expect(String(post.args.text)).toContain('starts in 15 minutes');
    expect(String(post.args.text)).toContain('<!date^');
  });

  it('DMs through conversations.open', async () => {
    await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const r = await rig.slack.notifier.deliver(await notice('reminder', 'rem-dm'), { type: 'dm', userId: FAKE_USER.id });
    expect(r.status).toBe('sent');
    expect(rig.fake.callsTo('conversations.open')[0]!.args.users).toBe(FAKE_USER.id);
    const post = rig.fake.callsTo('chat.postMessage').at(-1)!;
    expect(post.args.channel).toBe(rig.fake.dmChannelFor(FAKE_USER.id));
  });

  it('does not post a notice twice: a retry finds the earlier post by its metadata key', async () => {
    const id = await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    void id;
    const n = await notice('reminder', 'rem-twice');
    // An earlier process posted it (seeded history without a thread: DM-like), then crashed.
    const dm = { type: 'dm' as const, userId: FAKE_USER.id };
    await rig.slack.notifier.deliver(n, dm);
    const again = await rig.slack.notifier.deliver(n, dm);
    expect(again.status).toBe('sent');
    const dmPosts = rig.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === rig.fake.dmChannelFor(FAKE_USER.id));
    expect(dmPosts).toHaveLength(1);
  });

  it('a retried channel reminder is found in the card\'s thread and not posted again', async () => {
    await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const cardTs = rig.fake.callsTo('chat.postMessage')[0]!.response!.ts;
    const n = await notice('reminder', 'rem-thread');
    const channel = { type: 'channel' as const, channelId: FAKE_CHANNEL.id };
    await rig.slack.notifier.deliver(n, channel);
    const again = await rig.slack.notifier.deliver(n, channel);
    expect(again.status).toBe('sent');
    const replies = rig.fake.callsTo('conversations.replies');
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(replies[0]!.args).toMatchObject({ channel: FAKE_CHANNEL.id, ts: cardTs });
    expect(String(replies[0]!.args.include_all_metadata)).toBe('true');
    const threaded = rig.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === cardTs);
    expect(threaded).toHaveLength(1);
  });

  it('finds a post another process made before the retry (seeded history)', async () => {
    const channel = 'C0OTHER001';
    await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const n = await notice('cancelled', 'cancel-1', { reason: 'rain' });
    rig.fake.addMessage(channel, { text: 'cancelled', metadata: { event_type: NOTICE_EVENT_TYPE, event_payload: { key: 'cancel-1' } }, ts: `${Math.floor(n.now / 1000) - 60}.000100` });
    const r = await rig.slack.notifier.deliver(n, { type: 'channel', channelId: channel });
    expect(r.status).toBe('sent');
    expect(rig.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel)).toHaveLength(0);
  });

  it('an announcement posts the card and remembers it', async () => {
    const r0 = await rig.service.run(ALICE, {
      type: 'create',
      input: { title: 'Launch party', start: '2026-11-30T18:00:00Z', timezone: 'UTC', channelId: FAKE_CHANNEL.id },
    });
    expect(r0.ok).toBe(true);
    const r = await rig.slack.notifier.deliver(await notice('announcement', 'ann-1'), { type: 'channel', channelId: FAKE_CHANNEL.id });
    expect(r.status).toBe('sent');
    const post = rig.fake.callsTo('chat.postMessage')[0]!;
    expect(post.args.thread_ts).toBeUndefined();
    expect(JSON.stringify(post.args.blocks)).toContain(ACTION_GOING);
    const after = await rig.service.run(ALICE, { type: 'list' });
    expect(after.ok && after.value.events[0]!.card).toEqual({ channel: FAKE_CHANNEL.id, ts: post.response!.ts });
  });

  it('reports a channel that is gone as unreachable and throws on rate limits', async () => {
    await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const n = await notice('reminder', 'rem-gone');
    rig.fake.failNext('chat.postMessage', 'channel_not_found');
    const r = await rig.slack.notifier.deliver(n, { type: 'channel', channelId: 'C0GONE0001' });
    expect(r).toEqual({ status: 'unreachable', reason: 'Slack said channel_not_found' });
    rig.fake.rateLimitNext('chat.postMessage', 0);
    await expect(rig.slack.notifier.deliver({ ...n, key: 'rem-limited' }, { type: 'channel', channelId: FAKE_CHANNEL.id })).rejects.toThrow();
  });
});

describe('SlackNotifier memory of attempts', () => {
  const warned = (logs: string[], key: string) => logs.some((l) => l.includes(`earlier post of ${key}`));

  function notifier(maxAttempts?: number) {
    const logs: string[] = [];
    const client = new WebClient('xoxb-test-token', { slackApiUrl: rig.fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
    const n = new SlackNotifier({ service: rig.service, clientFor: async () => client, log: (m) => logs.push(m), groups: new UserGroups(rig.clock), ...(maxAttempts ? { maxAttempts } : {}) });
    return { n, logs };
  }
  const dm = { type: 'dm' as const, userId: FAKE_USER.id };

  it('forgets a key once it is sent', async () => {
    await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const { n, logs } = notifier();
    const first = await notice('reminder', 'rem-once');
    // History unreadable before the first post: remembered as attempted, warned on the second try.
    rig.fake.failNext('conversations.history', 'missing_scope');
    rig.fake.rateLimitNext('chat.postMessage', 0);
    await expect(n.deliver(first, dm)).rejects.toThrow();
    rig.fake.failNext('conversations.history', 'missing_scope');
    expect((await n.deliver(first, dm)).status).toBe('sent');
    expect(warned(logs, 'rem-once')).toBe(true);
    // Sent: the key is forgotten, so a later unreadable history is not "posting again".
    logs.length = 0;
    rig.fake.failNext('conversations.history', 'missing_scope');
    await n.deliver(first, dm);
    expect(warned(logs, 'rem-once')).toBe(false);
  });

  it('remembers at most maxAttempts unfinished keys, forgetting the oldest', async () => {
    await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const { n, logs } = notifier(2);
    for (const key of ['k1', 'k2', 'k3']) {
      rig.fake.rateLimitNext('chat.postMessage', 0);
      await expect(n.deliver(await notice('reminder', key), dm)).rejects.toThrow();
    }
    for (const key of ['k1', 'k3']) {
      rig.fake.failNext('conversations.history', 'missing_scope');
      await n.deliver(await notice('reminder', key), dm);
    }
    expect(warned(logs, 'k1')).toBe(false);
    expect(warned(logs, 'k3')).toBe(true);
  });
});

const ACTION_GOING = 'convene_rsvp_going';
