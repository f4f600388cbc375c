import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, startRig, type Rig, slashText } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

const slash = (text: string, id: string) => slashText(rig, text, id);

const stored = async () => {
  const r = await rig.service.run(ALICE, { type: 'list', scope: 'workspace' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.events.map((e) => e.title);
};

/** Slack's /event shares the text grammar: the same refusals, the same quoted titles. */
describe("slack's /event refuses what it cannot read and stores nothing", () => {
  it('wrong option values and mistyped commands are refused; a quoted title is taken as typed', async () => {
    expect(await slash('create Cap friday 8pm capacity -5', 'a1')).toMatch(/Capacity is a whole number of people, like capacity 6/);
    expect(await slash('Raid friday 9pm cohost you', 'a2')).toMatch(/couldn't read "you" as a co-host/);
    expect(await slash('crate Typo friday', 'a3')).toMatch(/Did you mean \/event create\?/);
    expect(await slash('cancle game night', 'a4')).toMatch(/Did you mean \/event cancel\?/);
    expect(await stored()).toEqual([]);
    expect(await slash('create "Weekly sync: capacity planning" monday 9am', 'a5')).toMatch(/^Created \*Weekly sync: capacity planning\*/);
    expect(await stored()).toEqual(['Weekly sync: capacity planning']);
  });
});
