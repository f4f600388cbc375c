import type { ActorInput } from '../core/actor.ts';
import type { Command, CommandType } from '../core/commands.ts';
import type { Result } from '../core/errors.ts';
import { EventService, type EventServiceDeps, type Outcomes } from '../core/service.ts';

/** One command through the core, as logs and metrics see it. */
export interface InteractionRecord {
  /** The door it came through (discord, slack, console, http). */
  via: string;
  /** Whose data: platform:workspace. */
  tenant: string;
  kind: string;
  /** The event it touched, when there is one. */
  event: string | undefined;
  /** ok, a user error code (not_found, invalid, …), or error (thrown). */
  outcome: string;
  ms: number;
}

/**
 * The core's one entry point, timed: every door's commands pass through run(), so this is the
 * single place interactions are counted and logged. The rules stay in EventService.
 */
export class ObservedEventService extends EventService {
  constructor(
    deps: EventServiceDeps,
    private readonly onInteraction: (r: InteractionRecord, err?: unknown) => void,
  ) {
    super(deps);
  }

  override async run<T extends CommandType>(actorInput: ActorInput, command: Command & { type: T }): Promise<Result<Outcomes[T]>> {
    const started = performance.now();
    const record = (outcome: string, event: string | undefined): InteractionRecord => ({
      via: String(actorInput.via ?? actorInput.platform),
      tenant: `${actorInput.platform}:${actorInput.workspaceId}`,
      kind: command.type,
      event,
      outcome,
      ms: Math.round((performance.now() - started) * 100) / 100,
    });
    const ref = (command as { event?: unknown }).event;
    const named = typeof ref === 'string' ? ref : undefined;
    try {
      const result = await super.run<T>(actorInput, command);
      const touched = result.ok ? (result.value as { event?: { id?: string } }).event?.id : undefined;
      this.#report(record(result.ok ? 'ok' : result.error.code, touched ?? named));
      return result;
    } catch (err) {
      this.#report(record('error', named), err);
      throw err;
    }
  }

  #report(r: InteractionRecord, err?: unknown): void {
    try {
      this.onInteraction(r, err);
    } catch {
      // Observing must never change the answer.
    }
  }
}
