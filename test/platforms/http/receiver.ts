import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
}

/** A webhook receiver on 127.0.0.1: records every POST and answers with the next queued status (then 200). */
export interface Receiver {
  url: string;
  received: Received[];
  /** Statuses to answer the next requests with, in order. */
  answer(...statuses: number[]): void;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hooks/convene'): Promise<Receiver> {
  const received: Received[] = [];
  const queue: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        // recorded as it came
      }
      received.push({ headers: req.headers, body, json });
      res.statusCode = queue.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    answer: (...statuses) => queue.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * What a receiver does, written from the Standard Webhooks spec and apart from the sender's code:
 * HMAC-SHA256 over `${id}.${timestamp}.${body}` with the base64-decoded secret after `whsec_`;
 * any of the space-separated `v1,<base64>` signatures may match; the timestamp within 5 minutes.
 */
export function verifyStandardWebhook(secret: string, r: Received, nowSeconds: number): boolean {
  const id = String(r.headers['webhook-id'] ?? '');
  const ts = String(r.headers['webhook-timestamp'] ?? '');
  const sigs = String(r.headers['webhook-signature'] ?? '').split(' ');
  if (!id || !/^\d+$/.test(ts) || Math.abs(nowSeconds - Number(ts)) > 300) return false;
  const key = Buffer.from(secret.split('_')[1] ?? '', 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${ts}.${r.body}`).digest();
  return sigs.some((s) => {
    const [version, value] = s.split(',');
    if (version !== 'v1' || !value) return false;
    const got = Buffer.from(value, 'base64');
    return got.length === expected.length && timingSafeEqual(got, expected);
  });
}
