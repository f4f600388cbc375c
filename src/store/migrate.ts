import { Migrator, sql, type MigrationResultSet } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import type { Store } from './database.ts';

export async function migrateToLatest(store: Store): Promise<MigrationResultSet> {
  // Kysely looks for its own bookkeeping tables in every schema it can see; pin it to ours, or a
  // second app (or test) in another schema of the same database fools it into skipping them.
  const schema =
    store.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: schema,
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
    throw new Error(`Database migration ${failed} failed: ${String(result.error)}`);
  }
  return result;
}
