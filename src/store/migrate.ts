import type { MigrationResultSet } from 'kysely';
import type { Store } from './database.ts';
import { migratorFor } from './migration-status.ts';

export async function migrateToLatest(store: Store): Promise<MigrationResultSet> {
  // Kysely looks for its own bookkeeping tables in every schema it can see; pin it to ours, or a
  // second app (or test) in another schema of the same database fools it into skipping them.
  const migrator = await migratorFor(store);
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
    throw new Error(`Database migration ${failed} failed: ${String(result.error)}`);
  }
  return result;
}
