/**
 * The composition root: builds the store, the core, the HTTP server, the configured platforms
 * and the scheduler. With no Discord or Slack credentials it runs the console playground.
 */
import { ConfigError, loadConfig, secretValues } from './config.ts';
import { createLogger } from './observe/log.ts';
import { startBot } from './bot.ts';

async function main(): Promise<void> {
  const config = loadConfig(undefined, { isTTY: Boolean(process.stderr.isTTY) });
  const log = createLogger({ level: config.logLevel, format: config.logFormat, secrets: secretValues(config) });
  await startBot(config, log);
}

main().catch((err: unknown) => {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `Convene failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
