import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Invitees } from '../../src/core/event-schema.ts';
import type { Recurrence } from '../../src/core/recurrence.ts';
import type { Store } from '../../src/store/database.ts';
import { eventsRepo } from '../../src/store/events-repo.ts';
import { fromJson, toJson, type JsonText } from '../../src/store/json-text.ts';
import type { EventsTable } from '../../src/store/tables.ts';
import { seedEvent } from '../scheduler/seed.ts';
import { storeFactories } from '../support/stores.ts';

describe('JSON columns are typed by what they hold', () => {
  it('a column takes only the JSON text of its own type (checked by tsc, which runs over the tests)', () => {
    const invitees: EventsTable['invitees'] = toJson<Invitees>({ users: ['u1'], roles: [] });
    // @ts-expect-error plain text is not JSON of the column's type: writes go through toJson
    const raw: EventsTable['host_ids'] = '["u1"]';
    // @ts-expect-error the JSON of another type does not fit (invitees are not a list of ids)
    const wrong: EventsTable['host_ids'] = invitees;
    const read: Invitees = fromJson(invitees);
    expect([read, raw, wrong]).toEqual([{ users: ['u1'], roles: [] }, '["u1"]', invitees]);
  });

  it('toJson then fromJson gives the value back, for any value of a column type', () => {
    const ids = fc.array(fc.string({ maxLength: 20 }), { maxLength: 10 });
    fc.assert(fc.property(fc.record({ users: ids, roles: ids }), (v) => {
        expect(fromJson<Invitees>(toJson(v))).toEqual(v);
      }),
    );
  });
});

describe.each(storeFactories())('JSON columns through $name', (factory) => {
  let store: Store;
  beforeEach(async () => {
    store = await factory.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("an event's lists, invitees and repeat are read back as written (mapped in the store)", async () => {
    const recurrence: Recurrence = { freq: 'WEEKLY', interval: 2, byday: ['TU', 'TH'], bymonthday: [], count: 5, until: null };
    const e = { ...seedEvent('jsoncol1', Date.parse('2026-12-01T18:00:00Z')), recurrence, invitees: { users: ['ana', 'bo'], roles: ['r1'] }, hostIds: ['ana', 'cy'], reminderOffsets: ['PT15M', 'P1D'], pingRoles: ['r2'] };
    await eventsRepo.insert(store.db, e);
    const row = await store.db.selectFrom('events').select(['invitees', 'recurrence', 'host_ids']).where('id', '=', e.id).executeTakeFirstOrThrow();
    const hosts: string[] = fromJson(row.host_ids);
    expect(hosts).toEqual(['ana', 'cy']);
    const back = await eventsRepo.get(store.db, e, e.id);
    expect(back).toMatchObject({ recurrence, invitees: e.invitees, hostIds: ['ana', 'cy'], reminderOffsets: ['PT15M', 'P1D'], pingRoles: ['r2'] });
    void (row.recurrence satisfies JsonText<Recurrence> | null);
  });
});
