import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockActionPayload, interactionBody, signedPost } from '../../harness/slack/index.ts';
import { ACTION } from '../../../src/platforms/slack/ids.ts';
import { ALICE, SECRET, seedEvent, startRig, type Rig, slashText } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

const slash = (text: string, id: string) => slashText(rig, text, id);

/** Issue 14, item 3 through the fake Slack: an RSVP naming a date answers that occurrence. */
describe('RSVP to a named occurrence on slack', () => {
  it('/event rsvp going "game night" dec 11 answers Dec 11; the channel card keeps showing the next one', async () => {
    const id = await seedEvent(rig, 'Game night', '2026-11-27T20:00:00+01:00', { recurrence: { freq: 'WEEKLY', byday: ['FR'] } });
    rig.fake.clearRecords();
    const reply = await slash('rsvp going "game night" dec 11', 'r1');
    expect(reply).toMatch(/^You're going to Game night\. See you there! \(<!date\^\d+\^\{date_short_pretty\}\|Fri 11 Dec>\)$/);
    const dec11 = await rig.service.run(ALICE, { type: 'get', event: id, occurrence: '2026-12-11T19:00:00.000Z' });
    expect(dec11.ok && dec11.value.event.attendees.going).toEqual([ALICE.userId]);
    const next = await rig.service.run(ALICE, { type: 'get', event: id });
    expect(next.ok && [next.value.event.occurrence.key, next.value.event.counts.going]).toEqual(['2026-11-27T19:00:00.000Z', 0]);
    // The card redrawn in the channel (the core's card notice, held back 2 s after an RSVP) is the next occurrence's, not Dec 11's.
    rig.clock.advance(2_000);
    await rig.deliver();
    const update = rig.fake.callsTo('chat.update').at(-1)!;
    expect(JSON.stringify(update.args.blocks)).toContain(String(Date.parse('2026-11-27T19:00:00Z') / 1000));
    expect(await slash('rsvp going "game night" dec 10', 'r2')).toMatch(/"Game night" doesn't happen on Thu 10 Dec 2026\. Its next dates are Fri 27 Nov, Fri 4 Dec, Fri 11 Dec\./);
  });
});

/** Issue 14, item 3 through the fake Slack: "every time" answers and a card that moves on. */
describe('"every time" answers to a series on slack', () => {
  const FIRST_END = '2026-11-27T20:00:00Z';
  const cardBlocks = () => rig.fake.callsTo('chat.postMessage')[0]!;

  it('the card\'s "Every time…" select answers every date; the card moves on to the next date with its counts', async () => {
    const id = await seedEvent(rig, 'Game night', '2026-11-27T20:00:00+01:00', { recurrence: { freq: 'WEEKLY', byday: ['FR'] } });
    const post = cardBlocks();
    const ts = post.response!.ts as string;
    const select = (post.args.blocks as { type: string; elements?: { action_id: string; options?: { value: string }[] }[] }[])
      .find((b) => b.type === 'actions')!
      .elements!.find((e) => e.action_id === ACTION.every)!;
    expect(select.options!.map((o) => o.value)).toEqual([`going:${id}`, `maybe:${id}`, `declined:${id}`, `none:${id}`]);
    rig.fake.clearRecords();
    const pick = blockActionPayload({ action_id: ACTION.every, type: 'static_select', user_id: ALICE.userId, message: { ts }, response_url: rig.fake.responseUrl('e1') });
    (pick.actions as Record<string, unknown>[])[0]!.selected_option = { text: { type: 'plain_text', text: 'Going every time' }, value: `going:${id}` };
    await signedPost(rig.url, interactionBody(pick), { signingSecret: SECRET });
    const update = await rig.fake.waitForCall('chat.update');
    expect(JSON.stringify(update.args.blocks)).toContain('1 going');
    expect(((await rig.fake.waitForResponse('e1')).body as { text: string }).text).toBe("You're going to every Game night.");
    // She can't make Dec 4: that date keeps her answer.
    expect(await slash('rsvp no "game night" dec 4', 'r1')).toMatch(/^You're no longer going to Game night/);
    expect(await slash('rsvp maybe "game night" every time', 'r2')).toMatch(/^You're a maybe for every Game night\. Your own answers for <!date\^\d+\^\{date_short_pretty\}\|Fri 4 Dec> stay\.$/);
    expect(await slash('rsvp going "game night" every time', 'r3')).toBe("You're going to every Game night. Your own answers for <!date^" + String(Date.parse('2026-12-04T19:00:00Z') / 1000) + '^{date_short_pretty}|Fri 4 Dec> stay.');

    // The first date ends: the channel card is redrawn for Dec 4, where she said no.
    rig.fake.clearRecords();
    rig.clock.set(new Date(Date.parse(FIRST_END) + 1000));
    await rig.deliver();
    const rolled = rig.fake.callsTo('chat.update').at(-1)!;
    expect(rolled.args.ts).toBe(ts);
    expect(JSON.stringify(rolled.args.blocks)).toContain(String(Date.parse('2026-12-04T19:00:00Z') / 1000));
    expect(JSON.stringify(rolled.args.blocks)).toContain('0 going');
  });
});
