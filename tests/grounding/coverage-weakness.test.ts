/**
 * The threshold search (evaluate.ts tune) re-applies `low-coverage` and `novel-content` to claim results through
 * coverageWeakness, the rule checkAnswer applies: on real dev rows of a scientific and a summary corpus, the flags
 * checkAnswer raised at the shipped thresholds (the short-claim rule off, as in the search) are exactly those coverageWeakness predicts from the claim result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswer, coverageWeakness } from '../../src/grounding/check.js';
import { CORPORA, parseCorpus, rowSplit } from '../../src/grounding/evaluate.js';
import { parseCase } from '../../src/grounding/input.js';
import { DEFAULT_THRESHOLDS } from '../../src/grounding/types.js';
import { repoRoot } from '../harness/runner.js';

const dev = (name: string, n: number) => {
  const spec = CORPORA.find((c) => c.name === name)!;
  const text = readFileSync(join(repoRoot, 'corpora/grounding', spec.file), 'utf8');
  return parseCorpus(text, spec, parseCase)
    .filter((r) => rowSplit(r) === 'dev')
    .slice(0, n);
};

describe('coverageWeakness: one rule for checkAnswer and the threshold search', () => {
  it('scientific prose: coverage counts only below 0.2, novel words never', () => {
    expect(coverageWeakness(0.3, 20, true, DEFAULT_THRESHOLDS)).toEqual({ lowCoverage: false, novelContent: false });
    expect(coverageWeakness(0.1, 0, true, DEFAULT_THRESHOLDS)).toEqual({ lowCoverage: true, novelContent: false });
    expect(coverageWeakness(0.3, 20, false, DEFAULT_THRESHOLDS)).toEqual({ lowCoverage: true, novelContent: true });
  });
  for (const name of ['scifact', 'summedits-qmsum', 'faithdial']) {
    it(`${name} dev rows: the flags raised are the ones the rule predicts from the claim result`, () => {
      let technical = 0;
      let checked = 0;
      for (const row of dev(name, 80)) {
        // as the search runs: the short-claim rule off (it is not a coverage threshold)
        for (const c of checkAnswer(row.case, { ...DEFAULT_THRESHOLDS, shortClaimWords: 0 }).claims) {
          if (c.abstention) continue;
          const w = coverageWeakness(c.coverage, c.novelWords, c.technicalSource === true, DEFAULT_THRESHOLDS);
          if (c.technicalSource) technical++;
          checked++;
          // (a modifier swapped in a reply, "rigid phonotactics" against "simple phonotactics", is a novel-content flag of its own)
          expect(c.flags.some((f) => f.name === 'novel-content' && / content words the sources never use/.test(f.detail))).toBe(
            w.novelContent,
          );
          // low coverage may instead be reported as a wrong citation (the support is in an uncited context)
          if (c.flags.some((f) => f.name === 'low-coverage')) expect(w.lowCoverage).toBe(true);
        }
      }
      expect(checked).toBeGreaterThan(40);
      if (name === 'scifact') expect(technical).toBeGreaterThan(0);
    });
  }
});
