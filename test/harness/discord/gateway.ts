/**
 * The fake gateway over `ws`: HELLO, heartbeat ACK, IDENTIFY -> READY + GUILD_CREATE per guild of the
 * shard, RESUME -> replay of missed dispatches + RESUMED. JSON text frames only (discord.js v14 asks for
 * `encoding=json` and, without zlib-sync installed, no transport compression; text frames are parsed as
 * JSON whatever it asked for).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import { apiUser, guildCreate, type Json } from './objects.ts';
import { shardOf, snowflake } from './snowflake.ts';
import type { FakeState } from './state.ts';

export const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, PresenceUpdate: 3, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;

export interface GatewayFrame {
  /** Which way the frame went. */
  direction: 'in' | 'out';
  connection: number;
  sessionId: string | null;
  shard: number | null;
  op: number;
  t?: string | null;
  s?: number | null;
  d: unknown;
  at: number;
}

export interface GatewayConnectionInfo {
  connection: number;
  /** Path and query the client connected with, e.g. `/?v=10&encoding=json` or `/resume?v=10&encoding=json`. */
  url: string;
  at: number;
}

interface Session {
  id: string;
  shardId: number;
  shardCount: number;
  seq: number;
  events: Array<{ s: number; t: string; d: unknown }>;
  socket: WebSocket | null;
  connection: number;
}

export interface GatewayOptions {
  state: FakeState;
  heartbeatIntervalMs: number;
  token?: string;
}

const REPLAY_BUFFER = 1000;

export class FakeGateway {
  readonly frames: GatewayFrame[] = [];
  readonly connections: GatewayConnectionInfo[] = [];
  private readonly sessions = new Map<string, Session>();
  private readonly sockets = new Set<WebSocket>();
  private frameWaiters: Array<{ match: (f: GatewayFrame) => boolean; resolve: (f: GatewayFrame) => void }> = [];
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private nextConnection = 0;
  url = '';
  resumeUrl = '';

  constructor(private readonly opts: GatewayOptions) {}

  async start(): Promise<void> {
    const server = createServer((_req, res) => {
      res.writeHead(426).end('websocket only');
    });
    const wss = new WebSocketServer({ server });
    wss.on('connection', (socket, req) => this.onConnection(socket, req.url ?? '/'));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    this.server = server;
    this.wss = wss;
    this.url = `ws://127.0.0.1:${port}`;
    this.resumeUrl = `ws://127.0.0.1:${port}/resume`;
  }

  /** Live or resumable sessions, one per identified shard. */
  sessionList(): ReadonlyArray<Readonly<Omit<Session, 'socket' | 'events'>> & { connected: boolean }> {
    return [...this.sessions.values()].map(({ socket, events: _events, ...rest }) => ({ ...rest, connected: socket?.readyState === WebSocket.OPEN }));
  }

  /**
   * Sends a dispatch to every session it belongs to: `shard` if given, else the shard of `d.guild_id`,
   * else shard 0. Disconnected sessions buffer it for RESUME. Returns how many sessions took it.
   */
  dispatch(t: string, d: unknown, { shard }: { shard?: number } = {}): number {
    const guildId = d && typeof d === 'object' ? (d as Json)['guild_id'] : undefined;
    let reached = 0;
    for (const session of this.sessions.values()) {
      const target = shard ?? (typeof guildId === 'string' ? shardOf(guildId, session.shardCount) : 0);
      if (target !== session.shardId) continue;
      this.sendDispatch(session, t, d);
      reached++;
    }
    return reached;
  }

  /** Closes every socket with `code` (4000 = resumable unknown error). With `resumable: false` the sessions are forgotten. */
  dropConnections({ code = 4000, resumable = true }: { code?: number; resumable?: boolean } = {}): void {
    for (const socket of this.sockets) socket.close(code, 'fake discord: dropped');
    if (!resumable) this.sessions.clear();
  }

