import { afterEach, describe, expect, it } from 'vitest';
import { buttonClick, Callback, opt, route } from '../../harness/discord/index.ts';
import type { Json } from '../../harness/discord/objects.ts';
import { body, boot, click, create, dmTexts, type Body, type Bot } from './support.ts';

let env: Bot | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** The DMs the bot sent one person, as messages (with their buttons). */
function dms(b: Bot, userId: string): Json[] {
  const opened = b.fake.findRequests(route('POST', '/users/@me/channels')).filter((r) => (r.body as Body)['recipient_id'] === userId);
  const channels = new Set(opened.map((r) => String((r.response as Body)['id'])));
  return [...channels].flatMap((id) => b.fake.messages(id));
}

/** Full with alice going and bob (then carol) waiting; alice leaves; the scheduler DMs bob his offer. */
async function freedSeat(b: Bot, waiting = [b.bob]) {
  const { id, card } = await create(b, [opt('title', 'Dinner'), opt('when', 'friday 8pm'), opt('capacity', 1), opt('offers', '30m')]);
  expect(JSON.stringify(card['embeds'])).toContain('Seats offered from the waitlist (30 minutes to claim)');
  await click(b, card, `rsvp:${id}:going`, b.alice).callback();
  for (const u of waiting) await click(b, card, `rsvp:${id}:going`, u).callback();
  await click(b, card, `rsvp:${id}:declined`, b.alice).callback();
  await b.scheduler.drain();
  const offer = dms(b, b.bob.id).find((m) => String(m['content']).includes('held for you'));
  return { id, card, offer: offer! };
}

describe('discord: waitlist offers end to end (real discord.js against the fake)', () => {
  it('a seat opens → DM offer with buttons → claim → the card shows them going, the host is told', async () => {
    env = await boot();
    const b = env;
    const { id, offer } = await freedSeat(b);
    expect(offer).toBeDefined();
    expect(String(offer['content'])).toMatch(/A seat opened up at \*\*Dinner\*\* and it is held for you until <t:\d+:F>/);
    const buttons = JSON.stringify(offer['components']);
    expect(buttons).toContain(`offer:${id}:claim:${b.guild.id}`);
    expect(buttons).toContain(`offer:${id}:pass:${b.guild.id}`);

    // The card shows the seat as held for him.
    b.clock.advance(3_000);
    await b.scheduler.drain();
    const held = b.fake.messages(b.channelId).find((m) => JSON.stringify(m['embeds']).includes(`Event ${id}`))!;
    expect(JSON.stringify(held['embeds'])).toContain(`"name":"🎟️ Seat offered to (1)","value":"<@${b.bob.id}>"`);
    expect(JSON.stringify(held['embeds'])).toContain('0/1 going (full)');

    // The click comes from the DM: no server in the interaction, the button names it.
    const claim = b.fake.interact(buttonClick({ user: b.bob, customId: `offer:${id}:claim:${b.guild.id}`, message: offer, channel: String(offer['channel_id']) }));
    const cb = body(await claim.callback());
    expect(cb['type']).toBe(Callback.UpdateMessage);
    expect(cb['data']['content']).toMatch(/The seat is yours: you're going to Dinner/);
    expect(cb['data']['components']).toEqual([]);

    // The card is the core's notice, redrawn once a burst of answers settles.
    b.clock.advance(3_000);
    await b.scheduler.drain();
    const card = b.fake.messages(b.channelId).find((m) => JSON.stringify(m['embeds']).includes(`Event ${id}`))!;
    expect(JSON.stringify(card['embeds'])).toContain(`<@${b.bob.id}>`);
    expect(dmTexts(b, b.host.id).filter((t) => t.includes(`<@${b.bob.id}> claimed the seat`))).toHaveLength(1);

    // A second click (the message was already redrawn, but an old copy may linger) is answered, not repeated.
    const again = b.fake.interact(buttonClick({ user: b.bob, customId: `offer:${id}:claim:${b.guild.id}`, message: offer, channel: String(offer['channel_id']) }));
    expect(body(await again.callback())['data']['content']).toMatch(/You already have your seat at Dinner/);
    await b.scheduler.drain();
    expect(dmTexts(b, b.host.id).filter((t) => t.includes('claimed the seat'))).toHaveLength(1);
  });

  it('a lapse → the next person is offered the seat; a late claim is refused, ephemerally', async () => {
    env = await boot();
    const b = env;
    const { id, offer } = await freedSeat(b, [b.bob, b.carol]);
    b.clock.advance(30 * 60_000);
    await b.scheduler.drain();
    await b.scheduler.drain();
    expect(dmTexts(b, b.bob.id).some((t) => t.includes('Your seat offer for **Dinner** lapsed'))).toBe(true);
    const carols = dms(b, b.carol.id).filter((m) => String(m['content']).includes('held for you'));
    expect(carols).toHaveLength(1);
    expect(JSON.stringify(carols[0]!['components'])).toContain(`offer:${id}:claim:${b.guild.id}`);
    expect(dmTexts(b, b.host.id).some((t) => t.includes(`<@${b.bob.id}> let the seat offer lapse. It is now offered to <@${b.carol.id}>.`))).toBe(true);

    const late = b.fake.interact(buttonClick({ user: b.bob, customId: `offer:${id}:claim:${b.guild.id}`, message: offer, channel: String(offer['channel_id']) }));
    const cb = body(await late.callback());
    expect(cb['type']).toBe(Callback.ChannelMessageWithSource);
    expect(cb['data']['flags']).toBe(64);
    expect(cb['data']['content']).toMatch(/no open seat offer for "Dinner"/);

    const pass = b.fake.interact(buttonClick({ user: b.carol, customId: `offer:${id}:pass:${b.guild.id}`, message: carols[0]!, channel: String(carols[0]!['channel_id']) }));
    expect(body(await pass.callback())['data']['content']).toMatch(/You passed on the seat at Dinner/);
  });
});
