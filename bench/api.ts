/**
 * bench:api — create and get round trips over real HTTP at 100 concurrent connections
 * (autocannon, in this process) against the server in a process of its own (bench/api-server.ts:
 * the real HTTP server, observed core, SQLite in a temp file, WAL). BENCH_SECONDS sets each run's
 * length (default 5); BENCH_PROFILE=1 writes a CPU profile of the server to ./bench-profiles.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
// autocannon ships no types; the call below is its documented API.
// @ts-expect-error no declaration file
import autocannon from 'autocannon';

const CONNECTIONS = 100;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Result {
  latency: { p50: number; p99: number; p999?: number; max: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
}
const run = (opts: Record<string, unknown>): Promise<Result> => autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts }) as Promise<Result>;

const logFile = path.join(os.tmpdir(), `convene-bench-api-${process.pid}.log`);
const logFd = fs.openSync(logFile, 'w');
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=bench-profiles'] : [];
const server = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/api-server.ts'], {
  cwd: path.resolve(import.meta.dirname, '..'),
  env: { ...process.env, NODE_ENV: 'production' },
  stdio: ['pipe', 'pipe', logFd],
});
const lines = readline.createInterface({ input: server.stdout! });
const queued: string[] = [];
const waiting: Array<(line: string | null) => void> = [];
lines.on('line', (l) => (waiting.length ? waiting.shift()!(l) : queued.push(l)));
lines.on('close', () => waiting.splice(0).forEach((w) => w(null)));
const next = async (): Promise<string> => {
  const line = queued.length ? queued.shift()! : await new Promise<string | null>((resolve) => waiting.push(resolve));
  if (line === null) throw new Error(`the bench server stopped early; its log: ${logFile}`);
  return line;
};
const { port, key } = JSON.parse(await next()) as { port: number; key: string };
const base = `http://127.0.0.1:${port}/v1`;
const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
const body = JSON.stringify({ name: 'Bench night', start, timezone: 'Europe/Berlin', channel: 'general', reminders: ['PT15M', 'P1D'], capacity: 50 });

// A short warm-up: JIT and SQLite's page cache, as a server that has been up for a while.
await run({ url: `${base}/events`, method: 'POST', headers, body, duration: 1 });
const create = await run({ url: `${base}/events`, method: 'POST', headers, body });
const first = (await (await fetch(`${base}/events`, { method: 'POST', headers, body })).json()) as { data: { id: string } };
await run({ url: `${base}/events/${first.data.id}`, headers, duration: 1 });
const get = await run({ url: `${base}/events/${first.data.id}`, headers });

// Optionally also at a fixed offered load (BENCH_RATE requests/s over the same 100 connections):
// latency at that load, apart from the saturated runs above, where latency is the queue.
const rate = Number(process.env.BENCH_RATE ?? 0);
const paced = rate > 0
  ? {
      create: await run({ url: `${base}/events`, method: 'POST', headers, body, overallRate: rate }),
      get: await run({ url: `${base}/events/${first.data.id}`, headers, overallRate: rate }),
    }
  : null;

server.stdin!.end();
const { rss_mb, ...served } = JSON.parse(await next()) as { rss_mb: number; served: number; served_p50_ms: number; served_p99_ms: number; served_max_ms: number };
fs.closeSync(logFd);
if (!process.env.BENCH_KEEP_LOG) fs.rmSync(logFile, { force: true });
else console.log(`server log: ${logFile}`);

const bad = create.non2xx + create.errors + get.non2xx + get.errors;
const cores = os.cpus().length;
console.log(`server in its own process; autocannon here; ${CONNECTIONS} connections, ${SECONDS} s a run, ${cores} cores, load ${os.loadavg()[0]!.toFixed(2)}`);
console.log(`create: p50 ${create.latency.p50} ms, p99 ${create.latency.p99} ms, max ${create.latency.max} ms, ${Math.round(create.requests.average)}/s (${create.requests.total} events)`);
console.log(`get:    p50 ${get.latency.p50} ms, p99 ${get.latency.p99} ms, max ${get.latency.max} ms, ${Math.round(get.requests.average)}/s`);
console.log(`server side, both runs (request in → answer out): p50 ${served.served_p50_ms} ms, p99 ${served.served_p99_ms} ms, max ${served.served_max_ms} ms over ${served.served} requests`);
if (paced) {
  console.log(`at ${rate} requests/s offered (not saturated): create p50 ${paced.create.latency.p50} ms, p99 ${paced.create.latency.p99} ms; get p50 ${paced.get.latency.p50} ms, p99 ${paced.get.latency.p99} ms`);
}
console.log(`targets: get p99 < 10 ms, create p99 < 25 ms; non-2xx or errors: ${bad}`);
console.log(
  `bench api: create_p50_ms=${create.latency.p50} create_p99_ms=${create.latency.p99} get_p50_ms=${get.latency.p50} get_p99_ms=${get.latency.p99} per_s=${Math.round(get.requests.average)} create_per_s=${Math.round(create.requests.average)} rss_mb=${rss_mb}`,
);
if (bad > 0) process.exitCode = 1;
