import { describe, expect, it } from 'vitest';
import { currentOrNextOccurrence, findOccurrence, occurrencesBetween } from '../../src/core/occurrences.ts';
import { eventsRepo } from '../../src/store/events-repo.ts';
import { settingsRepo } from '../../src/store/settings-repo.ts';
import { actor, err, ok, withService } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';

const base = { title: 'Game night', start: '2026-11-27T20:00:00-05:00', timezone: 'America/New_York' };
const tenant = { platform: 'console' as const, workspaceId: 'w1' };

/** Each failure found by hostile drives of the service: a clear user error, never a throw, never a crash of the database. */
describe.each(storeFactories())('hostile input on $name', (factory) => {
  const svc = withService(factory);

  const create = async (input: Record<string, unknown> = {}, who = 'alice') =>
    ok(await svc.service.run(actor(who), { type: 'create', input: { ...base, ...input } })).event;

  it('a NUL byte in any text field is refused, naming the field (Postgres cannot store it: 22021)', async () => {
    const nul = 'Game\u0000night';
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ type: 'create', input: { ...base, title: nul } }, /^Title: .*NUL/],
      [{ type: 'create', input: { ...base, description: nul } }, /^Description: .*NUL/],
      [{ type: 'create', input: { ...base, location: nul } }, /^Location: .*NUL/],
      [{ type: 'create', input: { ...base, invitees: { users: ['u\u0000'] } } }, /^Invited users: .*NUL/],
      [{ type: 'get', event: nul }, /^Event: .*NUL/],
      [{ type: 'list', query: nul }, /^Search: .*NUL/],
    ];
    for (const [cmd, message] of cases) {
      const e = err(await svc.service.run(actor('alice'), cmd as never));
      expect(e.code).toBe('invalid');
      expect(e.message).toMatch(message);
    }
    const e = await create();
    expect(err(await svc.service.run(actor('alice'), { type: 'cancel', event: e.id, reason: nul })).message).toMatch(/^Reason: .*NUL/);
    expect(err(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { title: nul } })).message).toMatch(/^Title/);
    expect(err(await svc.service.run(actor('u\u0000'), { type: 'get', event: e.id })).message).toMatch(/User: .*NUL/);
    // Nothing was stored or changed.
    expect(ok(await svc.service.run(actor('alice'), { type: 'get', event: e.id })).event).toMatchObject({ title: 'Game night', status: 'scheduled' });
  });

  it('over-long fields are refused with the field and the limit', async () => {
    const huge = 'x'.repeat(60_000);
    expect(err(await svc.service.run(actor('alice'), { type: 'get', event: huge })).message).toBe('Event: at most 200 characters');
    expect(err(await svc.service.run(actor('alice'), { type: 'rsvp', event: huge, status: 'going' })).message).toMatch(/^Event: at most/);
    expect(err(await svc.service.run(actor('alice'), { type: 'create', input: { ...base, channelId: huge } })).message).toMatch(/^Channel: at most/);
    expect(err(await svc.service.run(actor('alice'), { type: 'create', input: { ...base, coHostIds: [huge] } })).message).toMatch(/^Co-hosts: at most/);
    expect(err(await svc.service.run(actor(huge), { type: 'get', event: 'x' })).message).toMatch(/User: at most/);
  });

  it('the title look-up bounds its pattern: a 60,000-character reference does not reach the database as a pattern', async () => {
    await create();
    // Below the schema, the repository itself must survive it (SQLite: "LIKE or GLOB pattern too complex").
    await expect(eventsRepo.findByTitle(svc.store.db, tenant, '%_'.repeat(30_000), Date.parse('2026-11-21T12:00:00Z'), { all: true })).resolves.toEqual([]);
    await expect(
      eventsRepo.list(svc.store.db, { ...tenant, scope: 'workspace', userId: 'a', now: 0, past: false, query: '%'.repeat(60_000), drafts: { all: true }, offset: 0, limit: 5 }),
    ).resolves.toEqual([]);
  });

  it('the title look-up takes % _ and \\ literally', async () => {
    const pct = await create({ title: '50% off night' });
    await create({ title: '500 off night' });
    const under = await create({ title: 'a_b club' });
    await create({ title: 'axb club' });
    const slash = await create({ title: 'AC\\DC tribute' });
    expect(ok(await svc.service.run(actor('bob'), { type: 'get', event: '50%' })).event.id).toBe(pct.id);
    expect(ok(await svc.service.run(actor('bob'), { type: 'get', event: 'a_b' })).event.id).toBe(under.id);
    expect(ok(await svc.service.run(actor('bob'), { type: 'get', event: 'c\\d' })).event.id).toBe(slash.id);
    expect(err(await svc.service.run(actor('bob'), { type: 'get', event: 'f%n' })).code).toBe('not_found');
    const listed = ok(await svc.service.run(actor('bob'), { type: 'list', query: '_' })).events.map((e) => e.id);
    expect(listed).toEqual([under.id]);
  });

  it('locales are checked against Intl: refused when set, dropped when the platform sends one, repaired when stored', async () => {
    const bad = err(await svc.service.run(actor('alice'), { type: 'user_settings', locale: 'en_US' }));
    expect(bad.code).toBe('invalid');
    expect(bad.message).toMatch(/^Locale: not a locale I know/);
    expect(err(await svc.service.run(actor('alice'), { type: 'workspace_settings', locale: 'zz-123456789' })).message).toMatch(/^Locale/);
    const good = ok(await svc.service.run(actor('alice'), { type: 'user_settings', locale: 'en-gb' }));
    expect(good.settings.locale).toBe('en-GB');
    // A platform's odd locale is not the person's fault: it is dropped, not refused.
    const prefs = await svc.service.preferences(actor('bob', { locale: 'en_US' }));
    expect(() => new Intl.DateTimeFormat(prefs.locale)).not.toThrow();
    // Stored before locales were checked: every renderer would throw with it.
    await settingsRepo.saveUser(svc.store.db, tenant, 'carol', { timezone: null, locale: 'de_DE', reminderDms: true, reminderOffsets: null }, 0);
    const carol = await svc.service.preferences(actor('carol'));
    expect(() => new Intl.DateTimeFormat(carol.locale)).not.toThrow();
  });

  it('an out-of-range occurrence is a user error, not an rrule throw', async () => {
    const e = await create({ start: '2026-11-24T19:00:00-05:00', recurrence: { freq: 'WEEKLY', byday: ['TU'] } });
    for (const occurrence of ['+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '9999-12-31T23:59:59.999Z', 'soon']) {
      const r = await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, occurrence, status: 'going' });
      expect(r.ok).toBe(false);
      const g = await svc.service.run(actor('bob'), { type: 'get', event: e.id, occurrence });
      expect(g.ok).toBe(false);
    }
    // At depth: the recurrence engine answers far instants with nothing instead of throwing.
    const record = (await eventsRepo.get(svc.store.db, tenant, e.id))!;
    expect(findOccurrence(record, '+275760-09-13T00:00:00.000Z')).toBeNull();
    expect(occurrencesBetween(record, -8.64e15, 8.64e15, 3)).toHaveLength(3);
    expect(occurrencesBetween(record, 8e15, 8.64e15)).toEqual([]);
    expect(currentOrNextOccurrence(record, 8.6e15)).toBeNull();
  });

  it('an idempotency key belongs to one person and one kind of command', async () => {
    const e = await create({ capacity: 5 });
    const bob = ok(await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going', idempotencyKey: 'k1' }));
    expect(bob.status).toBe('going');
    // Another person's request with the same key is theirs: it runs, and is not bob's answer replayed.
    const carol = ok(await svc.service.run(actor('carol'), { type: 'rsvp', event: e.id, status: 'maybe', idempotencyKey: 'k1' }));
    expect(carol.status).toBe('maybe');
    expect(carol.event.counts).toMatchObject({ going: 1, maybe: 1 });
    // The same person's key on another kind of command is a mistake, answered as one.
    const mismatch = err(await svc.service.run(actor('bob'), { type: 'cancel', event: e.id, idempotencyKey: 'k1' }));
    expect(mismatch.code).toBe('conflict');
    expect(mismatch.message).toMatch(/already used for a rsvp request/);
    const created = err(await svc.service.run(actor('bob'), { type: 'create', input: base, idempotencyKey: 'k1' }));
    expect(created.code).toBe('conflict');
    // A true retry is still a replay.
    expect(ok(await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going', idempotencyKey: 'k1' })).status).toBe('going');
    expect(ok(await svc.service.run(actor('alice'), { type: 'get', event: e.id })).event.status).toBe('scheduled');
  });
});
