import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Store } from '../store/database.ts';
import { webhooksRepo, type WebhookEndpoint } from '../store/webhooks-repo.ts';
import { tenantOf, type ActorInput } from './actor.ts';
import type { Clock } from './clock.ts';
import type { Result } from './errors.ts';
import { managerOnly } from './manager-only.ts';
import { receiverRefusal, type ReceiverPolicy } from './receiver-address.ts';
import type { Tenant } from './tenant.ts';

import { WEBHOOK_EVENTS, WebhookEventType } from './webhook-events.ts';
export { WEBHOOK_EVENTS, WebhookEventType };

/** Endpoints per workspace: enough for a few systems, few enough that a change fans out cheaply. */
export const MAX_WEBHOOKS = 10;
const MAX_URL = 2000;

/** A URL Convene will POST to: http or https, nothing else (said plainly when it is not). */
export const WebhookUrl = z
  .string()
  .trim()
  .min(1, 'Give the URL to send events to, like https://example.com/hooks/convene')
  .max(MAX_URL, `A webhook URL can be at most ${MAX_URL} characters`)
  .superRefine((s, ctx) => {
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${s.slice(0, 100)}" is not a URL. Give a full address starting with https://` });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      ctx.addIssue({ code: 'custom', message: `Webhooks are sent over HTTP: the URL must start with https:// (or http://), not ${url.protocol}//` });
    } else if (!url.hostname) {
      ctx.addIssue({ code: 'custom', message: 'The webhook URL has no host name.' });
    }
  });

export const WebhookRequest = z
  .object({
    url: WebhookUrl,
    events: z
      .array(WebhookEventType, { message: `events must be a list of: ${WEBHOOK_EVENTS.join(', ')}` })
      .min(1, 'Pick at least one event type, or leave events out for all of them')
      .max(WEBHOOK_EVENTS.length)
      .optional(),
  })
  .strict();
export type WebhookRequest = z.input<typeof WebhookRequest>;

/** An endpoint as listed: never its secret. */
export type WebhookInfo = Omit<WebhookEndpoint, 'secret'>;

const info = ({ secret: _secret, ...rest }: WebhookEndpoint): WebhookInfo => rest;

function randomId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `wh_${Array.from(randomBytes(12), (b) => alphabet[b % alphabet.length]).join('')}`;
}

/** Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function invalid(error: z.ZodError): Result<never> {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || 'url';
  return { ok: false, error: { code: 'invalid', message: issue?.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}"` : `${field}: ${issue?.message ?? 'invalid'}` } };
}

/**
 * A workspace's webhook endpoints: added and removed by its managers (from any chat door, the
 * CLI or the API). The secret is shown once, when the endpoint is added; every delivery is
 * signed with it (Standard Webhooks).
 */
export class Webhooks {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly receivers: ReceiverPolicy = 'public-only',
  ) {}

  /** For operators and API keys: the tenant is already established. */
  async addFor(tenant: Tenant, createdBy: string, request: WebhookRequest): Promise<Result<{ webhook: WebhookInfo; secret: string }>> {
    const parsed = WebhookRequest.safeParse(request);
    if (!parsed.success) return invalid(parsed.error);
    const refused = receiverRefusal(new URL(parsed.data.url), this.receivers);
    if (refused) return { ok: false, error: { code: 'invalid', message: `url: ${refused}` } };
    const existing = await webhooksRepo.list(this.store.db, tenant);
    if (existing.length >= MAX_WEBHOOKS) {
      return { ok: false, error: { code: 'conflict', message: `This workspace already has ${MAX_WEBHOOKS} webhooks; remove one first.` } };
    }
    const endpoint: WebhookEndpoint = {
      id: randomId(),
      platform: tenant.platform,
      workspaceId: tenant.workspaceId,
      url: parsed.data.url,
      secret: newSecret(),
      events: parsed.data.events ? [...new Set(parsed.data.events)] : [...WEBHOOK_EVENTS],
      createdBy,
      createdAt: this.clock.now().getTime(),
    };
    await webhooksRepo.insert(this.store.db, endpoint);
    return { ok: true, value: { webhook: info(endpoint), secret: endpoint.secret } };
  }

  async listFor(tenant: Tenant): Promise<WebhookInfo[]> {
    return (await webhooksRepo.list(this.store.db, tenant)).map(info);
  }

  async removeFor(tenant: Tenant, id: string): Promise<Result<WebhookInfo>> {
    const removed = await webhooksRepo.remove(this.store.db, tenant, id.trim());
    if (!removed) return { ok: false, error: { code: 'not_found', message: `No webhook "${id}" in this workspace. /event webhook list shows them.` } };
    return { ok: true, value: info(removed) };
  }

  async add(actor: ActorInput, request: WebhookRequest): Promise<Result<{ webhook: WebhookInfo; secret: string }>> {
    const a = await managerOnly(this.store, actor, 'manage webhooks');
    return a.ok ? this.addFor(tenantOf(a.value), a.value.userId, request) : a;
  }

  async list(actor: ActorInput): Promise<Result<WebhookInfo[]>> {
    const a = await managerOnly(this.store, actor, 'manage webhooks');
    return a.ok ? { ok: true, value: await this.listFor(tenantOf(a.value)) } : a;
  }

  async remove(actor: ActorInput, id: string): Promise<Result<WebhookInfo>> {
    const a = await managerOnly(this.store, actor, 'manage webhooks');
    return a.ok ? this.removeFor(tenantOf(a.value), id) : a;
  }
}
