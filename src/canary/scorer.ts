/**
 * Scoring of NetflixACAJudge-v1.0: Kayenta's WeightedSumScorer and ThresholdScoreClassifier
 * (kayenta-judge `scorers/WeightedSumScorer.scala`, `classifiers/score/ThresholdScoreClassifier.scala`).
 */
import type { MetricLabel } from './classifier.js';
import { roundHalfUp } from './stats.js';

/** What the scorer needs from one metric result. */
export interface ScoredMetric {
  name: string;
  label: MetricLabel;
  groups: string[];
  critical: boolean;
  muted?: boolean;
  reason?: string;
}

/** One group's score, 0 to 100 (unrounded, as Kayenta). */
export interface GroupScore {
  name: string;
  score: number;
  /** no Pass/High/Low/NodataFailMetric metric in the group: counts as 100 in the summary */
  noData: boolean;
  labelCounts: Partial<Record<MetricLabel, number>>;
  numMetrics: number;
  /** the weight used, in percent */
  weight: number;
}

/** The summary: score 0 to 100 rounded HALF_UP to 2 decimals, and why it was forced to 0. */
export interface ScoreResult {
  groups: GroupScore[];
  score: number;
  numMetrics: number;
  /** why the score was forced to 0 (a critical failure, or 50% or more Nodata) */
  reason?: string;
  /** true when the score was forced to 0: the canary fails whatever the score thresholds */
  failed: boolean;
}

/** Kayenta's NODATA_THRESHOLD: 50% or more Nodata metrics fail the canary. */
export const NODATA_THRESHOLD = 50;

/**
 * Weighted-sum score: each group scores Pass / (Pass + High + Low + NodataFailMetric) * 100
 * (Nodata and Error are not counted; a group with none of these scores 100); the summary is the
 * sum of group scores times weight / 100, where configured weights are percents and groups
 * without a weight share (100 - sum of configured weights) equally. A critical failure
 * (critical and not Pass) or >= 50% Nodata forces 0. Muted metrics are left out.
 */
export function weightedSumScore(results: ScoredMetric[], groupWeights: Record<string, number>): ScoreResult {
  const active = results.filter((r) => !r.muted);
  const byGroup = new Map<string, MetricLabel[]>();
  for (const r of active) for (const g of r.groups) byGroup.set(g, [...(byGroup.get(g) ?? []), r.label]);
  const weightSum = Object.values(groupWeights).reduce((a, b) => a + b, 0);
  const weighted = (g: string) => Object.prototype.hasOwnProperty.call(groupWeights, g);
  const unweighted = [...byGroup.keys()].filter((g) => !weighted(g));
  const calculated = unweighted.length ? (100 - weightSum) / unweighted.length : 0;
  const groups: GroupScore[] = [...byGroup.entries()].map(([name, labels]) => {
    const counts: Partial<Record<MetricLabel, number>> = {};
    for (const l of labels) counts[l] = (counts[l] ?? 0) + 1;
    const numPass = counts.Pass ?? 0;
    const numTotal = numPass + (counts.High ?? 0) + (counts.Low ?? 0) + (counts.NodataFailMetric ?? 0);
    const noData = numTotal === 0;
    return {
      name,
      score: noData ? 0 : (numPass / numTotal) * 100,
      noData,
      labelCounts: counts,
      numMetrics: labels.length,
      weight: weighted(name) ? groupWeights[name] : calculated,
    };
  });
  const failures = active.filter((r) => r.critical && r.label !== 'Pass');
  if (failures.length)
    return {
      groups,
      score: 0,
      numMetrics: active.length,
      failed: true,
      reason: `Canary Failed: ${failures[0].reason ?? `${failures[0].name} was classified as ${failures[0].label} (Critical)`}`,
    };
  const nodata = active.filter((r) => r.label === 'Nodata').length;
  if ((nodata / active.length) * 100 >= NODATA_THRESHOLD) {
    return {
      groups,
      score: 0,
      numMetrics: active.length,
      failed: true,
      reason: `Canary Failed: ${NODATA_THRESHOLD}% or more metrics returned NODATA`,
    };
  }
  let summary = 0;
  for (const g of groups) summary += (g.noData ? 100.0 : g.score) * (g.weight / 100);
  return { groups, score: roundHalfUp(summary, 2), numMetrics: active.length, failed: false };
}

/** Pass, Marginal or Fail. */
export type ScoreClassification = 'Pass' | 'Marginal' | 'Fail';

/**
 * ThresholdScoreClassifier: score >= pass is Pass, >= marginal is Marginal, else Fail.
 * Fails closed where Kayenta compares the score only: a forced failure (`failed`: a critical metric
 * failed, or 50% or more Nodata; Kayenta's scorer forces the score to 0 for these) is Fail whatever
 * the thresholds, so thresholds pass 0 / marginal 0 cannot promote a critical failure; a non-finite
 * score is Fail.
 */
export function classifyScore(score: number, pass: number, marginal: number, failed = false): ScoreClassification {
  if (failed || !Number.isFinite(score)) return 'Fail';
  if (score >= pass) return 'Pass';
  if (score >= marginal) return 'Marginal';
  return 'Fail';
}
