import type { SettledNotice } from '../scheduler/index.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import type { InteractionRecord } from './observed-service.ts';

/** Sent later than this after its due time counts as late. */
export const LATE_MS = 60_000;

/** One log line and the metrics for each command through the core. */
export function observeInteractions(log: Logger, metrics: Metrics | null): (r: InteractionRecord, err?: unknown) => void {
  const fixed = withoutRedaction(log);
  return (r, err) => {
    const labels = { platform: r.via, kind: r.kind, outcome: r.outcome };
    metrics?.interactions.inc(labels);
    metrics?.interactionSeconds.observe(labels, r.ms / 1000);
    const line = { tenant: r.tenant, via: r.via, kind: r.kind, event: r.event, outcome: r.outcome, latencyMs: r.ms };
    if (err !== undefined) log.error({ ...line, err }, `interaction ${r.kind} failed`);
    else fixed.info(line, `interaction ${r.kind}: ${r.outcome}`);
  };
}

/** One log line and the metrics for each notice the scheduler settles. */
export function observeReminders(log: Logger, metrics: Metrics | null): (s: SettledNotice) => void {
  const fixed = withoutRedaction(log);
  return ({ row, outcome, reason, startedAt, settledAt }) => {
    const lagMs = Math.max(0, startedAt - Number(row.due_at));
    const late = outcome === 'sent' && lagMs > LATE_MS;
    metrics?.reminders.inc({ platform: row.platform, kind: row.kind, outcome });
    if (late) metrics?.remindersLate.inc({ platform: row.platform, kind: row.kind });
    if (outcome !== 'retried') metrics?.schedulerLag.observe({ platform: row.platform }, lagMs / 1000);
    const line = {
      tenant: `${row.platform}:${row.workspace_id}`,
      event: row.event_id,
      kind: row.kind,
      offset: row.offset_iso ?? undefined,
      target: row.target,
      outcome: late ? 'sent_late' : outcome,
      reason: reason ?? undefined,
      lagMs,
      latencyMs: settledAt - startedAt,
    };
    if (outcome === 'failed') log.error(line, `reminder ${row.kind}: failed`);
    else if (outcome === 'retried') log.warn(line, `reminder ${row.kind}: will retry`);
    else fixed.info(line, `reminder ${row.kind}: ${line.outcome}`);
  };
}

/**
 * For lines of fixed fields that hold no secret (ids, kinds, outcomes, times): redaction walks
 * every path on every line, a tenth of a cheap request's CPU. Errors, which can quote anything,
 * stay on the redacting logger; the scrubbing destination still blanks the secrets' values.
 */
function withoutRedaction(log: Logger): Logger {
  return log.child({}, { redact: [] });
}