  /** Resolves with the first frame (past or within `timeoutMs`) matching the predicate. */
  waitForFrame(match: (f: GatewayFrame) => boolean, timeoutMs = 5_000): Promise<GatewayFrame> {
    const found = this.frames.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (f: GatewayFrame) => {
          clearTimeout(timer);
          resolve(f);
        },
      };
      const timer = setTimeout(() => {
        this.frameWaiters = this.frameWaiters.filter((w) => w !== waiter);
        reject(new Error(`fake gateway: no matching frame within ${timeoutMs}ms; ops seen: ${this.frames.map((f) => `${f.direction}:${f.op}${f.t ? `:${f.t}` : ''}`).join(' ')}`));
      }, timeoutMs);
      this.frameWaiters.push(waiter);
    });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
    this.sessions.clear();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private onConnection(socket: WebSocket, url: string): void {
    const connection = ++this.nextConnection;
    this.sockets.add(socket);
    this.connections.push({ connection, url, at: Date.now() });
    let session: Session | null = null;
    socket.on('message', (raw: RawData) => {
      let frame: { op?: number; d?: unknown };
      try {
        frame = JSON.parse(raw.toString()) as { op?: number; d?: unknown };
      } catch {
        socket.close(4002, 'Error while decoding payload.');
        return;
      }
      this.record({ direction: 'in', connection, sessionId: session?.id ?? null, shard: session?.shardId ?? null, op: frame.op ?? -1, d: frame.d, at: Date.now() });
      switch (frame.op) {
        case Op.Heartbeat:
          this.send(socket, connection, session, { op: Op.HeartbeatAck });
          break;
        case Op.Identify:
          session = this.identify(socket, connection, (frame.d ?? {}) as Json);
          break;
        case Op.Resume:
          session = this.resume(socket, connection, (frame.d ?? {}) as Json);
          break;
        default:
          break; // presence updates, member requests, voice: accepted and recorded
      }
    });
    socket.on('close', (code) => {
      this.sockets.delete(socket);
      if (session && session.socket === socket) {
        session.socket = null;
        if (code === 1000 || code === 1001) this.sessions.delete(session.id); // a clean close ends the session
      }
    });
    this.send(socket, connection, null, { op: Op.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['fake-discord'] } });
  }

  private identify(socket: WebSocket, connection: number, d: Json): Session | null {
    if (this.opts.token !== undefined && d['token'] !== this.opts.token) {
      socket.close(4004, 'Authentication failed.');
      return null;
    }
    const [shardId, shardCount] = Array.isArray(d['shard']) ? (d['shard'] as number[]) : [0, 1];
    if (shardCount === undefined || shardId === undefined || shardId >= shardCount) {
      socket.close(4010, 'Invalid shard.');
      return null;
    }
    const session: Session = { id: snowflake(), shardId, shardCount, seq: 0, events: [], socket, connection };
    this.sessions.set(session.id, session);
    const guilds = [...this.opts.state.guilds.values()].filter((g) => shardOf(g.id, shardCount) === shardId);
    const bot = this.opts.state.botUser;
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: { ...apiUser(bot), verified: true, mfa_enabled: false, email: null },
      user_settings: {},
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['fake'],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeUrl,
      shard: [shardId, shardCount],
      application: { id: this.opts.state.applicationId, flags: 0 },
      _trace: ['fake-discord'],
    });
    for (const guild of guilds) this.sendDispatch(session, 'GUILD_CREATE', guildCreate(guild));
    return session;
  }

  private resume(socket: WebSocket, connection: number, d: Json): Session | null {
    const session = this.sessions.get(String(d['session_id']));
    if (!session || (this.opts.token !== undefined && d['token'] !== this.opts.token)) {
      this.send(socket, connection, null, { op: Op.InvalidSession, d: false });
      return null;
    }
    if (session.socket && session.socket !== socket) session.socket.terminate();
    session.socket = socket;
    session.connection = connection;
    const after = typeof d['seq'] === 'number' ? d['seq'] : 0;
    for (const event of session.events) {
      if (event.s > after) this.send(socket, connection, session, { op: Op.Dispatch, t: event.t, s: event.s, d: event.d });
    }
    this.sendDispatch(session, 'RESUMED', { _trace: ['fake-discord'] });
    return session;
  }

  private sendDispatch(session: Session, t: string, d: unknown): void {
    const s = ++session.seq;
    if (t !== 'READY' && t !== 'RESUMED') {
      session.events.push({ s, t, d });
      if (session.events.length > REPLAY_BUFFER) session.events.shift();
    }
    if (session.socket?.readyState === WebSocket.OPEN) {
      this.send(session.socket, session.connection, session, { op: Op.Dispatch, t, s, d });
    }
  }

  private send(socket: WebSocket, connection: number, session: Session | null, frame: { op: number; d?: unknown; t?: string; s?: number }): void {
    const full = { op: frame.op, d: frame.d ?? null, s: frame.s ?? null, t: frame.t ?? null };
    this.record({ direction: 'out', connection, sessionId: session?.id ?? null, shard: session?.shardId ?? null, op: full.op, t: full.t, s: full.s, d: full.d, at: Date.now() });
    socket.send(JSON.stringify(full));
  }

  private record(frame: GatewayFrame): void {
    this.frames.push(frame);
    const pending = this.frameWaiters;
    this.frameWaiters = [];
    for (const waiter of pending) {
      if (waiter.match(frame)) waiter.resolve(frame);
      else this.frameWaiters.push(waiter);
    }
  }
}
