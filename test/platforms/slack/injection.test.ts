import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_CHANNEL, FAKE_USER, messageShortcutBody, signedPost, slashCommandBody } from '../../harness/slack/index.ts';
import { CALLBACK } from '../../../src/platforms/slack/ids.ts';
import { MAX_COMMAND_TEXT } from '../../../src/platforms/text/limits.ts';
import { Scheduler } from '../../../src/scheduler/index.ts';
import { unintendedTokens } from '../../support/slack-mentions.ts';
import { ALICE, SECRET, seedEvent, startRig, type Rig } from './setup.ts';

let rig: Rig;

beforeEach(async () => {
  rig = await startRig({ reminders: true });
});

afterEach(async () => {
  await rig.close();
});

/** `/event <typed>`: the fake sends the text escaped, as Slack does. */
async function slash(typed: string, id: string) {
  const res = await signedPost(rig.url, slashCommandBody({ command: '/event', text: typed, response_url: rig.fake.responseUrl(id) }), { signingSecret: SECRET });
  expect(res.status).toBe(200);
  return (await rig.fake.waitForResponse(id)).body as { text: string; blocks?: unknown[] };
}

const intended = { userIds: [FAKE_USER.id], channelIds: [FAKE_CHANNEL.id] };

describe('Slack: user text cannot ping, link or format on the bot\'s behalf', () => {
  it('a "<!channel> party" title stays inert in the card post, its update, the reply, /event show and reminders', async () => {
    const reply = await slash('<!channel> party friday 8pm', 'c1');
    expect(unintendedTokens(reply, intended)).toEqual([]);
    const post = await rig.fake.waitForCall('chat.postMessage');
    expect(unintendedTokens(post.args, intended)).toEqual([]);
    expect(post.args.text).toBe('&lt;!channel&gt; party');

    const shown = await slash('show "<!channel> party"', 'c2');
    expect(unintendedTokens(shown, intended)).toEqual([]);
    await slash('rsvp going "<!channel> party"', 'c3');
    const update = await rig.fake.waitForCall('chat.update');
    expect(unintendedTokens(update.args, intended)).toEqual([]);

    rig.clock.set('2026-11-27T18:50:00Z');
    await new Scheduler({ store: rig.store, clock: rig.clock, notifiers: { slack: rig.slack.notifier } }).drain();
    const sent = rig.fake.callsTo('chat.postMessage').slice(1);
    expect(sent.length).toBeGreaterThan(0);
    for (const c of sent) expect(unintendedTokens(c.args, intended)).toEqual([]);
  });

  it('a join URL that tries to break out of <url|label> is never linked, on the card or in reminders', async () => {
    const eventId = await seedEvent(rig, 'Call', '2026-11-27T19:00:00Z', { location: 'https://evil.example/><!channel>' });
    const post = rig.fake.callsTo('chat.postMessage')[0]!;
    expect(unintendedTokens(post.args, intended)).toEqual([]);
    await rig.service.run(ALICE, { type: 'rsvp', event: eventId, status: 'going' });
    rig.clock.set('2026-11-27T18:50:00Z');
    await new Scheduler({ store: rig.store, clock: rig.clock, notifiers: { slack: rig.slack.notifier } }).drain();
    const reminders = rig.fake.callsTo('chat.postMessage').slice(1);
    expect(reminders.length).toBeGreaterThan(0);
    for (const c of reminders) expect(unintendedTokens(c.args, intended)).toEqual([]);
  });

  it('error messages and unknown-list replies echo user text escaped', async () => {
    for (const typed of ['show <!here>', 'cancel "<@U0EVIL0001>"', 'list <!everyone>', 'settings tz <!channel>', 'edit "<#C0EVIL0001>" when <!here>']) {
      const reply = await slash(typed, `e-${typed}`);
      expect(reply.text).toMatch(/^:warning: /);
      expect(unintendedTokens(reply, intended), typed).toEqual([]);
    }
  });

  it('/event help shows its <event> placeholders as text, not as links Slack would try to read', async () => {
    const help = await slash('help', 'h1');
    expect(help.text).toContain('&lt;event&gt;');
    expect(unintendedTokens(help, intended)).toEqual([]);
  });

  it('slash text is unescaped once: "Pizza & games" is stored and shown as typed, never as &amp;amp;', async () => {
    const reply = await slash('Pizza & games friday 8pm', 'p1');
    expect(reply.text).toContain('*Pizza &amp; games*');
    expect(reply.text).not.toContain('&amp;amp;');
    const list = await rig.service.run(ALICE, { type: 'list' });
    expect(list.ok && list.value.events[0]!.title).toBe('Pizza & games');
    const post = await rig.fake.waitForCall('chat.postMessage');
    expect((post.args.blocks as { text: { text: string } }[])[0]!.text.text).toBe('Pizza & games');
    expect(post.args.text).toBe('Pizza &amp; games');
  });
});

describe('Slack: bounded input at the edge', () => {
  it('slash text over the bound gets a clear ephemeral message and reaches no parser or core', async () => {
    const reply = await slash(`Party friday 8pm ${'x'.repeat(MAX_COMMAND_TEXT)}`, 'l1');
    expect(reply.text).toMatch(/^:warning: .*at most 2,000/);
    expect((reply as { response_type?: string }).response_type).toBe('ephemeral');
    const list = await rig.service.run(ALICE, { type: 'list' });
    expect(list.ok && list.value.events).toEqual([]);
    expect(rig.fake.callsTo('users.info')).toHaveLength(0);
  });

  it('a message shortcut on a too-long message opens the form unparsed and says why', async () => {
    const text = `Board games friday 8pm\n${'word '.repeat(MAX_COMMAND_TEXT)}`;
    await signedPost(
      rig.url,
      messageShortcutBody({ callback_id: CALLBACK.messageShortcut, message: { ts: '1700000000.000100', text }, response_url: rig.fake.responseUrl('m1') }),
      { signingSecret: SECRET },
    );
    const opened = await rig.fake.waitForCall('views.open');
    expect(JSON.stringify(opened.args.view)).toContain('Board games friday 8pm');
    const told = await rig.fake.waitForResponse('m1');
    expect(String((told.body as { text: string }).text)).toMatch(/at most 2,000/);
  });

  it('a message shortcut unescapes the message text once', async () => {
    await signedPost(
      rig.url,
      messageShortcutBody({ callback_id: CALLBACK.messageShortcut, message: { ts: '1700000000.000100', text: 'Pizza &amp; games friday 8pm' }, response_url: rig.fake.responseUrl('m2') }),
      { signingSecret: SECRET },
    );
    const opened = await rig.fake.waitForCall('views.open');
    const title = (opened.args.view as { blocks: { block_id: string; element: { initial_value?: string } }[] }).blocks.find((b) => b.block_id === 'title')!;
    expect(title.element.initial_value).toBe('Pizza & games');
  });
});
