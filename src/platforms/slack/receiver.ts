import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type App, type HTTPReceiverOptions, type Receiver } from '@slack/bolt';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** Where the shared HTTP server takes Slack's requests: routes /slack/* to the listener attached. */
export interface SlackHttpMount {
  attach(listener: RequestListener): void;
  detach(): void;
}

/**
 * A Bolt custom receiver for the process's one HTTP server: it opens no socket of its own. The
 * server's /slack/* routes hand each request to Bolt's own HTTPReceiver request handling
 * (signature check, url_verification, OAuth install and redirect pages, ack within 3 s), so none
 * of that is rewritten here; start and stop only attach to and detach from the server.
 */
export class SharedServerReceiver implements Receiver {
  readonly #inner: HTTPReceiver;
  #attached = false;

  constructor(
    options: HTTPReceiverOptions,
    private readonly mount: SlackHttpMount,
  ) {
    this.#inner = new HTTPReceiver(options);
  }

  init(app: App): void {
    this.#inner.init(app);
  }

  /** Bolt's App takes its OAuth authorize from the receiver's installer (OAuth mode). */
  get installer(): HTTPReceiver['installer'] {
    return this.#inner.installer;
  }

  get attached(): boolean {
    return this.#attached;
  }

  async start(): Promise<void> {
    this.mount.attach(this.#inner.requestListener);
    this.#attached = true;
  }

  async stop(): Promise<void> {
    this.mount.detach();
    this.#attached = false;
  }
}
