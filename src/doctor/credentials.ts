import type { DiscordConfig, SlackConfig } from '../config.ts';
import type { Finding } from './finding.ts';

/**
 * A Discord bot token is three dot-separated base64url parts; the first is the bot's user id,
 * which for an application's own bot is the application id.
 */
export function discordCredentials(c: DiscordConfig): Finding[] {
  const out: Finding[] = [];
  const parts = c.token.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[\w-]+$/.test(p)) || parts[0]!.length < 16) {
    out.push({ status: 'fail', name: 'discord token', message: 'DISCORD_TOKEN does not look like a bot token (three parts separated by dots)', fix: 'Developer Portal → your application → Bot → Reset Token, and copy the whole token into DISCORD_TOKEN.' });
  }
  if (!/^\d{17,20}$/.test(c.applicationId)) {
    out.push({ status: 'fail', name: 'discord application id', message: 'DISCORD_APPLICATION_ID is not a Discord id (17 to 20 digits)', fix: 'Developer Portal → General Information → Application ID.' });
  }
  if (out.length === 0) {
    const botId = Buffer.from(parts[0]!, 'base64url').toString('utf8');
    if (/^\d{17,20}$/.test(botId) && botId !== c.applicationId) {
      out.push({ status: 'warn', name: 'discord token', message: `DISCORD_TOKEN belongs to bot ${botId}, not to application ${c.applicationId}`, fix: 'Use the token and the application id of the same application.' });
    } else out.push({ status: 'ok', name: 'discord credentials', message: 'token and application id are well formed' });
  }
  if (c.guildId !== undefined && !/^\d{17,20}$/.test(c.guildId)) {
    out.push({ status: 'fail', name: 'discord guild id', message: 'DISCORD_GUILD_ID is not a Discord id', fix: 'Right-click the server (with Developer Mode on) → Copy Server ID.' });
  }
  return out;
}

export function slackCredentials(c: SlackConfig): Finding[] {
  const out: Finding[] = [];
  const bad = (name: string, message: string, fix: string) => out.push({ status: 'fail', name, message, fix });
  if (c.botToken !== undefined && !/^xoxb-[\w-]+$/.test(c.botToken)) bad('slack bot token', 'SLACK_BOT_TOKEN is not a bot token (xoxb-…)', 'OAuth & Permissions → Bot User OAuth Token.');
  if (c.appToken !== undefined && !/^xapp-[\w-]+$/.test(c.appToken)) bad('slack app token', 'SLACK_APP_TOKEN is not an app-level token (xapp-…)', 'Basic Information → App-Level Tokens, with connections:write.');
  if (!/^[0-9a-f]{32}$/.test(c.signingSecret)) bad('slack signing secret', 'SLACK_SIGNING_SECRET is not a signing secret (32 hex digits)', 'Basic Information → App Credentials → Signing Secret.');
  if (c.clientId !== undefined && !/^\d+\.\d+$/.test(c.clientId)) bad('slack client id', 'SLACK_CLIENT_ID is not a client id (digits.digits)', 'Basic Information → App Credentials → Client ID.');
  if (out.length === 0) out.push({ status: 'ok', name: 'slack credentials', message: 'well formed' });
  return out;
}
