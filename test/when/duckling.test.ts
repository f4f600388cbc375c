/**
 * The Duckling corpus (test/when/duckling: 320 English event-time phrases from Facebook Duckling's
 * own examples, written without reading this parser), scored by the shared corpus scorer
 * (../shared/corpora/score.mjs) on answers from the CLI's own reading (runOne). It ratchets:
 * no silently wrong answer, and no fewer right ones than when the last fix landed.
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
const CORPUS = `${root}test/when/duckling/duckling-en.jsonl`;
/** Right answers when the last fix landed (314 of 320); more is welcome, fewer is a regression. */
const RIGHT_AT_LEAST = 314;

describe('the Duckling corpus', () => {
  it.skipIf(!existsSync(SCORER))('reads it with no silently wrong answer and no fewer right ones than before', () => {
    const cases = readFileSync(CORPUS, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; timezone: string; now: string; allowPast?: boolean });
    const answers = cases.map((c) => JSON.stringify(runOne(c.text, c.timezone, c.now, undefined, c.allowPast === true)));
    const dir = mkdtempSync(path.join(tmpdir(), 'duckling-'));
    try {
      writeFileSync(path.join(dir, 'answers.jsonl'), `${answers.join('\n')}\n`);
      const report = execFileSync(process.execPath, [SCORER, CORPUS, path.join(dir, 'answers.jsonl'), '-v'], { encoding: 'utf8' });
      const [, right, total] = /corpus: (\d+)\/(\d+) correct/.exec(report) ?? [];
      const [, wrong] = /failures: (\d+) wrong answers/.exec(report) ?? [];
      expect(Number(total), report).toBe(cases.length);
      expect(Number(wrong), report).toBe(0);
      expect(Number(right), report).toBeGreaterThanOrEqual(RIGHT_AT_LEAST);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
