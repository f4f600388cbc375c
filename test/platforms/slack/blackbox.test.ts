import { describe, expect, it } from 'vitest';
import { blackboxRun, waitForOutput } from '../../support/process.ts';
import { FAKE_CHANNEL, signedPost, slashCommandBody, startFakeSlack } from '../../harness/slack/index.ts';

const SECRET = 'blackbox-secret';

const run = blackboxRun('slack');

describe('npm start against a fake Slack (black box)', () => {
  it('runs the real app from the environment: a signed /event creates an event and posts its card', async () => {
    const fake = run.closeAfter(await startFakeSlack());
    const child = run.start({
      SLACK_BOT_TOKEN: 'xoxb-blackbox',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_PORT: '0',
    });
    const port = Number((await waitForOutput(child, /listening for Slack on port (\d+)/, 20_000))[1]);
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { ok: true }]);
    const res = await signedPost(
      `http://127.0.0.1:${port}/slack/events`,
      slashCommandBody({ command: '/event', text: 'Game night friday 8pm', response_url: fake.responseUrl('bb') }),
      { signingSecret: SECRET },
    );
    expect(res.status).toBe(200);
    const post = await fake.waitForCall('chat.postMessage', undefined, 5_000);
    expect(post.args.channel).toBe(FAKE_CHANNEL.id);
    expect(JSON.stringify(post.args.blocks)).toContain('Game night');
    const reply = await fake.waitForResponse('bb', undefined, 5_000);
    expect(String((reply.body as { text?: string }).text)).toContain('Created *Game night*');
  }, 30_000);
});
