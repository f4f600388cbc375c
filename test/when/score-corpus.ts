/**
 * One way to score a time corpus (used by test/when/external-corpora.test.ts and bench:when): the
 * CLI's own reading (runOne) of each case, scored by the shared corpus scorer
 * (../shared/corpora/score.mjs), so every figure is the one the README's command prints.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOne } from '../../src/when/cli-parse.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The shared scorer, beside the checkout (absent: the corpora are not scored). */
export const SCORER = path.resolve(root, '../shared/corpora/score.mjs');
/** Corpora the scorer ships: ../shared/corpora; read at run time, never copied here. */
export const SHARED_CORPUS = path.resolve(root, '../shared/corpora/recognizers-en.jsonl');

export interface CorpusScore {
  right: number;
  total: number;
  wrong: number;
  refused: number;
  /** The scorer's own report (per category, failures with -v). */
  report: string;
}

/** `file`: a corpus .jsonl (absolute, or relative to the checkout). */
export function scoreCorpus(file: string, opts: { verbose?: boolean } = {}): CorpusScore {
  const corpus = path.resolve(root, file);
  const cases = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; timezone: string; now: string; allowPast?: boolean });
  const answers = cases.map((c) => JSON.stringify(runOne(c.text, c.timezone, c.now, undefined, c.allowPast === true)));
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  try {
    writeFileSync(path.join(dir, 'answers.jsonl'), `${answers.join('\n')}\n`);
    const report = execFileSync(process.execPath, [SCORER, corpus, path.join(dir, 'answers.jsonl'), ...(opts.verbose ? ['-v'] : [])], { encoding: 'utf8' });
    const [, right, total] = /corpus: (\d+)\/(\d+) correct/.exec(report) ?? [];
    const [, wrong, refused] = /failures: (\d+) wrong answers, (\d+) refusals/.exec(report) ?? [];
    return { right: Number(right), total: Number(total), wrong: Number(wrong), refused: Number(refused), report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const scorerPresent = (): boolean => existsSync(SCORER);
