import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface PoolStats {
  /** Connections open. */
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
  max: number;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const LAG_SECONDS = [0.05, 0.25, 1, 2.5, 5, 15, 30, 60, 300, 900, 3600];

/**
 * Everything /metrics exports, prefixed convene_: interactions, reminders, the scheduler's lag,
 * the database pool, and Node's process metrics. One registry per process (tests make their own).
 */
export class Metrics {
  readonly registry = new Registry();
  readonly interactions: Counter<'platform' | 'kind' | 'outcome'>;
  readonly interactionSeconds: Histogram<'platform' | 'kind' | 'outcome'>;
  readonly reminders: Counter<'platform' | 'kind' | 'outcome'>;
  readonly remindersLate: Counter<'platform' | 'kind'>;
  readonly schedulerLag: Histogram<'platform'>;

  constructor(opts: { pool?: () => PoolStats; processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.interactions = new Counter({
      name: 'convene_interactions_total',
      help: 'Commands handled, by door (platform), command kind and outcome (ok, a user error code, or error)',
      labelNames: ['platform', 'kind', 'outcome'],
      registers,
    });
    this.interactionSeconds = new Histogram({
      name: 'convene_interaction_duration_seconds',
      help: 'Time the core took to handle a command',
      labelNames: ['platform', 'kind', 'outcome'],
      buckets: SECONDS,
      registers,
    });
    this.reminders = new Counter({
      name: 'convene_reminders_total',
      help: 'Notices settled by the scheduler, by outcome: sent, skipped, failed, retried',
      labelNames: ['platform', 'kind', 'outcome'],
      registers,
    });
    this.remindersLate = new Counter({
      name: 'convene_reminders_late_total',
      help: 'Notices sent more than a minute after they were due',
      labelNames: ['platform', 'kind'],
      registers,
    });
    this.schedulerLag = new Histogram({
      name: 'convene_scheduler_lag_seconds',
      help: 'How long after its due time each notice was handed to its platform',
      labelNames: ['platform'],
      buckets: LAG_SECONDS,
      registers,
    });
    const pool = opts.pool;
    if (pool) {
      new Gauge({
        name: 'convene_db_pool_connections',
        help: 'Database connections by state (total, idle, in use, waiting for one, max)',
        labelNames: ['state'],
        registers,
        collect() {
          const p = pool();
          this.set({ state: 'total' }, p.total);
          this.set({ state: 'idle' }, p.idle);
          this.set({ state: 'in_use' }, p.total - p.idle);
          this.set({ state: 'waiting' }, p.waiting);
          this.set({ state: 'max' }, p.max);
        },
      });
    }
    if (opts.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'convene_' });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
