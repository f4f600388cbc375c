import { randomBytes } from 'node:crypto';
import { PostgresIntrospector, sql, type Kysely, type TableMetadata } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/database.ts';
import { openPostgresSchema } from '../support/stores.ts';

const URL = process.env.TEST_DATABASE_URL;

async function admin(query: string): Promise<void> {
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}

/**
 * Runs `introspect` in a transaction whose snapshot was taken before `change` committed on another
 * connection: the moment a migration's introspection can hit while another session drops things.
 */
async function afterSnapshot<T>(store: Store, change: string, introspect: (trx: Kysely<any>) => Promise<T>): Promise<T> {
  return store.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    await sql`select 1`.execute(trx);
    await admin(change);
    return introspect(trx);
  });
}

describe.skipIf(!URL)('the Postgres introspector the migrator uses', () => {
  let store: Store | undefined;
  const schemas: string[] = [];
  afterEach(async () => {
    await store?.close();
    store = undefined;
    for (const s of schemas.splice(0)) await admin(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  });

  async function otherSchema(): Promise<string> {
    const s = `t_${randomBytes(6).toString('hex')}`;
    schemas.push(s);
    await admin(`CREATE SCHEMA ${s}; CREATE TABLE ${s}.t (id serial primary key, v text)`);
    return s;
  }

  it('still answers when another schema is dropped after its snapshot (Kysely\'s own fails)', async () => {
    store = await openPostgresSchema(URL!, 2);
    const gone = await otherSchema();
    // The failure this guards against, so the test knows it set the moment up:
    await expect(afterSnapshot(store, `DROP SCHEMA ${gone} CASCADE`, (trx) => new PostgresIntrospector(trx).getTables()))
      .rejects.toThrow(`schema "${gone}" does not exist`);

    const again = await otherSchema();
    const tables = await afterSnapshot(store, `DROP SCHEMA ${again} CASCADE`, (trx) => trx.introspection.getTables({ withInternalKyselyTables: true }));
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['events', 'kysely_migration', 'kysely_migration_lock']));
  });

  it('still answers when a table of its own schema is dropped after its snapshot', async () => {
    store = await openPostgresSchema(URL!, 2);
    const [{ schema }] = (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows as [{ schema: string }];
    await admin(`CREATE TABLE ${schema}.doomed (id serial primary key)`);
    await expect(afterSnapshot(store, `DROP TABLE ${schema}.doomed`, (trx) => new PostgresIntrospector(trx).getTables()))
      .rejects.toThrow('does not exist');

    await admin(`CREATE TABLE ${schema}.doomed (id serial primary key)`);
    const tables = await afterSnapshot(store, `DROP TABLE ${schema}.doomed`, (trx) => trx.introspection.getTables());
    expect(tables.map((t) => t.name)).toContain('events');
  });

  it('describes the schemas on the search path exactly as Kysely\'s introspector does, and no others', async () => {
    store = await openPostgresSchema(URL!, 2);
    const [{ schema }] = (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows as [{ schema: string }];
    await otherSchema();
    // Column kinds our migrations do not use, so every field is compared on something that varies.
    await admin(`
      CREATE TABLE ${schema}.odd (s serial primary key, i int generated always as identity, b bigint not null default 7, n numeric);
      COMMENT ON COLUMN ${schema}.odd.n IS 'a remark';
      CREATE VIEW ${schema}.odd_view AS SELECT s, n FROM ${schema}.odd`);
    const onSearchPath = (t: TableMetadata[]) => t.filter((x) => x.schema === schema);
    for (const withInternalKyselyTables of [false, true]) {
      const expected = onSearchPath(await new PostgresIntrospector(store.db).getTables({ withInternalKyselyTables }));
      expect(expected.map((t) => t.name)).toEqual(expect.arrayContaining(['events', 'odd', 'odd_view']));
      expect(await store.db.introspection.getTables({ withInternalKyselyTables })).toEqual(expected);
    }
  });
});
