/**
 * bench:api — create and get round trips over real HTTP at 100 concurrent connections
 * (autocannon, in this process) against the server in a process of its own (bench/api-server.ts:
 * the real HTTP server, observed core, scheduler, SQLite in a temp file, WAL).
 *
 * Each measured run follows a warm-up on the same route (BENCH_WARMUP seconds, default 3: the
 * first requests of a fresh process run unoptimized code, and at 100 connections the first round
 * alone can take a second), and comes with the server's own figures for that run: time from
 * request to answer, how long its event loop was held, GC; and it starts settled, the cards of
 * the runs before delivered and their WAL checkpointed. A trivial route on the same server,
 * through the same client, is measured first: the floor this machine and client allow.
 *
 * Saturated, 100 connections queue behind the one busy server, so their latency is 100 divided by
 * the throughput, whatever the machine: the targets (get p99 < 10 ms, create p99 < 25 ms) are also
 * measured at fixed offered rates, stepping down from the saturated rate, and the highest rate
 * that meets each is reported (`get_at_target_per_s`, `create_at_target_per_s`).
 *
 * BENCH_SECONDS sets the measured part of each run (default 5), BENCH_WARMUP the warm-up before it
 * on the same connections (default 3); BENCH_RATE also measures at one fixed offered load;
 * BENCH_PROFILE=1 writes a CPU profile of the server to ./bench-profiles, with the measured time
 * spans in marks.txt.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
// autocannon ships no types; the call below is its documented API.
// @ts-expect-error no declaration file
import autocannon from 'autocannon';
import { pacedRun } from './paced.ts';

const CONNECTIONS = 100;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);

interface Result {
  latency: { p50: number; p99: number; max: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
}
interface ServerFigures {
  served: number;
  served_p50_ms: number;
  served_p99_ms: number;
  served_max_ms: number;
  cpu_us_per_request: number;
  cpu_system_share: number;
  loop_p99_ms: number;
  loop_max_ms: number;
  gc_ms: number;
  gc_max_ms: number;
  connections: number;
  notices_sent: number;
  cards_behind_ms: number;
}

const logFile = path.join(os.tmpdir(), `convene-bench-api-${process.pid}.log`);
const logFd = fs.openSync(logFile, 'w');
const profiling = Boolean(process.env.BENCH_PROFILE);
const server = spawn(process.execPath, [...(profiling ? ['--cpu-prof', '--cpu-prof-dir=bench-profiles'] : []), '--import', 'tsx', 'bench/api-server.ts'], {
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
const ask = async (command: string): Promise<unknown> => {
  server.stdin!.write(`${command}\n`);
  return JSON.parse(await next());
};
const { port, key } = JSON.parse(await next()) as { port: number; key: string };

interface Latency {
  p50: number;
  p99: number;
  max: number;
}
interface Measured {
  /** Answers to requests sent after the warm-up, on the connections the warm-up opened. */
  steady: Latency & { perSecond: number; count: number };
  /** autocannon's own figures for the whole run, warm-up and the connections' opening included. */
  whole: Result;
  server: ServerFigures;
  load: number;
}
const marks: string[] = [];
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const ms = (v: number) => Math.round(v * 100) / 100;
/**
 * One autocannon run of WARMUP + SECONDS on the route. The first WARMUP seconds open the 100
 * connections and warm the server (the first requests of a fresh process run unoptimized code,
 * and the first request on each new connection waits for all 100 to be set up); the answers to
 * requests sent after it, on those same connections, are the measured ones, and the server's
 * figures are reset at that moment.
 */
