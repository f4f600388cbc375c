import type { ActorInput } from '../../core/actor.ts';
import type { Webhooks, WebhookRequest } from '../../core/webhooks.ts';
import type { TextCommand } from './grammar.ts';

/**
 * `/event webhook add|list|remove`, the same on every chat door: managers only (the core checks),
 * and the signing secret is in the reply alone — the door must show it only to the asker.
 */
export async function webhookReply(hooks: Webhooks, actor: ActorInput, cmd: Extract<TextCommand, { kind: 'webhook' }>): Promise<{ ok: boolean; text: string }> {
  switch (cmd.action) {
    case 'add': {
      const request = { url: cmd.url, ...(cmd.events ? { events: cmd.events } : {}) } as WebhookRequest;
      const r = await hooks.add(actor, request);
      if (!r.ok) return { ok: false, text: r.error.message };
      const w = r.value.webhook;
      return {
        ok: true,
        text:
          `Webhook ${w.id} added: ${w.url} gets ${w.events.join(', ')}. Deliveries are signed (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature headers). ` +
          `The signing secret is shown only this once; store it now:\n${r.value.secret}`,
      };
    }
    case 'list': {
      const r = await hooks.list(actor);
      if (!r.ok) return { ok: false, text: r.error.message };
      if (r.value.length === 0) return { ok: true, text: 'No webhooks. Add one: /event webhook add https://example.com/hooks/convene' };
      return { ok: true, text: r.value.map((w) => `${w.id} · ${w.url} · ${w.events.join(', ')} · by ${w.createdBy} on ${new Date(w.createdAt).toISOString().slice(0, 10)}`).join('\n') };
    }
    case 'remove': {
      const r = await hooks.remove(actor, cmd.id);
      return r.ok ? { ok: true, text: `Removed webhook ${r.value.id} (${r.value.url}); nothing more is sent to it.` } : { ok: false, text: r.error.message };
    }
  }
}
