import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CALLBACK } from '../../../src/platforms/slack/ids.ts';
import { BLOCK } from '../../../src/platforms/slack/render/modal.ts';
import { FAKE_CHANNEL, FAKE_USER, messageShortcutBody, shortcutBody, signedPost, stateValue, viewSubmissionBody } from '../../harness/slack/index.ts';
import { ALICE, SECRET, startRig, type Rig, fieldValue } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
  rig.fake.setChannel({ id: 'C0ADMINS01', name: 'admins', members: ['U0BOSS0001'] });
  rig.fake.setChannel({ id: 'C0RANDOM01', name: 'random', members: ['U0BOSS0001', FAKE_USER.id] });
});
afterEach(async () => {
  await rig.close();
});

const post = (body: string) => signedPost(rig.url, body, { signingSecret: SECRET });
const v = fieldValue;

async function openFrom(body: string) {
  await post(body);
  const open = await rig.fake.waitForCall('views.open');
  return rig.fake.view((open.response!.view as { id: string }).id)!;
}

const submitIn = (view: Awaited<ReturnType<typeof openFrom>>, channel: string) =>
  post(
    viewSubmissionBody({
      view,
      values: {
        ...v(BLOCK.title, stateValue.text('Party')),
        ...v(BLOCK.when, stateValue.text('friday 8pm')),
        ...v(BLOCK.channel, { type: 'conversations_select', selected_conversation: channel }),
      },
    }),
  );

const events = async () => {
  const r = await rig.service.run(ALICE, { type: 'list' });
  return r.ok ? r.value.events : [];
};

describe('Slack form "Post in": only a channel the person is in', () => {
  it('refuses a channel the person is not a member of, under the channel field, and creates nothing', async () => {
    const view = await openFrom(shortcutBody({ callback_id: CALLBACK.createShortcut }));
    const res = await submitIn(view, 'C0ADMINS01');
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual([BLOCK.channel]);
    expect(body.errors[BLOCK.channel]).toMatch(/not in <#C0ADMINS01>/);
    expect(rig.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(await events()).toEqual([]);
  });

  it('posts in a channel the person is a member of', async () => {
    const view = await openFrom(shortcutBody({ callback_id: CALLBACK.createShortcut }));
    const res = await submitIn(view, 'C0RANDOM01');
    expect(res.text).toBe('');
    await rig.deliver();
    expect((await rig.fake.waitForCall('chat.postMessage')).args.channel).toBe('C0RANDOM01');
    expect(await events()).toHaveLength(1);
  });

  it('the channel the form was opened from needs no lookup', async () => {
    rig.fake.setChannel({ id: FAKE_CHANNEL.id, members: [] });
    const view = await openFrom(
      messageShortcutBody({ callback_id: CALLBACK.messageShortcut, message: { ts: '1700000000.000100', text: 'Party friday 8pm' }, response_url: rig.fake.responseUrl('m') }),
    );
    await submitIn(view, FAKE_CHANNEL.id);
    await rig.deliver();
    expect((await rig.fake.waitForCall('chat.postMessage')).args.channel).toBe(FAKE_CHANNEL.id);
    expect(rig.fake.callsTo('conversations.members')).toHaveLength(0);
  });
});
