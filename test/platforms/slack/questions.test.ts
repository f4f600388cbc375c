import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK, overflowValue } from '../../../src/platforms/slack/ids.ts';
import { BLOCK, FIELD } from '../../../src/platforms/slack/render/modal.ts';
import { MAX_COMMAND_TEXT } from '../../../src/platforms/text/limits.ts';
import {
  blockActionPayload,
  FAKE_CHANNEL,
  interactionBody,
  shortcutBody,
  signedPost,
  slashCommandBody,
  stateFromView,
  stateValue,
  viewSubmissionBody,
} from '../../harness/slack/index.ts';
import { ALICE, SECRET, seedEvent, startRig, type Rig, fieldValue } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

type Json = Record<string, unknown>;
const post = (body: string) => signedPost(rig.url, body, { signingSecret: SECRET });
let n = 0;
/** `/event <text>` as alice (Europe/Berlin); the ephemeral reply it got. */
async function slash(text: string, user?: string): Promise<Json> {
  const id = `q-${++n}`;
  const res = await post(slashCommandBody({ command: '/event', text, response_url: rig.fake.responseUrl(id), ...(user ? { user_id: user } : {}) }));
  expect(res.status).toBe(200);
  return (await rig.fake.waitForResponse(id)).body;
}
const buttons = (reply: Json) => ((reply.blocks as Json[]).find((b) => b.type === 'actions')!.elements as Json[]).map((e) => ({ action_id: String(e.action_id), value: String(e.value), label: String((e.text as Json).text) }));
/** A click on one of the question's buttons (an ephemeral message); what the response_url got. */
async function click(button: { action_id: string; value: string }, user?: string): Promise<Json> {
  const id = `click-${++n}`;
  const payload = blockActionPayload({ action_id: button.action_id, value: button.value, response_url: rig.fake.responseUrl(id), ...(user ? { user_id: user } : {}) });
  (payload.container as Json).is_ephemeral = true;
  await post(interactionBody(payload));
  return (await rig.fake.waitForResponse(id)).body;
}
const events = async () => {
  const r = await rig.service.run(ALICE, { type: 'list', scope: 'workspace', pageSize: 25 });
  return r.ok ? r.value.events : [];
};
const v = fieldValue;

