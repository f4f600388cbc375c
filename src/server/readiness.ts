/**
 * What /readyz asks: named checks, each answering whether its part can serve. A check that
 * throws or takes too long counts as failing, with the reason.
 */
export type CheckResult = { ok: true; detail?: Record<string, unknown> } | { ok: false; reason: string; detail?: Record<string, unknown> };
export type ReadinessCheck = () => Promise<CheckResult> | CheckResult;

export interface ReadinessReport {
  ok: boolean;
  /** Names of the failing checks, in registration order. */
  failing: string[];
  checks: Record<string, CheckResult>;
}

export class Readiness {
  readonly #checks = new Map<string, ReadinessCheck>();
  #draining: string | null = null;

  constructor(private readonly timeoutMs = 2_000) {}

  /** Adds (or replaces) a named check. */
  add(name: string, check: ReadinessCheck): void {
    this.#checks.set(name, check);
  }

  /** From now on the process is going away: every answer is "not ready" (load balancers move on). */
  drain(reason = 'shutting down'): void {
    this.#draining = reason;
  }

  async report(): Promise<ReadinessReport> {
    const entries = await Promise.all([...this.#checks].map(async ([name, check]) => [name, await this.#run(check)] as const));
    const checks: Record<string, CheckResult> = {};
    if (this.#draining) checks['shutdown'] = { ok: false, reason: this.#draining };
    for (const [name, r] of entries) checks[name] = r;
    const failing = Object.entries(checks)
      .filter(([, r]) => !r.ok)
      .map(([n]) => n);
    return { ok: failing.length === 0, failing, checks };
  }

  async #run(check: ReadinessCheck): Promise<CheckResult> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<CheckResult>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, reason: `no answer within ${this.timeoutMs} ms` }), this.timeoutMs);
    });
    try {
      return await Promise.race([Promise.resolve().then(check), late]);
    } catch (err) {
      return { ok: false, reason: err instanceof Error ? err.message : String(err) };
    } finally {
      clearTimeout(timer);
    }
  }
}
