import fs from 'node:fs';
import { isPostgresUrl, openStore, sqlitePath } from '../store/database.ts';
import { migrationStatus } from '../store/migration-status.ts';
import type { Finding } from './finding.ts';

/** Reachable and migrated. An SQLite file that does not exist yet is made at the first start. */
export async function checkDatabase(url: string): Promise<Finding> {
  const name = 'database';
  if (!isPostgresUrl(url)) {
    const file = sqlitePath(url);
    if (file !== ':memory:' && !fs.existsSync(file)) {
      return { status: 'warn', name, message: `SQLite file ${file} does not exist yet`, fix: 'It is created at the first start (or run `npm run cli -- migrate`); check DATABASE_URL if you expected data there.' };
    }
  }
  const store = openStore(url, { poolSize: 1 });
  try {
    const status = await migrationStatus(store);
    if (status.unknown.length) {
      return { status: 'fail', name, message: `migrated by a newer Convene (unknown: ${status.unknown.join(', ')})`, fix: 'Run the version that migrated it, or point DATABASE_URL at this version\'s database.' };
    }
    if (status.pending.length) {
      return { status: 'fail', name, message: `migrations not run: ${status.pending.join(', ')}`, fix: 'Run `npm run cli -- migrate` (the bot also migrates when it starts).' };
    }
    return { status: 'ok', name, message: `${store.dialect}, reachable, migrations current` };
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).replace(/\/\/([^:/@]+):[^@]*@/g, '//$1:***@');
    return { status: 'fail', name, message: `unreachable: ${why}`, fix: 'Check DATABASE_URL and that the database server is up and accepts this user.' };
  } finally {
    await store.close().catch(() => {});
  }
}
