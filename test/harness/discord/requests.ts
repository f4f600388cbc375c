/** The REST request log: every request the fake received, and bounded waits on it. */
import type { UploadedFile } from './state.ts';

export interface RecordedRequest {
  seq: number;
  method: string;
  /** Decoded path without the `/api/v10` prefix, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the decoded `payload_json` of a multipart body; undefined when empty. */
  body: unknown;
  files: UploadedFile[];
  headers: Record<string, string>;
  /** Filled in once the fake has answered. */
  status?: number;
  response?: unknown;
  at: number;
}

export type RequestPredicate = (req: RecordedRequest) => boolean;

type Waiter = { predicate: RequestPredicate; resolve: (req: RecordedRequest) => void };

export class RequestLog {
  readonly all: RecordedRequest[] = [];
  private waiters: Waiter[] = [];
  private seq = 0;

  nextSeq(): number {
    return ++this.seq;
  }

  /** The sequence number of the latest request so far (use as `after` to wait only for newer ones). */
  lastSeq(): number {
    return this.seq;
  }

  /** Called once the response is known, so waiters see status and response too. */
  add(req: RecordedRequest): void {
    this.all.push(req);
    const pending = this.waiters;
    this.waiters = [];
    for (const waiter of pending) {
      if (waiter.predicate(req)) waiter.resolve(req);
      else this.waiters.push(waiter);
    }
  }

  find(predicate: RequestPredicate): RecordedRequest | undefined {
    return this.all.find(predicate);
  }

  filter(predicate: RequestPredicate): RecordedRequest[] {
    return this.all.filter(predicate);
  }

  /**
   * Resolves with the first request (already recorded, or arriving within `timeoutMs`) matching the predicate.
   * Rejects with the list of seen requests when the time runs out.
   */
  waitFor(predicate: RequestPredicate, timeoutMs = 2_000, { after = 0 }: { after?: number } = {}): Promise<RecordedRequest> {
    const match = (req: RecordedRequest) => req.seq > after && predicate(req);
    const found = this.all.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate: match,
        resolve: (req) => {
          clearTimeout(timer);
          resolve(req);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.all.map((r) => `${r.method} ${r.path} -> ${r.status}`).join('\n  ');
        reject(new Error(`fake discord: no matching request within ${timeoutMs}ms; seen:\n  ${seen || '(none)'}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  clear(): void {
    this.all.length = 0;
  }
}

/** Predicate helper: method and path, where the path may be a string or a RegExp. */
export function route(method: string, path: string | RegExp): RequestPredicate {
  return (req) => req.method === method.toUpperCase() && (typeof path === 'string' ? req.path === path : path.test(req.path));
}
