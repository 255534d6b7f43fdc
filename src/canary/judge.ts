/**
 * The canary gate: classify every configured metric (NetflixACAJudge-v1.0 rules), score the groups,
 * evaluate the absolute guards, and decide PROMOTE, HOLD or HALT, with a readable reason per metric,
 * a recommendation for a HOLD (next traffic weight, bake extension) and a recorded manual override.
 */
import { classifyMetric, type Judge, type MetricClassification } from './classifier.js';
import type { CanaryConfig, GuardAction, GuardConfig, MetricConfig } from './config.js';
import type { MetricData, MetricSeries } from './data.js';
import { mean } from './stats.js';
import { classifyScore, weightedSumScore, type GroupScore, type ScoreClassification } from './scorer.js';

export type Decision = 'PROMOTE' | 'HOLD' | 'HALT';

/** Fewer points than this per side earns a warning (Spinnaker's canary best practices: at least 50). */
export const MIN_POINTS = 50;

/** A manual override of the decision; always recorded in the report next to the judged decision. */
export interface Override {
  decision: Decision;
  reason: string;
  by?: string;
}

/** Options of {@link judgeCanary}. */
export interface JudgeOptions {
  judge: Judge;
  pass: number;
  marginal: number;
  override?: Override;
  /** current traffic weight and bake time (override the config's rollout block) */
  trafficWeight?: number;
  bakeMinutes?: number;
}

/** One metric's line of the report. Numbers that cannot be measured are null. */
export interface MetricReport {
  name: string;
  label: string;
  groups: string[];
  classification: MetricClassification['label'];
  critical: boolean;
  muted: boolean;
  /** Kayenta's deviation: the effect size under the configured measure */
  deviation: number | null;
  effectSize: {
    measure: 'meanRatio' | 'cles';
    value: number | null;
    meanRatio: number | null;
    cles: number | null;
    allowedIncrease: number;
    allowedDecrease: number;
  };
  /** confidence interval of the shift canary - baseline (metric units) */
  interval: { lower: number; upper: number; level: number } | null;
  estimate: number | null;
  hodgesLehmann: number | null;
  pValue: number | null;
  bounds: { lower: number; upper: number } | null;
  direction: string;
  baseline: MetricClassification['baseline'];
  canary: MetricClassification['canary'];
  reason: string;
}

/** One guard's outcome: level ok < warn (80%) < page (90%) < breach (100%, its action applies). */
export interface GuardResult {
  name: string;
  type: GuardConfig['type'];
  metric: string;
  action: GuardAction;
  value: number | null;
  limit: number;
  /** value as a fraction of the limit */
  utilization: number | null;
  level: 'ok' | 'warn' | 'page' | 'breach' | 'nodata';
  reason: string;
}

/** The report: the CLI contract's fields first, then the explanation. */
export interface CanaryReport {
  score: number;
  classification: ScoreClassification;
  decision: Decision;
  metrics: MetricReport[];
  groupScores: Record<string, number>;
  judge: { mode: Judge; name: string; tolerance: number; confidence: number };
  thresholds: { pass: number; marginal: number };
  scoreReason?: string;
  decisionReason: string;
  judgedDecision: Decision;
  override?: Override & { judgedDecision: Decision };
  recommendation: { trafficWeight: number; bakeExtensionMinutes: number; note: string };
  guards: GuardResult[];
  groups: GroupScore[];
  warnings: string[];
}

const fin = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : v);

function pct(v: number): string {
  const a = Math.abs(v * 100);
  const s = a >= 10 ? a.toFixed(0) : a >= 1 ? a.toFixed(1) : a.toFixed(2);
  return `${s.replace(/\.0+$/, '')}%`;
}

function fmt(v: number, unit?: string): string {
  const a = Math.abs(v);
  const s = a === 0 ? '0' : a >= 1000 || a < 0.001 ? v.toPrecision(3) : Number(v.toPrecision(3)).toString();
  return unit ? `${s} ${unit}` : s;
}

