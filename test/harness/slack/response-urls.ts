/**
 * `response_url` endpoints on the fake. Bolt's `respond()` POSTs JSON to the payload's
 * response_url; each post is recorded under the URL's id. Slack answers `{"ok":true}`;
 * a URL works 5 times within 30 minutes of its issue, then answers 404 (`used_url`,
 * `expired_url`), as Slack documents.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { blockKitErrors } from './block-kit.ts';
import { decodeArgs, readBody, sendJson } from './http-util.ts';
import { DEFAULT_WAIT_MS, Waiters } from './wait.ts';

export const RESPONSE_URL_PREFIX = '/hooks/response/';
export const RESPONSE_URL_MAX_USES = 5;
export const RESPONSE_URL_TTL_MS = 30 * 60_000;

export interface RecordedResponse {
  /** The id in the response URL. */
  id: string;
  /** The posted message (`text`, `blocks`, `replace_original`, `response_type`, …). */
  body: Record<string, unknown>;
  at: number;
}

export class ResponseUrlMock {
  readonly responses: RecordedResponse[] = [];
  private readonly expired = new Set<string>();
  private readonly issued = new Map<string, number>();
  private readonly uses = new Map<string, number>();
  private readonly waiters = new Waiters();

  constructor(private readonly baseUrl: () => string) {}

  /** A fresh (or named) response URL on the fake; its 30 minutes start now (first issue). */
  url(id: string = randomUUID()): string {
    if (!this.issued.has(id)) this.issued.set(id, Date.now());
    return `${this.baseUrl()}${RESPONSE_URL_PREFIX}${encodeURIComponent(id)}`;
  }

  /** Tests: make a URL look issued `ageMs` ago. */
  age(id: string, ageMs: number): void {
    this.issued.set(id, Date.now() - ageMs);
  }

  /** Makes later posts to this URL fail as an expired response_url does (404). */
  expire(id: string): void {
    this.expired.add(id);
  }

  responsesTo(id: string): RecordedResponse[] {
    return this.responses.filter((r) => r.id === id);
  }

  waitForResponse(
    id: string | undefined,
    predicate: (r: RecordedResponse) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedResponse> {
    return this.waiters.wait(
      () => this.responses.find((r) => (id === undefined || r.id === id) && predicate(r)),
      timeoutMs,
      () => `a post to response_url ${id ?? '(any)'}; posts so far to: [${this.responses.map((r) => r.id).join(', ')}]`,
    );
  }

  reset(): void {
    this.responses.length = 0;
    this.expired.clear();
    this.uses.clear();
  }

  async handle(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const raw = await readBody(req);
    const issued = this.issued.get(id) ?? Date.now();
    if (this.expired.has(id) || Date.now() - issued > RESPONSE_URL_TTL_MS) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('expired_url');
      return;
    }
    const used = this.uses.get(id) ?? 0;
    if (used >= RESPONSE_URL_MAX_USES) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('used_url');
      return;
    }
    this.uses.set(id, used + 1);
    let body: Record<string, unknown>;
    try {
      body = decodeArgs(req.headers['content-type'] ?? 'application/json', raw);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('invalid_payload');
      return;
    }
    const errors = body.blocks === undefined ? [] : blockKitErrors(body.blocks, 'message');
    if (errors.length || String(body.text ?? '').length > 40_000) {
      // Slack answers a bad response_url post with 400 and the problem, and posts nothing.
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(errors.length ? `invalid_blocks: ${errors.join('; ')}` : 'msg_too_long');
      return;
    }
    this.responses.push({ id, body, at: Date.now() });
    sendJson(res, 200, { ok: true });
    this.waiters.notify();
  }
}
