/** Values no organizer means: refused with what to do, and nothing stored. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { err, ok, withService } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';

const host = { platform: 'console' as const, workspaceId: 'local', userId: 'host', platformManager: true };
const base = { title: 'Game night', start: '2026-12-04T19:00:00Z', timezone: 'UTC' };

describe.each(storeFactories())('limits a plan can never meet, on $name', (factory) => {
  const svc = withService(factory);
  const count = async () => ok(await svc.service.run(host, { type: 'list' })).events.length;

  it('a minimum above the capacity is refused on create and on edit, and nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 20 }), async (capacity, over) => {
        const before = await count();
        const e = err(await svc.service.run(host, { type: 'create', input: { ...base, capacity, minAttendees: capacity + over } }));
        expect(e.message).toMatch(/can never be reached/);
        expect(await count()).toBe(before);
      }),
      { numRuns: 10 },
    );
    const made = ok(await svc.service.run(host, { type: 'create', input: { ...base, capacity: 3, minAttendees: 2 } })).event;
    expect(err(await svc.service.run(host, { type: 'update', event: made.id, patch: { minAttendees: 4 } })).message).toMatch(/can never be reached/);
    expect(err(await svc.service.run(host, { type: 'update', event: made.id, patch: { capacity: 1 } })).message).toMatch(/can never be reached/);
    expect(ok(await svc.service.run(host, { type: 'get', event: made.id })).event.minAttendees).toBe(2);
  });

  it('a start more than 10 years ahead is a typo, not a plan', async () => {
    const e = err(await svc.service.run(host, { type: 'create', input: { ...base, start: '9999-12-04T19:00:00Z' } }));
    expect(e.message).toMatch(/more than 10 years away — check the year/);
    ok(await svc.service.run(host, { type: 'create', input: { ...base, start: '2030-12-04T19:00:00Z' } }));
  });
});
