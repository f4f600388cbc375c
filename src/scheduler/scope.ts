import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../store/schema.ts';

/**
 * The rows a process delivers: those of events on the platforms it has notifiers for, and — when
 * it sends webhooks — every workspace's webhook rows, whatever its platform (a webhook needs no
 * chat client, so an HTTP-only process or a Slack process delivers a Discord workspace's too).
 */
export interface DeliveryScope {
  platforms: readonly string[];
  webhooks?: boolean;
}

export function isEmptyScope(s: DeliveryScope): boolean {
  return s.platforms.length === 0 && !s.webhooks;
}

/** The WHERE condition for rows in the scope (never call it with an empty scope). */
export function inScope(eb: ExpressionBuilder<Database, 'reminders'>, s: DeliveryScope): Expression<SqlBool> {
  const parts: Array<Expression<SqlBool>> = [];
  if (s.platforms.length) parts.push(eb('platform', 'in', [...s.platforms]));
  if (s.webhooks) parts.push(eb('kind', '=', 'webhook'));
  return eb.or(parts);
}
