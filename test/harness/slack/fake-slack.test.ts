/**
 * Proves the fake against the REAL Bolt App: HTTP mode on a random 127.0.0.1 port and a Socket
 * Mode smoke test, with every Web API call landing on the fake.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FAKE_BOT,
  FAKE_CHANNEL,
  FAKE_USER,
  type FakeSlack,
  blockActionBody,
  eventCallbackBody,
  eventsApiEnvelope,
  eventCallbackPayload,
  nowSeconds,
  shortcutBody,
  signedPost,
  slashCommandBody,
  slashCommandEnvelope,
  slashCommandPayload,
  startFakeSlack,
  stateValue,
  urlVerificationBody,
  viewSubmissionBody,
} from './index.ts';

const SECRET = 'test-signing-secret';
const BOT_TOKEN = 'xoxb-test-token';

let fake: FakeSlack;
let app: App | undefined;

beforeEach(async () => {
  fake = await startFakeSlack({
    users: [{ id: FAKE_USER.id, name: 'alice', tz: 'Europe/Berlin', tz_label: 'Central European Time', tz_offset: 3600 }],
  });
});

afterEach(async () => {
  const running = app;
  app = undefined;
  if (running !== undefined) await running.stop().catch(() => undefined);
  await fake.close();
});

/** A real Bolt App in HTTP mode whose Web API is the fake; returns its `/slack/events` URL. */
async function startHttpApp(register: (a: App) => void): Promise<string> {
  const a = new App({
    signingSecret: SECRET,
    token: BOT_TOKEN,
    botId: FAKE_BOT.botId,
    botUserId: FAKE_BOT.botUserId,
    tokenVerificationEnabled: false,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
  });
  register(a);
  app = a;
  // HTTPReceiver.start passes an object straight to server.listen, so port 0 + host work.
  const server = (await a.start({ port: 0, host: '127.0.0.1' })) as Server;
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}/slack/events`;
}

describe('fake Slack with Bolt over HTTP', () => {
  it('acks a signed slash command; the handler posts blocks and respond() reaches the response_url', async () => {
    const url = await startHttpApp((a) => {
      a.command('/event', async ({ command, ack, client, respond }) => {
        await ack();
        await client.chat.postMessage({
          channel: command.channel_id,
          text: `Created: ${command.text}`,
          blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `*${command.text}*` } }],
          metadata: { event_type: 'convene_event', event_payload: { key: 'k1' } },
        });
        await respond({ response_type: 'ephemeral', text: 'Done' });
      });
    });

    const res = await signedPost(
      url,
      slashCommandBody({ command: '/event', text: 'create Board games friday 8pm', response_url: fake.responseUrl('cmd-1') }),
      { signingSecret: SECRET },
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');

    const post = await fake.waitForCall('chat.postMessage');
    expect(post.token).toBe(BOT_TOKEN);
    expect(post.args.channel).toBe(FAKE_CHANNEL.id);
    expect(post.args.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*create Board games friday 8pm*' } },
    ]);
    expect(post.args.metadata).toEqual({ event_type: 'convene_event', event_payload: { key: 'k1' } });
    expect(post.response.ok).toBe(true);

    const reply = await fake.waitForResponse('cmd-1');
    expect(reply.body).toEqual({ response_type: 'ephemeral', text: 'Done' });

    expect(fake.callsTo('auth.test')).toHaveLength(0);
  });

  it('rejects a forged signature and a stale timestamp with 401 before any listener runs', async () => {
    let seen = 0;
    const url = await startHttpApp((a) => {
      a.command('/event', async ({ ack }) => {
        seen += 1;
        await ack();
      });
    });
    const body = slashCommandBody({ command: '/event', text: 'list', response_url: fake.responseUrl() });

    const forged = await signedPost(url, body, { signingSecret: SECRET, signature: `v0=${'0'.repeat(64)}` });
    const wrongSecret = await signedPost(url, body, { signingSecret: 'not-the-secret' });
    const stale = await signedPost(url, body, { signingSecret: SECRET, timestamp: nowSeconds() - 6 * 60 });
    expect([forged.status, wrongSecret.status, stale.status]).toEqual([401, 401, 401]);
    expect(seen).toBe(0);

    const ok = await signedPost(url, body, { signingSecret: SECRET });
    expect(ok.status).toBe(200);
    expect(seen).toBe(1);
  });

  it('delivers a block_actions click to app.action; chat.update rewrites the stored message', async () => {
    const original = fake.addMessage(FAKE_CHANNEL.id, { text: 'Board games', blocks: [] });
    const url = await startHttpApp((a) => {
      a.action('rsvp_going', async ({ ack, action, body, client }) => {
        await ack();
        if (body.type !== 'block_actions' || action.type !== 'button') return;
        await client.chat.update({
          channel: body.container.channel_id as string,
          ts: body.container.message_ts as string,
          text: `Going: <@${body.user.id}> (${action.value ?? ''})`,
          blocks: [],
        });
      });
    });

    const res = await signedPost(
      url,
      blockActionBody({ action_id: 'rsvp_going', value: 'evt-1', message: { ts: original.ts }, response_url: fake.responseUrl() }),
      { signingSecret: SECRET },
    );
    expect(res.status).toBe(200);

    const update = await fake.waitForCall('chat.update');
    expect(update.args).toMatchObject({ channel: FAKE_CHANNEL.id, ts: original.ts, blocks: [] });
    expect(fake.messages(FAKE_CHANNEL.id)[0]?.text).toBe(`Going: <@${FAKE_USER.id}> (evt-1)`);
  });

  it('opens a modal from a shortcut; view submissions ack with errors as the HTTP body, or plainly', async () => {
    const url = await startHttpApp((a) => {
      a.shortcut('create_event', async ({ ack, shortcut, client }) => {
        await ack();
        await client.views.open({
          trigger_id: shortcut.trigger_id,
          view: {
            type: 'modal',
            callback_id: 'create_event_modal',
            private_metadata: 'ch=C0GENERAL1',
            title: { type: 'plain_text', text: 'New event' },
            submit: { type: 'plain_text', text: 'Create' },
            blocks: [{ type: 'input', block_id: 'when', label: { type: 'plain_text', text: 'When' }, element: { type: 'plain_text_input', action_id: 'text' } }],
          },
        });
      });
      a.view('create_event_modal', async ({ ack, view }) => {
        const when = view.state.values.when?.text?.value ?? '';
        if (when === 'someday') {
          await ack({ response_action: 'errors', errors: { when: 'I could not read “someday” as a time.' } });
          return;
        }
        await ack();
      });
    });

    const sc = await signedPost(url, shortcutBody({ callback_id: 'create_event' }), { signingSecret: SECRET });
    expect(sc.status).toBe(200);
    const open = await fake.waitForCall('views.open');
    expect(open.args.view).toMatchObject({ type: 'modal', callback_id: 'create_event_modal' });
    const viewId = (open.response.view as { id: string }).id;
    const stored = fake.view(viewId);
    expect(stored?.hash).toMatch(/\./);

    const invalid = await signedPost(
      url,
      viewSubmissionBody({ view: stored, values: { when: { text: stateValue.text('someday') } } }),
      { signingSecret: SECRET },
    );
    expect(invalid.status).toBe(200);
    expect(invalid.json()).toEqual({ response_action: 'errors', errors: { when: 'I could not read “someday” as a time.' } });

    const valid = await signedPost(
      url,
      viewSubmissionBody({ view: stored, values: { when: { text: stateValue.text('friday 8pm') } } }),
      { signingSecret: SECRET },
    );
    expect(valid.status).toBe(200);
    expect(valid.text).toBe('');
  });

  it('exposes X-Slack-Retry-Num to listeners as context.retryNum, and answers url_verification', async () => {
    const seen: { retryNum?: number; retryReason?: string; text: string }[] = [];
    const url = await startHttpApp((a) => {
      a.event('app_mention', async ({ event, context }) => {
        seen.push({ retryNum: context.retryNum, retryReason: context.retryReason, text: event.text });
      });
    });
    const body = eventCallbackBody({ type: 'app_mention', user: FAKE_USER.id, text: 'hi', ts: '1700000000.000100', channel: FAKE_CHANNEL.id });

    const first = await signedPost(url, body, { signingSecret: SECRET });
    const retry = await signedPost(url, body, {
      signingSecret: SECRET,
      headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' },
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await expect.poll(() => seen.length, { timeout: 2_000 }).toBe(2);
    expect(seen[0]).toEqual({ retryNum: undefined, retryReason: undefined, text: 'hi' });
    expect(seen[1]).toEqual({ retryNum: 1, retryReason: 'http_timeout', text: 'hi' });

    const challenge = await signedPost(url, urlVerificationBody('c-123'), { signingSecret: SECRET });
    expect(challenge.json()).toEqual({ challenge: 'c-123' });
  });
});

describe('fake Slack Web API (through Bolt’s WebClient)', () => {
  it('injects errors and rate limits; stores metadata for conversations.history; knows user zones', async () => {
    await startHttpApp(() => undefined);
    const client = app!.client;

    fake.failNext('chat.postMessage', 'channel_not_found');
    await expect(client.chat.postMessage({ channel: 'C0MISSING1', text: 'x' })).rejects.toMatchObject({
      data: { ok: false, error: 'channel_not_found' },
    });
    fake.rateLimitNext('chat.postMessage', 0);
    await expect(client.chat.postMessage({ channel: FAKE_CHANNEL.id, text: 'x' })).rejects.toThrow(/rate limit/i);

    const dm = await client.conversations.open({ users: FAKE_USER.id });
    expect(dm.channel?.id).toBe(fake.dmChannelFor(FAKE_USER.id));
    const posted = await client.chat.postMessage({
      channel: dm.channel!.id!,
      text: 'Reminder: Board games in 15 minutes',
      metadata: { event_type: 'convene_reminder', event_payload: { idempotency_key: 'rem-1' } },
    });
    expect(posted.message?.metadata).toEqual({ event_type: 'convene_reminder', event_payload: { idempotency_key: 'rem-1' } });

    const plain = await client.conversations.history({ channel: dm.channel!.id! });
    expect(plain.messages?.[0]?.metadata).toBeUndefined();
    const withMeta = await client.conversations.history({ channel: dm.channel!.id!, include_all_metadata: true });
    expect(withMeta.messages?.[0]).toMatchObject({ ts: posted.ts, metadata: { event_payload: { idempotency_key: 'rem-1' } } });

    const user = await client.users.info({ user: FAKE_USER.id });
    expect(user.user).toMatchObject({ tz: 'Europe/Berlin', tz_label: 'Central European Time', tz_offset: 3600 });

    const link = await client.chat.getPermalink({ channel: dm.channel!.id!, message_ts: posted.ts! });
    expect(link.permalink).toContain(posted.ts!.replace('.', ''));
  });
});

describe('fake Slack Socket Mode with Bolt', () => {
  it('connects via apps.connections.open, delivers a slash command envelope, records the ack, disconnects cleanly', async () => {
    const commands: string[] = [];
    const events: (number | undefined)[] = [];
    const a = new App({
      socketMode: true,
      appToken: 'xapp-1-A0CONVENE1-test',
      token: BOT_TOKEN,
      botId: FAKE_BOT.botId,
      botUserId: FAKE_BOT.botUserId,
      tokenVerificationEnabled: false,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    });
    a.command('/event', async ({ command, ack, respond }) => {
      commands.push(command.text);
      await ack();
      await respond('Listed');
    });
    a.event('app_mention', async ({ context }) => {
      events.push(context.retryNum);
    });
    app = a;
    await a.start(); // resolves once the fake has said hello

    const open = fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.token).toBe('xapp-1-A0CONVENE1-test');
    expect(fake.socketConnectionCount).toBe(1);

    const id = fake.socketSend(
      slashCommandEnvelope(slashCommandPayload({ command: '/event', text: 'list', response_url: fake.responseUrl('sock-1') })),
    );
    const ack = await fake.waitForSocketAck(id);
    expect(ack.payload).toEqual({});
    expect(commands).toEqual(['list']);
    expect((await fake.waitForResponse('sock-1')).body).toEqual({ text: 'Listed' });

    const evId = fake.socketSend(
      eventsApiEnvelope(eventCallbackPayload({ type: 'app_mention', user: FAKE_USER.id, text: 'hi', channel: FAKE_CHANNEL.id }), 2, 'timeout'),
    );
    await fake.waitForSocketAck(evId);
    await expect.poll(() => events, { timeout: 2_000 }).toEqual([2]);

    app = undefined;
    await a.stop();
    await fake.waitForSocketDisconnect();
    expect(fake.socketConnectionCount).toBe(0);
  });
});
