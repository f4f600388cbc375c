import pg from 'pg';

/**
 * Vitest global set-up: VACUUMs the test database's system catalogs at the start of the run and
 * every few seconds during it.
 *
 * Every Postgres test store is a schema created, migrated and dropped (stores.ts), each leaving
 * ~1,500 dead catalog rows (pg_attribute, pg_depend, pg_class, ...). The CI machine's Postgres
 * runs with autovacuum off, so nothing reclaimed them: one run of the Postgres test files grew
 * pg_class from 14 to 2,181 pages for 410 live rows, and every catalog scan (the migrator's
 * introspection among them) slowed as the run went on (a schema's migration went from ~300 ms to
 * ~1 s). A plain VACUUM never blocks the tests' DDL.
 */
const CATALOGS = ['pg_attribute', 'pg_depend', 'pg_class', 'pg_index', 'pg_type', 'pg_constraint', 'pg_trigger', 'pg_attrdef']
  .map((t) => `pg_catalog.${t}`)
  .join(', ');
const EVERY_MS = 10_000;

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return undefined;
  const client = new pg.Client({ connectionString: url });
  // Without superuser rights VACUUM skips a catalog with a warning: the tests still run, only slower.
  client.on('notice', () => {});
  client.on('error', () => {});
  await client.connect();
  const vacuum = () => client.query(`VACUUM ${CATALOGS}`);
  await vacuum();
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(vacuum).catch(() => {});
  }, EVERY_MS);
  return async () => {
    clearInterval(timer);
    await running;
    await client.end();
  };
}
