/**
 * `npm run bench:when`: the time reader's accuracy on the external corpus (per category), its
 * throughput on typical phrases, and its worst case on hostile input.
 * The corpus is read from ../shared/corpora at run time (never copied into the project) and scored
 * by the corpus's own scorer, so the figure is the one the README's command prints.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOne } from '../src/when/cli-parse.ts';
import { parseWhen, readWhen, splitTitleAndWhen } from '../src/when/index.ts';
import { cases } from '../test/when/corpus.ts';
import { peakRssMb, round, summarize } from './stats.ts';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = resolve(here, '../../shared/corpora');
const seconds = Number(process.env.BENCH_SECONDS ?? 4);

function corpusScore(): { pct: number; wrongPct: number } | null {
  const file = join(corpusDir, 'recognizers-en.jsonl');
  if (!existsSync(file)) {
    console.log(`corpus: ${file} not found, skipped`);
    return null;
  }
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const answers = lines.map((l) => {
    const c = JSON.parse(l) as { text: string; timezone: string; now: string; allowPast?: boolean };
    return JSON.stringify(runOne(c.text, c.timezone, c.now, undefined, c.allowPast === true));
  });
  const dir = mkdtempSync(join(tmpdir(), 'bench-when-'));
  try {
    const out = join(dir, 'answers.jsonl');
    writeFileSync(out, `${answers.join('\n')}\n`);
    const report = execFileSync(process.execPath, [join(corpusDir, 'score.mjs'), file, out], { encoding: 'utf8' });
    const rows = report.split('\n');
    const flagAt = rows.findIndex((r) => r.startsWith('flag'));
    console.log(rows.slice(0, flagAt > 0 ? flagAt : 12).join('\n'));
    const total = /corpus: (\d+)\/(\d+)/.exec(report);
    const fails = /failures: (\d+) wrong answers, (\d+) refusals/.exec(report);
    if (!total) return null;
    const n = Number(total[2]);
    console.log(rows.find((r) => r.startsWith('failures:')) ?? '');
    console.log(rows.find((r) => r.startsWith('corpus:')) ?? '');
    return { pct: (100 * Number(total[1])) / n, wrongPct: fails ? (100 * Number(fails[1])) / n : NaN };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Typical phrases through readWhen, the one path every door uses (title split, date order, questions). */
function throughput(): { perS: number; cpuPerS: number; p50: number; p99: number } {
  const inputs = cases.map((c) => ({ text: c.text, opts: { now: new Date(c.now), timezone: c.zone, locale: c.locale, allowPast: true } }));
  for (let i = 0; i < 2000; i++) readWhen(inputs[i % inputs.length]!.text, inputs[i % inputs.length]!.opts);
  const samples: number[] = [];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let i = 0;
  while (performance.now() - t0 < seconds * 1000) {
    const input = inputs[i++ % inputs.length]!;
    const s = performance.now();
    readWhen(input.text, input.opts);
    samples.push(performance.now() - s);
  }
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // On a shared machine wall time counts the waits for a core too; CPU time is the reader's own cost.
  const cpuPerS = Math.round(samples.length / ((cpu.user + cpu.system) / 1e6));
  const { p50, p99 } = summarize(samples);
  console.log(`typical: ${inputs.length} distinct phrases, ${samples.length} readWhen calls in ${round(elapsed, 2)}s`);
  return { perS: Math.round(samples.length / elapsed), cpuPerS, p50, p99 };
}

/** Shapes that used to cost quadratic time, each at 4,000 characters. */
export const HOSTILE: Record<string, string> = {
  spaces: ' '.repeat(4000),
  'spaces-inside': `friday${' '.repeat(3988)}8pm`,
  'ones': '1 '.repeat(2000),
  digits: '1'.repeat(4000),
  'one-dash': '1-'.repeat(2000),
  'one-colon': '1:'.repeat(2000),
  'one-slash': '1/'.repeat(2000),
  'one-dot': '1.'.repeat(2000),
  'one-pm': '1 pm '.repeat(800),
  weekdays: 'friday '.repeat(571),
  'month-days': 'dec 10 '.repeat(571),
  'long-title': `${'Quarterly planning offsite with the whole team and guests '.repeat(66)}friday 8pm`,
  tabs: '\t \n'.repeat(1333),
};

function worstCase(): number {
  const opts = { now: new Date('2026-11-21T15:00:00Z'), timezone: 'America/New_York' };
  let worst = 0;
  for (const [name, text] of Object.entries(HOSTILE)) {
    let best = Infinity;
    let bestSplit = Infinity;
    let bestRead = Infinity;
    for (let k = 0; k < 3; k++) {
      let s = performance.now();
      readWhen(text, opts);
      bestRead = Math.min(bestRead, performance.now() - s);
      s = performance.now();
      parseWhen(text, opts);
      best = Math.min(best, performance.now() - s);
      s = performance.now();
      splitTitleAndWhen(text, opts);
      bestSplit = Math.min(bestSplit, performance.now() - s);
    }
    worst = Math.max(worst, best, bestSplit, bestRead);
    console.log(`hostile ${name.padEnd(14)} ${String(text.length).padStart(5)} chars: read ${round(bestRead, 2)} ms, parse ${round(best, 2)} ms, split-title ${round(bestSplit, 2)} ms`);
  }
  return worst;
}

const score = corpusScore();
const t = throughput();
const worst = worstCase();
console.log(
  `bench when: corpus_pct=${score ? round(score.pct, 1) : 'NA'} wrong_pct=${score ? round(score.wrongPct, 1) : 'NA'} per_s=${t.perS} cpu_per_s=${t.cpuPerS} p50_ms=${round(t.p50, 3)} p99_ms=${round(t.p99, 3)} worst_ms=${round(worst, 2)} rss_mb=${peakRssMb()}`,
);
