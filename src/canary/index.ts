/**
 * canary-score: judge a canary against its baseline (NetflixACAJudge-v1.0 rules, Kayenta-compatible
 * or exact), explain every verdict, and decide PROMOTE, HOLD or HALT. Shared by the CLI and the action.
 */
import { InputError, UsageError } from '../core/errors.js';
import { readJsonOrYaml, readText } from '../core/fsx.js';
import type { Judge } from './classifier.js';
import { parseCanaryConfig, type CanaryConfig } from './config.js';
import { parseMetricData, type MetricData, type SelectorOptions } from './data.js';
import { judgeCanary, type CanaryReport, type Decision, type Override } from './judge.js';
import { summaryMarkdown } from './report.js';
import { PrometheusClient, type PrometheusOptions } from '../core/prometheus.js';
import { fetchCanaryMetrics, readCanaryScopes, readPrometheusQueries, type CanaryReplay } from './prometheus.js';

export * from './classifier.js';
export * from './config.js';
export * from './data.js';
export * from './judge.js';
export * from './mannwhitney.js';
export * from './prometheus.js';
export * from './report.js';
export * from './scorer.js';
export { roundHalfUp, normalQuantile, normalSf, percentile } from './stats.js';

/** Inputs of {@link runCanaryScore} (paths already resolved by the caller). */
export interface CanaryScoreInput {
  configPath: string;
  /** metric data file; not read when `prometheus` is given */
  dataPath?: string;
  /** read the metrics from Prometheus (Kayenta query configs in the config) over these scopes instead of a file */
  prometheus?: { options: PrometheusOptions; scopesPath?: string };
  judge?: string;
  pass?: string | number;
  marginal?: string | number;
  selector?: SelectorOptions;
  override?: string;
  overrideReason?: string;
  overrideBy?: string;
  trafficWeight?: string | number;
  bakeMinutes?: string | number;
}

/** Everything a front end needs: the report, the summary markdown, the parsed inputs. */
export interface CanaryScoreOutput {
  report: CanaryReport;
  markdown: string;
  config: CanaryConfig;
  data: MetricData;
  /** the series read from Prometheus, for the report (replays offline) */
  replay?: CanaryReplay;
}

function numberArg(name: string, v: string | number | undefined, min: number, max: number): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`${name}: expected a number from ${min} to ${max}, found '${v}'`);
  return n;
}

/**
 * Reads the config and data, judges, and renders the summary.
 * @throws UsageError for bad options, InputError for unusable files (exit 2).
 */
export async function runCanaryScore(input: CanaryScoreInput): Promise<CanaryScoreOutput> {
  // options first: a usage error must not wait for (or hide behind) a file error
  if (input.judge && input.judge !== 'exact' && input.judge !== 'kayenta') throw new UsageError(`--judge: expected kayenta or exact, found '${input.judge}'`);
  const passArg = numberArg('--pass', input.pass, 0, 100);
  const marginalArg = numberArg('--marginal', input.marginal, 0, 100);
  const trafficWeight = numberArg('--traffic-weight', input.trafficWeight, 0, 100);
  const bakeMinutes = numberArg('--bake-minutes', input.bakeMinutes, 0, 1e6);
  let override: Override | undefined;
  if (input.override) {
    const d = input.override.toUpperCase();
    if (d !== 'PROMOTE' && d !== 'HOLD' && d !== 'HALT') throw new UsageError(`--override: expected PROMOTE, HOLD or HALT, found '${input.override}'`);
    if (!input.overrideReason) throw new UsageError('--override needs --override-reason (the override is recorded in the report)');
    override = { decision: d as Decision, reason: input.overrideReason, ...(input.overrideBy ? { by: input.overrideBy } : {}) };
  }
  const configDoc = await readJsonOrYaml(input.configPath, 'canary config');
  const config = parseCanaryConfig(configDoc, input.configPath);
  const judgeName = input.judge || config.judge || 'exact';
  const pass = passArg ?? config.thresholds?.pass ?? 95;
  const marginal = marginalArg ?? config.thresholds?.marginal ?? 75;
  if (marginal > pass) throw new UsageError(`--marginal (${marginal}) must not exceed --pass (${pass})`);
  let data: MetricData;
  let replay: CanaryReplay | undefined;
  const dataSource = input.prometheus ? input.configPath : input.dataPath;
  if (input.prometheus) {
    const { options, scopesPath } = input.prometheus;
    const scopesDoc = scopesPath ? await readJsonOrYaml(scopesPath, 'canary scopes') : (configDoc as { scopes?: unknown } | null)?.scopes;
    if (scopesDoc === undefined) throw new UsageError('reading metrics from Prometheus needs scopes: --scopes FILE (Kayenta {controlScope, experimentScope}) or `scopes:` in the config');
    const scopes = readCanaryScopes(scopesDoc, scopesPath ?? `${input.configPath}: scopes`);
    ({ data, replay } = await fetchCanaryMetrics(new PrometheusClient(options), readPrometheusQueries(configDoc, input.configPath), scopes, input.configPath));
  } else {
    if (!input.dataPath) throw new UsageError('metric data is required: --data FILE, or --prometheus URL with Prometheus queries in the config');
    data = parseMetricData(await readText(input.dataPath, 'metric data'), input.dataPath, input.selector);
  }
  const report = judgeCanary(config, data, {
    judge: judgeName as Judge,
    pass,
    marginal,
    override,
    trafficWeight,
    bakeMinutes,
  });
  if (!config.metrics.some((m) => data.metrics[m.name])) {
    throw new InputError(dataSource, 'metrics', `data for at least one configured metric (${config.metrics.map((m) => m.name).join(', ')})`, { found: Object.keys(data.metrics).join(', ') || 'none' });
  }
  const values = Object.fromEntries(
    Object.entries(data.metrics).map(([k, s]) => [k, { baseline: s.baseline.filter((v) => !Number.isNaN(v)), canary: s.canary.filter((v) => !Number.isNaN(v)) }]),
  );
  return { report, markdown: summaryMarkdown(report, values), config, data, ...(replay ? { replay } : {}) };
}
