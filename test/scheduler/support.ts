import { ManualClock } from '../../src/core/clock.ts';
import type { CreateEventInput } from '../../src/core/event-schema.ts';
import { EventService } from '../../src/core/service.ts';
import type { Store } from '../../src/store/database.ts';
import { createReminderLifecycle } from '../../src/scheduler/lifecycle.ts';
import type { DeliveryResult, Notice, Notifier, Target } from '../../src/scheduler/notifier.ts';
import { Scheduler, type SchedulerOptions } from '../../src/scheduler/scheduler.ts';
import { actor, ok } from '../support/core.ts';
import { perTest } from '../support/per-test.ts';
import type { StoreFactory } from '../support/stores.ts';

export interface Delivered {
  key: string;
  kind: Notice['kind'];
  offset: string | null;
  target: string;
  now: number;
  start: number;
  attempt: number | undefined;
  notice: Notice;
}

/**
 * Records every hand-off; can be told to throw or to answer "unreachable" for some targets.
 * Card posts and redraws (kind 'card') are kept apart in `cards`, so tests about reminders and
 * notices see only those.
 */
export class RecordingNotifier implements Notifier {
  readonly calls: Delivered[] = [];
  readonly cards: Delivered[] = [];
  failWith: ((n: Notice, t: Target) => DeliveryResult | Error | null) | null = null;

  async deliver(notice: Notice, target: Target): Promise<DeliveryResult> {
    const where = target.type === 'channel' ? `#${target.channelId}` : `@${target.userId}`;
    (notice.kind === 'card' ? this.cards : this.calls).push({
      key: notice.key,
      kind: notice.kind,
      offset: notice.offset,
      target: where,
      now: notice.now,
      start: notice.occurrence.start,
      attempt: notice.attempt,
      notice,
    });
    const f = this.failWith?.(notice, target);
    if (f instanceof Error) throw f;
    if (f) return f;
    return { status: 'sent', messageId: `m${this.calls.length + this.cards.length}` };
  }

  take(): Delivered[] {
    return this.calls.splice(0, this.calls.length);
  }
}

export function harness(store: Store, start: string, opts: Partial<SchedulerOptions> = {}) {
  const clock = new ManualClock(start);
  const lifecycle = createReminderLifecycle();
  const service = new EventService({ store, clock, lifecycle });
  const notifier = new RecordingNotifier();
  const scheduler = new Scheduler({ store, clock, notifiers: { console: notifier }, publisher: service, backoffMs: () => 60_000, ...opts });
  return { store, clock, service, notifier, scheduler };
}

/** A fresh store and scheduler harness for each test of the calling describe block, stopped and closed after it. */
export function withScheduler(factory: StoreFactory, start: string, opts: Partial<SchedulerOptions> = {}) {
  return perTest(factory, (store) => harness(store, start, opts), (h) => h.scheduler.stop());
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const at = (s: string) => new Date(s).getTime();

/**
 * The host's weekly game night on Saturdays at 18:00 UTC from 28 Nov, reminding each person by DM
 * an hour before; `input` overrides. For tests whose clock starts on Sat 21 Nov.
 */
export const weeklyGameNight = (h: { service: EventService }) => async (input: Partial<CreateEventInput> = {}) =>
  ok(
    await h.service.run(actor('host'), {
      type: 'create',
      input: {
        title: 'Game night',
        start: '2026-11-28T18:00:00.000Z',
        timezone: 'UTC',
        channelId: 'general',
        recurrence: { freq: 'WEEKLY' },
        reminderOffsets: ['PT1H'],
        reminderAudience: 'dm',
        ...input,
      },
    }),
  ).event;
