/**
 * The Socket Mode half of the fake: apps.connections.open hands out a ws:// URL with a one-time
 * ticket on the fake's own port; a client that connects gets `{"type":"hello"}`, then receives
 * whatever envelopes the test pushes, and its acks (`{ envelope_id, payload }`) are recorded.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { FAKE_APP_ID } from './defaults.ts';
import { DEFAULT_WAIT_MS, Waiters } from './wait.ts';

export const SOCKET_PATH = '/link/';

export interface SocketEnvelope {
  type: 'slash_commands' | 'interactive' | 'events_api' | (string & {});
  payload: unknown;
  /** Generated when omitted. */
  envelope_id?: string;
  accepts_response_payload?: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
  at: number;
}

/** Envelope for a slash command (payload: the same fields as the HTTP form body). */
export function slashCommandEnvelope(payload: object): SocketEnvelope {
  return { type: 'slash_commands', payload, accepts_response_payload: true };
}

/** Envelope for block_actions, view_submission, shortcut, message_action payloads. */
export function interactiveEnvelope(payload: { type?: string }): SocketEnvelope {
  const acceptsResponse = payload.type === 'view_submission' || payload.type === 'block_suggestion';
  return { type: 'interactive', payload, accepts_response_payload: acceptsResponse };
}

/** Envelope for an Events API event_callback body; `retryAttempt` > 0 marks a redelivery. */
export function eventsApiEnvelope(body: object, retryAttempt = 0, retryReason = ''): SocketEnvelope {
  return { type: 'events_api', payload: body, accepts_response_payload: false, retry_attempt: retryAttempt, retry_reason: retryReason };
}

export class SocketModeMock {
  readonly acks: SocketAck[] = [];
  /** Raw non-ack frames the client sent (should stay empty). */
  readonly otherFrames: unknown[] = [];
  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private readonly tickets = new Set<string>();
  private readonly open = new Set<WebSocket>();
  private connectionsEver = 0;
  private readonly waiters = new Waiters();

  constructor(private readonly baseUrl: () => string) {}

  get connectionCount(): number {
    return this.open.size;
  }

  /** What apps.connections.open returns: a ws:// URL with a one-time ticket. */
  issueUrl(): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    const ws = this.baseUrl().replace(/^http:/, 'ws:');
    return `${ws}${SOCKET_PATH}?ticket=${ticket}&app_id=${FAKE_APP_ID}`;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== SOCKET_PATH || !this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (client) => this.accept(client));
  }

  private accept(client: WebSocket): void {
    this.open.add(client);
    this.connectionsEver += 1;
    client.on('message', (data, isBinary) => {
      if (isBinary) return;
      let frame: unknown;
      try {
        frame = JSON.parse(String(data));
      } catch {
        this.otherFrames.push(String(data));
        return;
      }
      const f = frame as { envelope_id?: unknown; payload?: unknown };
      if (typeof f.envelope_id === 'string') this.acks.push({ envelope_id: f.envelope_id, payload: f.payload, at: Date.now() });
      else this.otherFrames.push(frame);
      this.waiters.notify();
    });
    client.on('close', () => {
      this.open.delete(client);
      this.waiters.notify();
    });
    client.on('error', () => {
      this.open.delete(client);
      this.waiters.notify();
    });
    client.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.open.size,
        debug_info: { host: 'applink-fake-127-0-0-1', build_number: 1, approximate_connection_time: 18_060 },
        connection_info: { app_id: FAKE_APP_ID },
      }),
    );
    this.waiters.notify();
  }

  /** Pushes an envelope to the newest open connection; returns its envelope_id. */
  send(envelope: SocketEnvelope): string {
    const client = [...this.open].at(-1);
    if (client === undefined) throw new Error('socketSend: no Socket Mode client is connected');
    const envelope_id = envelope.envelope_id ?? randomUUID();
    client.send(JSON.stringify({ ...envelope, envelope_id }));
    return envelope_id;
  }

  /** Asks the client to reconnect, as Slack does before recycling a connection. */
  sendDisconnect(reason = 'refresh_requested'): void {
    for (const c of this.open) c.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-fake' } }));
  }

  waitForAck(envelopeId: string, timeoutMs = DEFAULT_WAIT_MS): Promise<SocketAck> {
    return this.waiters.wait(
      () => this.acks.find((a) => a.envelope_id === envelopeId),
      timeoutMs,
      () => `an ack of envelope ${envelopeId}; acks so far: [${this.acks.map((a) => a.envelope_id).join(', ')}]`,
    );
  }

  /** Resolves once a client is connected (and has been sent hello). */
  waitForConnection(timeoutMs = DEFAULT_WAIT_MS): Promise<number> {
    return this.waiters.wait(
      () => (this.open.size > 0 ? this.open.size : undefined),
      timeoutMs,
      () => 'a Socket Mode client to connect',
    );
  }

  /** Resolves once a client has connected and every connection has since closed. */
  waitForDisconnect(timeoutMs = DEFAULT_WAIT_MS): Promise<true> {
    return this.waiters.wait(
      () => (this.connectionsEver > 0 && this.open.size === 0 ? true : undefined),
      timeoutMs,
      () => `every Socket Mode client to disconnect (${this.open.size} still open)`,
    );
  }

  reset(): void {
    this.acks.length = 0;
    this.otherFrames.length = 0;
  }

  /** Terminates any connection still open and stops accepting upgrades. */
  close(): Promise<void> {
    for (const c of this.open) c.terminate();
    this.open.clear();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }
}
