import { describe, expect, it } from 'vitest';
import { blackboxRun, waitForOutput } from '../support/process.ts';

const run = blackboxRun('http');

describe('npm start with HTTP_PORT (black box)', () => {
  it('serves /healthz and /readyz on 127.0.0.1 and stops cleanly on SIGTERM', async () => {
    const child = run.start({ HTTP_PORT: '0' });
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
