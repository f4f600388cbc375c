/**
 * What people saw, counted from the fake platforms, against what the database says was due.
 * A reminder is delivered once when exactly one message carries its key (Discord: distinct
 * messages with its nonce; Slack: distinct posts with its key in the metadata; console: lines
 * printed for its key).
 */
import { nonceFor } from '../../src/platforms/discord/nonce.ts';
import type { Store } from '../../src/store/database.ts';
import type { FakeDiscord } from '../../test/harness/discord/index.ts';
import type { FakeSlack } from '../../test/harness/slack/index.ts';

export interface Seen {
  discord: FakeDiscord;
  slack: FakeSlack;
  /** Console notice key → times printed. */
  console: Map<string, number>;
}

export interface Tally {
  due: number;
  duePerPlatform: Record<string, number>;
  deliveredOnce: number;
  lost: number;
  duplicated: number;
  /** Skipped by the documented rules: late (the occurrence started), superseded, cancelled, moved, deleted. */
  skipped: Record<string, number>;
  /** The same, per platform and target ("discord/dm late"), to tell where reminders fell behind. */
  skippedWhere: Record<string, number>;
  unsettled: number;
}

function messagesPerKey(discord: FakeDiscord, slack: FakeSlack): Map<string, Set<string>> {
  const byNonce = new Map<string, Set<string>>();
  for (const r of discord.requests) {
    if (r.method !== 'POST' || !/^\/channels\/\d+\/messages$/.test(r.path) || r.status !== 200) continue;
    const nonce = (r.body as { nonce?: unknown })?.nonce;
    const id = (r.response as { id?: unknown })?.id;
    if (typeof nonce !== 'string' || typeof id !== 'string') continue;
    const set = byNonce.get(`d:${nonce}`) ?? new Set<string>();
    set.add(id);
    byNonce.set(`d:${nonce}`, set);
  }
  for (const c of slack.callsTo('chat.postMessage')) {
    const key = (c.args.metadata as { event_payload?: { key?: unknown } } | undefined)?.event_payload?.key;
    const ts = (c.response as { ok?: boolean; ts?: unknown } | undefined)?.ts;
    if (typeof key !== 'string' || typeof ts !== 'string') continue;
    const set = byNonce.get(`s:${key}`) ?? new Set<string>();
    set.add(`${String(c.args.channel)}:${ts}`);
    byNonce.set(`s:${key}`, set);
  }
  return byNonce;
}

function skipReason(error: string | null): string {
  const e = error ?? '';
  if (e.startsWith('late')) return 'late';
  if (e.startsWith('superseded')) return 'superseded';
  if (e.includes('cancelled')) return 'cancelled';
  if (e.startsWith('stale')) return 'moved';
  if (e.includes('deleted')) return 'deleted';
  if (e.startsWith('unreachable')) return 'unreachable';
  return `other: ${e.slice(0, 60)}`;
}

/** Times the people on the row's platform saw the row's notice. */
function timesSeen(row: { platform: string; key: string }, chat: Map<string, Set<string>>, printed: Map<string, number>): number {
  if (row.platform === 'discord') return chat.get(`d:${nonceFor(row.key)}`)?.size ?? 0;
  if (row.platform === 'slack') return chat.get(`s:${row.key}`)?.size ?? 0;
  return printed.get(row.key) ?? 0;
}

/** Reminder rows (channel posts and per-person DMs) due by `until`, and what became of each. */
export async function tally(store: Store, seenBy: Seen, until: number): Promise<Tally> {
  const rows = await store.db
    .selectFrom('reminders')
    .select(['key', 'platform', 'target', 'state', 'last_error'])
    .where('kind', '=', 'reminder')
    .where('target', 'in', ['channel', 'dm'])
    .where('due_at', '<=', until)
    .execute();
  const chat = messagesPerKey(seenBy.discord, seenBy.slack);
  const out: Tally = { due: rows.length, duePerPlatform: {}, deliveredOnce: 0, lost: 0, duplicated: 0, skipped: {}, skippedWhere: {}, unsettled: 0 };
  for (const r of rows) {
    out.duePerPlatform[r.platform] = (out.duePerPlatform[r.platform] ?? 0) + 1;
    const n = timesSeen(r, chat, seenBy.console);
    if (n > 1) out.duplicated++;
    if (r.state === 'skipped' && n === 0) {
      const why = skipReason(r.last_error);
      out.skipped[why] = (out.skipped[why] ?? 0) + 1;
      const where = `${r.platform}/${r.target} ${why}`;
      out.skippedWhere[where] = (out.skippedWhere[where] ?? 0) + 1;
      if (why.startsWith('other') || why === 'unreachable') out.lost++;
      continue;
    }
    if (r.state === 'pending' || r.state === 'claimed') out.unsettled++;
    if (n === 1) out.deliveredOnce++;
    else if (n === 0) out.lost++;
  }
  return out;
}
