import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/*
 * The worker's code, plain JavaScript (it runs outside tsx): its own connection to the database
 * file, checkpointing the WAL into the database every `everyMs`. PASSIVE never waits for the
 * program's readers or writer; it copies what it can, and the WAL starts over once it is all in.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.module);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { parentPort.postMessage(String(err && err.message || err)); }
}, workerData.everyMs);
parentPort.on('message', (m) => { if (m === 'stop') { clearInterval(timer); db.close(); process.exit(0); } });
`;

/**
 * Checkpoints an SQLite database's WAL on a thread of its own. better-sqlite3 is synchronous, so
 * a checkpoint run by the program's connection (SQLite does one every `wal_autocheckpoint` pages,
 * at a commit) stops the event loop while it writes megabytes: every request in flight waits
 * (tens to hundreds of milliseconds on a slow disk). Done here, the program's commits only append
 * to the WAL; its own autocheckpoint stays as a backstop should this thread fall behind.
 */
export class Checkpointer {
  readonly #worker: Worker;

  constructor(file: string, opts: { everyMs?: number; onError?: (message: string) => void } = {}) {
    this.#worker = new Worker(WORKER, {
      eval: true,
      workerData: { file, everyMs: opts.everyMs ?? 500, module: createRequire(import.meta.url).resolve('better-sqlite3') },
    });
    this.#worker.on('message', (m: string) => opts.onError?.(m));
    this.#worker.on('error', (err) => opts.onError?.(err.message));
    this.#worker.unref();
  }

  async stop(): Promise<void> {
    // Held until it has closed its connection (unreferenced, it would not keep the process up to finish).
    this.#worker.ref();
    const exited = new Promise((resolve) => this.#worker.once('exit', resolve));
    this.#worker.postMessage('stop');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    await this.#worker.terminate();
  }
}
