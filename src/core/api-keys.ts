import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Store } from '../store/database.ts';
import { ActorSchema, tenantOf, type ActorInput } from './actor.ts';
import type { Clock } from './clock.ts';
import type { Result } from './errors.ts';
import { managerOnly } from './manager-only.ts';
import type { Tenant } from './tenant.ts';

import { API_SCOPES, ApiScope } from './api-scopes.ts';
import { fromJson, toJson, type JsonText } from '../store/json-text.ts';
export { API_SCOPES, ApiScope };

export const ApiKeyRequest = z.object({
  name: z.string().trim().min(1, 'Name the key (what uses it, e.g. "ci")').max(80).default('api'),
  scopes: z.array(ApiScope).min(1, 'Give the key at least one scope').default([...API_SCOPES]),
});
export type ApiKeyRequest = z.input<typeof ApiKeyRequest>;

/** A key as listed: never its secret. */
export interface ApiKeyInfo extends Tenant {
  id: string;
  name: string;
  scopes: ApiScope[];
  createdBy: string;
  createdAt: number;
  revokedAt: number | null;
}

/** How long a verified key is trusted without reading it again (a revocation elsewhere takes this long at most). */
export const VERIFIED_TTL_MS = 5_000;
const MAX_VERIFIED = 10_000;

const KEY_PATTERN = /^cvn_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function infoOf(row: {
  id: string;
  platform: Tenant['platform'];
  workspace_id: string;
  name: string;
  scopes: JsonText<ApiScope[]>;
  created_by: string;
  created_at: number | string;
  revoked_at: number | string | null;
}): ApiKeyInfo {
  return {
    id: row.id,
    platform: row.platform,
    workspaceId: row.workspace_id,
    name: row.name,
    scopes: fromJson(row.scopes),
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}

function randomId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(12), (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Per-workspace API keys: created and revoked by the workspace's managers (from any chat door,
 * or by an operator), stored as a hash, shown once. A key acts as a manager of its own workspace.
 */
export class ApiKeys {
  /**
   * Keys verified lately, by the hash of the bearer token: a request does not read the database to
   * authenticate. A revocation through this instance drops its entries at once; one made by another
   * process is honoured within VERIFIED_TTL_MS.
   */
  readonly #verified = new Map<string, { key: ApiKeyInfo; until: number }>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** For operators (the CLI): no chat identity to check. */
  async createFor(tenant: Tenant, createdBy: string, request: ApiKeyRequest = {}): Promise<Result<{ key: ApiKeyInfo; token: string }>> {
    const parsed = ApiKeyRequest.safeParse(request);
    if (!parsed.success) return { ok: false, error: { code: 'invalid', message: parsed.error.issues.map((i) => i.message).join('; ') } };
    const id = randomId();
    const token = `cvn_${id}_${randomBytes(32).toString('base64url')}`;
    const now = this.clock.now().getTime();
    const row = {
      id,
      platform: tenant.platform,
      workspace_id: tenant.workspaceId,
      name: parsed.data.name,
      secret_hash: hash(token),
      scopes: toJson(parsed.data.scopes),
      created_by: createdBy,
      created_at: now,
      revoked_at: null,
    };
    await this.store.db.insertInto('api_keys').values(row).execute();
    return { ok: true, value: { key: infoOf(row), token } };
  }

  async create(actor: ActorInput, request: ApiKeyRequest = {}): Promise<Result<{ key: ApiKeyInfo; token: string }>> {
    const denied = await this.#managerOnly(actor);
    if (denied) return denied;
    const a = ActorSchema.parse(actor);
    return this.createFor(tenantOf(a), a.userId, request);
  }

  async list(actor: ActorInput): Promise<Result<ApiKeyInfo[]>> {
    const denied = await this.#managerOnly(actor);
    if (denied) return denied;
    const t = tenantOf(ActorSchema.parse(actor));
    const rows = await this.store.db
      .selectFrom('api_keys')
      .selectAll()
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at')
      .execute();
    return { ok: true, value: rows.map(infoOf) };
  }

  async revoke(actor: ActorInput, id: string): Promise<Result<ApiKeyInfo>> {
    const denied = await this.#managerOnly(actor);
    if (denied) return denied;
    const t = tenantOf(ActorSchema.parse(actor));
    const keyId = id.trim().replace(/^cvn_/, '').split('_')[0] ?? '';
    const row = await this.store.db
      .updateTable('api_keys')
      .set({ revoked_at: this.clock.now().getTime() })
      .where('id', '=', keyId)
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) return { ok: false, error: { code: 'not_found', message: `No active API key "${id}" in this workspace. /event api-key list shows them.` } };
    for (const [h, v] of this.#verified) if (v.key.id === row.id) this.#verified.delete(h);
    return { ok: true, value: infoOf(row) };
  }

  /** The key a bearer token names, if it is genuine and not revoked. */
  async verify(token: string): Promise<ApiKeyInfo | null> {
    const m = KEY_PATTERN.exec(token);
    if (!m) return null;
    const digest = hash(token);
    const now = this.clock.now().getTime();
    const seen = this.#verified.get(digest);
    if (seen && seen.until > now) return seen.key;
    const row = await this.store.db.selectFrom('api_keys').selectAll().where('id', '=', m[1]!).executeTakeFirst();
    if (!row || row.revoked_at !== null) return null;
    const a = Buffer.from(row.secret_hash, 'hex');
    const b = Buffer.from(digest, 'hex');
    if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
    const key = infoOf(row);
    if (this.#verified.size >= MAX_VERIFIED) this.#verified.delete(this.#verified.keys().next().value!);
    this.#verified.set(digest, { key, until: now + VERIFIED_TTL_MS });
    return key;
  }

  async #managerOnly(actor: ActorInput): Promise<Result<never> | null> {
    const a = await managerOnly(this.store, actor, 'manage API keys');
    return a.ok ? null : a;
  }

}
