import { describe, expect, it } from 'vitest';
import { blackboxRun, waitForOutput } from '../../support/process.ts';
import { buttonClick, makeGuild, makeUser, opt, route, slashCommand, startFakeDiscord, sub } from '../../harness/discord/index.ts';

const run = blackboxRun('discord');

describe('npm start against a fake Discord (black box)', () => {
  it('logs in from the environment (gateway URL from GET /gateway/bot), creates an event and takes an RSVP', async () => {
    const host = makeUser({ username: 'host' });
    const alice = makeUser({ username: 'alice' });
    const fake = run.closeAfter(await startFakeDiscord({ token: 'blackbox-token', guilds: [makeGuild({ name: 'Club', members: [host, alice] })] }));
    const child = run.start({
      DISCORD_TOKEN: 'blackbox-token',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_REST_URL: fake.restUrl,
    });
    await waitForOutput(child, /Discord bot connected/, 20_000);
    expect(fake.findRequest(route('GET', '/gateway/bot'))).toBeDefined();
    const guild = fake.guilds[0]!;
    const h = fake.interact(slashCommand({ guild, user: host, name: 'event', options: [sub('create', [opt('title', 'Game night'), opt('when', 'friday 8pm')])] }));
    const cb = (await h.callback(5_000)).body as { data: { content: string } };
    expect(cb.data.content).toMatch(/Created \*\*Game night\*\*/);
    const id = /\(`([a-z0-9]{8})`\)/.exec(cb.data.content)![1]!;
    // The card is the core's notice: the running scheduler posts it moments after the reply.
    let card: Record<string, unknown> | undefined;
    for (const until = performance.now() + 5_000; !card && performance.now() < until; await new Promise((r) => setTimeout(r, 20))) {
      card = fake.messages(guild.channels[0]!.id).find((m) => JSON.stringify(m['embeds']).includes(`Event ${id}`));
    }
    expect(card, 'the card is posted').toBeDefined();
    const click = fake.interact(buttonClick({ guild, user: alice, customId: `rsvp:${id}:going`, message: card! }));
    const update = (await click.callback(5_000)).body as { type: number; data: { embeds: unknown[] } };
    expect(update.type).toBe(7);
    expect(JSON.stringify(update.data.embeds)).toContain(`<@${alice.id}>`);
  }, 40_000);
});
