import { describe, expect, it } from 'vitest';
import { blockSuggestionPayload, interactiveEnvelope, shortcutPayload, slashCommandEnvelope, slashCommandPayload } from '../../harness/slack/index.ts';
import { CALLBACK } from '../../../src/platforms/slack/ids.ts';
import { GROUPS_ACTION, OPTION_BLOCK } from '../../../src/platforms/slack/render/option-blocks.ts';
import { startRig } from './setup.ts';

describe('Socket Mode', () => {
  it('connects through apps.connections.open, handles /event over the socket, and disconnects cleanly', async () => {
    const rig = await startRig({ config: { appToken: 'xapp-1-test' } });
    try {
      // Socket Mode: nothing of Slack's is served over HTTP.
      expect((await fetch(rig.url, { method: 'POST' })).status).toBe(503);
      expect(rig.fake.callsTo('apps.connections.open')).toHaveLength(1);
      const id = rig.fake.socketSend(slashCommandEnvelope(slashCommandPayload({ command: '/event', text: 'help', response_url: rig.fake.responseUrl('s1') })));
      const ack = await rig.fake.waitForSocketAck(id);
      expect(ack.envelope_id).toBe(id);
      const reply = await rig.fake.waitForResponse('s1');
      expect(String((reply.body as { text?: string }).text)).toContain('/event');
      await rig.slack.stop();
      await rig.fake.waitForSocketDisconnect();
    } finally {
      await rig.close();
    }
  });

  it("answers the form's user group menu over the socket (no options load URL needed)", async () => {
    const rig = await startRig({ config: { appToken: 'xapp-1-test' } });
    try {
      rig.fake.setUserGroup({ id: 'S0DESIGN01', handle: 'designers', users: [] });
      rig.fake.socketSend(interactiveEnvelope(shortcutPayload({ callback_id: CALLBACK.createShortcut })));
      const open = await rig.fake.waitForCall('views.open');
      const view = rig.fake.view((open.response!.view as { id: string }).id)!;
      const id = rig.fake.socketSend(interactiveEnvelope(blockSuggestionPayload({ action_id: GROUPS_ACTION, block_id: OPTION_BLOCK.groups, value: 'des', view })));
      const ack = await rig.fake.waitForSocketAck(id);
      expect(ack.payload).toEqual({ options: [{ text: { type: 'plain_text', text: '@designers' }, value: 'S0DESIGN01' }] });
    } finally {
      await rig.close();
    }
  });
});
