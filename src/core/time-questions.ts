import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Store } from '../store/database.ts';
import { timeQuestionsRepo } from '../store/time-questions-repo.ts';
import { ActorSchema, tenantOf, type ActorInput } from './actor.ts';
import type { Clock } from './clock.ts';
import { CreateEventInput, EventPatch } from './event-schema.ts';
import type { Result } from './errors.ts';
import type { Created } from './handlers/create.ts';
import type { Updated } from './handlers/update.ts';

/** What a candidate does once picked: a create or an update, complete but for its idempotency key. */
export const HeldCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('create'), input: CreateEventInput }),
  z.object({ type: z.literal('update'), event: z.string().min(1).max(200), patch: EventPatch }),
]);
export type HeldCommand = z.input<typeof HeldCommand>;

const HeldChoice = z.object({ label: z.string().max(200), command: HeldCommand });
export type HeldChoice = z.input<typeof HeldChoice>;
const HeldChoices = z.array(HeldChoice).min(1).max(10);

export type Picked =
  | { type: 'create'; label: string; outcome: Created }
  | { type: 'update'; label: string; outcome: Updated };

/** How the service runs a held command (EventService.run with the question's key). */
export type RunHeld = (actor: ActorInput, command: HeldCommand & { idempotencyKey: string }) => Promise<Result<Created | Updated>>;

/** Questions wait this long for a pick: long enough to ask someone, short enough that "tomorrow" still means it. */
export const QUESTION_TTL_MS = 30 * 60_000;

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
function questionId(): string {
  return Array.from(randomBytes(12), (b) => ALPHABET[b % ALPHABET.length]).join('');
}

const no = (code: 'not_found' | 'forbidden' | 'conflict' | 'invalid', message: string): Result<never> => ({ ok: false, error: { code, message } });

/**
 * A time that reads more than one way is asked, never guessed (issue 9). Chat doors hold the
 * question here while the person picks: the candidate commands, durable (a restart or another
 * process answers the click), scoped to the tenant, answerable only by the asker, until it expires.
 * A pick runs its command once: a double click or a retried delivery replays the first outcome.
 */
export class TimeQuestions {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly run: RunHeld,
  ) {}

  /** Holds the question; the id goes into each button. */
  async ask(actorInput: ActorInput, question: string, choices: HeldChoice[], ttlMs = QUESTION_TTL_MS): Promise<string> {
    const actor = ActorSchema.parse(actorInput);
    // Checked now, stored as given: the service parses the command again when it runs.
    HeldChoices.parse(choices);
    const id = questionId();
    const now = this.clock.now().getTime();
    await timeQuestionsRepo.insert(this.store.db, tenantOf(actor), { id, userId: actor.userId, question, choices, expiresAt: now + ttlMs }, now);
    return id;
  }

  /** The asker picked candidate `index` (0-based): run it, once. */
  async answer(actorInput: ActorInput, id: string, index: number): Promise<Result<Picked>> {
    const actor = ActorSchema.parse(actorInput);
    const tenant = tenantOf(actor);
    const db = this.store.db;
    const q = await timeQuestionsRepo.get(db, tenant, id);
    if (!q) return no('not_found', 'That question is no longer open. Run the command again.');
    if (q.userId !== actor.userId) return no('forbidden', 'Only the person who asked can pick the time.');
    const choices = Array.isArray(q.choices) ? (q.choices as HeldChoice[]) : [];
    const choice = Number.isInteger(index) && index >= 0 ? choices[index] : undefined;
    if (!choice) return no('invalid', 'That choice is not one of the readings offered. Run the command again.');
    if (q.answeredWith !== null && q.answeredWith !== index) {
      const taken = choices[q.answeredWith]?.label;
      return no('conflict', `You already picked ${taken ?? 'another reading'} for this question.`);
    }
    if (q.answeredWith === null && q.expiresAt <= this.clock.now().getTime()) {
      return no('invalid', 'That question has expired (they wait 30 minutes). Run the command again.');
    }
    if (!(await timeQuestionsRepo.take(db, tenant, id, index))) return no('conflict', 'You already picked another reading for this question.');
    const r = await this.run(actor, { ...choice.command, idempotencyKey: `question:${id}` } as HeldCommand & { idempotencyKey: string });
    if (!r.ok) {
      await timeQuestionsRepo.release(db, tenant, id, index);
      return r;
    }
    return { ok: true, value: { type: choice.command.type, label: choice.label, outcome: r.value } as Picked };
  }

  /** The asker said none of them: the question is dropped. */
  async dismiss(actorInput: ActorInput, id: string): Promise<Result<{ dismissed: boolean }>> {
    const actor = ActorSchema.parse(actorInput);
    const tenant = tenantOf(actor);
    const q = await timeQuestionsRepo.get(this.store.db, tenant, id);
    if (!q) return { ok: true, value: { dismissed: false } };
    if (q.userId !== actor.userId) return no('forbidden', 'Only the person who asked can answer this question.');
    if (q.answeredWith !== null) return no('conflict', 'This question was already answered.');
    await timeQuestionsRepo.remove(this.store.db, tenant, id);
    return { ok: true, value: { dismissed: true } };
  }

  /** Expired questions, and answered ones past their time, are only clutter. */
  async prune(before: number): Promise<void> {
    await timeQuestionsRepo.prune(this.store.db, before);
  }
}