/** Issue 9 on Slack: ask when unsure (buttons), edits on the event's day, the locale, bounded text. */
describe('slack: time questions, time edits, locale (real Bolt against the fake)', () => {
  it('/event create with a time that reads two ways offers buttons; a pick creates once', async () => {
    const asked = await slash('create Planning tomorrow at 4 at Room 4');
    expect(asked.text).toMatch(/^:question: .*4:00 PM.*4:00 AM/);
    const choices = buttons(asked);
    expect(choices.map((c) => c.label)).toEqual([expect.stringMatching(/^Sun, 22 Nov, 4:00 PM CET/), expect.stringMatching(/^Sun, 22 Nov, 4:00 AM CET/), 'None of these']);
    expect(await events()).toHaveLength(0);

    const other = await click(choices[1]!, 'U0BOBNY001');
    expect(other).toMatchObject({ replace_original: false, text: expect.stringMatching(/Only the person who asked/) });
    expect(await events()).toHaveLength(0);

    const picked = await click(choices[1]!);
    expect(picked).toMatchObject({ replace_original: true, text: expect.stringMatching(/^Created \*Planning\*: Sun, 22 Nov, 4:00 AM CET/) });
    await click(choices[1]!);
    const made = await events();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ title: 'Planning', location: 'Room 4', channelId: FAKE_CHANNEL.id });
    expect(new Date(made[0]!.occurrence.start).toISOString()).toBe('2026-11-22T03:00:00.000Z');
    expect((await click(choices[0]!)).text).toMatch(/already picked/);
    expect(await events()).toHaveLength(1);
    await rig.deliver();
    expect(rig.fake.callsTo('chat.postMessage').some((c) => JSON.stringify(c.args.blocks).includes('Planning'))).toBe(true);
  });

  it('"None of these" drops it', async () => {
    const choices = buttons(await slash('create Sync friday at 4'));
    expect((await click(choices.at(-1)!)).text).toMatch(/nothing was saved/);
    expect((await click(choices[0]!)).text).toMatch(/no longer open/);
    expect(await events()).toHaveLength(0);
  });

  it('/event edit: an end is read on the event\'s day, "for 2 hours" is a length, a new time that reads two ways asks', async () => {
    const id = await seedEvent(rig, 'Brunch', '2026-12-05T09:00:00Z'); // 10:00 in Berlin
    expect((await slash(`edit ${id} end 12:30pm`)).text).toMatch(/^Updated \*Brunch\*/);
    let e = (await events()).find((x) => x.id === id)!;
    expect(new Date(e.occurrence.end).toISOString()).toBe('2026-12-05T11:30:00.000Z');
    await slash(`edit ${id} end for 2 hours`);
    e = (await events()).find((x) => x.id === id)!;
    expect(e.occurrence.end - e.occurrence.start).toBe(2 * 3_600_000);

    const asked = await slash(`edit ${id} when dec 6 at 9`);
    expect(asked.text).toMatch(/^:question:/);
    const picked = await click(buttons(asked)[1]!);
    expect(picked.text).toMatch(/^Updated \*Brunch\*/);
    e = (await events()).find((x) => x.id === id)!;
    expect(new Date(e.occurrence.start).toISOString()).toBe('2026-12-06T20:00:00.000Z');
  });

  it('the form: a typed time that reads two ways closes the form and asks in the channel; the pick keeps every field', async () => {
    await post(shortcutBody({ callback_id: CALLBACK.createShortcut }));
    const open = await rig.fake.waitForCall('views.open');
    const view = rig.fake.view((open.response!.view as { id: string }).id)!;
    const res = await post(
      viewSubmissionBody({
        view,
        values: {
          ...v(BLOCK.title, stateValue.text('Quiz night')),
          ...v(BLOCK.when, stateValue.text('friday at 8')),
          ...v(BLOCK.end, stateValue.text('for 2 hours')),
          ...v(BLOCK.capacity, stateValue.number('12')),
          ...v(BLOCK.channel, { type: 'conversations_select', selected_conversation: FAKE_CHANNEL.id }),
        },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const asked = await rig.fake.waitForCall('chat.postEphemeral');
    expect(asked.args).toMatchObject({ channel: FAKE_CHANNEL.id, user: ALICE.userId, text: expect.stringMatching(/^:question:/) });
    expect(await events()).toHaveLength(0);
    const choices = buttons(asked.args as Json);
    const evening = choices.find((c) => /8:00 PM/.test(c.label))!;
    expect((await click(evening)).text).toMatch(/^Created \*Quiz night\*/);
    const made = await events();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ title: 'Quiz night', capacity: 12 });
    expect(new Date(made[0]!.occurrence.start).toISOString()).toBe('2026-11-27T19:00:00.000Z');
    expect(made[0]!.occurrence.end - made[0]!.occurrence.start).toBe(2 * 3_600_000);
  });

  it('settings locale en-US / en-GB decide how 3/4 reads for this person', async () => {
    // Berlin: day first by default.
    await slash('create Review 3/4 5pm');
    expect(new Date((await events())[0]!.occurrence.start).toISOString()).toBe('2027-04-03T15:00:00.000Z');
    expect((await slash('settings locale en-US')).text).toMatch(/en-US \(12\/25\/2026, month first\)/);
    await slash('create Retro 3/4 5pm');
    expect((await events()).map((e) => new Date(e.occurrence.start).toISOString())).toContain('2027-03-04T16:00:00.000Z');
    await rig.service.run({ ...ALICE, userId: 'U0ADMIN001', platformManager: true }, { type: 'workspace_settings', managerUserIds: [ALICE.userId] });
    expect((await slash('settings workspace-locale en-GB')).text).toMatch(/workspace's locale is now en-GB/);
    expect((await slash('settings')).text).toMatch(/locale: \*en-US/);
  });

  it('slash text over the shared bound gets a clear message; nothing is read or stored', async () => {
    const reply = await slash(`create Long ${'1 '.repeat(MAX_COMMAND_TEXT)}friday 8pm`);
    expect(reply.text).toMatch(/I read at most 2,000/);
    expect(await events()).toHaveLength(0);
  });

  it('the edit form: an End of "12:30pm" is on the event\'s day, "for 3 hours" a length', async () => {
    const id = await seedEvent(rig, 'Brunch', '2026-12-05T09:00:00Z'); // 10:00 in Berlin
    const openEdit = async () => {
      const cardTs = rig.fake.callsTo('chat.postMessage')[0]!.response!.ts as string;
      const menu = blockActionPayload({ action_id: ACTION.overflow, type: 'overflow', message: { ts: cardTs }, response_url: rig.fake.responseUrl(`menu-${++n}`) });
      (menu.actions as Json[])[0]!.selected_option = { value: overflowValue('edit', { eventId: id, occurrence: '' }) };
      rig.fake.clearRecords();
      await post(interactionBody(menu));
      const open = await rig.fake.waitForCall('views.open');
      return rig.fake.view((open.response!.view as { id: string }).id)!;
    };
    const end = async () => {
      const e = (await events()).find((x) => x.id === id)!;
      return new Date(e.occurrence.end).toISOString();
    };
    let view = await openEdit();
    expect((await post(viewSubmissionBody({ view, values: { ...stateFromView(view), ...v(BLOCK.end, stateValue.text('12:30pm')) } }))).status).toBe(200);
    expect(await end()).toBe('2026-12-05T11:30:00.000Z');
    await rig.deliver();
    view = await openEdit();
    await post(viewSubmissionBody({ view, values: { ...stateFromView(view), ...v(BLOCK.end, stateValue.text('for 3 hours')) } }));
    expect(await end()).toBe('2026-12-05T12:00:00.000Z');
  });

  it('App Home settings: the locale field sets (and clears) the date order; an unknown tag is refused under it', async () => {
    await post(interactionBody(blockActionPayload({ action_id: ACTION.homeSettings, value: 'open' })));
    const open = await rig.fake.waitForCall('views.open');
    const view = rig.fake.view((open.response!.view as { id: string }).id)!;
    const shown = stateFromView(view);
    // Berlin, nothing set: the form shows the zone's locale; saving it unchanged pins nothing.
    expect(JSON.stringify(open.args.view)).toContain('en-DE');
    await post(viewSubmissionBody({ view, values: shown }));
    expect((await rig.service.preferences(ALICE)).locale).toBe('en-DE');
    const bad = await post(viewSubmissionBody({ view, values: { ...shown, ...{ locale: { [FIELD('locale')]: stateValue.text('klingon') } } } }));
    expect(bad.json()).toMatchObject({ response_action: 'errors', errors: { locale: expect.stringMatching(/not a locale I know/) } });
    await post(viewSubmissionBody({ view, values: { ...shown, ...{ locale: { [FIELD('locale')]: stateValue.text('en-US') } } } }));
    expect((await rig.service.preferences(ALICE)).locale).toBe('en-US');
    await slash('create Retro 3/4 5pm');
    expect(new Date((await events())[0]!.occurrence.start).toISOString()).toBe('2027-03-04T16:00:00.000Z');
    await post(viewSubmissionBody({ view, values: { ...shown, ...{ locale: { [FIELD('locale')]: stateValue.text('') } } } }));
    expect((await rig.service.preferences(ALICE)).locale).toBe('en-DE');
  });
});
