/**
 * Rendering of a canary report: the job-summary markdown (verdict, per-metric table, guards,
 * one Mermaid xychart per metric comparing the two distributions, which GitHub renders),
 * the short text summary, and the CLI contract's JSON.
 */
import { mdCell, mdTable } from '../core/report.js';
import type { CanaryReport, MetricReport } from './judge.js';

function num(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '-';
  const a = Math.abs(v);
  return a !== 0 && (a >= 1e5 || a < 1e-3) ? v.toExponential(2) : Number(v.toPrecision(digits)).toString();
}

/** Histogram counts of both samples over shared bins spanning the pooled 1st to 99th percentiles. */
export function histogram(
  baseline: ArrayLike<number>,
  canary: ArrayLike<number>,
  bins = 12,
): { edges: number[]; baseline: number[]; canary: number[] } {
  const pooled = Float64Array.from([...Array.from(baseline), ...Array.from(canary)]).sort();
  if (!pooled.length) return { edges: [], baseline: [], canary: [] };
  const q = (p: number) => pooled[Math.min(pooled.length - 1, Math.max(0, Math.round((pooled.length - 1) * p)))];
  let lo = q(0.01);
  let hi = q(0.99);
  if (!(hi > lo)) {
    lo = pooled[0];
    hi = pooled[pooled.length - 1];
  }
  if (!(hi > lo)) hi = lo + 1;
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width);
  const count = (vals: ArrayLike<number>) => {
    const c = new Array<number>(bins).fill(0);
    for (let i = 0; i < vals.length; i++) {
      const k = Math.floor((vals[i] - lo) / width);
      c[Math.min(bins - 1, Math.max(0, k))]++;
    }
    return c;
  };
  return { edges, baseline: count(baseline), canary: count(canary) };
}

/** A Mermaid xychart: baseline as bars, canary as a line, share of points per bin (percent). */
export function distributionChart(title: string, baseline: ArrayLike<number>, canary: ArrayLike<number>): string {
  const h = histogram(baseline, canary);
  if (!h.edges.length) return '';
  const share = (c: number[], n: number) => c.map((v) => (n ? Math.round((1000 * v) / n) / 10 : 0));
  const b = share(h.baseline, baseline.length);
  const c = share(h.canary, canary.length);
  const top = Math.max(1, ...b, ...c);
  const labels = h.edges.slice(0, -1).map((e, i) => `"${num((e + h.edges[i + 1]) / 2)}"`);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title.replace(/"/g, "'")}: baseline (bars) vs canary (line), % of points"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "% of points" 0 --> ${Math.ceil(top * 1.1)}`,
    `  bar [${b.join(', ')}]`,
    `  line [${c.join(', ')}]`,
    '```',
  ].join('\n');
}

const icon = (label: string) =>
  label === 'Pass' ? '✅' : label === 'Nodata' ? '⚪' : label === 'High' || label === 'Low' || label === 'NodataFailMetric' ? '❌' : '⚠️';

