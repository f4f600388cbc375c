/** Small node:http helpers shared by the fake's routes: read a body, decode Slack-style arguments, reply. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Args = Record<string, unknown>;

/** Fields Slack clients send as JSON strings inside a form-encoded body. */
export const JSON_VALUED_FIELDS = ['blocks', 'view', 'attachments', 'metadata', 'unfurls', 'user_auth_blocks'] as const;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Decodes a form-encoded or JSON request body into plain arguments, JSON-valued fields parsed. */
export function decodeArgs(contentType: string | undefined, raw: string): Args {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  let args: Args = {};
  if (raw.length > 0) {
    if (type === 'application/json') {
      const parsed: unknown = JSON.parse(raw);
      if (parsed !== null && typeof parsed === 'object') args = { ...(parsed as Args) };
    } else {
      for (const [k, v] of new URLSearchParams(raw)) args[k] = v;
    }
  }
  for (const field of JSON_VALUED_FIELDS) {
    const value = args[field];
    if (typeof value === 'string') args[field] = parseJsonOr(value);
  }
  return args;
}

function parseJsonOr(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Slack's truthy flag encoding: `true`, `"true"`, `1`, `"1"`. */
export function flag(value: unknown): boolean {
  return value === true || value === 'true' || value === 1 || value === '1';
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
