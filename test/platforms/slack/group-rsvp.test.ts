import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockActionBody, eventCallbackBody, FAKE_CHANNEL, signedPost, slashCommandBody } from '../../harness/slack/index.ts';
import { ACTION } from '../../../src/platforms/slack/ids.ts';
import { manifestBotScopes } from '../../harness/slack/scopes.ts';
import { ALICE, SECRET, seedEvent, startRig, type Rig } from './setup.ts';

/** Issue 14, item 2: RSVP restricted to Slack user groups, through the fake Slack and the real Bolt app. */

const DESIGNERS = 'S0DESIGN01';
const BOB = 'U0BOB00001'; // in @designers
const EVE = 'U0EVE00001'; // in no group

let rig: Rig;
let clicks = 0;
beforeEach(async () => {
  rig = await startRig();
  rig.fake.setUserGroup({ id: DESIGNERS, handle: 'designers', name: 'Designers', users: [BOB, 'U0CAT00001'] });
  rig.fake.setUserGroup({ id: 'S0PRODUCT1', handle: 'product', users: [EVE] });
});
afterEach(async () => {
  await rig.close();
});

async function designReview(): Promise<string> {
  return seedEvent(rig, 'Design review', '2026-11-27T15:00:00Z', { visibility: 'invite_only', invitees: { users: [], roles: [DESIGNERS] } });
}

/** A click on the card's Going button by `user`; the ephemeral answer's text. */
async function clickGoing(eventId: string, user: string): Promise<string> {
  const id = `click-${++clicks}`;
  const res = await signedPost(
    rig.url,
    blockActionBody({ action_id: ACTION.rsvpGoing, value: eventId, user_id: user, response_url: rig.fake.responseUrl(id) }),
    { signingSecret: SECRET },
  );
  expect(res.status).toBe(200);
  const reply = await rig.fake.waitForResponse(id, (r) => (r.body as { replace_original?: boolean }).replace_original === false);
  return String((reply.body as { text?: string }).text ?? '');
}

