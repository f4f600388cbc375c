import { createHash } from 'node:crypto';

/** Discord nonces are at most 25 characters: a hash of any stable key, so the same key dedupes. */
export function nonceFor(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 25);
}
