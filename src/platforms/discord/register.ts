import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import { commandDefinitions } from './commands.ts';

function restFor(config: Pick<DiscordConfig, 'token' | 'restUrl'>): REST {
  return new REST(config.restUrl ? { api: config.restUrl } : {}).setToken(config.token);
}

/**
 * Registers the slash commands: to one guild (instant, for development) with `guildId`, or
 * globally (may take up to an hour to appear everywhere). Replaces the previous set.
 */
export async function registerCommands(
  config: Pick<DiscordConfig, 'token' | 'restUrl' | 'applicationId'>,
  opts: { guildId?: string } = {},
): Promise<{ scope: 'guild' | 'global'; count: number }> {
  const rest = restFor(config);
  const body = commandDefinitions();
  const route = opts.guildId
    ? Routes.applicationGuildCommands(config.applicationId, opts.guildId)
    : Routes.applicationCommands(config.applicationId);
  await rest.put(route, { body });
  return { scope: opts.guildId ? 'guild' : 'global', count: body.length };
}
