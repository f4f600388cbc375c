import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, overflowValue } from '../../../src/platforms/slack/ids.ts';
import { blockActionPayload, interactionBody, signedPost } from '../../harness/slack/index.ts';
import { ALICE, SECRET, seedEvent, startRig, type Rig } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

describe('slack: add to calendar from the card menu', () => {
  it('answers the clicker ephemerally with Google and Outlook links', async () => {
    const id = await seedEvent(rig, 'Book <club>', '2026-11-26T18:00:00Z');
    const cardTs = rig.fake.callsTo('chat.postMessage')[0]!.response!.ts as string;
    const menu = blockActionPayload({ action_id: ACTION.overflow, type: 'overflow', user_id: ALICE.userId, message: { ts: cardTs }, response_url: rig.fake.responseUrl('cal') });
    (menu.actions as Record<string, unknown>[])[0]!.selected_option = { value: overflowValue('calendar', { eventId: id, occurrence: '' }) };
    await signedPost(rig.url, interactionBody(menu), { signingSecret: SECRET });
    const reply = await rig.fake.waitForResponse('cal');
    const body = reply.body as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/Add \*Book &lt;club&gt;\* to your calendar: <https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&amp;text=Book\+%3Cclub%3E/);
    expect(body.text).toMatch(/<https:\/\/outlook\.live\.com\/[^|>]+\|Outlook>/);
  });
});
