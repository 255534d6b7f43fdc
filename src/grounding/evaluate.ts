/**
 * Evaluation of the grounding checker on a labelled claim-verification corpus (SummEdits sales
 * domains, corpora/grounding): the fixed dev/test split, the metrics and the
 * threshold search. Used by scripts/eval-grounding.ts (`npm run eval:grounding`).
 *
 * Split (fixed, by document, never by row: rows sharing a document are not independent):
 * a row whose `doc_id` ends in an odd document number (`sales_email-doc01`, `-doc03`, ...) is in
 * the dev split, an even one in the held-out test split. Thresholds are tuned on dev only.
 */
import { checkAnswer } from './check.js';
import type { GroundingCase, Thresholds, Verdict } from './types.js';

/** A labelled row: a case plus its gold label. */
export interface LabelledCase {
  case: GroundingCase;
  /** gold: true when every statement is supported by the source */
  supported: boolean;
  docId: string;
}

/** Which split a document belongs to: odd document number = dev, even = test. */
export function splitOf(docId: string): 'dev' | 'test' {
  const m = /(\d+)$/.exec(docId);
  if (!m) throw new Error(`doc_id without a trailing number: ${docId}`);
  return Number(m[1]) % 2 === 1 ? 'dev' : 'test';
}

/** Metrics of verdicts against gold labels. "Not grounded" = `ungrounded` or `unverified`. */
export interface Metrics {
  n: number;
  supported: number;
  unsupported: number;
  /** mean of recall on supported rows (verdict grounded) and on unsupported rows (verdict not grounded) */
  balancedAccuracy: number;
  /** recall of `grounded` on supported rows */
  recallSupported: number;
  /** recall of "not grounded" on unsupported rows */
  recallUnsupported: number;
  /** share of `ungrounded` verdicts that are on unsupported rows (NaN when there are none) */
  precisionUngrounded: number;
  ungrounded: number;
  unverified: number;
  /** share of unsupported rows with an `ungrounded` verdict */
  recallUngrounded: number;
}

/** Computes {@link Metrics} for parallel arrays of verdicts and gold labels. */
export function metrics(verdicts: Verdict[], gold: boolean[]): Metrics {
  let tp = 0; // supported & grounded
  let tn = 0; // unsupported & not grounded
  let ug = 0;
  let ugCorrect = 0;
  let uv = 0;
  const sup = gold.filter(Boolean).length;
  const uns = gold.length - sup;
  verdicts.forEach((v, i) => {
    if (gold[i] && v === 'grounded') tp++;
    if (!gold[i] && v !== 'grounded') tn++;
    if (v === 'ungrounded') {
      ug++;
      if (!gold[i]) ugCorrect++;
    }
    if (v === 'unverified') uv++;
  });
  const recallSupported = sup ? tp / sup : NaN;
  const recallUnsupported = uns ? tn / uns : NaN;
  return {
    n: gold.length,
    supported: sup,
    unsupported: uns,
    balancedAccuracy: (recallSupported + recallUnsupported) / 2,
    recallSupported,
    recallUnsupported,
    precisionUngrounded: ug ? ugCorrect / ug : NaN,
    ungrounded: ug,
    unverified: uv,
    recallUngrounded: uns ? ugCorrect / uns : NaN,
  };
}

/** Runs the checker over labelled cases with given thresholds; returns the answer verdicts. */
export function verdictsFor(rows: LabelledCase[], th: Thresholds): Verdict[] {
  return rows.map((r) => checkAnswer(r.case, th).verdict);
}

/** The search space of the threshold tuning (a grid; the first best point in grid order wins). */
export const GRID = {
  minCoverage: [0, 0.4, 0.5, 0.6, 0.7],
  maxNovelWords: [Infinity, 12, 10, 8, 6, 5, 4],
  negationScopeOverlap: [1, 0.67, 0.5],
  negationStrict: [true, false],
  antonymWindow: [1, 2, 3, 5, 1000],
  initialNames: [false, true],
};

/**
 * Grid search on the dev rows: maximizes balanced accuracy subject to precision of `ungrounded`
 * at least `minPrecision`. Among the points within `tolerance` of the best balanced accuracy, the
 * most cautious wins: the highest `minCoverage`, then the lowest `maxNovelWords` (so that answers
 * sharing little with their sources stay `unverified`), then the earlier grid point.
 */
export function tune(dev: LabelledCase[], minPrecision = 0.9, tolerance = 0.005): { thresholds: Thresholds; dev: Metrics } {
  const points: { thresholds: Thresholds; dev: Metrics }[] = [];
  const gold = dev.map((r) => r.supported);
  for (const negationScopeOverlap of GRID.negationScopeOverlap)
    for (const negationStrict of GRID.negationStrict)
      for (const antonymWindow of GRID.antonymWindow)
        for (const initialNames of GRID.initialNames) {
        // coverage and novelty only add `unverified`: evaluate them on the claim results directly
        const base = dev.map((r) => checkAnswer(r.case, { minCoverage: 0, maxNovelWords: Infinity, negationScopeOverlap, negationStrict, antonymWindow, initialNames }));
        for (const minCoverage of GRID.minCoverage)
          for (const maxNovelWords of GRID.maxNovelWords) {
            const verdicts = base.map((a): Verdict => {
              if (a.verdict === 'ungrounded') return 'ungrounded';
              const weak = a.claims.some((c) => !c.abstention && (c.coverage < minCoverage || c.novelWords > maxNovelWords));
              return weak ? 'unverified' : a.verdict;
            });
            const m = metrics(verdicts, gold);
            if (m.precisionUngrounded >= minPrecision) points.push({ thresholds: { minCoverage, maxNovelWords, negationScopeOverlap, negationStrict, antonymWindow, initialNames }, dev: m });
          }
      }
  if (!points.length) throw new Error('no threshold setting reaches the precision floor on dev');
  const top = Math.max(...points.map((p) => p.dev.balancedAccuracy));
  const near = points.filter((p) => p.dev.balancedAccuracy >= top - tolerance);
  // stable sort keeps grid order among equals
  near.sort((a, b) => b.thresholds.minCoverage - a.thresholds.minCoverage || a.thresholds.maxNovelWords - b.thresholds.maxNovelWords);
  return near[0];
}
