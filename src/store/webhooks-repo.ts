import type { Tenant } from '../core/tenant.ts';
import type { Executor } from './events-repo.ts';
import { fromJson, toJson, type JsonText } from './json-text.ts';
import { prepared } from './prepared.ts';
import type { WebhookEventType } from '../core/webhook-events.ts';

/** A webhook endpoint as the core sees it (the secret only where it is needed: signing, creating). */
export interface WebhookEndpoint extends Tenant {
  id: string;
  url: string;
  secret: string;
  events: WebhookEventType[];
  createdBy: string;
  createdAt: number;
}

type Row = {
  id: string;
  platform: Tenant['platform'];
  workspace_id: string;
  url: string;
  secret: string;
  events: JsonText<WebhookEventType[]>;
  created_by: string;
  created_at: number | string;
};

function endpointOf(r: Row): WebhookEndpoint {
  return {
    id: r.id,
    platform: r.platform,
    workspaceId: r.workspace_id,
    url: r.url,
    secret: r.secret,
    events: fromJson(r.events),
    createdBy: r.created_by,
    createdAt: Number(r.created_at),
  };
}

const endpointsOf = prepared((db, p: Tenant) =>
  db.selectFrom('webhooks').selectAll().where('platform', '=', p.platform).where('workspace_id', '=', p.workspaceId).orderBy('created_at').orderBy('id'),
);

export const webhooksRepo = {
  async list(db: Executor, t: Tenant): Promise<WebhookEndpoint[]> {
    const rows = await endpointsOf(db, { platform: t.platform, workspaceId: t.workspaceId });
    return rows.map(endpointOf);
  },

  /** One endpoint of this tenant (another tenant's id finds nothing). */
  async get(db: Executor, t: Tenant, id: string): Promise<WebhookEndpoint | null> {
    const row = await db
      .selectFrom('webhooks')
      .selectAll()
      .where('id', '=', id)
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .executeTakeFirst();
    return row ? endpointOf(row) : null;
  },

  async insert(db: Executor, w: WebhookEndpoint): Promise<void> {
    await db
      .insertInto('webhooks')
      .values({
        id: w.id,
        platform: w.platform,
        workspace_id: w.workspaceId,
        url: w.url,
        secret: w.secret,
        events: toJson(w.events),
        created_by: w.createdBy,
        created_at: w.createdAt,
      })
      .execute();
  },

  async remove(db: Executor, t: Tenant, id: string): Promise<WebhookEndpoint | null> {
    const row = await db
      .deleteFrom('webhooks')
      .where('id', '=', id)
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .returningAll()
      .executeTakeFirst();
    return row ? endpointOf(row) : null;
  },
};
