/**
 * The bot processes of the soak: `src/main.ts` as a black box (npm start), configured only by its
 * environment, on one Postgres database. They can be SIGKILLed and started again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Bot {
  name: string;
  child: ChildProcess;
  /** Slack's HTTP receiver of this process, once listening. */
  slackPort: number | null;
  up: boolean;
  exited: Promise<void>;
}

/** Starts one bot process and resolves when every door it has is up (Slack listening, Discord connected). */
export async function startBot(name: string, env: Record<string, string>, log: (line: string) => void, timeoutMs = 60_000): Promise<Bot> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const bot: Bot = { name, child, slackPort: null, up: false, exited: new Promise((r) => child.once('exit', () => r())) };
  const wantsDiscord = Boolean(env.DISCORD_TOKEN);
  const wantsSlack = Boolean(env.SLACK_BOT_TOKEN);
  let seen = '';
  let discordUp = false;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not up within ${timeoutMs} ms:\n${seen.slice(-3000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      seen = (seen + text).slice(-20_000);
      const port = /listening for Slack on port (\d+)/.exec(seen);
      if (port) bot.slackPort = Number(port[1]);
      if (/Discord bot connected/.test(seen)) discordUp = true;
      if (/"level":(50|60)/.test(text)) log(`${name}: ${text.trim().slice(0, 400)}`);
      if ((!wantsSlack || bot.slackPort) && (!wantsDiscord || discordUp)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was up:\n${seen.slice(-3000)}`));
    });
  });
  // Keep draining output so the pipes never fill; report errors only.
  bot.up = true;
  child.once('exit', () => (bot.up = false));
  return bot;
}

export async function killBot(bot: Bot): Promise<void> {
  bot.up = false;
  bot.child.kill('SIGKILL');
  await bot.exited;
}

export async function stopBot(bot: Bot): Promise<void> {
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  bot.up = false;
  bot.child.kill('SIGTERM');
  await Promise.race([bot.exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await bot.exited;
}

/** Resident memory of a live process, in MiB (Linux /proc). */
export function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : NaN;
  } catch {
    return NaN;
  }
}

/** The V8 heap in use of a live bot, in MiB, from its own /metrics (the Slack port is the process's one HTTP server). */
export async function heapUsedMb(bot: Bot): Promise<number> {
  if (!bot.slackPort) return NaN;
  try {
    const text = await (await fetch(`http://127.0.0.1:${bot.slackPort}/metrics`, { signal: AbortSignal.timeout(2_000) })).text();
    const m = /^convene_nodejs_heap_size_used_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text);
    return m ? Math.round((Number(m[1]) / 1048576) * 10) / 10 : NaN;
  } catch {
    return NaN;
  }
}
