/** Realistic-looking Slack identifiers for payloads: trigger ids, action timestamps, event ids. */
import { randomBytes } from 'node:crypto';

let counter = 0;

/** Trigger ids handed out (in payloads) and when; the fake accepts each once, for 3 seconds. */
const issuedTriggers = new Map<string, number>();
const MAX_REMEMBERED = 10_000;

/** e.g. `1717171717123.1234567890.4f0c…` (13 digits . team-ish digits . 32 hex) */
export function triggerId(): string {
  counter += 1;
  const id = `${Date.now()}${counter % 10}.${1_000_000_000 + counter}.${randomBytes(16).toString('hex')}`;
  issuedTriggers.set(id, Date.now());
  if (issuedTriggers.size > MAX_REMEMBERED) issuedTriggers.delete(issuedTriggers.keys().next().value!);
  return id;
}

/** Exchange a trigger id (views.open / views.push): once, within `ttlMs` of its issue. */
export function claimTrigger(id: string, now: number, ttlMs: number): 'ok' | 'invalid' | 'expired' | 'used' {
  const issued = issuedTriggers.get(id);
  if (issued === undefined) return 'invalid';
  if (issued < 0) return 'used';
  issuedTriggers.set(id, -1);
  return now - issued > ttlMs ? 'expired' : 'ok';
}

/** Tests: make a trigger id look issued `ageMs` ago. */
export function ageTrigger(id: string, ageMs: number): void {
  if ((issuedTriggers.get(id) ?? -1) >= 0) issuedTriggers.set(id, Date.now() - ageMs);
}

/** `seconds.micros` like Slack's action_ts / event ts. */
export function actionTs(): string {
  const ms = Date.now();
  counter += 1;
  return `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1000 + (counter % 1000)).padStart(6, '0')}`;
}

export function eventId(): string {
  return `Ev${randomBytes(5).toString('hex').toUpperCase()}`;
}

export function envelopeLikeId(prefix: string): string {
  return `${prefix}${randomBytes(5).toString('hex').toUpperCase()}`;
}
