import type { ChatInputCommandInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import { apiKeyReply } from '../../text/api-keys.ts';
import type { TextCommand } from '../../text/grammar.ts';
import { webhookReply } from '../../text/webhooks.ts';
import { problem, type Ctx } from './context.ts';
import { respond } from './respond.ts';

const SCOPE_CHOICES: Record<string, string[]> = { read: ['events:read'], write: ['events:write'], both: ['events:read', 'events:write'] };

/** The slash command's options as the shared text grammar's command (one meaning on every door). */
function commandOf(i: ChatInputCommandInteraction): Extract<TextCommand, { kind: 'api-key' | 'webhook' }> {
  const o = i.options;
  const sub = o.getSubcommand();
  if (o.getSubcommandGroup() === 'api-key') {
    if (sub === 'list') return { kind: 'api-key', action: 'list' };
    if (sub === 'revoke') return { kind: 'api-key', action: 'revoke', id: o.getString('id', true) };
    const scopes = o.getString('scopes');
    return { kind: 'api-key', action: 'create', name: o.getString('name'), scopes: scopes ? (SCOPE_CHOICES[scopes] ?? null) : null };
  }
  if (sub === 'list') return { kind: 'webhook', action: 'list' };
  if (sub === 'remove') return { kind: 'webhook', action: 'remove', id: o.getString('id', true) };
  const events = (o.getString('events') ?? '').split(/[\s,]+/).filter(Boolean);
  return { kind: 'webhook', action: 'add', url: o.getString('url', true), events: events.length ? events : null };
}

/** A secret on the reply's last line, in a code span so Discord's markdown leaves it intact. */
function withSecret(text: string, secret: boolean): string {
  if (!secret) return text;
  const lines = text.split('\n');
  const last = lines.pop() ?? '';
  return [...lines, `\`${last}\``].join('\n');
}

/**
 * /event api-key create|list|revoke and /event webhook add|list|remove: managers only (the core
 * checks), answered ephemerally, so a new key or signing secret is seen by the asker alone.
 */
export async function handleAdmin(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const cmd = commandOf(i);
    const r = cmd.kind === 'api-key' ? await apiKeyReply(ctx.service.apiKeys, actor, cmd) : await webhookReply(ctx.service.webhooks, actor, cmd);
    if (!r.ok) return { content: problem(r.text) };
    return { content: withSecret(r.text, cmd.action === 'create' || cmd.action === 'add') };
  });
}
