import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, seedEvent, slashText, startRig, type Rig } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

const BOB = { ...ALICE, userId: 'U0BOB00001' };
const CAT = { ...ALICE, userId: 'U0CAT00001' };

describe('a series edited to stop repeating, on slack', () => {
  it('/event edit … repeat none: the host hears how many answers to later dates went; each person who lost one gets a DM', async () => {
    const id = await seedEvent(rig, 'Game night', '2026-11-27T20:00:00+01:00', { recurrence: { freq: 'WEEKLY', byday: ['FR'] } });
    await rig.service.run(BOB, { type: 'rsvp', event: id, status: 'going' });
    await rig.service.run(BOB, { type: 'rsvp', event: id, status: 'going', occurrence: '2026-12-04T19:00:00.000Z' });
    await rig.service.run(CAT, { type: 'standing_rsvp', event: id, status: 'maybe' });
    rig.fake.clearRecords();

    const reply = await slashText(rig, `edit ${id} repeat none`, 'e1');
    expect(reply).toMatch(/^Updated \*Game night\*/);
    // Bob's Dec 4 answer and cat's "every time" maybe on five later dates, and the "every time" answer itself.
    expect(reply).toContain('6 answers to later dates and 1 "every time" answer were dropped; 2 people were told by DM.');

    await rig.deliver();
    const dms = rig.fake.callsTo('chat.postMessage').filter((c) => String(c.args.channel).startsWith('D'));
    const to = (u: string) => dms.filter((c) => c.args.channel === rig.fake.dmChannelFor(u)).map((c) => String(c.args.text));
    const bob = to(BOB.userId).filter((t) => t.includes('no longer repeats, so'));
    expect(bob).toHaveLength(1);
    expect(bob[0]).toMatch(/^:spiral_calendar_pad: \*Game night\* no longer repeats, so your answer to <!date\^\d+\^[^|]+\|[^>]+> was dropped\. It happens once, <!date\^/);
    const cat = to(CAT.userId).filter((t) => t.includes('no longer repeats, so'));
    expect(cat).toHaveLength(1);
    expect(cat[0]).toContain('your answers to 5 later dates (from <!date^');
    expect(cat[0]).toContain('and your "every time" answer were dropped');
  });
});
