/** The fake's own contract, without Bolt: decoding, errors, bounded waits, socket tickets. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type FakeSlack, startFakeSlack } from './index.ts';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  await fake.close();
});

async function post(method: string, body: string, headers: Record<string, string>): Promise<Record<string, unknown>> {
  const res = await fetch(`${fake.apiUrl}${method}`, { method: 'POST', body, headers });
  return (await res.json()) as Record<string, unknown>;
}

describe('fake Slack Web API', () => {
  it('decodes JSON bodies and JSON-valued form fields alike, and records the bearer token', async () => {
    const blocks = [{ type: 'divider' }];
    await post('chat.postMessage', JSON.stringify({ channel: 'C1', blocks }), {
      'content-type': 'application/json; charset=utf-8',
      authorization: 'Bearer xoxb-json',
    });
    await post('chat.postMessage', new URLSearchParams({ token: 'xoxb-form', channel: 'C1', blocks: JSON.stringify(blocks) }).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    const calls = fake.callsTo('chat.postMessage');
    expect(calls.map((c) => [c.token, c.args.blocks])).toEqual([
      ['xoxb-json', blocks],
      ['xoxb-form', blocks],
    ]);
    expect(calls[1]?.args.token).toBeUndefined();
  });

  it('answers unknown_method, not_authed, and missing messages the way Slack does', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer xoxb-t' };
    expect(await post('nope.method', '', form)).toEqual({ ok: false, error: 'unknown_method' });
    expect(await post('auth.test', '', { 'content-type': 'application/x-www-form-urlencoded' })).toEqual({ ok: false, error: 'not_authed' });
    expect(await post('chat.update', 'channel=C1&ts=1.2', form)).toEqual({ ok: false, error: 'message_not_found' });
    expect(await post('apps.connections.open', '', form)).toEqual({ ok: false, error: 'not_allowed_token_type' });
  });

  it('bounds waitForCall and says what it saw', async () => {
    await post('auth.test', '', { authorization: 'Bearer xoxb-t' });
    await expect(fake.waitForCall('views.open', undefined, 50)).rejects.toThrow(/views\.open.*auth\.test/);
  });

  it('answers 404 on an expired response_url and records the rest', async () => {
    fake.expireResponseUrl('old');
    const old = await fetch(fake.responseUrl('old'), { method: 'POST', body: '{"text":"x"}', headers: { 'content-type': 'application/json' } });
    expect(old.status).toBe(404);
    const ok = await fetch(fake.responseUrl('new'), { method: 'POST', body: '{"text":"y"}', headers: { 'content-type': 'application/json' } });
    expect(await ok.json()).toEqual({ ok: true });
    expect(fake.responses.map((r) => r.id)).toEqual(['new']);
  });

  it('refuses a WebSocket without a ticket from apps.connections.open', async () => {
    const ws = new WebSocket(`${fake.baseUrl.replace('http', 'ws')}/link/?ticket=forged`);
    const outcome = await new Promise<string>((resolve) => {
      ws.on('open', () => resolve('open'));
      ws.on('error', (e) => resolve(e.message));
    });
    expect(outcome).toMatch(/401/);
  });
});
