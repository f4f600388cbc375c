/**
 * The Web API half of the fake: `POST /api/<method>` with a form-encoded or JSON body and a
 * Bearer token. Every call is recorded (JSON-valued fields decoded) before it is answered, and
 * failures can be injected per method.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Args, decodeArgs, readBody, sendJson, str } from './http-util.ts';
import { METHODS, type MethodContext } from './web-api-methods.ts';
import { checkPayload, checkScopes, SlackApiError, type StrictOptions } from './strict.ts';
import { DEFAULT_WAIT_MS, Waiters } from './wait.ts';
import type { Workspace } from './workspace.ts';

export interface RecordedCall {
  method: string;
  /** Decoded arguments, without `token`; `blocks`, `view`, `attachments`, `metadata` parsed from JSON. */
  args: Args;
  /** From `Authorization: Bearer …`, or the `token` argument. */
  token: string | undefined;
  /** `Date.now()` when the call arrived. */
  at: number;
  contentType: string | undefined;
  /** What the fake answered. */
  status: number;
  response: Record<string, unknown>;
}

export interface InjectedFailure {
  /** Slack error code for `{ ok: false, error }`, e.g. `channel_not_found`. */
  error: string;
  /** HTTP status (200 as Slack does for API errors unless told otherwise). */
  status?: number;
  /** Seconds for a `Retry-After` header (sent with a 429). */
  retryAfter?: number;
  /** Extra fields merged into the error body. */
  extra?: Args;
}

export class WebApiMock {
  readonly calls: RecordedCall[] = [];
  private readonly failures = new Map<string, InjectedFailure[]>();
  private readonly waiters = new Waiters();

  constructor(
    private readonly ws: Workspace,
    private readonly issueSocketUrl: () => string,
    private readonly strict: StrictOptions = { triggerTtlMs: 3000 },
  ) {}

  failNext(method: string, error = 'internal_error', opts: Omit<InjectedFailure, 'error'> & { times?: number } = {}): void {
    const { times = 1, ...rest } = opts;
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push({ error, ...rest });
    this.failures.set(method, queue);
  }

  rateLimitNext(method: string, retryAfterSeconds = 1, times = 1): void {
    this.failNext(method, 'ratelimited', { status: 429, retryAfter: retryAfterSeconds, times });
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  waitForCall(
    method: string,
    predicate: (call: RecordedCall) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedCall> {
    return this.waiters.wait(
      () => this.calls.find((c) => c.method === method && predicate(c)),
      timeoutMs,
      () => `a ${method} call; calls so far: [${this.calls.map((c) => c.method).join(', ')}]`,
    );
  }

  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
  }

  async handle(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const raw = await readBody(req);
    const contentType = req.headers['content-type'];
    let args: Args;
    try {
      args = decodeArgs(contentType, raw);
    } catch {
      sendJson(res, 200, { ok: false, error: 'invalid_json' });
      return;
    }
    const auth = req.headers.authorization;
    const bearer = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
    const token = bearer !== undefined && bearer !== '' ? bearer : str(args.token);
    delete args.token;

    const { status, body, headers } = this.answer(method, args, token);
    this.calls.push({ method, args, token, at: Date.now(), contentType, status, response: body });
    sendJson(res, status, body, headers);
    this.waiters.notify();
  }

  private answer(
    method: string,
    args: Args,
    token: string | undefined,
  ): { status: number; body: Record<string, unknown>; headers: Record<string, string> } {
    const injected = this.failures.get(method)?.shift();
    if (injected !== undefined) {
      const headers: Record<string, string> = {};
      if (injected.retryAfter !== undefined) headers['retry-after'] = String(injected.retryAfter);
      return { status: injected.status ?? 200, body: { ok: false, error: injected.error, ...injected.extra }, headers };
    }
    const handler = METHODS[method];
    if (handler === undefined) return { status: 200, body: { ok: false, error: 'unknown_method' }, headers: {} };
    if (token === undefined) return { status: 200, body: { ok: false, error: 'not_authed' }, headers: {} };
    const ctx: MethodContext = { ws: this.ws, token, issueSocketUrl: this.issueSocketUrl };
    try {
      checkScopes(this.ws, method, args, token);
      checkPayload(this.ws, method, args, token, this.strict);
      return { status: 200, body: { ok: true, ...handler(args, ctx) }, headers: {} };
    } catch (e) {
      if (e instanceof SlackApiError) return { status: 200, body: { ok: false, error: e.error, ...e.extra }, headers: {} };
      throw e;
    }
  }
}
