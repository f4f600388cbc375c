/**
 * bench:startup — start-to-ready time and idle memory of the bot: the built output
 * (`node dist/main.js`, after `npm run build`) against today's development start
 * (`tsx src/main.ts`). Each run: spawn with HTTP_PORT=0 on a fresh SQLite file, time until
 * /readyz answers 200, let it idle 3 s, read its resident memory from /proc.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { round, summarize } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const IDLE_MS = 3_000;

if (!fs.existsSync(path.join(ROOT, 'dist/main.js'))) {
  process.stderr.write('dist/main.js is missing: run `npm run build` first.\n');
  process.exit(2);
}

const variants = {
  built: [process.execPath, 'dist/main.js'],
  tsx: [process.execPath, '--import', 'tsx', 'src/main.ts'],
} as const;

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

async function once(cmd: readonly string[]): Promise<{ readyMs: number; rssMb: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-startup-'));
  const t0 = performance.now();
  const child = spawn(cmd[0]!, cmd.slice(1), {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HTTP_PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: `sqlite:${path.join(dir, 'c.db')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const port = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const onData = (d: Buffer) => {
        seen += d.toString();
        const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
        if (m) resolve(m[1]!);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${seen}`)));
      setTimeout(() => reject(new Error('not listening within 60 s')), 60_000).unref();
    });
    for (let i = 0; i < 3000; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
      if (res?.status === 200) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const readyMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, IDLE_MS));
    return { readyMs, rssMb: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const figures: Record<string, { ready: number; rss: number }> = {};
for (const [name, cmd] of Object.entries(variants)) {
  const ready: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await once(cmd);
    ready.push(r.readyMs);
    rss.push(r.rssMb);
  }
  figures[name] = { ready: round(summarize(ready).p50, 0), rss: round(summarize(rss).p50, 1) };
  process.stdout.write(`${name.padEnd(6)} start-to-ready p50 ${figures[name].ready} ms (${ready.map((x) => Math.round(x)).join(', ')}); idle RSS p50 ${figures[name].rss} MB\n`);
}
process.stdout.write(
  `bench startup: built_ready_p50_ms=${figures['built']!.ready} tsx_ready_p50_ms=${figures['tsx']!.ready} built_rss_mb=${figures['built']!.rss} tsx_rss_mb=${figures['tsx']!.rss}\n`,
);
