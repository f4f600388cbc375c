import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/database.ts';
import type { HeldChoice } from '../../src/core/time-questions.ts';
import { actor, err, makeService, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';

const create = (start: string, title = 'Planning'): HeldChoice => ({
  label: start,
  command: { type: 'create', input: { title, start, timezone: 'UTC', capacity: 4, location: 'Room 4' } },
});
const choices = [create('2026-11-22T16:00:00Z'), create('2026-11-22T04:00:00Z')];

/** Issue 9: a held time question acts once, for its asker only, in its tenant, until it expires. */
describe.each(storeFactories())('time questions on $name', (factory) => {
  let store: Store;
  let svc: ReturnType<typeof makeService>;
  beforeEach(async () => {
    store = await factory.open();
    svc = makeService(store);
  });
  afterEach(async () => {
    await store.close();
  });

  const events = async () => ok(await svc.service.run(actor('alice'), { type: 'list', scope: 'workspace' })).events;

  it('a pick creates that reading once, with every other field; double clicks replay it', async () => {
    const q = await svc.service.questions.ask(actor('alice'), 'am or pm?', choices);
    expect(await events()).toHaveLength(0);
    const first = ok(await svc.service.questions.answer(actor('alice'), q, 1));
    expect(first.type).toBe('create');
    const again = await Promise.all([1, 1, 1].map((i) => svc.service.questions.answer(actor('alice'), q, i)));
    const made = await events();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ title: 'Planning', capacity: 4, location: 'Room 4' });
    expect(new Date(made[0]!.occurrence.start).toISOString()).toBe('2026-11-22T04:00:00.000Z');
    for (const r of again) expect(ok(r).outcome.event.id).toBe(made[0]!.id);
    // Another candidate after the pick: refused, nothing more created.
    expect(err(await svc.service.questions.answer(actor('alice'), q, 0)).code).toBe('conflict');
    expect(await events()).toHaveLength(1);
  });

  it('only the asker can pick, only in their workspace; unknown ids and indexes are refused', async () => {
    const q = await svc.service.questions.ask(actor('alice'), 'am or pm?', choices);
    expect(err(await svc.service.questions.answer(actor('bob'), q, 0)).code).toBe('forbidden');
    expect(err(await svc.service.questions.answer(actor('alice', { workspaceId: 'w2' }), q, 0)).code).toBe('not_found');
    expect(err(await svc.service.questions.answer(actor('alice'), 'nosuchquestion', 0)).code).toBe('not_found');
    expect(err(await svc.service.questions.answer(actor('alice'), q, 7)).code).toBe('invalid');
    expect(err(await svc.service.questions.dismiss(actor('bob'), q)).code).toBe('forbidden');
    expect(await events()).toHaveLength(0);
  });

  it('expires; a dismissed question is gone', async () => {
    const q = await svc.service.questions.ask(actor('alice'), 'am or pm?', choices);
    svc.clock.advance(31 * 60_000);
    expect(err(await svc.service.questions.answer(actor('alice'), q, 0)).message).toMatch(/expired/);
    const q2 = await svc.service.questions.ask(actor('alice'), 'am or pm?', choices);
    expect(ok(await svc.service.questions.dismiss(actor('alice'), q2)).dismissed).toBe(true);
    expect(err(await svc.service.questions.answer(actor('alice'), q2, 0)).code).toBe('not_found');
    await svc.service.questions.prune(svc.clock.now().getTime() + 86_400_000);
    expect(err(await svc.service.questions.answer(actor('alice'), q, 0)).code).toBe('not_found');
    expect(await events()).toHaveLength(0);
  });

  it('a pick the core refuses leaves the question open for another pick', async () => {
    const past = [create('2020-01-01T10:00:00Z'), create('2026-11-23T10:00:00Z')];
    const q = await svc.service.questions.ask(actor('alice'), 'which?', past);
    expect(err(await svc.service.questions.answer(actor('alice'), q, 0)).code).toBe('invalid');
    ok(await svc.service.questions.answer(actor('alice'), q, 1));
    expect(await events()).toHaveLength(1);
  });

  it('holds an update too', async () => {
    const e = ok(await svc.service.run(actor('alice'), { type: 'create', input: { title: 'Brunch', start: '2026-12-05T10:00:00Z', timezone: 'UTC' } }));
    const q = await svc.service.questions.ask(actor('alice'), 'am or pm?', [
      { label: '9 AM', command: { type: 'update', event: e.event.id, patch: { start: '2026-12-06T09:00:00Z' } } },
      { label: '9 PM', command: { type: 'update', event: e.event.id, patch: { start: '2026-12-06T21:00:00Z' } } },
    ]);
    const picked = ok(await svc.service.questions.answer(actor('alice'), q, 1));
    expect(picked.type === 'update' && new Date(picked.outcome.event.occurrence.start).toISOString()).toBe('2026-12-06T21:00:00.000Z');
  });
});
