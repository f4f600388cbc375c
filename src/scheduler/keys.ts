import { createHash } from 'node:crypto';

/**
 * Idempotency keys. A key names one delivery: what it is (event, kind, occurrence and its time,
 * offset, target), not when it was planned, so planning the same thing twice yields the same key
 * and the table's primary key keeps one row. Keys are short enough for Discord's nonce
 * (at most 25 characters) and use only [A-Za-z0-9_.-].
 */
function digest(parts: ReadonlyArray<string | number | null>, length: number): string {
  const h = createHash('sha256');
  h.update(parts.map((p) => (p === null ? '\u0000' : String(p))).join('\u001f'));
  return h.digest('base64url').slice(0, length);
}

/** 16 characters (96 bits): collisions are not a practical concern. */
export function rowKey(...parts: ReadonlyArray<string | number | null>): string {
  return digest(parts, 16);
}

/** A per-recipient row fanned out of `parent`: stable per recipient, 25 characters. */
export function recipientKey(parent: string, userId: string): string {
  return `${parent}.${digest([userId], 8)}`;
}