/** The job summary: verdict, reasons, per-metric table, guards, recommendation, override, plots. */
export function summaryMarkdown(
  r: CanaryReport,
  values?: Record<string, { baseline: ArrayLike<number>; canary: ArrayLike<number> }>,
): string {
  const head = r.decision === 'PROMOTE' ? '> [!NOTE]' : r.decision === 'HALT' ? '> [!CAUTION]' : '> [!WARNING]';
  const out: string[] = [];
  out.push(`## Canary score: ${r.decision}`);
  out.push(
    `${head}\n> **${r.decision}**: score **${r.score}** (${r.classification}; pass ${r.thresholds.pass}, marginal ${r.thresholds.marginal}). ${mdCell(r.decisionReason)}\n`,
  );
  if (r.override)
    out.push(
      `**Manual override** recorded: ${mdCell(r.override.decision)}${r.override.by ? ` by ${mdCell(r.override.by)}` : ''} (judged ${r.override.judgedDecision}): ${mdCell(r.override.reason)}\n`,
    );
  if (r.decision === 'HOLD')
    out.push(
      `**Recommendation**: set canary traffic to **${r.recommendation.trafficWeight}%** and extend the bake by **${r.recommendation.bakeExtensionMinutes} min** (${r.recommendation.note}).\n`,
    );
  out.push(`Judge: ${r.judge.name} (tolerance ${r.judge.tolerance}, confidence ${r.judge.confidence}).\n`);
  out.push('### Metrics\n');
  out.push(
    mdTable(
      [
        '',
        'metric',
        'result',
        'change (mean ratio)',
        `${Math.round((r.metrics.find((m) => m.interval)?.interval?.level ?? 0.98) * 100)}% interval (canary - baseline)`,
        'p-value',
        'n (baseline / canary)',
        'reason',
      ],
      r.metrics.map((m) => [
        icon(m.classification),
        m.label,
        `${m.classification}${m.critical ? ' (critical)' : ''}${m.muted ? ' (muted)' : ''}`,
        m.effectSize.meanRatio === null ? '-' : `${m.effectSize.meanRatio >= 1 ? '+' : ''}${num((m.effectSize.meanRatio - 1) * 100, 3)}%`,
        m.interval ? `${num(m.interval.lower)} to ${num(m.interval.upper)}` : '-',
        num(m.pValue, 2),
        `${m.baseline.count} / ${m.canary.count}`,
        m.reason,
      ]),
    ),
  );
  if (Object.keys(r.groupScores).length) {
    out.push('\n### Groups\n');
    out.push(
      mdTable(
        ['group', 'score', 'weight %', 'metrics'],
        r.groups.map((g) => [g.name, g.noData ? 'no data (counts 100)' : num(g.score, 4), num(g.weight, 4), g.numMetrics]),
      ),
    );
  }
  if (r.guards.length) {
    out.push('\n### Guards\n');
    out.push(
      mdTable(
        ['guard', 'level', 'action', 'value', 'limit', 'reason'],
        r.guards.map((g) => [g.name, g.level, g.action, num(g.value), num(g.limit), g.reason]),
      ),
    );
  }
  if (r.warnings.length) out.push(`\n### Warnings\n\n${r.warnings.map((w) => `- ${mdCell(w)}`).join('\n')}\n`);
  if (values) {
    out.push('\n### Distributions\n');
    for (const m of r.metrics) {
      const v = values[m.name];
      if (!v || !v.baseline.length || !v.canary.length) continue;
      out.push(
        `<details><summary>${mdCell(m.label)}: ${m.classification}</summary>\n\n${distributionChart(m.label, v.baseline, v.canary)}\n\n</details>\n`,
      );
    }
  }
  return out.join('\n') + '\n';
}

/** A short text summary for the terminal: one line for the verdict, one per metric and guard. */
export function textSummary(r: CanaryReport): string {
  const lines = [`canary-score: ${r.decision} (score ${r.score}, ${r.classification}; ${r.decisionReason})`];
  for (const m of r.metrics) lines.push(`  ${m.classification.padEnd(16)} ${m.reason}`);
  for (const g of r.guards) lines.push(`  guard ${g.level.padEnd(7)} ${g.reason}`);
  if (r.decision === 'HOLD')
    lines.push(
      `  recommendation: traffic ${r.recommendation.trafficWeight}%, extend bake ${r.recommendation.bakeExtensionMinutes} min (${r.recommendation.note})`,
    );
  if (r.override) lines.push(`  override: ${r.override.decision} (judged ${r.override.judgedDecision}): ${r.override.reason}`);
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n') + '\n';
}

/** The CLI contract's object (stable keys first), followed by the full report. */
export function contractJson(r: CanaryReport): Record<string, unknown> {
  const metric = (m: MetricReport) => ({
    name: m.name,
    classification: m.classification,
    critical: m.critical,
    deviation: m.deviation,
    effectSize: m.effectSize,
    interval: m.interval,
    estimate: m.estimate,
    hodgesLehmann: m.hodgesLehmann,
    pValue: m.pValue,
    reason: m.reason,
    muted: m.muted,
    groups: m.groups,
    bounds: m.bounds,
    direction: m.direction,
    baseline: m.baseline,
    canary: m.canary,
  });
  return {
    score: r.score,
    classification: r.classification,
    decision: r.decision,
    metrics: r.metrics.map(metric),
    groupScores: r.groupScores,
    judge: r.judge,
    thresholds: r.thresholds,
    decisionReason: r.decisionReason,
    judgedDecision: r.judgedDecision,
    ...(r.scoreReason ? { scoreReason: r.scoreReason } : {}),
    ...(r.override ? { override: r.override } : {}),
    recommendation: r.recommendation,
    guards: r.guards,
    groups: r.groups,
    warnings: r.warnings,
  };
}
