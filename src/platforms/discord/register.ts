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

/**
 * Which of our slash commands (and /event subcommands) Discord has not got, as registered
 * globally or in one guild: what `discord-register` would fix. Empty: up to date.
 */
export async function missingCommands(
  config: Pick<DiscordConfig, 'token' | 'restUrl' | 'applicationId'>,
  opts: { guildId?: string } = {},
): Promise<string[]> {
  const route = opts.guildId
    ? Routes.applicationGuildCommands(config.applicationId, opts.guildId)
    : Routes.applicationCommands(config.applicationId);
  const registered = (await restFor(config).get(route)) as Array<{ name: string; options?: Array<{ name: string }> }>;
  const missing: string[] = [];
  for (const want of commandDefinitions()) {
    const have = registered.find((c) => c.name === want.name);
    if (!have) {
      missing.push(`/${want.name}`);
      continue;
    }
    const names = new Set((have.options ?? []).map((o) => o.name));
    for (const o of want.options ?? []) if (!names.has(o.name)) missing.push(`/${want.name} ${o.name}`);
  }
  return missing;
}
