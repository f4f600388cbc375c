import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/database.ts';
import { actor, makeService } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';

const base = { start: '2026-11-27T20:00:00-05:00', timezone: 'America/New_York' };
const SECRET = 'Surprise party for Dana';

/** A draft is not announced: to a non-host it does not exist, on every path, and no answer names it. */
describe.each(storeFactories())('drafts stay hidden from non-hosts on $name', (factory) => {
  let store: Store;
  let svc: ReturnType<typeof makeService>;
  let draftId: string;
  let publicId: string;
  beforeEach(async () => {
    store = await factory.open();
    svc = makeService(store);
    const d = await svc.service.run(actor('alice'), { type: 'create', input: { ...base, title: SECRET, publishAt: '2026-11-25T12:00:00Z' } });
    const p = await svc.service.run(actor('carol'), { type: 'create', input: { ...base, title: 'Surprise quiz night' } });
    if (!d.ok || !p.ok) throw new Error('setup');
    expect(d.value.event.status).toBe('draft');
    draftId = d.value.event.id;
    publicId = p.value.event.id;
  });
  afterEach(async () => {
    await store.close();
  });

  /** Every answer bob gets, as text: nothing of the draft may be in it. */
  const asBob = async (cmd: Parameters<typeof svc.service.run>[1]) => JSON.stringify(await svc.service.run(actor('bob'), cmd));
  /** The draft's title or id in an answer (bob's own words echoed back are not a leak). */
  const leaks = (text: string, typed = '') => text.includes(draftId) || (typed !== SECRET && text.includes(SECRET)) || (!typed && text.includes('Dana'));

  it('by title fragment: get, RSVP, edit, cancel, delete and approve neither find nor name it', async () => {
    for (const ref of ['party for dana', 'Dana', SECRET]) {
      const answers = [
        await asBob({ type: 'get', event: ref }),
        await asBob({ type: 'rsvp', event: ref, status: 'going' }),
        await asBob({ type: 'update', event: ref, patch: { title: 'Mine now' } }),
        await asBob({ type: 'cancel', event: ref }),
        await asBob({ type: 'delete', event: ref }),
        await asBob({ type: 'decide', event: ref, userId: 'x', approve: true }),
      ];
      for (const a of answers) {
        expect(leaks(a, ref), a).toBe(false);
        expect(JSON.parse(a)).toMatchObject({ ok: false, error: { code: 'not_found' } });
      }
    }
  });

  it('by id: the same answer as an id that does not exist', async () => {
    const hidden = await asBob({ type: 'rsvp', event: draftId, status: 'going' });
    const missing = await asBob({ type: 'rsvp', event: 'zzzzzzzz', status: 'going' });
    expect(JSON.parse(hidden).error.code).toBe('not_found');
    expect(hidden.replace(draftId, 'zzzzzzzz')).toBe(missing);
  });

  it('"matches several events" lists only what the asker may see', async () => {
    // "surprise" matches the draft and the quiz: for bob only the quiz exists, so it resolves.
    const r = JSON.parse(await asBob({ type: 'get', event: 'surprise' }));
    expect(r.ok).toBe(true);
    expect(r.value.event.id).toBe(publicId);
    // Two public matches: the ambiguity message names them and not the draft.
    await svc.service.run(actor('carol'), { type: 'create', input: { ...base, title: 'Surprise bake-off' } });
    const amb = await asBob({ type: 'get', event: 'surprise' });
    expect(JSON.parse(amb).error.code).toBe('ambiguous');
    expect(leaks(amb)).toBe(false);
  });

  it('search, autocomplete and every list scope leave it out', async () => {
    for (const scope of ['workspace', 'hosting', 'attending', 'mine'] as const) {
      for (const query of [undefined, 'dana', draftId.slice(0, 4)]) {
        const a = await asBob({ type: 'list', scope, ...(query ? { query } : {}) });
        expect(leaks(a), `${scope} ${query}`).toBe(false);
      }
    }
    expect(await asBob({ type: 'list', scope: 'channel', channelId: 'c1' })).not.toContain('Dana');
  });

  it('its hosts and the managers still see it everywhere', async () => {
    const alice = await svc.service.run(actor('alice'), { type: 'get', event: 'dana' });
    expect(alice.ok && alice.value.event.id).toBe(draftId);
    const boss = await svc.service.run(actor('boss', { platformManager: true }), { type: 'list', query: 'dana' });
    expect(boss.ok && boss.value.events.map((e) => e.id)).toEqual([draftId]);
    const mine = await svc.service.run(actor('alice'), { type: 'list', scope: 'mine' });
    expect(mine.ok && mine.value.events.map((e) => e.id)).toEqual([draftId]);
  });
});
