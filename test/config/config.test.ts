import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('config from the environment', () => {
  it('runs the playground on SQLite with nothing set', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: 'sqlite:./data/convene.db', discord: null, slack: null, defaultTimezone: 'UTC', scheduler: true });
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ DEFAULT_TIMEZONE: 'Mars/Base' })).toThrow(/DEFAULT_TIMEZONE/);
    expect(() => loadConfig({ SLACK_PORT: 'abc' })).toThrow(/SLACK_PORT/);
    expect(() => loadConfig({ DISCORD_TOKEN: 'x' })).toThrow(ConfigError);
    expect(() => loadConfig({ DISCORD_TOKEN: 'x' })).toThrow(/DISCORD_APPLICATION_ID/);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN/);
  });

  it('starts the platforms whose credentials are set', () => {
    const c = loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', SLACK_BOT_TOKEN: 'xoxb', SLACK_SIGNING_SECRET: 's', SLACK_PORT: '0' });
    expect(c.discord).toMatchObject({ token: 't', applicationId: '1' });
    expect(c.slack).toMatchObject({ botToken: 'xoxb', signingSecret: 's', port: 0 });
  });
});
