import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/database.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';

export interface StoreFactory {
  name: 'sqlite' | 'postgres';
  /** A fresh, migrated, empty store. */
  open(): Promise<Store>;
}

/**
 * SQLite always; Postgres too when TEST_DATABASE_URL is set. Each Postgres store gets a schema
 * of its own, dropped on close, so test files can run side by side.
 */
export function storeFactories(): StoreFactory[] {
  const out: StoreFactory[] = [
    {
      name: 'sqlite',
      async open() {
        const store = openStore(':memory:');
        await migrateToLatest(store);
        return store;
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) out.push({ name: 'postgres', open: () => openPostgresSchema(url) });
  return out;
}

export async function openPostgresSchema(url: string, poolSize = 20): Promise<Store> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const sep = url.includes('?') ? '&' : '?';
  const store = openStore(`${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`, { poolSize });
  await migrateToLatest(store);
  const close = store.close;
  return {
    ...store,
    async close() {
      await close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