/** The one-line reason a person can read, e.g. "p95 latency 12% higher than baseline (interval 8% to 15%), above the allowed 5%: High". */
export function explain(m: MetricConfig, c: MetricClassification): string {
  const lbl = m.label ?? m.name;
  const es = m.settings.effectSize;
  const tag = `${c.label}${c.critical ? ' (critical)' : ''}`;
  if (c.label === 'Nodata' || c.label === 'NodataFailMetric') {
    const sides = [
      c.baseline.count === 0 ? `baseline (${c.baseline.nan} missing)` : '',
      c.canary.count === 0 ? `canary (${c.canary.nan} missing)` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return `${lbl}: no data for ${sides}${c.label === 'NodataFailMetric' ? ', and the metric must have data' : ''}${c.critical ? ', critical metric' : ''}: ${tag}`;
  }
  if (c.label === 'Error') {
    const why = c.kayentaReason?.includes('non-finite')
      ? 'the shift or a mean is beyond the range of a double (values near ±1.8e308)'
      : 'every observation tied at an evaluated shift';
    return `${lbl}: the rank test could not run (${why}): ${tag}`;
  }
  if (!c.interval) {
    return c.baseline.count === c.canary.count && c.kayentaReason?.includes('identical')
      ? `${lbl}: canary and baseline samples are identical: ${tag}`
      : `${lbl}: no variation to compare (one value on both sides, or NaN replaced by 0): ${tag}`;
  }
  const bm = c.baseline.mean;
  // a relative change only where the mean ratio is defined (baseline mean > 0): its sign is then the
  // sign of canary - baseline; otherwise the absolute difference, whose sign is the direction
  const rel = bm > 0 && Number.isFinite(c.meanRatio);
  const noRatio =
    bm === 0 ? 'baseline mean 0' : `baseline mean ${fmt(bm, m.unit)}: no ratio to a ${bm < 0 ? 'negative' : 'non-finite'} baseline`;
  const change = rel
    ? Math.abs(c.meanRatio - 1) < 5e-4
      ? 'about the same as baseline'
      : `${pct(c.meanRatio - 1)} ${c.meanRatio > 1 ? 'higher' : 'lower'} than baseline`
    : `${fmt(Math.abs(c.canary.mean - bm), m.unit)} ${c.canary.mean >= bm ? 'higher' : 'lower'} than baseline (${noRatio})`;
  const iv = rel
    ? `interval ${pct(c.interval.lower / Math.abs(bm)).replace(/^/, c.interval.lower < 0 ? '-' : '')} to ${pct(c.interval.upper / Math.abs(bm)).replace(/^/, c.interval.upper < 0 ? '-' : '')}`
    : `interval ${fmt(c.interval.lower, m.unit)} to ${fmt(c.interval.upper, m.unit)}`;
  const cl = es.measure === 'cles' ? `, P(canary > baseline) ${c.cles.toFixed(2)}` : '';
  const sigUp = c.interval.lower > (c.bounds?.upper ?? 0);
  const sigDown = c.interval.upper < (c.bounds?.lower ?? 0);
  const allowedUp = es.measure === 'cles' ? `${es.allowedIncrease}` : pct(es.allowedIncrease - 1);
  const allowedDown = es.measure === 'cles' ? `${es.allowedDecrease}` : pct(1 - es.allowedDecrease);
  let why: string;
  if (c.label === 'High')
    why = es.measure === 'meanRatio' && es.allowedIncrease <= 1 ? 'and no increase is allowed' : `above the allowed ${allowedUp}`;
  else if (c.label === 'Low')
    why =
      es.measure === 'meanRatio' && es.allowedDecrease >= 1
        ? 'and no decrease is allowed'
        : `below the allowed ${es.measure === 'cles' ? allowedDown : `-${allowedDown}`}`;
  else if (sigUp && m.settings.direction === 'decrease') why = 'an increase is not judged (direction decrease)';
  else if (sigDown && m.settings.direction === 'increase') why = 'a decrease is not judged (direction increase)';
  else if (sigUp) why = `within the allowed ${allowedUp}`;
  else if (sigDown) why = `within the allowed -${allowedDown}`;
  else why = 'not a significant change';
  return `${lbl} ${change} (${iv})${cl}, ${why}: ${tag}`;
}

function series(d: MetricData, name: string): MetricSeries | undefined {
  return d.metrics[name];
}

/** Evaluates one guard on the canary's values (the most recent `window` seconds when set). */
export function evaluateGuard(g: GuardConfig, data: MetricData): GuardResult {
  const s = series(data, g.metric);
  const limit = g.type === 'threshold' ? (g.max ?? g.min)! : g.threshold!;
  const base: Omit<GuardResult, 'value' | 'utilization' | 'level' | 'reason'> = {
    name: g.name,
    type: g.type,
    metric: g.metric,
    action: g.action,
    limit,
  };
  const vals = s?.canary ?? [];
  const times =
    s?.canaryTimes && s.canaryTimes.length === vals.length && !s.canaryTimes.some(Number.isNaN)
      ? s.canaryTimes
      : vals.map((_, i) => i * data.step);
  let win = vals.map((v, i) => [times[i], v] as const).filter(([, v]) => !Number.isNaN(v));
  if (g.window !== undefined && win.length) {
    const end = win.reduce((m, [t]) => (t > m ? t : m), -Infinity);
    win = win.filter(([t]) => t > end - g.window!);
  }
  if (!win.length) return { ...base, value: null, utilization: null, level: 'nodata', reason: `${g.name}: no canary data for ${g.metric}` };
  const m = mean(win.map(([, v]) => v));
  const w = g.window ? ` over ${g.window} s` : '';
  let value: number;
  let utilization: number;
  let what: string;
  if (g.type === 'threshold') {
    value = g.window !== undefined ? m : win[win.length - 1][1];
    const uMax = g.max !== undefined ? (g.max > 0 ? value / g.max : value > g.max ? Infinity : 0) : 0;
    const uMin = g.min !== undefined ? (value > 0 ? g.min / value : value < g.min ? Infinity : g.min > 0 ? Infinity : 0) : 0;
    utilization = Math.max(uMax, uMin);
    if (g.max !== undefined && value > g.max) utilization = Math.max(utilization, 1);
    if (g.min !== undefined && value < g.min) utilization = Math.max(utilization, 1);
    what = `${g.metric} ${g.window !== undefined ? 'mean' : 'latest'} ${fmt(value)}${w} against ${[g.min !== undefined ? `min ${g.min}` : '', g.max !== undefined ? `max ${g.max}` : ''].filter(Boolean).join(', ')}`;
  } else if (g.type === 'burnRate') {
    const period = g.period ?? 30 * 86400;
    const window = g.window ?? (win.length > 1 ? win[win.length - 1][0] - win[0][0] + data.step : data.step);
    const burn = m / (1 - g.slo!);
    value = (burn * window) / period;
    utilization = value / g.threshold!;
    what = `burn rate ${burn.toFixed(2)}x of the ${g.slo} SLO${w}: ${pct(value)} of the ${Math.round(period / 86400)}-day error budget (limit ${pct(g.threshold!)})`;
  } else {
    value = m;
    utilization = g.threshold! > 0 ? value / g.threshold! : value > 0 ? Infinity : 0;
    what = `${g.metric} rate ${fmt(value)}${w} (limit ${g.threshold})`;
  }
  const level = utilization >= 1 ? 'breach' : utilization >= 0.9 ? 'page' : utilization >= 0.8 ? 'warn' : 'ok';
  const act =
    level === 'breach' ? `${g.action}` : level === 'page' ? 'page (90% of the limit)' : level === 'warn' ? 'warn (80% of the limit)' : 'ok';
  return {
    ...base,
    value,
    utilization,
    level,
    reason: `${g.name}: ${what}, ${Number.isFinite(utilization) ? pct(utilization) : 'beyond'} of the limit: ${act}`,
  };
}

/**
 * Judges the canary. Never throws for data problems inside a metric (they become Nodata/Error
 * labels); configuration and data parse errors are raised earlier by the readers.
 */
export function judgeCanary(config: CanaryConfig, data: MetricData, opts: JudgeOptions): CanaryReport {
  const warnings: string[] = [];
  const configured = new Set(config.metrics.map((m) => m.name));
  for (const name of Object.keys(data.metrics))
    if (!configured.has(name) && !config.guards.some((g) => g.metric === name))
      warnings.push(`${name}: in the data but not in the config (ignored)`);
  const metrics: MetricReport[] = [];
  for (const m of config.metrics) {
    const s = series(data, m.name);
    if (!s) warnings.push(`${m.name}: no series in the data (judged as no data)`);
    const c = classifyMetric(s?.baseline ?? [], s?.canary ?? [], m.settings, { judge: opts.judge });
    for (const [side, st] of [
      ['baseline', c.baseline],
      ['canary', c.canary],
    ] as const) {
      if (st.count > 0 && st.count < MIN_POINTS)
        warnings.push(`${m.name}: ${st.count} ${side} points, fewer than ${MIN_POINTS} (the interval is wide and verdicts are weak)`);
    }
    metrics.push({
      name: m.name,
      label: m.label ?? m.name,
      groups: m.groups,
      classification: c.label,
      critical: c.critical,
      muted: m.settings.muted,
      deviation: fin(c.deviation),
      effectSize: {
        measure: m.settings.effectSize.measure,
        value: fin(c.deviation),
        meanRatio: fin(c.meanRatio),
        cles: fin(c.cles),
        allowedIncrease: m.settings.effectSize.allowedIncrease,
        allowedDecrease: m.settings.effectSize.allowedDecrease,
      },
      interval: c.interval ? { lower: c.interval.lower, upper: c.interval.upper, level: c.interval.level } : null,
      estimate: fin(c.estimate),
      hodgesLehmann: fin(c.hodgesLehmann),
      pValue: fin(c.pValue),
      bounds: c.bounds ?? null,
      direction: m.settings.direction,
      baseline: c.baseline,
      canary: c.canary,
      reason: explain(m, c) + (m.settings.muted ? ' (muted: not scored)' : ''),
    });
  }
  const scored = weightedSumScore(
    metrics.map((m) => ({
      name: m.name,
      label: m.classification,
      groups: m.groups,
      critical: m.critical,
      muted: m.muted,
      reason: m.reason,
    })),
    config.groupWeights,
  );
  const classification = classifyScore(scored.score, opts.pass, opts.marginal, scored.failed);
  const guards = config.guards.map((g) => evaluateGuard(g, data));
  for (const g of guards)
    if (g.level === 'warn' || g.level === 'page' || (g.level === 'breach' && (g.action === 'warn' || g.action === 'page')))
      warnings.push(g.reason);

  const halts = guards.filter((g) => g.level === 'breach' && g.action === 'halt');
  const pauses = guards.filter(
    (g) => (g.level === 'breach' && g.action === 'pause') || (g.level === 'nodata' && (g.action === 'halt' || g.action === 'pause')),
  );
  let judged: Decision;
  let decisionReason: string;
  if (halts.length) {
    judged = 'HALT';
    decisionReason = `guard ${halts.map((g) => g.name).join(', ')} says halt`;
  } else if (classification !== 'Pass') {
    judged = 'HOLD';
    decisionReason = `score ${scored.score} is ${classification} (pass ${opts.pass}, marginal ${opts.marginal})${scored.reason ? `: ${scored.reason}` : ''}`;
  } else if (metrics.some((m) => !m.muted && m.classification === 'Error')) {
    // Kayenta leaves Error out of the score; we never promote on it (fail closed)
    judged = 'HOLD';
    decisionReason = `metric ${metrics
      .filter((m) => !m.muted && m.classification === 'Error')
      .map((m) => m.name)
      .join(', ')} could not be classified (Error)`;
  } else if (pauses.length) {
    judged = 'HOLD';
    decisionReason = `guard ${pauses.map((g) => g.name).join(', ')} says pause${pauses.some((g) => g.level === 'nodata') ? ' (no data to check it)' : ''}`;
  } else {
    judged = 'PROMOTE';
    decisionReason = `score ${scored.score} >= pass ${opts.pass} and no guard stops the rollout`;
  }
  const w = opts.trafficWeight ?? config.rollout.trafficWeight;
  const bake = opts.bakeMinutes ?? config.rollout.bakeMinutes;
  const minW = config.rollout.minWeight;
  let recommendation: CanaryReport['recommendation'];
  if (judged === 'HALT')
    recommendation = { trafficWeight: 0, bakeExtensionMinutes: 0, note: 'roll back: route all traffic to the baseline' };
  else if (judged === 'PROMOTE')
    recommendation = {
      trafficWeight: Math.min(100, Math.max(w * 2, minW)),
      bakeExtensionMinutes: 0,
      note: 'proceed to the next step of the rollout',
    };
  else if (classification === 'Marginal')
    recommendation = {
      trafficWeight: Math.max(minW, Math.floor(w / 2)),
      bakeExtensionMinutes: Math.ceil(bake / 2),
      note: 'marginal: halve the canary traffic and bake 50% longer, then judge again',
    };
  else
    recommendation = {
      trafficWeight: Math.min(w, minW),
      bakeExtensionMinutes: bake,
      note: 'failing: reduce the canary to the minimum weight and double the bake, then judge again',
    };

  const report: CanaryReport = {
    score: scored.score,
    classification,
    decision: judged,
    metrics,
    groupScores: Object.fromEntries(scored.groups.map((g) => [g.name, g.score])),
    judge: {
      mode: opts.judge,
      name: opts.judge === 'kayenta' ? 'NetflixACAJudge-v1.0 (Kayenta-compatible)' : 'NetflixACAJudge-v1.0 rules, exact roots',
      tolerance: 0.25,
      confidence: 0.98,
    },
    thresholds: { pass: opts.pass, marginal: opts.marginal },
    decisionReason,
    judgedDecision: judged,
    recommendation,
    guards,
    groups: scored.groups,
    warnings,
  };
  if (scored.reason) report.scoreReason = scored.reason;
  if (opts.override) {
    report.override = { ...opts.override, judgedDecision: judged };
    report.decision = opts.override.decision;
    report.decisionReason = `manual override to ${opts.override.decision}${opts.override.by ? ` by ${opts.override.by}` : ''}: ${opts.override.reason} (judged ${judged}: ${decisionReason})`;
  }
  return report;
}
