import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../src/core/commands.ts';
import { ACTION, CALLBACK, overflowValue } from '../../../src/platforms/slack/ids.ts';
import { BLOCK } from '../../../src/platforms/slack/render/modal.ts';
import { GROUPS_ACTION, OPTION_BLOCK } from '../../../src/platforms/slack/render/option-blocks.ts';
import { slackManifest } from '../../../src/platforms/slack/manifest.ts';
import {
  blockActionPayload,
  blockSuggestionBody,
  FAKE_CHANNEL,
  interactionBody,
  shortcutBody,
  signedPost,
  stateFromView,
  stateValue,
  viewSubmissionBody,
  type StateValues,
  type StoredView,
} from '../../harness/slack/index.ts';
import { ALICE, fieldValue as v, SECRET, seedEvent, startRig, type Rig } from './setup.ts';

/** Issue 14, item 2: choosing user groups in Slack's event form (a multi_external_select fed by usergroups.list). */

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
  rig.fake.setUserGroup({ id: 'S0DESIGN01', handle: 'designers', name: 'Designers', users: ['U0BOB00001'] });
  rig.fake.setUserGroup({ id: 'S0DEVS0001', handle: 'devs', name: 'Developers', users: [] });
  rig.fake.setUserGroup({ id: 'S0OLD00001', handle: 'design-old', users: [], disabled: true });
});
afterEach(async () => {
  await rig.close();
});

const post = (body: string) => signedPost(rig.url, body, { signingSecret: SECRET });

async function openCreate(): Promise<StoredView> {
  await post(shortcutBody({ callback_id: CALLBACK.createShortcut }));
  const open = await rig.fake.waitForCall('views.open');
  return rig.fake.view((open.response!.view as { id: string }).id)!;
}

async function openEdit(eventId: string): Promise<StoredView> {
  const cardTs = rig.fake.callsTo('chat.postMessage')[0]!.response!.ts as string;
  const menu = blockActionPayload({ action_id: ACTION.overflow, type: 'overflow', message: { ts: cardTs }, response_url: rig.fake.responseUrl('menu') });
  (menu.actions as Record<string, unknown>[])[0]!.selected_option = { value: overflowValue('edit', { eventId, occurrence: '' }) };
  rig.fake.clearRecords();
  await post(interactionBody(menu));
  const open = await rig.fake.waitForCall('views.open');
  return rig.fake.view((open.response!.view as { id: string }).id)!;
}

/** What the options load URL answers while the person types `typed` in the groups menu. */
async function suggest(view: StoredView, typed: string): Promise<{ text: { text: string }; value: string }[]> {
  const res = await post(blockSuggestionBody({ action_id: GROUPS_ACTION, block_id: OPTION_BLOCK.groups, value: typed, view }));
  expect(res.status).toBe(200);
  return (res.json() as { options: { text: { text: string }; value: string }[] }).options;
}

const groupsField = (view: StoredView) =>
  (view.blocks as { block_id?: string; element?: { type: string; initial_options?: { text: { text: string }; value: string }[] } }[]).find((b) => b.block_id === OPTION_BLOCK.groups)!;

