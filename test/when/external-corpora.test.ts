/**
 * Corpora written by others and mapped onto our answers without reading this parser, scored by
 * the shared corpus scorer (../shared/corpora/score.mjs) on the CLI's own reading (runOne):
 * - duckling: 320 phrases from Facebook Duckling's English examples (test/when/duckling);
 * - ctparse-natty: 229 from ctparse's annotated booking requests and natty's tests (test/when/ctparse-natty);
 * - app-docs: 280 from the docs of apps and bots people type times into (test/when/app-docs);
 * - issue-reports: 169 that users reported as misread in date parsers' issue trackers (test/when/issue-reports).
 * Each ratchets: no more silently wrong answers and no fewer right ones than when the last fix landed.
 */
import { describe, expect, it } from 'vitest';
import { SHARED_CORPUS, scoreCorpus, scorerPresent } from './score-corpus.ts';

const CORPORA = [
  { name: 'duckling', file: 'test/when/duckling/duckling-en.jsonl', rightAtLeast: 314, wrongAtMost: 0 },
  { name: 'ctparse-natty', file: 'test/when/ctparse-natty/corpus2-en.jsonl', rightAtLeast: 219, wrongAtMost: 0 },
  { name: 'app-docs', file: 'test/when/app-docs/corpus3-en.jsonl', rightAtLeast: 265, wrongAtMost: 0 },
  { name: 'issue-reports', file: 'test/when/issue-reports/corpus4-en.jsonl', rightAtLeast: 159, wrongAtMost: 0 },
];

describe.skipIf(!scorerPresent())('external time corpora', () => {
  it.each(CORPORA)('$name: no more wrong answers, no fewer right ones than before', ({ file, rightAtLeast, wrongAtMost }) => {
    const s = scoreCorpus(file, { verbose: true });
    expect(s.total, s.report).toBeGreaterThan(0);
    expect(s.wrong, s.report).toBeLessThanOrEqual(wrongAtMost);
    expect(s.right, s.report).toBeGreaterThanOrEqual(rightAtLeast);
  });

  it('the shared development corpus (../shared/corpora): no wrong answer, no fewer right ones than before', () => {
    const s = scoreCorpus(SHARED_CORPUS, { verbose: true });
    expect(s.total, s.report).toBe(531);
    expect(s.wrong, s.report).toBe(0);
    expect(s.right, s.report).toBeGreaterThanOrEqual(506);
  });
});
