/** `npm run cli -- <subcommand>`: the scriptable entry point. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';

type Subcommand = (args: string[]) => Promise<number>;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  args.splice(i, value === undefined ? 1 : 2);
  return value;
}

const subcommands: Record<string, { summary: string; run: Subcommand }> = {
  doctor: {
    summary: 'check the configuration, database, credentials and Slack manifest [--online: Discord command registration] [--manifest FILE]',
    run: async (args) => {
      const manifest = flag(args, '--manifest') ?? 'slack/manifest.json';
      const { runDoctor } = await import('./doctor/doctor.ts');
      return runDoctor({ online: args.includes('--online'), manifest, write: (t) => process.stdout.write(t) });
    },
  },
  shards: {
    summary: 'run one bot process per Discord shard (DISCORD_SHARDS=<n>) [--delay MS between logins]',
    run: async (args) => {
      const delay = flag(args, '--delay');
      const config = loadConfig();
      if (!config.discord) throw new ConfigError('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID first. See .env.example.');
      const { createLogger } = await import('./observe/log.ts');
      const { pinoLog } = await import('./observe/adapter-log.ts');
      const { secretValues } = await import('./config.ts');
      const { spawnShards } = await import('./platforms/discord/sharding.ts');
      const log = createLogger({ level: config.logLevel, format: config.logFormat, secrets: secretValues(config) }).child({ component: 'shards' });
      // The bot entry point next to this file: dist/src/main.js when built, src/main.ts under tsx.
      const main = fileURLToPath(new URL(`./main${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
      const manager = await spawnShards(config.discord, main, { log: pinoLog(log), delayMs: delay === undefined ? undefined : Number(delay), httpPort: config.http?.port ?? null });
      log.info(`all ${manager.totalShards} shards started`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          for (const shard of manager.shards.values()) shard.kill();
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      return 0;
    },
  },
  parse: {
    summary: 'parse "friday 8pm" --tz Europe/Berlin [--now ISO] | parse --jsonl (reads stdin)',
    run: async (args) => (await import('./when/cli-parse.ts')).runParseCli(args, process.stdin, process.stdout),
  },
  migrate: {
    summary: 'bring the database (DATABASE_URL) to the latest schema',
    run: async () => {
      const { openStore } = await import('./store/database.ts');
      const { migrateToLatest } = await import('./store/migrate.ts');
      const store = openStore(loadConfig().databaseUrl);
      try {
        const result = await migrateToLatest(store);
        const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
        process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Already up to date.\n');
      } finally {
        await store.close();
      }
      return 0;
    },
  },
  'discord-register': {
    summary: 'register the Discord slash commands [--guild ID] (globally without it); prints the invite URL',
    run: async (args) => {
      const guild = flag(args, '--guild');
      const config = loadConfig().discord;
      if (!config) throw new ConfigError('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID first. See .env.example.');
      const { registerCommands, inviteUrl } = await import('./platforms/discord/index.ts');
      const done = await registerCommands(config, { guildId: guild ?? config.guildId });
      process.stdout.write(
        `Registered ${done.count} command(s) ${done.scope === 'guild' ? `in guild ${guild ?? config.guildId}` : 'globally (may take up to an hour to appear)'}.\n` +
          `Invite the bot: ${inviteUrl(config.applicationId)}\n`,
      );
      return 0;
    },
  },
  'slack-manifest': {
    summary: 'print the Slack app manifest (JSON) [--url https://host] [--oauth]; Socket Mode without --url',
    run: async (args) => {
      const url = flag(args, '--url');
      const { slackManifest } = await import('./platforms/slack/index.ts');
      process.stdout.write(`${JSON.stringify(slackManifest({ url, oauth: args.includes('--oauth') }), null, 2)}\n`);
      return 0;
    },
  },
  'api-key': {
    summary: 'api-key create --workspace <platform>:<workspace_id> [--scopes events:read,events:write] [--name ci]: prints the key last',
    run: async (args) => {
      const [action] = args.splice(0, 1);
      const workspace = flag(args, '--workspace');
      const scopes = flag(args, '--scopes');
      const name = flag(args, '--name');
      const { parseTenant } = await import('./core/tenant.ts');
      const tenant = workspace ? parseTenant(workspace) : null;
      if (action !== 'create' || !tenant) {
        process.stderr.write('usage: npm run cli -- api-key create --workspace discord:<guild id>|slack:<team id>|console:local [--scopes events:read,events:write] [--name ci]\n');
        return 2;
      }
      const { openStore } = await import('./store/database.ts');
      const { migrateToLatest } = await import('./store/migrate.ts');
      const { ApiKeys } = await import('./core/api-keys.ts');
      const { systemClock } = await import('./core/clock.ts');
      const store = openStore(loadConfig().databaseUrl);
      try {
        await migrateToLatest(store);
        const request = { ...(name ? { name } : {}), ...(scopes ? { scopes: scopes.split(',').map((s) => s.trim()) as never } : {}) };
        const made = await new ApiKeys(store, systemClock).createFor(tenant, 'operator', request);
        if (!made.ok) {
          process.stderr.write(`${made.error.message}\n`);
          return 2;
        }
        const k = made.value.key;
        process.stdout.write(`API key "${k.name}" (${k.id}) for ${workspace} with ${k.scopes.join(', ')}. It is shown once; store it now:\n${made.value.token}\n`);
        return 0;
      } finally {
        await store.close();
      }
    },
  },
  webhook: {
    summary: 'webhook add --workspace <platform>:<workspace_id> --url https://… [--events event.created,rsvp.created] | list | remove --id wh_…',
    run: async (args) => {
      const [action] = args.splice(0, 1);
      const workspace = flag(args, '--workspace');
      const { parseTenant } = await import('./core/tenant.ts');
      const tenant = workspace ? parseTenant(workspace) : null;
      const url = flag(args, '--url');
      const id = flag(args, '--id');
      const events = flag(args, '--events');
      if (!tenant || !(action === 'list' || (action === 'add' && url) || (action === 'remove' && id))) {
        process.stderr.write(
          'usage: npm run cli -- webhook add --workspace discord:<guild id>|slack:<team id>|console:local --url https://… [--events event.created,rsvp.created]\n' +
            '       npm run cli -- webhook list --workspace …   |   webhook remove --workspace … --id wh_…\n',
        );
        return 2;
      }
      const { openStore } = await import('./store/database.ts');
      const { migrateToLatest } = await import('./store/migrate.ts');
      const { Webhooks } = await import('./core/webhooks.ts');
      const { systemClock } = await import('./core/clock.ts');
      const config = loadConfig();
      const store = openStore(config.databaseUrl);
      try {
        await migrateToLatest(store);
        const hooks = new Webhooks(store, systemClock, config.webhookReceivers);
        if (action === 'list') {
          for (const w of await hooks.listFor(tenant)) process.stdout.write(`${w.id}\t${w.url}\t${w.events.join(',')}\n`);
          return 0;
        }
        const r =
          action === 'add'
            ? await hooks.addFor(tenant, 'operator', { url: url!, ...(events ? { events: events.split(',').map((e) => e.trim()) as never } : {}) })
            : await hooks.removeFor(tenant, id!);
        if (!r.ok) {
          process.stderr.write(`${r.error.message}\n`);
          return 2;
        }
        if ('secret' in r.value) {
          const w = r.value.webhook;
          process.stdout.write(`Webhook ${w.id} for ${workspace}: ${w.url} gets ${w.events.join(', ')}. The signing secret is shown once; store it now:\n${r.value.secret}\n`);
        } else process.stdout.write(`Removed webhook ${r.value.id}.\n`);
        return 0;
      } finally {
        await store.close();
      }
    },
  },
  run: {
    summary: 'run "/event list" [--as alice] [--manager]: one console command, then exit',
    run: async (args) => {
      const as = flag(args, '--as');
      const manager = args.includes('--manager');
      const line = args.filter((a) => a !== '--manager').join(' ');
      if (!line) {
        process.stderr.write('usage: npm run cli -- run "/event create Team sync friday 3pm" [--as alice]\n');
        return 2;
      }
      const { withPlayground } = await import('./playground.ts');
      return withPlayground(loadConfig(), async ({ session }) => {
        if (as) await session.handle(`/as ${as}${manager ? ' manager' : ''}`);
        const out = await session.handle(line);
        if (out) process.stdout.write(`${out}\n`);
        return out?.startsWith('⚠') ? 1 : 0;
      });
    },
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const sub = name ? subcommands[name] : undefined;
  if (!sub) {
    const lines = Object.entries(subcommands).map(([n, s]) => `  ${n.padEnd(18)} ${s.summary}`);
    process.stderr.write(`usage: npm run cli -- <subcommand>\n\n${lines.join('\n')}\n`);
    return name ? 2 : 0;
  }
  return sub.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? '' : 'Error: '}${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
