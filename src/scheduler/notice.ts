import type { Occurrence } from '../core/occurrences.ts';
import type { EventView } from '../core/view.ts';
import type { Notice, NoticeKind } from './notifier.ts';
import type { ReminderRow } from './tables.ts';
import { offerPayload, type OfferResultPayload } from './offers.ts';
import { droppedPayload } from './dropped.ts';

/** What the platform is asked to say for a row: key = the row's idempotency key. */
export function noticeFor(row: ReminderRow, event: EventView, occurrence: Occurrence, now: number): Notice {
  return {
    key: row.key,
    kind: row.kind as NoticeKind,
    event,
    occurrence: { start: occurrence.start, end: occurrence.end },
    now,
    offset: row.offset_iso,
    attempt: row.attempts,
    ...(row.previous_start !== null && row.previous_end !== null
      ? { previous: { start: Number(row.previous_start), end: Number(row.previous_end) } }
      : {}),
    ...(row.kind === 'cancelled' ? { reason: row.reason } : {}),
    ...(row.kind === 'moved' || row.kind === 'changed' ? { changes: (row.reason ? row.reason.split(',') : []) as Notice['changes'] } : {}),
    ...(row.kind === 'delivery_failed' ? { error: row.reason ?? 'unknown error' } : {}),
    ...(row.kind === 'card' ? { card: row.reason === 'post' ? ('post' as const) : ('redraw' as const) } : {}),
    ...(row.kind === 'offer' ? { offer: { expiresAt: offerPayload(row)?.expiresAt ?? row.occurrence_start } } : {}),
    ...(row.kind === 'offer_closed' ? { offer: { closed: row.reason === 'withdrawn' ? ('withdrawn' as const) : ('lapsed' as const) } } : {}),
    ...(row.kind === 'offer_result' ? { offer: { result: JSON.parse(row.payload ?? '{}') as OfferResultPayload } } : {}),
    ...(row.kind === 'dropped' ? { dropped: droppedNews(row) } : {}),
    ...(row.kind === 'decided' ? { decision: (row.reason ?? 'declined') as NonNullable<Notice['decision']> } : {}),
  };
}

function droppedNews(row: ReminderRow): NonNullable<Notice['dropped']> {
  const p = droppedPayload(row);
  return { dates: p?.dates ?? 0, first: p?.first ?? null, standing: p?.standing ?? false, repeats: p?.repeats ?? false };
}
