/** Realistic-looking Slack identifiers for payloads: trigger ids, action timestamps, event ids. */
import { randomBytes } from 'node:crypto';

let counter = 0;

/** e.g. `1717171717123.1234567890.4f0c…` (13 digits . team-ish digits . 32 hex) */
export function triggerId(): string {
  counter += 1;
  return `${Date.now()}${counter % 10}.${1_000_000_000 + counter}.${randomBytes(16).toString('hex')}`;
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
