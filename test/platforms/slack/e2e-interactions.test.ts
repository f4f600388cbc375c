import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  blockActionBody,
  blockActionPayload,
  interactionBody,
  eventCallbackBody,
  FAKE_CHANNEL,
  FAKE_USER,
  messageShortcutBody,
  shortcutBody,
  signedPost,
  stateValue,
  viewSubmissionBody,
} from '../../harness/slack/index.ts';
import { ACTION, CALLBACK, overflowValue } from '../../../src/platforms/slack/ids.ts';
import { BLOCK } from '../../../src/platforms/slack/render/modal.ts';
import { ALICE, SECRET, seedEvent, startRig, type Rig, fieldValue } from './setup.ts';

let rig: Rig;

beforeEach(async () => {
  rig = await startRig();
});

afterEach(async () => {
  await rig.close();
});

const post = (body: string, headers?: Record<string, string>) => signedPost(rig.url, body, { signingSecret: SECRET, headers });

async function openCreateModal() {
  const res = await post(shortcutBody({ callback_id: CALLBACK.createShortcut }));
  expect(res.status).toBe(200);
  const open = await rig.fake.waitForCall('views.open');
  const id = (open.response!.view as { id: string }).id;
  return rig.fake.view(id)!;
}

const v = fieldValue;

describe('shortcuts and the event form', () => {
  it('the global shortcut opens the form (views.open) with every field', async () => {
    const view = await openCreateModal();
    expect(view.callback_id).toBe(CALLBACK.eventModal);
    const ids = (view.blocks as { block_id?: string }[]).map((b) => b.block_id);
    for (const b of Object.values(BLOCK)) expect(ids).toContain(b);
  });

  it('the message shortcut prefills title, time and description from the message', async () => {
    await post(
      messageShortcutBody({
        callback_id: CALLBACK.messageShortcut,
        message: { ts: '1700000000.000100', text: 'Board games friday 7pm at the library\nBring snacks!' },
        response_url: rig.fake.responseUrl('m1'),
      }),
    );
    const open = await rig.fake.waitForCall('views.open');
    const blocks = (open.args.view as { blocks: { block_id?: string; element?: { initial_value?: string; initial_conversation?: string } }[] }).blocks;
    const byId = (id: string) => blocks.find((b) => b.block_id === id)!;
    expect(byId(BLOCK.title).element!.initial_value).toBe('Board games');
    expect(byId(BLOCK.when).element!.initial_value).toBe('friday 7pm');
    expect(byId(BLOCK.location).element!.initial_value).toBe('the library');
    expect(byId(BLOCK.description).element!.initial_value).toContain('Bring snacks!');
    expect(byId(BLOCK.channel).element!.initial_conversation).toBe(FAKE_CHANNEL.id);
  });

  it('typing in "When" updates the preview line (dispatch_action → views.update)', async () => {
    const view = await openCreateModal();
    await post(blockActionBody({ action_id: ACTION.whenInput, value: 'friday 8-10pm', type: 'plain_text_input', view }));
    const update = await rig.fake.waitForCall('views.update');
    expect(update.args.view_id).toBe(view.id);
    const preview = (update.args.view as { blocks: { block_id?: string; elements?: { text: string }[] }[] }).blocks.find((b) => b.block_id === BLOCK.preview)!;
    // Alice is in Europe/Berlin with no locale of her own: her zone's day-first order (en-DE) is the default.
    expect(preview.elements![0]!.text).toMatch(/Fri, 27 Nov, 8:00.10:00\s?PM/);
  });

  it('a valid submission creates the event, closes the form and posts the card', async () => {
    const view = await openCreateModal();
    const res = await post(
      viewSubmissionBody({
        view,
        values: {
          ...v(BLOCK.title, stateValue.text('Quiz night')),
          ...v(BLOCK.when, stateValue.text('friday 8pm')),
          ...v(BLOCK.end, stateValue.text('2h')),
          ...v(BLOCK.location, stateValue.text('https://meet.example.com/quiz')),
          ...v(BLOCK.capacity, stateValue.number('12')),
          ...v(BLOCK.reminders, { type: 'multi_static_select', selected_options: [{ value: 'PT15M' }, { value: 'P1D' }] }),
          ...v(BLOCK.remindersCustom, stateValue.text('2h')),
          ...v(BLOCK.audience, stateValue.select('both')),
          ...v(BLOCK.channel, { type: 'conversations_select', selected_conversation: FAKE_CHANNEL.id }),
        },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    await rig.deliver();
    const card = await rig.fake.waitForCall('chat.postMessage');
    expect(card.args.channel).toBe(FAKE_CHANNEL.id);
    const json = JSON.stringify(card.args.blocks);
    expect(json).toContain('Quiz night');
    expect(json).toContain('"url":"https://meet.example.com/quiz"'); // join button
    expect(json).toContain('0/12 going');
    const list = await rig.service.run(ALICE, { type: 'list' });
    const e = list.ok ? list.value.events[0]! : null;
    expect(e?.reminderOffsets.sort()).toEqual(['P1D', 'PT15M', 'PT2H'].sort());
    expect(e?.reminderAudience).toBe('both');
    expect(e!.occurrence.end - e!.occurrence.start).toBe(2 * 3600_000);
    const confirm = await rig.fake.waitForCall('chat.postEphemeral');
    expect(confirm.args.user).toBe(FAKE_USER.id);
  });

  it('an invalid submission comes back as response_action errors on the right fields', async () => {
    const view = await openCreateModal();
    const res = await post(
      viewSubmissionBody({
        view,
        values: {
          ...v(BLOCK.title, stateValue.text('')),
          ...v(BLOCK.when, stateValue.text('blorp')),
          ...v(BLOCK.capacity, stateValue.number('0')),
          ...v(BLOCK.remindersCustom, stateValue.text('soonish')),
          ...v(BLOCK.channel, { type: 'conversations_select', selected_conversation: FAKE_CHANNEL.id }),
        },
      }),
    );
    expect(res.status).toBe(200);
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual([BLOCK.capacity, BLOCK.remindersCustom, BLOCK.title, BLOCK.when].sort());
    expect(rig.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it("a core refusal (time in the past) lands under the field it's about", async () => {
    const view = await openCreateModal();
    const res = await post(
      viewSubmissionBody({
        view,
        values: {
          ...v(BLOCK.title, stateValue.text('Too late')),
          ...v(BLOCK.datetime, stateValue.datetime(Math.floor(Date.parse('2026-11-01T10:00:00Z') / 1000))),
          ...v(BLOCK.channel, { type: 'conversations_select', selected_conversation: FAKE_CHANNEL.id }),
        },
      }),
    );
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual([BLOCK.datetime]);
  });

  it('edit from the card menu opens the same form prefilled; saving redraws the card', async () => {
    const id = await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z', { capacity: 8 });
    const cardTs = rig.fake.callsTo('chat.postMessage')[0]!.response!.ts as string;
    const menu = blockActionPayload({ action_id: ACTION.overflow, type: 'overflow', message: { ts: cardTs }, response_url: rig.fake.responseUrl('o1') });
    (menu.actions as Record<string, unknown>[])[0]!.selected_option = { value: overflowValue('edit', { eventId: id, occurrence: '' }) };
    await post(interactionBody(menu));
    const open = await rig.fake.waitForCall('views.open');
    const view = rig.fake.view((open.response!.view as { id: string }).id)!;
    const title = (view.blocks as { block_id?: string; element?: { initial_value?: string } }[]).find((b) => b.block_id === BLOCK.title)!;
    expect(title.element!.initial_value).toBe('Game night');
    expect(JSON.parse(view.private_metadata)).toMatchObject({ mode: 'edit', eventId: id });
    await post(
      viewSubmissionBody({
        view,
        values: {
          ...v(BLOCK.title, stateValue.text('Game night (moved)')),
          ...v(BLOCK.datetime, stateValue.datetime(Math.floor(Date.parse('2026-11-28T19:00:00Z') / 1000))),
          ...v(BLOCK.end, stateValue.text('3h')),
          ...v(BLOCK.capacity, stateValue.number('8')),
        },
      }),
    );
    await rig.deliver();
    const update = await rig.fake.waitForCall('chat.update');
    expect(update.args.ts).toBe(cardTs);
    expect(JSON.stringify(update.args.blocks)).toContain('Game night (moved)');
  });
});

describe('Events API', () => {
  it('App Home: app_home_opened publishes the tab', async () => {
    await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const res = await post(eventCallbackBody({ type: 'app_home_opened', user: FAKE_USER.id, channel: 'D0000001', tab: 'home', event_ts: '1.2' }));
    expect(res.status).toBe(200);
    const publish = await rig.fake.waitForCall('views.publish');
    expect(publish.args.user_id).toBe(FAKE_USER.id);
    const json = JSON.stringify(publish.args.view);
    expect(json).toContain('My upcoming events');
    expect(json).toContain('Game night');
    expect(json).toContain('Europe/Berlin');
  });

  it('drops a retried delivery (X-Slack-Retry-Num) without running listeners', async () => {
    const res = await post(eventCallbackBody({ type: 'app_home_opened', user: FAKE_USER.id, channel: 'D0000001', tab: 'home', event_ts: '1.2' }), {
      'X-Slack-Retry-Num': '1',
      'X-Slack-Retry-Reason': 'http_timeout',
    });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 150));
    expect(rig.fake.callsTo('views.publish')).toHaveLength(0);
    expect(rig.logs.some((l) => l.includes('dropped Events API retry #1'))).toBe(true);
  });
});
