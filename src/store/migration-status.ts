import { Migrator, sql } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import type { Store } from './database.ts';

export interface MigrationStatus {
  /** Migrations this code knows that the database has not run. */
  pending: string[];
  /** Migrations the database ran that this code does not know (a newer version ran against it). */
  unknown: string[];
}

/** A Migrator pinned to the current schema (Postgres), so other schemas' bookkeeping never fools it. */
export async function migratorFor(store: Store): Promise<Migrator> {
  const schema =
    store.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]?.schema
      : undefined;
  return new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: schema,
  });
}

/** Reachable and migrated? Throws when the database cannot be reached. */
export async function migrationStatus(store: Store): Promise<MigrationStatus> {
  await sql`select 1`.execute(store.db);
  const migrator = await migratorFor(store);
  const known = await migrator.getMigrations();
  const pending = known.filter((m) => !m.executedAt).map((m) => m.name);
  let executed: string[] = [];
  try {
    executed = (await sql<{ name: string }>`select name from ${sql.table('kysely_migration')}`.execute(store.db)).rows.map((r) => r.name);
  } catch {
    // No bookkeeping table yet: nothing ran.
  }
  const names = new Set(Object.keys(migrations));
  return { pending, unknown: executed.filter((n) => !names.has(n)) };
}
