import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('config from the environment', () => {
  it('runs the playground on SQLite with nothing set', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: 'sqlite:./data/convene.db', discord: null, slack: null, defaultTimezone: 'UTC', scheduler: true });
    // The playground's terminal is its interface: routine log lines stay out of it unless asked for.
    expect(loadConfig({}).logLevel).toBe('warn');
    expect(loadConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(loadConfig({ HTTP_PORT: '8080' }).logLevel).toBe('info');
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

describe('DATABASE_URL', () => {
  it('accepts SQLite URLs and paths and postgres URLs', () => {
    for (const ok of ['sqlite:./data/convene.db', 'sqlite:///var/lib/convene.db', './data/x.db', '/var/lib/convene.sqlite', 'convene.db', ':memory:', 'postgres://u:p@db:5432/convene', 'postgresql://db/convene', 'C:\\data\\convene.db']) {
      expect(loadConfig({ DATABASE_URL: ok }).databaseUrl, ok).toBe(ok);
    }
  });

  it('refuses anything else, naming the variable (never silently an SQLite file named after it)', () => {
    for (const bad of ['garbage', 'mysql://x', 'mysql://root:pw@db/convene', 'sqlite:', 'postgres://', 'postgres:db', 'http://example.com/db']) {
      expect(() => loadConfig({ DATABASE_URL: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ DATABASE_URL: bad }), bad).toThrow(/DATABASE_URL/);
    }
    // The password of a refused URL is not echoed back.
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter22@db/convene' })).not.toThrow(/hunter22/);
  });
});

describe('HTTP server settings', () => {
  it('no HTTP_PORT, no server; HTTP_HOST defaults to loopback', () => {
    expect(loadConfig({}).http).toBeNull();
    expect(loadConfig({ HTTP_PORT: '8080' }).http).toEqual({ port: 8080, host: '127.0.0.1' });
    expect(loadConfig({ HTTP_PORT: '8080', HTTP_HOST: '0.0.0.0' }).http).toEqual({ port: 8080, host: '0.0.0.0' });
    expect(() => loadConfig({ HTTP_PORT: 'eighty' })).toThrow(/HTTP_PORT/);
  });

  it('Slack over HTTP without HTTP_PORT serves on SLACK_PORT (one server either way); Socket Mode needs none', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect(loadConfig({ ...slack, SLACK_PORT: '3100' }).http).toEqual({ port: 3100, host: '127.0.0.1' });
    expect(loadConfig({ ...slack, SLACK_PORT: '3100', HTTP_PORT: '8080' }).http).toEqual({ port: 8080, host: '127.0.0.1' });
    expect(loadConfig({ ...slack, SLACK_APP_TOKEN: 'xapp-1' }).http).toBeNull();
  });

  it('logs as JSON unless a terminal is attached (and never pretty with NODE_ENV=production)', () => {
    expect(loadConfig({}).logFormat).toBe('json');
    expect(loadConfig({}, { isTTY: true }).logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'production' }, { isTTY: true }).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
  });
});
