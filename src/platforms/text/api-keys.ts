import type { ActorInput } from '../../core/actor.ts';
import type { ApiKeys, ApiScope } from '../../core/api-keys.ts';
import type { TextCommand } from './grammar.ts';

/**
 * `/event api-key create|list|revoke`, the same on every chat door: managers only (the core
 * checks), and the new key is in the reply alone — the door must show it only to the asker.
 */
export async function apiKeyReply(keys: ApiKeys, actor: ActorInput, cmd: Extract<TextCommand, { kind: 'api-key' }>): Promise<{ ok: boolean; text: string }> {
  switch (cmd.action) {
    case 'create': {
      const r = await keys.create(actor, { ...(cmd.name ? { name: cmd.name } : {}), ...(cmd.scopes ? { scopes: cmd.scopes as ApiScope[] } : {}) });
      if (!r.ok) return { ok: false, text: r.error.message };
      const k = r.value.key;
      return { ok: true, text: `New API key "${k.name}" (${k.id}, ${k.scopes.join(', ')}). It is shown only this once; store it now:\n${r.value.token}` };
    }
    case 'list': {
      const r = await keys.list(actor);
      if (!r.ok) return { ok: false, text: r.error.message };
      if (r.value.length === 0) return { ok: true, text: 'No API keys. Create one: /event api-key create ci' };
      return { ok: true, text: r.value.map((k) => `${k.id} · ${k.name} · ${k.scopes.join(', ')} · by ${k.createdBy} on ${new Date(k.createdAt).toISOString().slice(0, 10)}`).join('\n') };
    }
    case 'revoke': {
      const r = await keys.revoke(actor, cmd.id);
      return r.ok ? { ok: true, text: `Revoked API key "${r.value.name}" (${r.value.id}).` } : { ok: false, text: r.error.message };
    }
  }
}