describe('the "Invited user groups" field', () => {
  it('is a multi_external_select; the options load URL lists enabled groups matching what was typed', async () => {
    const view = await openCreate();
    expect(groupsField(view).element!.type).toBe('multi_external_select');
    expect((await suggest(view, '')).map((o) => [o.text.text, o.value])).toEqual([
      ['@designers (Designers)', 'S0DESIGN01'],
      ['@devs (Developers)', 'S0DEVS0001'],
    ]);
    expect((await suggest(view, '@des')).map((o) => o.value)).toEqual(['S0DESIGN01']);
    expect((await suggest(view, 'developers')).map((o) => o.value)).toEqual(['S0DEVS0001']);
    // Typing costs no extra Slack calls: the directory is cached.
    expect(rig.fake.callsTo('usergroups.list')).toHaveLength(1);
  });

  it('picking a group on create makes the event invite-only for it; the card says so', async () => {
    const view = await openCreate();
    const res = await post(
      viewSubmissionBody({
        view,
        values: {
          ...stateFromView(view),
          ...v(BLOCK.title, stateValue.text('Design review')),
          ...v(BLOCK.when, stateValue.text('friday 3pm')),
          ...v(BLOCK.channel, { type: 'conversations_select', selected_conversation: FAKE_CHANNEL.id }),
          ...v(OPTION_BLOCK.groups, stateValue.external([{ value: 'S0DESIGN01', text: '@designers (Designers)' }])),
        },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const list = await rig.service.run(ALICE, { type: 'list' });
    const e = list.ok ? list.value.events[0]! : null;
    expect(e).toMatchObject({ title: 'Design review', visibility: 'invite_only', invitees: { users: [], roles: ['S0DESIGN01'] } });
    await rig.deliver();
    expect(JSON.stringify(rig.fake.callsTo('chat.postMessage').at(-1)!.args.blocks)).toContain('Only @designers can RSVP');
  });

  it('the edit form shows the invited groups by handle; changing the people keeps the groups, and the reverse', async () => {
    const id = await seedEvent(rig, 'Design review', '2026-11-27T15:00:00Z', { visibility: 'invite_only', invitees: { users: ['U0EVE00001'], roles: ['S0DESIGN01'] } });
    const view = await openEdit(id);
    expect(groupsField(view).element!.initial_options).toEqual([expect.objectContaining({ text: expect.objectContaining({ text: '@designers' }), value: 'S0DESIGN01' })]);

    const submit = async (changes: StateValues) => {
      const run = vi.spyOn(rig.service, 'run');
      const res = await post(viewSubmissionBody({ view, values: { ...stateFromView(view), ...changes } }));
      const update = run.mock.calls.map((c) => c[1] as Command).find((c) => c.type === 'update');
      run.mockRestore();
      expect(res.status).toBe(200);
      return update?.type === 'update' ? update.patch : undefined;
    };
    expect(await submit(v(OPTION_BLOCK.invite, stateValue.users(['U0EVE00001', 'U0FAY00001'])))).toEqual({
      invitees: { users: ['U0EVE00001', 'U0FAY00001'], roles: ['S0DESIGN01'] },
      visibility: 'invite_only',
    });
    expect(
      await submit(
        v(OPTION_BLOCK.groups, stateValue.external([{ value: 'S0DESIGN01', text: '@designers' }, { value: 'S0DEVS0001', text: '@devs' }])),
      ),
    ).toEqual({ invitees: { users: ['U0EVE00001'], roles: ['S0DESIGN01', 'S0DEVS0001'] }, visibility: 'invite_only' });
    // Untouched, neither is sent.
    expect(await submit(v(BLOCK.title, stateValue.text('Design crit')))).toEqual({ title: 'Design crit' });
  });

  it('with usergroups:read missing the menu is empty (and says why in the log), nothing breaks', async () => {
    await rig.close();
    rig = await startRig();
    rig.fake.setScopes('xoxb-test-token', ['commands', 'chat:write']);
    const view = await openCreate();
    expect(await suggest(view, '')).toEqual([]);
    expect(rig.logs.some((l) => l.includes('usergroups.list failed'))).toBe(true);
  });

  it('the manifest gives HTTP mode an options load URL (Socket Mode needs none)', () => {
    const http = slackManifest({ url: 'https://convene.example.com' }) as { settings: { interactivity: Record<string, unknown> } };
    expect(http.settings.interactivity).toMatchObject({ message_menu_options_url: 'https://convene.example.com/slack/events' });
    const socket = slackManifest() as { settings: { interactivity: Record<string, unknown> } };
    expect(socket.settings.interactivity).toEqual({ is_enabled: true });
  });
});
