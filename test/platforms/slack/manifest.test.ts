import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES, slackManifest } from '../../../src/platforms/slack/manifest.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SCHEMA = `${root}../shared/specs/slack-manifest.schema.1.0.0.json`;
const SCHEMA_V2 = `${root}../shared/specs/slack-manifest.schema.2.0.0.json`;

function validator(file = SCHEMA) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  (formats as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}

describe('Slack manifest', () => {
  it('the committed slack/manifest.json is exactly what the generator prints', () => {
    const committed = JSON.parse(readFileSync(`${root}slack/manifest.json`, 'utf8'));
    expect(committed).toEqual(slackManifest());
  });

  it.skipIf(!existsSync(SCHEMA))('validates against Slack\'s manifest schema in every mode (Socket Mode, HTTP, OAuth)', () => {
    const validate = validator();
    for (const m of [slackManifest(), slackManifest({ url: 'https://convene.example.com' }), slackManifest({ url: 'https://convene.example.com/', oauth: true })]) {
      const ok = validate(m);
      expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it.skipIf(!existsSync(SCHEMA_V2))('validates against version 2.0.0 of the schema too', () => {
    const validate = validator(SCHEMA_V2);
    for (const m of [slackManifest(), slackManifest({ url: 'https://convene.example.com', oauth: true })]) {
      expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('asks for usergroups:read and the user group events (RSVPs to events open to user groups)', () => {
    const m = slackManifest() as { settings: { event_subscriptions: { bot_events: string[] } } };
    expect(BOT_SCOPES).toContain('usergroups:read');
    expect(m.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['subteam_members_changed', 'subteam_updated']));
  });

  it('shortcut names fit Slack\'s 24 characters (checked without the schema too)', () => {
    const m = slackManifest() as { features: { shortcuts: { name: string }[] } };
    for (const s of m.features.shortcuts) expect(s.name.length).toBeLessThanOrEqual(24);
  });

  it('asks for channels:read and groups:read (conversations.members for "Post in" another channel)', () => {
    expect(BOT_SCOPES).toContain('channels:read');
    expect(BOT_SCOPES).toContain('groups:read');
  });
});
