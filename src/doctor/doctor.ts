import { ConfigError, loadConfig, type Config } from '../config.ts';
import { discordCredentials, slackCredentials } from './credentials.ts';
import { checkDatabase } from './database.ts';
import { formatFinding, type Finding } from './finding.ts';
import { checkSlackManifest } from './slack-manifest.ts';

export interface DoctorOptions {
  /** The environment to check (default: this process's, after .env). */
  env?: Record<string, string | undefined>;
  /** Ask Discord whether the slash commands are registered (needs the network). */
  online: boolean;
  /** The Slack app manifest to compare with the code's scopes (default slack/manifest.json). */
  manifest: string;
  write: (text: string) => void;
}

/** `npm run cli -- doctor`: what is wrong with this setup and how to fix it. Returns the exit code. */
export async function runDoctor(o: DoctorOptions): Promise<number> {
  const findings: Finding[] = [];
  const report = (f: Finding) => {
    findings.push(f);
    o.write(`${formatFinding(f)}\n`);
  };
  let config: Config;
  try {
    config = loadConfig(o.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    report({ status: 'fail', name: 'configuration', message: err.message, fix: 'Edit .env (or the environment); .env.example lists every variable.' });
    return summarize(findings, o.write);
  }
  const doors = [config.discord && 'Discord', config.slack && (config.slack.appToken ? 'Slack (Socket Mode)' : 'Slack (HTTP)')].filter(Boolean);
  report({ status: 'ok', name: 'configuration', message: doors.length ? `runs ${doors.join(' and ')}` : 'no chat credentials: the console playground (or HTTP only)' });
  report(await checkDatabase(config.databaseUrl));
  if (config.discord) {
    for (const f of discordCredentials(config.discord)) report(f);
    report(await discordRegistration(config, o.online));
  }
  if (config.slack) for (const f of slackCredentials(config.slack)) report(f);
  report(checkSlackManifest(o.manifest));
  return summarize(findings, o.write);
}

async function discordRegistration(config: Config, online: boolean): Promise<Finding> {
  const name = 'discord commands';
  const discord = config.discord!;
  if (!online) return { status: 'skip', name, message: 'not checked offline (add --online to ask Discord)' };
  const { missingCommands } = await import('../platforms/discord/index.ts');
  const where = discord.guildId ? `in guild ${discord.guildId}` : 'globally';
  try {
    const missing = await withTimeout(missingCommands(discord, { guildId: discord.guildId }), 10_000);
    if (missing.length === 0) return { status: 'ok', name, message: `registered ${where}` };
    return { status: 'fail', name, message: `not registered ${where}: ${missing.join(', ')}`, fix: `Run \`npm run cli -- discord-register${discord.guildId ? ` --guild ${discord.guildId}` : ''}\`.` };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    if (/401|Unauthorized/i.test(why)) return { status: 'fail', name, message: `Discord refused DISCORD_TOKEN: ${why}`, fix: 'Reset the bot token in the Developer Portal and update DISCORD_TOKEN.' };
    return { status: 'skip', name, message: `could not reach Discord (${why}); not checked` };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

function summarize(findings: Finding[], write: (t: string) => void): number {
  const failed = findings.filter((f) => f.status === 'fail').length;
  const warned = findings.filter((f) => f.status === 'warn').length;
  write(failed ? `\n${failed} problem(s) to fix${warned ? `, ${warned} warning(s)` : ''}.\n` : `\nAll good${warned ? ` (${warned} warning(s))` : ''}.\n`);
  return failed ? 1 : 0;
}
