import { Agent, fetch } from 'undici';
import type { Clock } from '../../core/clock.ts';
import { receiverRefusal, type ReceiverPolicy } from '../../core/receiver-address.ts';
import type { Platform } from '../../core/tenant.ts';
import type { DeliveryResult, WebhookDelivery, WebhookSender } from '../../scheduler/notifier.ts';
import type { Store } from '../../store/database.ts';
import { webhooksRepo } from '../../store/webhooks-repo.ts';
import { receiverLookup, RefusedReceiver, type Resolver } from './receiver-lookup.ts';
import { webhookHeaders } from './webhook-signature.ts';

export interface WebhookHttpOptions {
  /** A receiver silent this long is a failed attempt (retried): default 10 s. */
  timeoutMs?: number;
  /** Where webhooks may be sent (WEBHOOK_ALLOW_PRIVATE): default public addresses only. */
  receivers?: ReceiverPolicy;
  /** How receivers' names are resolved: dns.lookup (tests map names of their own). */
  resolve?: Resolver;
}

/**
 * POSTs a webhook row to its endpoint, signed with the endpoint's current secret. A 2xx is
 * delivered; anything else (another status, a redirect, a timeout, a refused connection) throws,
 * and the scheduler retries with backoff. An endpoint removed since is not sent to, nor one whose
 * address is not public (unless the operator allows private receivers): neither is retried.
 */
export class HttpWebhookSender implements WebhookSender {
  readonly #timeoutMs: number;
  readonly #receivers: ReceiverPolicy;
  readonly #agent: Agent;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    opts: WebhookHttpOptions = {},
  ) {
    this.#timeoutMs = opts.timeoutMs ?? 10_000;
    this.#receivers = opts.receivers ?? 'public-only';
    this.#agent = new Agent({ connect: { lookup: receiverLookup(this.#receivers, opts.resolve) } });
  }

  async send(d: WebhookDelivery): Promise<DeliveryResult> {
    const tenant = { platform: d.platform as Platform, workspaceId: d.workspaceId };
    const endpoint = await webhooksRepo.get(this.store.db, tenant, d.endpointId);
    if (!endpoint) return { status: 'unreachable', reason: 'the webhook was removed' };
    // A literal address is connected to without a lookup: judged here (names, by the lookup).
    const literal = receiverRefusal(new URL(endpoint.url), this.#receivers);
    if (literal) return { status: 'unreachable', reason: literal };
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: webhookHeaders(endpoint.secret, d.messageId, timestamp, d.body),
        body: d.body,
        // A redirect is not followed: the receiver said where it lives when it was added.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#timeoutMs),
        dispatcher: this.#agent,
      });
      // Read (and drop) the answer so the connection is reused.
      await res.arrayBuffer().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return { status: 'sent' };
      throw new Error(`the receiver answered HTTP ${res.status}`);
    } catch (err) {
      const refused = (err as { cause?: unknown }).cause;
      if (refused instanceof RefusedReceiver) return { status: 'unreachable', reason: refused.message };
      throw err;
    }
  }

  /** Closes the connections kept open to receivers. */
  async close(): Promise<void> {
    await this.#agent.close();
  }
}
