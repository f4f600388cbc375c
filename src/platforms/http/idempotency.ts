import { createHash } from 'node:crypto';
import type { Store } from '../../store/database.ts';
import { fromJson, toJson } from '../../store/json-text.ts';

/** A POST's outcome is replayed for this long; after that the key may be used again. */
export const REPLAY_MS = 24 * 3_600_000;

export type Claim =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${JSON.stringify(body ?? null)}`).digest('hex');
}

/**
 * Idempotency-Key records, scoped per API key: the first request claims the key (a row in
 * progress), its outcome is stored, and a retry gets that outcome back. The claim is one INSERT
 * on the primary key, so of two concurrent twins exactly one runs.
 */
export class IdempotencyRecords {
  constructor(private readonly store: Store) {}

  async claim(keyId: string, idemKey: string, hash: string, now: number): Promise<Claim> {
    const db = this.store.db;
    // A record past the replay window is forgotten, so the key starts afresh.
    await db.deleteFrom('api_idempotency').where('key_id', '=', keyId).where('idem_key', '=', idemKey).where('created_at', '<=', now - REPLAY_MS).execute();
    const inserted = await db
      .insertInto('api_idempotency')
      .values({ key_id: keyId, idem_key: idemKey, request_hash: hash, state: 'in_progress', status_code: null, body: null, created_at: now })
      .onConflict((oc) => oc.columns(['key_id', 'idem_key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return { kind: 'new' };
    const row = await db.selectFrom('api_idempotency').selectAll().where('key_id', '=', keyId).where('idem_key', '=', idemKey).executeTakeFirst();
    if (!row) return this.claim(keyId, idemKey, hash, now);
    if (row.request_hash !== hash) return { kind: 'mismatch' };
    if (row.state !== 'done') return { kind: 'in_progress' };
    return { kind: 'replay', status: Number(row.status_code), body: row.body === null ? null : fromJson(row.body) };
  }

  async finish(keyId: string, idemKey: string, status: number, body: unknown): Promise<void> {
    await this.store.db
      .updateTable('api_idempotency')
      .set({ state: 'done', status_code: status, body: toJson(body ?? null) })
      .where('key_id', '=', keyId)
      .where('idem_key', '=', idemKey)
      .execute();
  }

  /** The request failed unexpectedly (5xx): let a retry run it again. */
  async release(keyId: string, idemKey: string): Promise<void> {
    await this.store.db.deleteFrom('api_idempotency').where('key_id', '=', keyId).where('idem_key', '=', idemKey).where('state', '=', 'in_progress').execute();
  }
}
