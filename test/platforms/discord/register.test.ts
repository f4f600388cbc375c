import { afterEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../../src/platforms/discord/index.ts';
import { route, startFakeDiscord, type FakeDiscord } from '../../harness/discord/index.ts';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('registerCommands', () => {
  it('puts /event to one guild with --guild, globally otherwise', async () => {
    fake = await startFakeDiscord();
    const config = { token: 'fake-token', applicationId: fake.applicationId, restUrl: fake.restUrl };
    const guildId = fake.guilds[0]!.id;
    expect(await registerCommands(config, { guildId })).toEqual({ scope: 'guild', count: 1 });
    const put = fake.findRequest(route('PUT', `/applications/${fake.applicationId}/guilds/${guildId}/commands`))!;
    expect((put.body as unknown as { name: string }[]).map((c) => c.name)).toEqual(['event']);
    expect(await registerCommands(config)).toEqual({ scope: 'global', count: 1 });
    expect(fake.findRequest(route('PUT', `/applications/${fake.applicationId}/commands`))).toBeDefined();
    expect(fake.state.commandsFor(guildId).map((c) => c['name'])).toEqual(['event']);
  });
});
