/** The fake refuses what Slack refuses: each check here failed (was accepted) before the fake was strict. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ageTrigger, type FakeSlack, slashCommandPayload, startFakeSlack, triggerId } from './index.ts';

let fake: FakeSlack;
const TOKEN = 'xoxb-strict';

beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  await fake.close();
});

async function call(method: string, args: Record<string, unknown>, token = TOKEN): Promise<Record<string, unknown>> {
  const res = await fetch(`${fake.apiUrl}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${token}` },
    body: JSON.stringify(args),
  });
  return (await res.json()) as Record<string, unknown>;
}

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const button = (action_id: string, text = 'Go') => ({ type: 'button', action_id, text: { type: 'plain_text', text } });
const plain = (text: string) => ({ type: 'plain_text', text });
const modal = (over: Record<string, unknown> = {}) => ({ type: 'modal', title: plain('Event'), blocks: [section('hi')], ...over });

async function refusedBlocks(blocks: unknown[]): Promise<string[]> {
  const r = await call('chat.postMessage', { channel: 'C0GENERAL1', text: 'x', blocks });
  expect(r.ok).toBe(false);
  expect(r.error).toBe('invalid_blocks');
  return r.errors as string[];
}

describe('strict fake Slack: Block Kit', () => {
  it('refuses a message over 50 blocks, and the block-level limits, naming the field', async () => {
    expect((await refusedBlocks(Array.from({ length: 51 }, () => section('a'))))[0]).toMatch(/less than 51 items \[json-pointer:\/blocks\]/);
    expect(await refusedBlocks([section('a'.repeat(3001))])).toEqual([expect.stringContaining('/blocks/0/text/text')]);
    expect(await refusedBlocks([{ type: 'header', text: plain('h'.repeat(151)) }])).toHaveLength(1);
    expect(await refusedBlocks([{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }])).toHaveLength(1);
    expect(await refusedBlocks([{ type: 'actions', elements: [button('a', 'b'.repeat(76))] }])).toEqual([expect.stringContaining('/blocks/0/elements/0/text/text')]);
    expect(await refusedBlocks([{ type: 'actions', elements: [button('a'.repeat(256))] }])).toHaveLength(1);
    expect(await refusedBlocks([{ type: 'actions', elements: [button('same'), button('same')] }])).toEqual([expect.stringContaining('duplicate action_id')]);
    expect(await refusedBlocks([section('a'), { ...section('b'), block_id: 'x' }, { ...section('c'), block_id: 'x' }])).toEqual([expect.stringContaining('duplicate block_id')]);
    const options = Array.from({ length: 101 }, (_, i) => ({ text: plain(`o${i}`), value: `v${i}` }));
    expect(await refusedBlocks([{ type: 'actions', elements: [{ type: 'static_select', action_id: 's', options }] }])).toHaveLength(1);
    expect(await refusedBlocks([{ type: 'input', label: plain('x'), element: { type: 'plain_text_input', action_id: 'i' } }])).toHaveLength(1);
  });

  it('accepts a well-formed message', async () => {
    const r = await call('chat.postMessage', { channel: 'C0GENERAL1', text: 'x', blocks: [section('a'), { type: 'actions', elements: [button('a'), button('b')] }] });
    expect(r.ok).toBe(true);
  });

  it('refuses bad metadata and over-long text', async () => {
    const bad = await call('chat.postMessage', { channel: 'C0GENERAL1', text: 'x', metadata: { event_type: 'not ok!', event_payload: { a: 1 } } });
    expect(bad.error).toBe('invalid_metadata_format');
    const nested = await call('chat.postMessage', { channel: 'C0GENERAL1', text: 'x', metadata: { event_type: 'ok_type', event_payload: { a: { b: { c: 1 } } } } });
    expect(nested.error).toBe('invalid_metadata_format');
    expect((await call('chat.postMessage', { channel: 'C0GENERAL1', text: 'x'.repeat(40_001) })).error).toBe('msg_too_long');
  });
});

describe('strict fake Slack: views and trigger ids', () => {
  it('modal title, submit and close are plain_text of at most 24 characters; private_metadata at most 3000', async () => {
    expect((await call('views.open', { trigger_id: triggerId(), view: modal({ title: plain('t'.repeat(25)) }) })).error).toBe('invalid_arguments');
    expect((await call('views.open', { trigger_id: triggerId(), view: modal({ submit: plain('s'.repeat(25)) }) })).error).toBe('invalid_arguments');
    expect((await call('views.open', { trigger_id: triggerId(), view: modal({ close: { type: 'mrkdwn', text: 'x' } }) })).error).toBe('invalid_arguments');
    expect((await call('views.open', { trigger_id: triggerId(), view: modal({ private_metadata: 'm'.repeat(3001) }) })).error).toBe('invalid_arguments');
    const tooMany = modal({ blocks: Array.from({ length: 101 }, () => section('a')) });
    expect((await call('views.open', { trigger_id: triggerId(), view: tooMany })).error).toBe('invalid_arguments');
  });

  it('a trigger_id works once, within 3 seconds, and only if Slack issued it', async () => {
    const t = triggerId();
    expect((await call('views.open', { trigger_id: t, view: modal() })).ok).toBe(true);
    expect((await call('views.open', { trigger_id: t, view: modal() })).error).toBe('exchanged_trigger_id');
    expect((await call('views.open', { trigger_id: '123.456.abc', view: modal() })).error).toBe('invalid_trigger_id');
    const old = triggerId();
    ageTrigger(old, 3100);
    expect((await call('views.open', { trigger_id: old, view: modal() })).error).toBe('expired_trigger_id');
  });

  it('views.publish takes home views only, and a home view cannot be opened as a modal', async () => {
    expect((await call('views.publish', { user_id: 'U0ALICE001', view: modal() })).error).toBe('invalid_arguments');
    expect((await call('views.publish', { user_id: 'U0ALICE001', view: { type: 'home', blocks: [section('hi')] } })).ok).toBe(true);
    expect((await call('views.open', { trigger_id: triggerId(), view: { type: 'home', blocks: [] } })).error).toBe('invalid_arguments');
  });
});

describe('strict fake Slack: scopes and membership', () => {
  it('answers missing_scope with needed and provided', async () => {
    fake.setScopes(TOKEN, ['chat:write']);
    const r = await call('users.info', { user: 'U0ALICE001' });
    expect(r).toMatchObject({ ok: false, error: 'missing_scope', needed: 'users:read', provided: 'chat:write' });
    fake.setChannel({ id: 'G0SECRET01', is_private: true });
    expect(await call('conversations.members', { channel: 'G0SECRET01' })).toMatchObject({ error: 'missing_scope', needed: 'groups:read' });
  });

  it('installs the committed manifest\'s scopes by default', async () => {
    expect((await call('users.info', { user: 'U0ALICE001' })).ok).toBe(true);
    expect((await call('conversations.members', { channel: 'C0GENERAL1' })).ok).toBe(true);
  });

  it('not_in_channel: history needs membership; posting in a public channel needs chat:write.public', async () => {
    fake.setChannel({ id: 'C0OTHER001', botMember: false });
    expect((await call('conversations.history', { channel: 'C0OTHER001' })).error).toBe('not_in_channel');
    expect((await call('chat.postMessage', { channel: 'C0OTHER001', text: 'x' })).ok).toBe(true);
    fake.setScopes(TOKEN, ['chat:write']);
    expect((await call('chat.postMessage', { channel: 'C0OTHER001', text: 'x' })).error).toBe('not_in_channel');
    fake.setChannel({ id: 'G0OTHER001', is_private: true, botMember: false });
    expect((await call('chat.postMessage', { channel: 'G0OTHER001', text: 'x' })).error).toBe('channel_not_found');
  });
});

describe('strict fake Slack: response_url and slash text', () => {
  it('a response_url takes 5 posts within 30 minutes', async () => {
    const url = fake.responseUrl('r1');
    const post = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' });
    for (let i = 0; i < 5; i++) expect((await post()).status).toBe(200);
    const sixth = await post();
    expect(sixth.status).toBe(404);
    expect(await sixth.text()).toBe('used_url');
    const old = fake.responseUrl('r2');
    fake.ageResponseUrl('r2', 31 * 60_000);
    expect((await fetch(old, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
  });

  it('sends slash-command text HTML-escaped as Slack does', () => {
    expect(slashCommandPayload({ command: '/event', text: 'Pizza & <games> > 3', response_url: 'x' }).text).toBe('Pizza &amp; &lt;games&gt; &gt; 3');
  });
});

describe('strict fake Slack: response_url payloads', () => {
  it('refuses invalid blocks posted to a response_url (400) and records nothing', async () => {
    const url = fake.responseUrl('rb');
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x', blocks: [section('a'.repeat(3001))] }) });
    expect(res.status).toBe(400);
    expect(fake.responsesTo('rb')).toHaveLength(0);
  });
});
