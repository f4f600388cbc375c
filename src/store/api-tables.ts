type Millis = number;
import type { ApiScope } from '../core/api-scopes.ts';
import type { WebhookEventType } from '../core/webhook-events.ts';
import type { JsonText } from './json-text.ts';

/** An API key of one workspace. Only a hash of its secret is kept: it is shown once, when created. */
export interface ApiKeysTable {
  /** Public part of the key (`cvn_<id>_<secret>`), used to find the row. */
  id: string;
  platform: 'discord' | 'slack' | 'console';
  workspace_id: string;
  name: string;
  /** sha256 (hex) of the whole key. */
  secret_hash: string;
  scopes: JsonText<ApiScope[]>;
  created_by: string;
  created_at: Millis;
  revoked_at: Millis | null;
}

/** A POST made with an Idempotency-Key: its first outcome, replayed for 24 hours. */
export interface ApiIdempotencyTable {
  key_id: string;
  idem_key: string;
  /** sha256 of method, path and body: the same key with another request is refused. */
  request_hash: string;
  state: 'in_progress' | 'done';
  status_code: number | null;
  body: JsonText<unknown> | null;
  created_at: Millis;
}

/** A workspace's webhook endpoint: where its changes are POSTed, signed with its secret. */
export interface WebhooksTable {
  /** `wh_…`, public: named in lists and in `/event webhook remove`. */
  id: string;
  platform: 'discord' | 'slack' | 'console';
  workspace_id: string;
  url: string;
  /** `whsec_<base64>` (Standard Webhooks): shown once, kept to sign with. */
  secret: string;
  /** The event types it gets. */
  events: JsonText<WebhookEventType[]>;
  created_by: string;
  created_at: Millis;
}

export interface ApiTables {
  api_keys: ApiKeysTable;
  api_idempotency: ApiIdempotencyTable;
  webhooks: WebhooksTable;
}
