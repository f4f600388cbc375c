/**
 * Sends requests to the app the way Slack does: `X-Slack-Request-Timestamp` and
 * `X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))`, with the
 * Content-Type exactly `application/x-www-form-urlencoded` (commands, interactions) or
 * `application/json` (Events API). Bolt compares the Content-Type verbatim, so no `charset`.
 */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';

export interface SignedPostOptions {
  signingSecret: string;
  /** Unix seconds; defaults to now. Use `now - 360` for a stale request. */
  timestamp?: number;
  /** Overrides the computed `X-Slack-Signature` (forgery tests). */
  signature?: string;
  /** Extra headers, e.g. `{ 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' }`. */
  headers?: Record<string, string>;
  /** Defaults to `application/json` for bodies starting with `{`, else form-encoded. */
  contentType?: string;
  /** Bound on the whole exchange (default 5000 ms). */
  timeoutMs?: number;
}

export interface SignedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON (throws if it is not JSON). */
  json<T = unknown>(): T;
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export function slackSignature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function signedPost(url: string, body: string, opts: SignedPostOptions): Promise<SignedResponse> {
  const timestamp = opts.timestamp ?? nowSeconds();
  const contentType = opts.contentType ?? (body.trimStart().startsWith('{') ? JSON_TYPE : FORM);
  const headers: Record<string, string | number> = {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'X-Slack-Request-Timestamp': String(timestamp),
    'X-Slack-Signature': opts.signature ?? slackSignature(opts.signingSecret, timestamp, body),
    'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    Connection: 'close',
    ...opts.headers,
  };
  const timeoutMs = opts.timeoutMs ?? 5_000;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
      });
    });
    const timer = setTimeout(() => req.destroy(new Error(`signedPost to ${url} timed out after ${timeoutMs} ms`)), timeoutMs);
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.end(body);
  });
}
