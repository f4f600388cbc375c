import type { Clock } from '../../core/clock.ts';
import type { Platform } from '../../core/tenant.ts';
import type { DeliveryResult, WebhookDelivery, WebhookSender } from '../../scheduler/notifier.ts';
import type { Store } from '../../store/database.ts';
import { webhooksRepo } from '../../store/webhooks-repo.ts';
import { webhookHeaders } from './webhook-signature.ts';

export interface WebhookHttpOptions {
  /** A receiver silent this long is a failed attempt (retried): default 10 s. */
  timeoutMs?: number;
}

/**
 * POSTs a webhook row to its endpoint, signed with the endpoint's current secret. A 2xx is
 * delivered; anything else (another status, a redirect, a timeout, a refused connection) throws,
 * and the scheduler retries with backoff. An endpoint removed since is not sent to.
 */
export class HttpWebhookSender implements WebhookSender {
  readonly #timeoutMs: number;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    opts: WebhookHttpOptions = {},
  ) {
    this.#timeoutMs = opts.timeoutMs ?? 10_000;
  }

  async send(d: WebhookDelivery): Promise<DeliveryResult> {
    const tenant = { platform: d.platform as Platform, workspaceId: d.workspaceId };
    const endpoint = await webhooksRepo.get(this.store.db, tenant, d.endpointId);
    if (!endpoint) return { status: 'unreachable', reason: 'the webhook was removed' };
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const res = await fetch(endpoint.url, {
      method: 'POST',
      headers: webhookHeaders(endpoint.secret, d.messageId, timestamp, d.body),
      body: d.body,
      // A redirect is not followed: the receiver said where it lives when it was added.
      redirect: 'manual',
      signal: AbortSignal.timeout(this.#timeoutMs),
    });
    // Read (and drop) the answer so the connection is reused.
    await res.arrayBuffer().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { status: 'sent' };
    throw new Error(`the receiver answered HTTP ${res.status}`);
  }
}
