import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Slack's paths on the one server (/slack/events, /slack/install, /slack/oauth_redirect). The
 * Slack adapter attaches Bolt's request listener once it has started; until then, and after it
 * stops, Slack is told to retry later (503).
 */
export class SlackRoute {
  #listener: RequestListener | null = null;

  attach(listener: RequestListener): void {
    this.#listener = listener;
  }

  detach(): void {
    this.#listener = null;
  }

  get attached(): boolean {
    return this.#listener !== null;
  }

  /** Registers the routes on an encapsulated scope: Bolt reads and verifies the raw body itself. */
  readonly plugin = async (app: FastifyInstance): Promise<void> => {
    app.removeAllContentTypeParsers();
    // Leave the body unread: Bolt checks the signature over the exact bytes Slack sent.
    app.addContentTypeParser('*', (_req, _payload, done) => done(null));
    app.all('/slack/*', (req, reply) => {
      const listener = this.#listener;
      if (!listener) {
        void reply.code(503).header('retry-after', '5').send({ ok: false, error: 'Slack is not connected yet' });
        return;
      }
      reply.hijack();
      listener(req.raw, reply.raw);
    });
  };
}
