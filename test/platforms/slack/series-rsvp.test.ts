import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signedPost, slashCommandBody } from '../../harness/slack/index.ts';
import { ALICE, SECRET, seedEvent, startRig, type Rig } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

async function slash(text: string, id: string): Promise<string> {
  const res = await signedPost(rig.url, slashCommandBody({ command: '/event', text, response_url: rig.fake.responseUrl(id) }), { signingSecret: SECRET });
  expect(res.status).toBe(200);
  return String(((await rig.fake.waitForResponse(id)).body as { text?: string }).text ?? '');
}

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
