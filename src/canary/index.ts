/**
 * canary-score: judge a canary against its baseline (NetflixACAJudge-v1.0 rules, Kayenta-compatible
 * or exact), explain every verdict, and decide PROMOTE, HOLD or HALT. Shared by the CLI and the action.
 */
import { InputError, UsageError } from '../core/errors.js';
import { readJsonOrYaml, readText } from '../core/fsx.js';
import { parseCanaryConfig, type CanaryConfig } from './config.js';
import { parseMetricData, type MetricData, type SelectorOptions } from './data.js';
import { judgeCanary, type CanaryReport } from './judge.js';
import { canaryJudge, canaryThresholds, type CanarySettings } from './settings.js';
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
export * from './settings.js';
export { roundHalfUp, normalQuantile, normalSf, percentile } from './stats.js';

/** Inputs of {@link runCanaryScore} (paths already resolved by the caller). */
export interface CanaryScoreInput {
  configPath: string;
  /** metric data file; not read when `prometheus` is given */
  dataPath?: string;
  /** read the metrics from Prometheus (Kayenta query configs in the config) over these scopes instead of a file */
  prometheus?: { options: PrometheusOptions; scopesPath?: string };
  /** checked settings from {@link canarySettings} */
  settings: CanarySettings;
  selector?: SelectorOptions;
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

/**
 * Reads the config and data, judges, and renders the summary.
 * @throws UsageError for bad options, InputError for unusable files (exit 2).
 */
export async function runCanaryScore(input: CanaryScoreInput): Promise<CanaryScoreOutput> {
  const { settings } = input;
  const configDoc = await readJsonOrYaml(input.configPath, 'canary config');
  const config = parseCanaryConfig(configDoc, input.configPath);
  const { pass, marginal } = canaryThresholds(settings, config);
  let data: MetricData;
  let replay: CanaryReplay | undefined;
  const dataSource = input.prometheus ? input.configPath : input.dataPath;
  if (input.prometheus) {
    const { options, scopesPath } = input.prometheus;
    const scopesDoc = scopesPath ? await readJsonOrYaml(scopesPath, 'canary scopes') : (configDoc as { scopes?: unknown } | null)?.scopes;
    if (scopesDoc === undefined)
      throw new UsageError(
        `reading metrics from Prometheus needs scopes: ${settings.label('scopes')} (Kayenta {controlScope, experimentScope}) or \`scopes:\` in the config`,
      );
    const scopes = readCanaryScopes(scopesDoc, scopesPath ?? `${input.configPath}: scopes`);
    ({ data, replay } = await fetchCanaryMetrics(
      new PrometheusClient(options),
      readPrometheusQueries(configDoc, input.configPath),
      scopes,
      input.configPath,
    ));
  } else {
    if (!input.dataPath)
      throw new UsageError('metric data is required: --data FILE, or --prometheus URL with Prometheus queries in the config');
    data = parseMetricData(await readText(input.dataPath, 'metric data'), input.dataPath, input.selector);
  }
  const report = judgeCanary(config, data, {
    judge: canaryJudge(settings, config),
    pass,
    marginal,
    override: settings.override,
    trafficWeight: settings.trafficWeight,
    bakeMinutes: settings.bakeMinutes,
  });
  if (!config.metrics.some((m) => data.metrics[m.name])) {
    throw new InputError(
      dataSource,
      'metrics',
      `data for at least one configured metric (${config.metrics.map((m) => m.name).join(', ')})`,
      { found: Object.keys(data.metrics).join(', ') || 'none' },
    );
  }
  const values = Object.fromEntries(
    Object.entries(data.metrics).map(([k, s]) => [
      k,
      { baseline: s.baseline.filter((v) => !Number.isNaN(v)), canary: s.canary.filter((v) => !Number.isNaN(v)) },
    ]),
  );
  return { report, markdown: summaryMarkdown(report, values), config, data, ...(replay ? { replay } : {}) };
}
