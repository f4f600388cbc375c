import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockActionBody, FAKE_USER, signedPost, slashCommandBody } from '../../harness/slack/index.ts';
import { ACTION } from '../../../src/platforms/slack/ids.ts';
import { ALICE, SECRET, seedEvent, startRig, type Rig } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

type Reply = { text?: string; replace_original?: boolean; blocks?: Array<{ type: string; elements?: Array<{ action_id: string; value: string; style?: string }> }> };

async function slash(text: string, id: string): Promise<Reply> {
  const res = await signedPost(rig.url, slashCommandBody({ command: '/event', text, response_url: rig.fake.responseUrl(id) }), { signingSecret: SECRET });
  expect(res.status).toBe(200);
  return (await rig.fake.waitForResponse(id)).body as Reply;
}

async function answer(actionId: string, eventId: string, id: string): Promise<Reply> {
  await signedPost(rig.url, blockActionBody({ action_id: actionId, value: eventId, response_url: rig.fake.responseUrl(id) }), { signingSecret: SECRET });
  return (await rig.fake.waitForResponse(id)).body as Reply;
}

const exists = async (id: string) => (await rig.service.run(ALICE, { type: 'get', event: id })).ok;

/** Issue 14, item 8 through the fake Slack: deleting a series or an answered event asks first. */
describe('confirming destructive actions on slack', () => {
  it('a series: /event delete asks with Delete / Keep it; Keep keeps, Delete deletes it and its card', async () => {
    const id = await seedEvent(rig, 'Standup', '2026-11-23T09:00:00Z', { recurrence: { freq: 'WEEKLY', byday: ['MO'] } });
    const ask = await slash(`delete ${id}`, 'd1');
    expect(ask.text).toMatch(/Delete every date of the repeating event "Standup"\?/);
    const buttons = ask.blocks!.find((b) => b.type === 'actions')!.elements!;
    expect(buttons.map((b) => [b.action_id, b.value, b.style])).toEqual([
      [ACTION.deleteConfirm, id, 'danger'],
      [ACTION.deleteKeep, id, undefined],
    ]);
    const keep = await answer(ACTION.deleteKeep, id, 'k1');
    expect(keep).toMatchObject({ replace_original: true, text: 'Kept it; nothing was deleted.' });
    expect(await exists(id)).toBe(true);
    const cardTs = rig.fake.callsTo('chat.postMessage')[0]!.response!.ts;
    const yes = await answer(ACTION.deleteConfirm, id, 'y1');
    expect(yes).toMatchObject({ replace_original: true, text: 'Deleted *Standup*.' });
    expect(await exists(id)).toBe(false);
    // The card goes through the core's durable notice, like a delete through any door.
    await rig.deliver();
    expect(rig.fake.callsTo('chat.delete').map((c) => c.args.ts)).toEqual([cardTs]);
  });

  it('an event others answered asks a manager; a one-off nobody answered goes at once', async () => {
    const id = await seedEvent(rig, 'Quiz', '2026-11-27T19:00:00Z');
    const bob = await rig.service.run({ ...ALICE, userId: 'U0BOB00001' }, { type: 'rsvp', event: id, status: 'going' });
    expect(bob.ok).toBe(true);
    expect((await slash(`delete ${id}`, 'd2')).text).toMatch(/Cancel it instead/);
    await rig.service.run({ ...ALICE, userId: 'UADMIN0001', platformManager: true }, { type: 'workspace_settings', managerUserIds: [FAKE_USER.id] });
    expect((await slash(`delete ${id}`, 'd3')).text).toMatch(/^:warning: Delete "Quiz"\? 1 person has answered/);
    expect(await exists(id)).toBe(true);
    const lunch = await seedEvent(rig, 'Lunch', '2026-11-22T12:00:00Z');
    expect((await slash(`delete ${lunch}`, 'd4')).text).toBe('Deleted *Lunch*.');
  });
});
