import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startReceiver } from '../platforms/http/receiver.ts';
import { blackboxRun, ROOT, waitForOutput } from '../support/process.ts';

const run = blackboxRun('http-only');

/** Polls `probe` until it returns something, bounded. */
async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`nothing within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start with HTTP_PORT and no chat credentials (black box)', () => {
  it('delivers: webhooks reach a receiver, the console workspace’s notices print on stdout, /readyz reports the scheduler', async () => {
    const receiver = run.closeAfter(await startReceiver());
    const env = { PATH: process.env.PATH!, HOME: process.env.HOME!, DATABASE_URL: `sqlite:${run.dbFile()}` };
    const made = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'api-key', 'create', '--workspace', 'console:local'], { cwd: ROOT, env, encoding: 'utf8' });
    const key = made.trim().split('\n').at(-1)!;
    // stdin not a terminal (a service, a container): HTTP only, no playground. The receiver is on
    // this machine, so the operator allows private receivers.
    const child = run.start({ HTTP_PORT: '0', WEBHOOK_ALLOW_PRIVATE: 'true' });
    const m = await waitForOutput(child, /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/, 30_000);
    const base = `http://127.0.0.1:${m[1]}`;
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    let stdout = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));

    expect((await post('/v1/webhooks', { url: receiver.url, events: ['event.created'] })).status).toBe(201);
    const start = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const created = await post('/v1/events', { name: 'Lantern walk', start, timezone: 'Europe/Berlin', channel: 'general' });
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string } };
    expect((await post(`/v1/events/${data.id}/cancel`, { reason: 'rain' })).status).toBe(200);

    const hook = await eventually(() => receiver.received.find((r) => r.json?.type === 'event.created'), 20_000);
    expect(hook.json.data.event.name).toBe('Lantern walk');
    await eventually(() => (/\[#general\] ✖ Lantern walk .* was cancelled: rain/.test(stdout) ? true : undefined), 20_000);

    const ready = await fetch(`${base}/readyz`);
    const body = (await ready.json()) as { ok: boolean; checks: { scheduler: { ok: boolean; detail: { lagMs: number } } } };
    expect([ready.status, body.ok, body.checks.scheduler.ok, body.checks.scheduler.detail.lagMs]).toEqual([200, true, true, 0]);
  }, 90_000);
});