const measure = async (label: string, opts: Record<string, unknown>): Promise<Measured> => {
  const latencies: number[] = [];
  let from = Infinity;
  const setupClient = (client: { on(e: 'response', f: (status: number, bytes: number, ms: number) => void): void }) => {
    client.on('response', (_status, _bytes, took) => {
      if (performance.now() - took >= from) latencies.push(took);
    });
  };
  await ask('settle');
  const running = autocannon({ connections: CONNECTIONS, duration: WARMUP + SECONDS, setupClient, ...opts }) as Promise<Result>;
  await new Promise((r) => setTimeout(r, WARMUP * 1000));
  await ask('reset');
  from = performance.now();
  const markFrom = process.hrtime.bigint() / 1000n;
  const whole = await running;
  const ended = performance.now();
  marks.push(`${label} ${markFrom} ${process.hrtime.bigint() / 1000n}`);
  const server = (await ask('figures')) as ServerFigures;
  latencies.sort((a, b) => a - b);
  return {
    steady: { p50: ms(quantile(latencies, 0.5)), p99: ms(quantile(latencies, 0.99)), max: ms(latencies.at(-1) ?? 0), count: latencies.length, perSecond: latencies.length / ((ended - from) / 1000) },
    whole,
    server,
    load: os.loadavg()[0]!,
  };
};

const base = `http://127.0.0.1:${port}/v1`;
const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
const body = JSON.stringify({ name: 'Bench night', start, timezone: 'Europe/Berlin', channel: 'general', reminders: ['PT15M', 'P1D'], capacity: 50 });

const floor = await measure('floor', { url: `http://127.0.0.1:${port}/bench/noop` });
const create = await measure('create', { url: `${base}/events`, method: 'POST', headers, body });
const first = (await (await fetch(`${base}/events`, { method: 'POST', headers, body })).json()) as { data: { id: string } };
const get = await measure('get', { url: `${base}/events/${first.data.id}`, headers });

// Latency at a given load, apart from the saturated runs above (where 100 connections always
// queue behind a busy server, so latency is 100 / throughput whatever a request costs): steps
// down from the saturated rate, at a fixed offered rate over the same 100 connections, to the
// highest rate whose p99 meets the target. BENCH_RATE also measures one rate of its own.
const TARGET_MS = { get: 10, create: 25 };
const STEPS = [0.9, 0.75, 0.6, 0.45, 0.3, 0.15, 0.1, 0.05];
interface Route {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}
/** One run at a fixed offered rate (bench/paced.ts), with the server's figures for its measured part. */
const measurePaced = async (label: string, route: Route, rate: number): Promise<Measured> => {
  await ask('settle');
  const resetting = new Promise((resolve) => setTimeout(() => resolve(ask('reset')), WARMUP * 1000));
  const markFrom = process.hrtime.bigint() / 1000n + BigInt(WARMUP * 1_000_000);
  const r = await pacedRun({ ...route, rate, connections: CONNECTIONS, warmupSeconds: WARMUP, seconds: SECONDS });
  await resetting;
  marks.push(`${label} ${markFrom} ${process.hrtime.bigint() / 1000n}`);
  const server = (await ask('figures')) as ServerFigures;
  const l = r.latencies;
  const p = { p50: ms(quantile(l, 0.5)), p99: ms(quantile(l, 0.99)), max: ms(l.at(-1) ?? 0) };
  return { steady: { ...p, count: l.length, perSecond: r.perSecond }, whole: { latency: p, requests: { average: r.perSecond, total: l.length }, non2xx: r.non2xx, errors: r.errors }, server, load: os.loadavg()[0]! };
};
/** The highest rate, stepping down from the saturated one, whose p99 meets the target (and that the server kept up with). */
const atTarget = async (label: string, route: Route, targetMs: number, saturated: Measured) => {
  for (const share of STEPS) {
    const rate = Math.max(1, Math.round(saturated.steady.perSecond * share));
    const m = await measurePaced(`${label}@${rate}`, route, rate);
    const f = m.server;
    console.log(
      `${label} at ${rate}/s offered: p50 ${m.steady.p50} ms, p99 ${m.steady.p99} ms, ${Math.round(m.steady.perSecond)}/s answered` +
        ` (server: answer p99 ${f.served_p99_ms} ms, loop held max ${f.loop_max_ms} ms, GC max ${f.gc_max_ms} ms, ${f.cpu_us_per_request} µs CPU a request; load ${m.load.toFixed(2)})`,
    );
    if (m.steady.p99 < targetMs && m.steady.perSecond >= rate * 0.95) return { rate, m };
  }
  return null;
};
const createRoute: Route = { url: `${base}/events`, method: 'POST', headers, body };
const getRoute: Route = { url: `${base}/events/${first.data.id}`, headers };
const createAt = await atTarget('create', createRoute, TARGET_MS.create, create);
const getAt = await atTarget('get', getRoute, TARGET_MS.get, get);
const rate = Number(process.env.BENCH_RATE ?? 0);
const paced =
  rate > 0
    ? {
        create: await measurePaced('create-paced', createRoute, rate),
        get: await measurePaced('get-paced', getRoute, rate),
      }
    : null;

