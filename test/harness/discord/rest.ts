/** The fake REST API: node:http on 127.0.0.1, records every request, routes to handlers, answers JSON. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeBody } from './multipart.ts';
import type { RecordedRequest, RequestLog } from './requests.ts';
import { appRoutes } from './routes-app.ts';
import { channelRoutes } from './routes-channels.ts';
import { interactionRoutes } from './routes-interactions.ts';
import { Router, error, type Reply } from './router.ts';
import { scheduledEventRoutes } from './routes-scheduled-events.ts';
import type { FakeState } from './state.ts';
import { strictReply, type StrictOptions } from './strict/checks.ts';

/** The prefix of `restUrl`; discord.js then appends `/v10` and the route. */
export const API_PREFIX = '/api';

export interface RestOptions {
  state: FakeState;
  log: RequestLog;
  gatewayUrl: () => string;
  shards: number;
  /** When set, requests without `Authorization: Bot <token>` get 401. */
  token?: string;
  /** A hook to override any reply (return undefined to let the fake answer). */
  intercept?: (req: RecordedRequest) => Reply | undefined;
  /** Discord's own refusals (schema, limits, tokens, permissions); null turns them off. */
  strict: StrictOptions | null;
}

export interface RestServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startRest(opts: RestOptions): Promise<RestServer> {
  const router = new Router();
  appRoutes(router, { gatewayUrl: opts.gatewayUrl, shards: opts.shards });
  channelRoutes(router);
  interactionRoutes(router);
  scheduledEventRoutes(router);

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });

  function handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = stripPrefix(url.pathname)
      .split('/')
      .map((segment) => safeDecode(segment))
      .join('/');
    const { body, files } = decodeBody(req.headers['content-type'], raw);
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    const recorded: RecordedRequest = {
      seq: opts.log.nextSeq(),
      method: (req.method ?? 'GET').toUpperCase(),
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      headers,
      at: Date.now(),
    };
    let reply: Reply;
    try {
      reply = opts.intercept?.(recorded) ?? route(recorded);
    } catch (err) {
      reply = error(500, 0, `fake discord crashed: ${(err as Error).stack ?? String(err)}`);
    }
    recorded.status = reply.status;
    recorded.response = reply.body;
    opts.log.add(recorded);
    const payload = reply.body === undefined ? undefined : JSON.stringify(reply.body);
    res.writeHead(reply.status, payload === undefined ? {} : { 'content-type': 'application/json' });
    res.end(payload);
  }

  function route(recorded: RecordedRequest): Reply {
    const auth = recorded.headers['authorization'];
    const needsAuth = !recorded.path.startsWith('/interactions/') && !recorded.path.startsWith('/webhooks/');
    if (opts.token !== undefined && needsAuth && auth !== `Bot ${opts.token}`) return error(401, 0, '401: Unauthorized');
    const match = router.match(recorded.method, recorded.path);
    if (!match) return error(404, 0, '404: Not Found');
    const refused = opts.strict ? strictReply(opts.state, recorded, opts.strict) : undefined;
    if (refused) return refused;
    const body = recorded.body && typeof recorded.body === 'object' && !Array.isArray(recorded.body) ? (recorded.body as Record<string, unknown>) : {};
    return match.handler({ req: recorded, params: match.params, state: opts.state, body });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${API_PREFIX}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function stripPrefix(pathname: string): string {
  let path = pathname;
  if (path.startsWith(API_PREFIX)) path = path.slice(API_PREFIX.length);
  return path.replace(/^\/v\d+(?=\/|$)/, '') || '/';
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
