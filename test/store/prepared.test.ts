import fc from 'fast-check';
import type { Insertable } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/database.ts';
import { toJson } from '../../src/store/json-text.ts';
import { prepared } from '../../src/store/prepared.ts';
import type { WorkspaceSettingsTable } from '../../src/store/tables.ts';
import { storeFactories } from '../support/stores.ts';

type SettingsRow = Insertable<WorkspaceSettingsTable>;

const insertRows = prepared((db, rows: SettingsRow[]) => db.insertInto('workspace_settings').values(rows));
const byTenant = prepared((db, p: { platform: 'discord' | 'slack' | 'console'; workspaceId: string }) =>
  db.selectFrom('workspace_settings').selectAll().where('platform', '=', p.platform).where('workspace_id', '=', p.workspaceId),
);

const text = fc.string({ maxLength: 12 });
const row = fc.record({
  platform: fc.constantFrom('discord' as const, 'slack' as const, 'console' as const),
  workspace_id: text,
  // Optional columns: undefined leaves the column to its default, another shape of the same insert.
  timezone: fc.option(fc.constantFrom('UTC', 'Europe/Berlin'), { nil: undefined }),
  locale: fc.option(fc.constantFrom('en-US', 'de-DE', null), { nil: undefined }),
  manager_user_ids: fc.array(text, { maxLength: 2 }).map((ids) => toJson(ids)),
  manager_role_ids: fc.constant(toJson<string[]>([])),
  updated_at: fc.integer({ min: 0, max: 2 ** 40 }),
});
/** Up to 4 rows with distinct primary keys (platform, workspace_id). */
const rows = fc.uniqueArray(row, { maxLength: 4, selector: (r) => `${r.platform}|${r.workspace_id}` });

describe.each(storeFactories())('prepared queries on $name', (factory) => {
  let store: Store;
  beforeEach(async () => {
    store = await factory.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('store and read what the same Kysely query does, whatever the values and shapes, in and out of transactions', async () => {
    await fc.assert(
      fc.asyncProperty(rows, fc.boolean(), async (batch, inTransaction) => {
        await store.db.deleteFrom('workspace_settings').execute();
        const write = async (db: Store['db']) => {
          if (batch.length) await insertRows(db, batch);
        };
        if (inTransaction) await store.db.transaction().execute(write);
        else await write(store.db);
        for (const r of batch) {
          const tenant = { platform: r.platform, workspaceId: r.workspace_id };
          const viaPrepared = await byTenant(store.db, tenant);
          const viaKysely = await store.db.selectFrom('workspace_settings').selectAll().where('platform', '=', r.platform).where('workspace_id', '=', r.workspace_id).execute();
          expect(viaPrepared).toEqual(viaKysely);
          expect(viaPrepared[0]).toMatchObject({ updated_at: r.updated_at, ...(r.timezone !== undefined ? { timezone: r.timezone } : {}) });
        }
        const missing = await byTenant(store.db, { platform: 'discord', workspaceId: 'no such workspace' });
        expect(missing).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a builder that leaves an argument out of the SQL (its value would be silently ignored)', async () => {
    const forgetful = prepared((db, p: { platform: 'discord'; workspaceId: string }) =>
      db.selectFrom('workspace_settings').selectAll().where('platform', '=', p.platform),
    );
    await expect(forgetful(store.db, { platform: 'discord', workspaceId: 'w' })).rejects.toThrow(/workspaceId not placed/);
  });

  it('keeps values in parameters: quotes and SQL in a value are data', async () => {
    const sneaky = `x'); drop table workspace_settings; --`;
    await insertRows(store.db, [{ platform: 'slack', workspace_id: sneaky, manager_user_ids: toJson([]), manager_role_ids: toJson([]), updated_at: 1 }]);
    expect(await byTenant(store.db, { platform: 'slack', workspaceId: sneaky })).toHaveLength(1);
  });
});
