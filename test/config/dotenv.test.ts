import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/process.ts';

/** loadConfig() in a child process (so process.env is its own), from a directory holding a .env. */
function configIn(dir: string, env: Record<string, string> = {}): Record<string, unknown> {
  const script = `import { loadConfig } from ${JSON.stringify(path.join(ROOT, 'src/config.ts'))}; const c = loadConfig(); console.log(JSON.stringify({ db: c.databaseUrl, tz: c.defaultTimezone, http: c.http }));`;
  const out = execFileSync(process.execPath, ['--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, '--input-type=module', '-e', script], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, unknown>;
}

describe('.env', () => {
  it('is loaded from the working directory; the real environment wins', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-dotenv-'));
    try {
      fs.writeFileSync(path.join(dir, '.env'), '# comment\nDEFAULT_TIMEZONE=Europe/Berlin\nHTTP_PORT=8123\nDATABASE_URL=sqlite:./from-dotenv.db\n');
      expect(configIn(dir)).toEqual({ db: 'sqlite:./from-dotenv.db', tz: 'Europe/Berlin', http: { port: 8123, host: '127.0.0.1' } });
      expect(configIn(dir, { DEFAULT_TIMEZONE: 'Asia/Tokyo' })).toMatchObject({ tz: 'Asia/Tokyo' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