server.stdin!.end();
const { rss_mb } = JSON.parse(await next()) as { rss_mb: number };
fs.closeSync(logFd);
if (!process.env.BENCH_KEEP_LOG) fs.rmSync(logFile, { force: true });
else console.log(`server log: ${logFile}`);
if (profiling) fs.writeFileSync('bench-profiles/marks.txt', `${marks.join('\n')}\n`);

const line = (name: string, m: Measured) => {
  const c = m.steady;
  const s = m.server;
  console.log(
    `${name.padEnd(7)} p50 ${c.p50} ms, p99 ${c.p99} ms, max ${c.max} ms, ${Math.round(c.perSecond)}/s (load ${m.load.toFixed(2)}; whole run with the warm-up: p99 ${m.whole.latency.p99} ms, max ${m.whole.latency.max} ms)` +
      `\n        server: ${s.cpu_us_per_request} µs CPU a request (${Math.round(s.cpu_system_share * 100)}% in the kernel), answer p50 ${s.served_p50_ms} p99 ${s.served_p99_ms} ms; loop held p99 ${s.loop_p99_ms} max ${s.loop_max_ms} ms; GC ${s.gc_ms} ms (max ${s.gc_max_ms})` +
      (s.notices_sent ? `; ${s.notices_sent} cards delivered, the last ${s.cards_behind_ms} ms after the last answer` : ''),
  );
};
const bad = [create, get, ...(createAt ? [createAt.m] : []), ...(getAt ? [getAt.m] : [])].reduce((n, m) => n + m.whole.non2xx + m.whole.errors, 0);
console.log(`server in its own process; autocannon here; ${CONNECTIONS} connections; measured ${SECONDS} s after ${WARMUP} s of warm-up on the same connections; ${os.cpus().length} cores`);
line('floor', floor);
line('create', create);
line('get', get);
if (createAt) line(`create@${createAt.rate}/s`, createAt.m);
if (getAt) line(`get@${getAt.rate}/s`, getAt.m);
if (paced) {
  line(`create@${rate}/s`, paced.create);
  line(`get@${rate}/s`, paced.get);
}
console.log(
  `targets: get p99 < ${TARGET_MS.get} ms, create p99 < ${TARGET_MS.create} ms; saturated: ${get.steady.p99 < TARGET_MS.get ? 'get met' : 'get not met'}, ${create.steady.p99 < TARGET_MS.create ? 'create met' : 'create not met'}` +
    `; met up to ${getAt ? `${getAt.rate} gets/s` : 'no rate tried for get'} and ${createAt ? `${createAt.rate} creates/s` : 'no rate tried for create'} over ${CONNECTIONS} connections; non-2xx or errors: ${bad}`,
);
const f = (m: Measured) => Math.round(m.steady.perSecond);
console.log(
  `bench api: create_p50_ms=${create.steady.p50} create_p99_ms=${create.steady.p99} get_p50_ms=${get.steady.p50} get_p99_ms=${get.steady.p99} per_s=${f(get)} create_per_s=${f(create)} floor_p99_ms=${floor.steady.p99} floor_per_s=${f(floor)} create_cpu_us=${create.server.cpu_us_per_request} get_cpu_us=${get.server.cpu_us_per_request} get_at_target_per_s=${getAt?.rate ?? 0} get_at_target_p99_ms=${getAt?.m.steady.p99 ?? 0} create_at_target_per_s=${createAt?.rate ?? 0} create_at_target_p99_ms=${createAt?.m.steady.p99 ?? 0} rss_mb=${rss_mb} load=${os.loadavg()[0]!.toFixed(2)}`,
);
if (bad > 0) process.exitCode = 1;
