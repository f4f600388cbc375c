/**
 * Corpora written by others and mapped onto our answers without reading this parser, scored by
 * the shared corpus scorer (../shared/corpora/score.mjs) on the CLI's own reading (runOne):
 * - duckling: 320 phrases from Facebook Duckling's English examples (test/when/duckling);
 * - ctparse-natty: 229 from ctparse's annotated booking requests and natty's tests (test/when/ctparse-natty).
 * Each ratchets: no more silently wrong answers and no fewer right ones than when the last fix landed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runOne } from '../../src/when/cli-parse.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCORER = `${root}../shared/corpora/score.mjs`;

const CORPORA = [
  { name: 'duckling', file: 'test/when/duckling/duckling-en.jsonl', rightAtLeast: 314, wrongAtMost: 0 },
  { name: 'ctparse-natty', file: 'test/when/ctparse-natty/corpus2-en.jsonl', rightAtLeast: 178, wrongAtMost: 11 },
];

function score(file: string): { right: number; total: number; wrong: number; report: string } {
  const cases = readFileSync(`${root}${file}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; timezone: string; now: string; allowPast?: boolean });
  const answers = cases.map((c) => JSON.stringify(runOne(c.text, c.timezone, c.now, undefined, c.allowPast === true)));
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  try {
    writeFileSync(path.join(dir, 'answers.jsonl'), `${answers.join('\n')}\n`);
    const report = execFileSync(process.execPath, [SCORER, `${root}${file}`, path.join(dir, 'answers.jsonl'), '-v'], { encoding: 'utf8' });
    const [, right, total] = /corpus: (\d+)\/(\d+) correct/.exec(report) ?? [];
    const [, wrong] = /failures: (\d+) wrong answers/.exec(report) ?? [];
    expect(Number(total), report).toBe(cases.length);
    return { right: Number(right), total: Number(total), wrong: Number(wrong), report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!existsSync(SCORER))('external time corpora', () => {
  it.each(CORPORA)('$name: no more wrong answers, no fewer right ones than before', ({ file, rightAtLeast, wrongAtMost }) => {
    const s = score(file);
    expect(s.wrong, s.report).toBeLessThanOrEqual(wrongAtMost);
    expect(s.right, s.report).toBeGreaterThanOrEqual(rightAtLeast);
  });
});
