import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  blockActionBody,
  blockActionPayload,
  FAKE_CHANNEL,
  FAKE_USER,
  interactionBody,
  shortcutBody,
  signedPost,
  stateFromView,
  stateValue,
  viewSubmissionBody,
} from '../../harness/slack/index.ts';
import { ACTION, CALLBACK, overflowValue } from '../../../src/platforms/slack/ids.ts';
import { BLOCK } from '../../../src/platforms/slack/render/modal.ts';
import { OPTION_BLOCK } from '../../../src/platforms/slack/render/option-blocks.ts';
import { Scheduler } from '../../../src/scheduler/index.ts';
import { ALICE, fieldValue, SECRET, startRig, type Rig, slashText } from './setup.ts';

let rig: Rig;
let scheduler: Scheduler;
beforeEach(async () => {
  rig = await startRig();
  scheduler = new Scheduler({ store: rig.store, clock: rig.clock, notifiers: { slack: rig.slack.notifier }, deliveryTimeoutMs: 3_000 });
});
afterEach(async () => {
  await scheduler.stop();
  await rig.close();
});

const BOB = { ...ALICE, userId: 'U0BOB00001' };
const CAROL = { ...ALICE, userId: 'U0CAROL001' };

const slash = (text: string, id: string) => slashText(rig, text, id);

/** Delivers everything due now (card posts and redraws, DMs, lapses and what they queue). */
async function deliverAll() {
  await scheduler.drain();
}

const dms = (userId: string) => rig.fake.messages(rig.fake.dmChannelFor(userId));