async function going(eventId: string): Promise<string[]> {
  const r = await rig.service.run(ALICE, { type: 'get', event: eventId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.event.attendees.going;
}

async function sendEvent(event: Record<string, unknown>): Promise<void> {
  const res = await signedPost(rig.url, eventCallbackBody(event), { signingSecret: SECRET });
  expect(res.status).toBe(200);
}

describe('RSVP to an event open to a Slack user group', () => {
  it('the card names the group by handle without pinging it; a member is admitted, anyone else is told who it is for', async () => {
    const id = await designReview();
    const card = JSON.stringify(rig.fake.callsTo('chat.postMessage')[0]!.args.blocks);
    expect(card).toContain('Only @designers can RSVP');
    expect(card).not.toContain('subteam');

    expect(await clickGoing(id, BOB)).toContain("You're going to Design review");
    const asked = rig.fake.callsTo('usergroups.users.list');
    expect(asked.map((c) => c.args.usergroup)).toEqual([DESIGNERS]);

    expect(await clickGoing(id, EVE)).toBe(':warning: "Design review" is for @designers only — ask a host to invite you.');
    expect(await going(id)).toEqual([BOB]);
  });

  it('/event rsvp by a member admits them; by a non-member refuses with the group named', async () => {
    await designReview();
    const slash = async (user: string, n: string) => {
      await signedPost(rig.url, slashCommandBody({ command: '/event', text: 'rsvp going design review', user_id: user, response_url: rig.fake.responseUrl(n) }), { signingSecret: SECRET });
      return String(((await rig.fake.waitForResponse(n)).body as { text?: string }).text);
    };
    expect(await slash(BOB, 's1')).toContain("You're going to Design review");
    expect(await slash(EVE, 's2')).toContain('is for @designers only — ask a host to invite you.');
    // /event show draws the same card, naming the group.
    await signedPost(rig.url, slashCommandBody({ command: '/event', text: 'show design review', user_id: EVE, response_url: rig.fake.responseUrl('s3') }), { signingSecret: SECRET });
    expect(JSON.stringify((await rig.fake.waitForResponse('s3')).body)).toContain('Only @designers can RSVP');
  });

  it('membership is cached: a second answer asks Slack nothing; subteam_members_changed drops it at once', async () => {
    const id = await designReview();
    expect(await clickGoing(id, BOB)).toContain("You're going");
    await rig.service.run({ ...ALICE, userId: BOB, roles: [DESIGNERS] }, { type: 'rsvp', event: id, status: 'declined' });
    expect(await clickGoing(id, BOB)).toContain("You're going");
    expect(rig.fake.callsTo('usergroups.users.list')).toHaveLength(1);

    // Bob leaves the group: Slack sends the delta; the next answer asks again and refuses.
    const events = rig.fake.setUserGroup({ id: DESIGNERS, handle: 'designers', users: ['U0CAT00001'] });
    expect(events.map((e) => e.type)).toEqual(['subteam_members_changed', 'subteam_updated']);
    await sendEvent(events[0]!);
    await rig.service.run({ ...ALICE, userId: BOB, roles: [DESIGNERS] }, { type: 'rsvp', event: id, status: 'declined' });
    expect(await clickGoing(id, BOB)).toContain('is for @designers only');
    expect(rig.fake.callsTo('usergroups.users.list')).toHaveLength(2);
  });

  it('subteam_updated drops the members and the name: a renamed group shows its new handle', async () => {
    const id = await designReview();
    expect(await clickGoing(id, EVE)).toContain('@designers only');
    const events = rig.fake.setUserGroup({ id: DESIGNERS, handle: 'design-team', users: [BOB, EVE] });
    await sendEvent(events.find((e) => e.type === 'subteam_updated')!);
    expect(await clickGoing(id, EVE)).toContain("You're going to Design review");
    const update = rig.fake.callsTo('chat.update').at(-1)!;
    expect(JSON.stringify(update.args.blocks)).toContain('Only @design-team can RSVP');
  });

  it('the cache lives a few minutes: later, Slack is asked again', async () => {
    const id = await designReview();
    await clickGoing(id, EVE);
    rig.fake.setUserGroup({ id: DESIGNERS, handle: 'designers', users: [BOB, EVE] }); // no event delivered
    expect(await clickGoing(id, EVE)).toContain('@designers only');
    rig.clock.advance(5 * 60_000 + 1);
    expect(await clickGoing(id, EVE)).toContain("You're going");
  });

  it('a rate-limited lookup says so and admits nobody; the next click works', async () => {
    const id = await designReview();
    rig.fake.rateLimitNext('usergroups.users.list', 0);
    expect(await clickGoing(id, BOB)).toBe(':warning: Slack asked me to slow down, so I could not check your user groups just now. Try again in a minute.');
    expect(await going(id)).toEqual([]);
    expect(await clickGoing(id, BOB)).toContain("You're going");
  });

  it('a failing lookup (Slack down) says so and admits nobody; nothing crashes', async () => {
    const id = await designReview();
    rig.fake.failNext('usergroups.users.list', 'internal_error', { status: 500 });
    expect(await clickGoing(id, BOB)).toMatch(/^:warning: I could not check your Slack user groups just now.*Try again in a moment\.$/);
    expect(await going(id)).toEqual([]);
    expect(rig.logs.filter((l) => /RSVP click failed|unhandled/.test(l))).toEqual([]);
  });

  it('an install without usergroups:read (from before this version) is told to reinstall', async () => {
    await rig.close();
    rig = await startRig();
    rig.fake.setScopes('xoxb-test-token', manifestBotScopes().filter((s) => s !== 'usergroups:read'));
    const id = await designReview();
    // The card cannot name the group (usergroups.list refused) and says so without an id.
    expect(JSON.stringify(rig.fake.callsTo('chat.postMessage')[0]!.args.blocks)).toContain('Only invited members can RSVP');
    expect(await clickGoing(id, BOB)).toMatch(/needs the usergroups:read permission.*Ask a workspace admin to reinstall the app\./);
    expect(rig.fake.callsTo('usergroups.users.list')[0]!.response).toMatchObject({ ok: false, error: 'missing_scope', needed: 'usergroups:read' });
    expect(await going(id)).toEqual([]);
    // The refused directory is remembered a minute: redraws and clicks do not ask again and again.
    await clickGoing(id, BOB);
    await rig.service.run({ ...ALICE }, { type: 'update', event: id, patch: { title: 'Design review 2' } });
    rig.clock.advance(5_000);
    await rig.deliver();
    expect(rig.fake.callsTo('chat.update').length).toBeGreaterThan(0);
    expect(rig.fake.callsTo('usergroups.list')).toHaveLength(1);
    rig.clock.advance(60_000);
    await clickGoing(id, EVE);
    await rig.service.run({ ...ALICE }, { type: 'update', event: id, patch: { title: 'Design review 3' } });
    rig.clock.advance(5_000);
    await rig.deliver();
    expect(rig.fake.callsTo('usergroups.list')).toHaveLength(2);
  });

  it('a deleted or disabled group admits nobody (Slack: no_such_subteam), with the usual refusal', async () => {
    const id = await designReview();
    rig.fake.setUserGroup({ id: DESIGNERS, handle: 'designers', users: [BOB], disabled: true });
    expect(await clickGoing(id, BOB)).toBe(':warning: "Design review" is for @designers only — ask a host to invite you.');
    expect(await going(id)).toEqual([]);
    expect(rig.fake.callsTo('usergroups.users.list')[0]!.response).toMatchObject({ ok: false, error: 'no_such_subteam' });
  });

  it('invited people and hosts never cost a lookup; a public event neither', async () => {
    const id = await seedEvent(rig, 'Crit', '2026-11-27T15:00:00Z', { visibility: 'invite_only', invitees: { users: [EVE], roles: [DESIGNERS] } });
    expect(JSON.stringify(rig.fake.callsTo('chat.postMessage').at(-1)!.args.blocks)).toContain(`Only @designers and <@${EVE}> can RSVP`);
    expect(await clickGoing(id, EVE)).toContain("You're going");
    const open = await seedEvent(rig, 'Lunch', '2026-11-27T12:00:00Z');
    expect(await clickGoing(open, EVE)).toContain("You're going");
    expect(rig.fake.callsTo('usergroups.users.list')).toEqual([]);
    expect(rig.fake.callsTo('chat.postMessage').some((c) => c.args.channel === FAKE_CHANNEL.id)).toBe(true);
  });
});
