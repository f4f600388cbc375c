/**
 * `startFakeSlack()`: one node:http server on 127.0.0.1 (random port) that plays Slack for tests —
 * the Web API under `/api/`, response_url endpoints under `/hooks/response/`, and the Socket Mode
 * WebSocket under `/link/`. Point Bolt at it with `clientOptions.slackApiUrl: fake.apiUrl`.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson } from './http-util.ts';
import type { FakeUserGroup } from './user-groups.ts';
import { logMethods } from './method-log.ts';
import { RESPONSE_URL_PREFIX, type RecordedResponse, ResponseUrlMock } from './response-urls.ts';
import { type SocketAck, type SocketEnvelope, SocketModeMock } from './socket-mode.ts';
import { type InjectedFailure, type RecordedCall, WebApiMock } from './web-api.ts';
import {
  type EphemeralMessage,
  type FakeChannel,
  type FakeUser,
  type StoredMessage,
  type StoredView,
  Workspace,
  type WorkspaceOptions,
} from './workspace.ts';

export type FakeSlackOptions = WorkspaceOptions & {
  /** How long a trigger_id may be exchanged (default Slack's 3 seconds). */
  triggerTtlMs?: number;
};

export interface FakeSlack {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  /** `http://127.0.0.1:<port>/api/` — what WebClient/Bolt take as `slackApiUrl` (trailing slash included). */
  readonly apiUrl: string;

  // Web API
  readonly calls: readonly RecordedCall[];
  callsTo(method: string): RecordedCall[];
  waitForCall(method: string, predicate?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** The next `times` calls to `method` answer `{ ok: false, error }` (HTTP `status`, default 200). */
  failNext(method: string, error?: string, opts?: Omit<InjectedFailure, 'error'> & { times?: number }): void;
  /** The next `times` calls to `method` answer 429 with `Retry-After: retryAfterSeconds`. */
  rateLimitNext(method: string, retryAfterSeconds?: number, times?: number): void;

  // Workspace state
  setUser(user: FakeUser): void;
  setChannel(channel: FakeChannel): void;
  /** Creates or changes a user group; returns the Events API events Slack sends for a change (deliver them with eventCallbackBody). */
  setUserGroup(group: FakeUserGroup): Record<string, unknown>[];
  /** The scopes a token has (default: the committed manifest's bot scopes). */
  setScopes(token: string, scopes: string[]): void;
  /** Channel history, oldest first. */
  messages(channel: string): StoredMessage[];
  /** Seeds a message into a channel's history (the bot's unless `user` is given). */
  addMessage(channel: string, message: Partial<StoredMessage>): StoredMessage;
  readonly ephemerals: readonly EphemeralMessage[];
  view(id: string): StoredView | undefined;
  /** The DM channel id conversations.open returns for this user. */
  dmChannelFor(userId: string): string;

  // response_url
  /** A response_url on the fake; posts to it are recorded under `id` (random when omitted). */
  responseUrl(id?: string): string;
  readonly responses: readonly RecordedResponse[];
  responsesTo(id: string): RecordedResponse[];
  waitForResponse(id?: string, predicate?: (r: RecordedResponse) => boolean, timeoutMs?: number): Promise<RecordedResponse>;
  expireResponseUrl(id: string): void;
  /** Makes a response URL look issued `ageMs` ago (Slack honours one for 30 minutes). */
  ageResponseUrl(id: string, ageMs: number): void;

  // Socket Mode
  /** Pushes an envelope to the connected Socket Mode client; returns its envelope_id. */
  socketSend(envelope: SocketEnvelope): string;
  /** Sends `{"type":"disconnect"}` asking the client to reconnect. */
  socketRequestReconnect(reason?: string): void;
  readonly socketAcks: readonly SocketAck[];
  waitForSocketAck(envelopeId: string, timeoutMs?: number): Promise<SocketAck>;
  waitForSocketConnection(timeoutMs?: number): Promise<number>;
  waitForSocketDisconnect(timeoutMs?: number): Promise<true>;
  readonly socketConnectionCount: number;

  /** Forgets recorded calls, responses, acks and injected failures (workspace state stays). */
  clearRecords(): void;
  close(): Promise<void>;
}

export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  let baseUrl = '';
  const ws = new Workspace(opts);
  const socket = new SocketModeMock(() => baseUrl);
  const api = new WebApiMock(ws, () => socket.issueUrl(), { triggerTtlMs: opts.triggerTtlMs ?? 3000 });
  const hooks = new ResponseUrlMock(() => baseUrl);

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'POST' && path.startsWith('/api/')) {
      return api.handle(req, res, decodeURIComponent(path.slice('/api/'.length)));
    }
    if (req.method === 'POST' && path.startsWith(RESPONSE_URL_PREFIX)) {
      return hooks.handle(req, res, decodeURIComponent(path.slice(RESPONSE_URL_PREFIX.length)));
    }
    sendJson(res, 404, { ok: false, error: 'not_found' });
  };

  const server: Server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: 'fake_slack_internal', detail: String(e) });
      else res.destroy();
    });
  });
  server.on('upgrade', (req, sock, head) => socket.handleUpgrade(req, sock, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  let closed = false;
  return {
    baseUrl,
    apiUrl: `${baseUrl}/api/`,
    get calls() {
      return api.calls;
    },
    callsTo: (m) => api.callsTo(m),
    waitForCall: (m, p, t) => api.waitForCall(m, p, t),
    failNext: (m, e, o) => api.failNext(m, e, o),
    rateLimitNext: (m, s, n) => api.rateLimitNext(m, s, n),
    setUser: (u) => ws.setUser(u),
    setChannel: (c) => ws.setChannel(c),
    setUserGroup: (g) => ws.userGroups.set(g),
    setScopes: (t, s) => ws.setScopes(t, s),
    messages: (c) => [...(ws.messages.get(c) ?? [])],
    addMessage: (c, m) => ws.addMessage(c, m),
    get ephemerals() {
      return ws.ephemerals;
    },
    view: (id) => ws.views.get(id),
    dmChannelFor: (u) => ws.dmChannel(u).id,
    responseUrl: (id) => hooks.url(id),
    get responses() {
      return hooks.responses;
    },
    responsesTo: (id) => hooks.responsesTo(id),
    waitForResponse: (id, p, t) => hooks.waitForResponse(id, p, t),
    expireResponseUrl: (id) => hooks.expire(id),
    ageResponseUrl: (id, ms) => hooks.age(id, ms),
    socketSend: (e) => socket.send(e),
    socketRequestReconnect: (r) => socket.sendDisconnect(r),
    get socketAcks() {
      return socket.acks;
    },
    waitForSocketAck: (id, t) => socket.waitForAck(id, t),
    waitForSocketConnection: (t) => socket.waitForConnection(t),
    waitForSocketDisconnect: (t) => socket.waitForDisconnect(t),
    get socketConnectionCount() {
      return socket.connectionCount;
    },
    clearRecords: () => {
      api.reset();
      hooks.reset();
      socket.reset();
    },
    close: async () => {
      if (closed) return;
      closed = true;
      logMethods(api.calls.filter((c) => c.response.ok === true).map((c) => c.method));
      await socket.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
