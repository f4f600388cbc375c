import { describe, expect, it } from 'vitest';
import { slashCommandEnvelope, slashCommandPayload } from '../../harness/slack/index.ts';
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
});
