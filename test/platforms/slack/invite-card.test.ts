import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, seedEvent, slashText, startRig, type Rig } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

describe('who may RSVP, on the slack card', () => {
  it('the posted card names invited people as mentions (three, then how many more) and never writes a broadcast', async () => {
    await seedEvent(rig, 'Crit', '2026-11-27T15:00:00Z', { visibility: 'invite_only', invitees: { users: ['U0ANN0001', 'U0BOB0001', 'U0CAT0001', 'U0DAN0001'], roles: [] } });
    const card = JSON.stringify(rig.fake.callsTo('chat.postMessage').at(-1)!.args.blocks);
    expect(card).toContain('Only <@U0ANN0001>, <@U0BOB0001>, <@U0CAT0001> and 1 more can RSVP');
    expect(card).not.toMatch(/<!everyone>|<!here>|<!channel>/);
  });

  it('/event … invite @everyone (Slack sends <!everyone>) is refused, saying to make it public; nothing is created', async () => {
    const reply = await slashText(rig, 'Crit friday 6pm invite <!everyone>', 'c1');
    expect(reply).toBe(':warning: Everyone can already RSVP to a public event: make it public instead of inviting @everyone.');
    const listed = await rig.service.run(ALICE, { type: 'search' });
    expect(listed.ok && listed.value.events).toEqual([]);
  });
});
