import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMain, stopChild, waitForOutput } from '../support/process.ts';

let child: ChildProcess | undefined;
let dir: string | undefined;

afterEach(async () => {
  await stopChild(child);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm start with HTTP_PORT (black box)', () => {
  it('serves /healthz and /readyz on 127.0.0.1 and stops cleanly on SIGTERM', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-http-bb-'));
    child = startMain({ HTTP_PORT: '0', DATABASE_URL: `sqlite:${path.join(dir, 'convene.db')}` });
    const m = await waitForOutput(child, /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/, 20_000);
    const base = `http://127.0.0.1:${m[1]}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
    const ready = await fetch(`${base}/readyz`);
    const body = (await ready.json()) as { ok: boolean; checks: Record<string, unknown> };
    expect([ready.status, body.ok, Object.keys(body.checks)]).toEqual([200, true, ['database', 'scheduler']]);
    const exited = new Promise<number | null>((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);
});
