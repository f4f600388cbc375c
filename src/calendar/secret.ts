import { randomBytes } from 'node:crypto';
import type { Store } from '../store/database.ts';

const NAME = 'feed_tokens';

/**
 * The key feed tokens are derived with: the operator's FEED_SECRET, or one generated on first use
 * and kept in the database so feed URLs survive restarts (and every process agrees on them).
 */
export async function feedSecret(store: Store, configured: string | undefined, now: number): Promise<string> {
  if (configured) return configured;
  const db = store.db;
  await db
    .insertInto('server_secrets')
    .values({ name: NAME, value: randomBytes(32).toString('base64url'), created_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('server_secrets').select('value').where('name', '=', NAME).executeTakeFirstOrThrow();
  return row.value;
}
