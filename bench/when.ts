/**
 * `npm run bench:when`: the time reader's accuracy on the external corpora (the shared one per
 * category, and the two written by others committed in test/when), its throughput on typical
 * phrases, and its worst case on hostile input. The shared corpus is read from ../shared/corpora
 * at run time (never copied into the project); every corpus is scored by its scorer, so the
 * figure is the one the README's command prints.
 */
import { parseWhen, readWhen, splitTitleAndWhen } from '../src/when/index.ts';
import { cases } from '../test/when/corpus.ts';
import { SHARED_CORPUS, scoreCorpus, scorerPresent } from '../test/when/score-corpus.ts';
import { peakRssMb, round, summarize } from './stats.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);

/** Each corpus's score (the scorer's per-category table for the shared one); null without the scorer. */
function corpusScores(): Record<string, { pct: number; wrongPct: number }> | null {
  if (!scorerPresent()) {
    console.log(`corpora: the shared scorer (../shared/corpora) was not found, skipped`);
    return null;
  }
  const out: Record<string, { pct: number; wrongPct: number }> = {};
  for (const [name, file] of [['corpus', SHARED_CORPUS], ...EXTERNAL] as const) {
    const s = scoreCorpus(file);
    if (name === 'corpus') {
      const rows = s.report.split('\n');
      const flagAt = rows.findIndex((r) => r.startsWith('flag'));
      console.log(rows.slice(0, flagAt > 0 ? flagAt : 12).join('\n'));
    }
    console.log(`${name}: ${s.right}/${s.total} right (${round((100 * s.right) / s.total, 1)}%), ${s.wrong} wrong, ${s.refused} refused or asked`);
    out[name] = { pct: (100 * s.right) / s.total, wrongPct: (100 * s.wrong) / s.total };
  }
  return out;
}

/** The corpora written by others and committed (test/when): name in the summary line, file. */
const EXTERNAL = [
  ['duckling', 'test/when/duckling/duckling-en.jsonl'],
  ['ctparse_natty', 'test/when/ctparse-natty/corpus2-en.jsonl'],
  ['app_docs', 'test/when/app-docs/corpus3-en.jsonl'],
  ['issue_reports', 'test/when/issue-reports/corpus4-en.jsonl'],
] as const;

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

const scores = corpusScores();
const score = scores?.['corpus'] ?? null;
const t = throughput();
const worst = worstCase();
console.log(
  `bench when: corpus_pct=${score ? round(score.pct, 1) : 'NA'} wrong_pct=${score ? round(score.wrongPct, 1) : 'NA'} per_s=${t.perS} cpu_per_s=${t.cpuPerS} p50_ms=${round(t.p50, 3)} p99_ms=${round(t.p99, 3)} worst_ms=${round(worst, 2)}${EXTERNAL.map(([name]) => (scores?.[name] ? ` ${name}_pct=${round(scores[name].pct, 1)} ${name}_wrong_pct=${round(scores[name].wrongPct, 1)}` : '')).join('')} rss_mb=${peakRssMb()}`,
);
