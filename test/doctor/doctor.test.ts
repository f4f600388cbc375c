import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/doctor/doctor.ts';
import { registerCommands } from '../../src/platforms/discord/index.ts';
import { BOT_SCOPES, slackManifest } from '../../src/platforms/slack/manifest.ts';
import { openStore } from '../../src/store/database.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { startFakeDiscord, type FakeDiscord } from '../harness/discord/index.ts';

let dir: string;
let fake: FakeDiscord | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-doctor-'));
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

async function doctor(env: Record<string, string>, opts: { online?: boolean; manifest?: string } = {}) {
  let out = '';
  const code = await runDoctor({ env, online: opts.online ?? false, manifest: opts.manifest ?? path.join(dir, 'manifest.json'), write: (t) => (out += t) });
  return { code, out };
}

async function migratedDb(): Promise<string> {
  const url = `sqlite:${path.join(dir, 'convene.db')}`;
  const store = openStore(url);
  await migrateToLatest(store);
  await store.close();
  return url;
}

/** A token shaped like Discord's: base64url(bot id) . timestamp . HMAC. */
const tokenFor = (appId: string) => `${Buffer.from(appId).toString('base64url')}.GhAbCd.${'x'.repeat(38)}`;

describe('npm run cli -- doctor', () => {
  it('passes a good setup: migrated database, well-formed credentials, commands registered (online), manifest with the code\'s scopes', async () => {
    fake = await startFakeDiscord({});
    const token = tokenFor(fake.applicationId);
    await registerCommands({ token, applicationId: fake.applicationId, restUrl: fake.restUrl });
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(slackManifest({ url: 'https://convene.example.com' })));
    const env = {
      DATABASE_URL: await migratedDb(),
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_REST_URL: fake.restUrl,
      SLACK_BOT_TOKEN: 'xoxb-123-456-abcdef',
      SLACK_SIGNING_SECRET: '8f14e45fceea167a5a36dedd4bea2543',
    };
    const { code, out } = await doctor(env, { online: true });
    expect(out).toMatch(/✓ database: sqlite, reachable, migrations current/);
    expect(out).toMatch(/✓ discord commands: registered globally/);
    expect(out).toMatch(/✓ slack manifest: .* grants exactly the \d+ scopes/);
    expect(out).not.toMatch(/✗/);
    expect(code).toBe(0);
  });

  it('names each problem with its fix and exits non-zero', async () => {
    fake = await startFakeDiscord({});
    const unmigrated = `sqlite:${path.join(dir, 'old.db')}`;
    openStore(unmigrated).close();
    const manifest = slackManifest() as { oauth_config: { scopes: { bot: string[] } } };
    manifest.oauth_config.scopes.bot = manifest.oauth_config.scopes.bot.filter((s) => s !== 'im:write');
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const { code, out } = await doctor(
      {
        DATABASE_URL: unmigrated,
        DISCORD_TOKEN: tokenFor(fake.applicationId),
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_REST_URL: fake.restUrl,
        SLACK_BOT_TOKEN: 'xoxp-user-token',
        SLACK_SIGNING_SECRET: 'not-a-secret',
      },
      { online: true },
    );
    expect(code).toBe(1);
    expect(out).toMatch(/✗ database: migrations not run: 0001_core/);
    expect(out).toMatch(/fix: Run `npm run cli -- migrate`/);
    expect(out).toMatch(/✗ discord commands: not registered globally: \/event/);
    expect(out).toMatch(/fix: Run `npm run cli -- discord-register`/);
    expect(out).toMatch(/✗ slack bot token: SLACK_BOT_TOKEN is not a bot token/);
    expect(out).toMatch(/✗ slack signing secret/);
    expect(out).toMatch(/✗ slack manifest: .*missing bot scopes: im:write/);
    expect(BOT_SCOPES).toContain('im:write');
  });

  it('malformed Discord credentials are caught offline; registration is skipped cleanly without --online', async () => {
    const { code, out } = await doctor({ DATABASE_URL: await migratedDb(), DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: '12' });
    expect(code).toBe(1);
    expect(out).toMatch(/✗ discord token: DISCORD_TOKEN does not look like a bot token/);
    expect(out).toMatch(/✗ discord application id/);
    expect(out).toMatch(/- discord commands: not checked offline/);
    expect(out).toMatch(/- slack manifest: .* not found/);
  });

  it('an unreachable Discord with --online is skipped, not a failure', async () => {
    const id = '123456789012345678';
    const { code, out } = await doctor(
      { DATABASE_URL: await migratedDb(), DISCORD_TOKEN: tokenFor(id), DISCORD_APPLICATION_ID: id, DISCORD_REST_URL: 'http://127.0.0.1:9/api' },
      { online: true },
    );
    expect(out).toMatch(/- discord commands: could not reach Discord/);
    expect(code).toBe(0);
  });

  it('a configuration that cannot load stops there, naming the variable', async () => {
    const { code, out } = await doctor({ DATABASE_URL: 'garbage' });
    expect(code).toBe(1);
    expect(out).toMatch(/✗ configuration: Environment variable DATABASE_URL is invalid/);
    expect(out).not.toMatch(/database:/);
  });

  it('an unreachable Postgres is named, without its password', async () => {
    const { code, out } = await doctor({ DATABASE_URL: 'postgres://convene:s3cret-pw@127.0.0.1:9/convene' });
    expect(code).toBe(1);
    expect(out).toMatch(/✗ database: unreachable/);
    expect(out).not.toContain('s3cret-pw');
  });
});