/** Alice clicks a button of the offer DM she got. */
async function answer(action: string, responseId: string) {
  const offer = dms(FAKE_USER.id).find((m) => String(m.text).includes('held for you'))!;
  const button = JSON.stringify(offer.blocks).includes(action);
  expect(button).toBe(true);
  const value = (offer.blocks as { elements?: { action_id: string; value: string }[] }[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === action)!.value;
  const res = await signedPost(
    rig.url,
    blockActionBody({ action_id: action, value, message: { ts: offer.ts, text: offer.text }, channel_id: rig.fake.dmChannelFor(FAKE_USER.id), response_url: rig.fake.responseUrl(responseId) }),
    { signingSecret: SECRET },
  );
  expect(res.status).toBe(200);
  return (await rig.fake.waitForResponse(responseId)).body as { text?: string; replace_original?: boolean; response_type?: string };
}

describe('slack: waitlist offers end to end (real Bolt app against the fake)', () => {
  it('/event with offers → a seat opens → DM offer with buttons → claim → the card shows her going', async () => {
    const created = await slash('Dinner 2026-11-27 20:00 capacity 1 offers offer-window 30m', 'c1');
    await deliverAll();
    const events = await rig.service.run(ALICE, { type: 'list' });
    const dinner = events.ok ? events.value.events.find((e) => e.title === 'Dinner') : undefined;
    expect(dinner, created).toBeDefined();
    expect(dinner!.waitlistOffers).toBe(true);
    expect(dinner!.offerWindow).toBe('PT30M');
    const card = rig.fake.callsTo('chat.postMessage').find((c) => JSON.stringify(c.args.blocks ?? '').includes('Seats offered from the waitlist (30 minutes to claim)'));
    expect(card).toBeDefined();

    expect((await rig.service.run(BOB, { type: 'rsvp', event: dinner!.id, status: 'going' })).ok).toBe(true);
    const waiting = await rig.service.run(ALICE, { type: 'rsvp', event: dinner!.id, status: 'going' });
    expect(waiting.ok && waiting.value.status).toBe('waitlisted');
    expect((await rig.service.run(BOB, { type: 'rsvp', event: dinner!.id, status: 'declined' })).ok).toBe(true);
    await deliverAll();

    const offer = dms(FAKE_USER.id).find((m) => String(m.text).includes('held for you'));
    expect(offer?.text).toMatch(/A seat opened up at \*Dinner\* and it is held for you until <!date\^\d+\^/);
    rig.clock.advance(3_000);
    await deliverAll();
    expect(rig.fake.callsTo('chat.update').map((c) => JSON.stringify(c.args.blocks)).at(-1)).toContain(`Seat offered to: <@${FAKE_USER.id}>`);
    const r = await answer(ACTION.offerClaim, 'a1');
    expect(r.replace_original).toBe(true);
    expect(r.text).toMatch(/The seat is yours: you're going to Dinner/);

    rig.clock.advance(3_000);
    await deliverAll();
    const redraws = rig.fake.callsTo('chat.update').map((c) => JSON.stringify(c.args.blocks));
    expect(redraws.at(-1)).toContain(`<@${FAKE_USER.id}>`);
    // Alice hosts it too: the summary comes to her.
    expect(dms(FAKE_USER.id).some((m) => String(m.text).includes(`<@${FAKE_USER.id}> claimed the seat`))).toBe(true);
  });

  it('a lapse → the next person (her) is offered the seat; she passes it on', async () => {
    const made = await rig.service.run(BOB, {
      type: 'create',
      input: { title: 'Dinner', start: '2026-11-27T19:00:00Z', timezone: 'UTC', channelId: 'C0GENERAL1', capacity: 1, waitlistOffers: true, offerWindow: 'PT30M' },
    });
    if (!made.ok) throw new Error(made.error.message);
    const id = made.value.event.id;
    for (const who of [BOB, CAROL, ALICE]) expect((await rig.service.run(who, { type: 'rsvp', event: id, status: 'going' })).ok).toBe(true);
    expect((await rig.service.run(BOB, { type: 'rsvp', event: id, status: 'declined' })).ok).toBe(true);
    await deliverAll();
    expect(dms(CAROL.userId).filter((m) => String(m.text).includes('held for you'))).toHaveLength(1);
    expect(dms(FAKE_USER.id).filter((m) => String(m.text).includes('held for you'))).toHaveLength(0);

    rig.clock.advance(30 * 60_000);
    await deliverAll();
    expect(dms(CAROL.userId).some((m) => String(m.text).includes('Your seat offer for *Dinner* lapsed'))).toBe(true);
    expect(dms(BOB.userId).some((m) => String(m.text).includes(`<@${CAROL.userId}> let the seat offer lapse. It is now offered to <@${FAKE_USER.id}>.`))).toBe(true);
    const r = await answer(ACTION.offerPass, 'p1');
    expect(r.text).toMatch(/You passed on the seat at Dinner/);
    // The offer is gone: another click is answered, not acted on twice.
    const again = await answer(ACTION.offerClaim, 'p2');
    expect(again.response_type).toBe('ephemeral');
    expect(again.text).toMatch(/no open seat offer for "Dinner"/);
  });
});

describe('slack: the waitlist offers field of the event form', () => {
  const post = (body: string) => signedPost(rig.url, body, { signingSecret: SECRET });
  const field = (block: string, value: Record<string, unknown>) => ({ [block]: { [`${block}_input`]: value } });

  async function openCreateForm() {
    await post(shortcutBody({ callback_id: CALLBACK.createShortcut }));
    const open = await rig.fake.waitForCall('views.open');
    return rig.fake.view((open.response!.view as { id: string }).id)!;
  }
  const basics = (view: Parameters<typeof stateFromView>[0]) => ({
    ...stateFromView(view),
    ...fieldValue(BLOCK.title, stateValue.text('Book club')),
    ...fieldValue(BLOCK.when, stateValue.text('friday 7pm')),
    ...fieldValue(BLOCK.capacity, { type: 'number_input', value: '4' }),
    ...fieldValue(BLOCK.channel, { type: 'conversations_select', selected_conversation: FAKE_CHANNEL.id }),
  });

  it('a time to claim turns offers on; a bad one shows under the field and creates nothing', async () => {
    const view = await openCreateForm();
    const bad = await post(viewSubmissionBody({ view, values: { ...basics(view), ...field(OPTION_BLOCK.offers, stateValue.text('a while')) } }));
    expect((bad.json() as { errors: Record<string, string> }).errors[OPTION_BLOCK.offers]).toMatch(/offer window is a length from 5 minutes to 7 days/);
    const good = await post(viewSubmissionBody({ view, values: { ...basics(view), ...field(OPTION_BLOCK.offers, stateValue.text('45 minutes')) } }));
    expect(good.status).toBe(200);
    const row = await rig.store.db.selectFrom('events').select(['waitlist_offers', 'offer_window']).where('title', '=', 'Book club').executeTakeFirstOrThrow();
    expect([Number(row.waitlist_offers), row.offer_window]).toEqual([1, 'PT45M']);
  });

  it('the edit form shows the time to claim; emptying it turns offers off', async () => {
    const made = await rig.service.run(ALICE, {
      type: 'create',
      input: { title: 'Retro', start: '2026-11-27T15:00:00Z', timezone: 'UTC', channelId: FAKE_CHANNEL.id, capacity: 3, waitlistOffers: true, offerWindow: 'PT2H' },
    });
    if (!made.ok) throw new Error(made.error.message);
    await deliverAll();
    const cardTs = rig.fake.callsTo('chat.postMessage')[0]!.response!.ts as string;
    const menu = blockActionPayload({ action_id: ACTION.overflow, type: 'overflow', message: { ts: cardTs }, response_url: rig.fake.responseUrl('menu') });
    (menu.actions as Record<string, unknown>[])[0]!.selected_option = { value: overflowValue('edit', { eventId: made.value.event.id, occurrence: '' }) };
    rig.fake.clearRecords();
    await post(interactionBody(menu));
    const opened = await rig.fake.waitForCall('views.open');
    const view = rig.fake.view((opened.response!.view as { id: string }).id)!;
    const el = (view.blocks as { block_id?: string; element?: Record<string, unknown> }[]).find((b) => b.block_id === OPTION_BLOCK.offers)!.element!;
    expect(el['initial_value']).toBe('2 hours');
    await post(viewSubmissionBody({ view, values: { ...stateFromView(view), ...field(OPTION_BLOCK.offers, stateValue.text('')) } }));
    await rig.fake.waitForCall('chat.postEphemeral');
    const got = await rig.service.run(ALICE, { type: 'get', event: made.value.event.id });
    expect(got.ok && got.value.event.waitlistOffers).toBe(false);
  });
});
