/**
 * Canary configuration: a Kayenta canary config JSON (`metrics[].analysisConfigurations.canary`,
 * `metrics[].groups`, `classifier.groupWeights`) is accepted as is; our YAML form is a superset
 * that adds composite weights (fractions or percents), the p95 gate (`maxIncrease: 5%` on a metric),
 * absolute guards with actions, score thresholds, the judge and rollout settings.
 */
import { InputError } from '../core/errors.js';
import { validateWithSchema, type JsonSchema, type SchemaViolation } from '../core/schema.js';
import { defaultSettings, type Direction, type Judge, type MetricSettings } from './classifier.js';
import canaryConfigJson from '../../schemas/canary-config.schema.json';

/** schemas/canary-config.schema.json, bundled (the one document, published for editors). */
const canaryConfigSchema = canaryConfigJson as JsonSchema;

/** What a guard does when its threshold is reached. warn and page never change the decision. */
export type GuardAction = 'halt' | 'pause' | 'warn' | 'page';

/**
 * An absolute guard in the Argo Rollouts / Flagger style, evaluated on the canary's values:
 * - `threshold`: the latest value (or the mean over `window` seconds) must stay within [min, max];
 * - `burnRate`: error-budget burn over `window` seconds: mean error ratio / (1 - slo) * window / period
 *   is the fraction of the period's budget spent in the window (Google SRE workbook, ch. 5: 2% of a
 *   30-day budget in 1 hour is a burn rate of 14.4); `threshold` is that fraction (e.g. 0.02);
 * - `rate`: the mean of the metric over `window` seconds (e.g. a compensation rate) must stay at or below `threshold`.
 * At 80% of its limit a guard warns, at 90% it pages, at 100% its action applies.
 */
export interface GuardConfig {
  name: string;
  type: 'threshold' | 'burnRate' | 'rate';
  metric: string;
  action: GuardAction;
  min?: number;
  max?: number;
  threshold?: number;
  /** seconds */
  window?: number;
  /** SLO target for burnRate, e.g. 0.999 */
  slo?: number;
  /** budget period in seconds for burnRate (default 30 days) */
  period?: number;
}

/** One judged metric. */
export interface MetricConfig {
  name: string;
  groups: string[];
  settings: MetricSettings;
  /** human label used in reasons ("p95 latency") */
  label?: string;
  unit?: string;
}

/** Rollout settings used to recommend the next step of a HOLD. */
export interface RolloutConfig {
  /** current canary traffic weight, percent */
  trafficWeight: number;
  /** current bake time, minutes */
  bakeMinutes: number;
  minWeight: number;
}

/** The normalized configuration. */
export interface CanaryConfig {
  name?: string;
  /** where it came from: a Kayenta canary config or our YAML */
  format: 'kayenta' | 'mc';
  judge?: Judge;
  thresholds?: { pass?: number; marginal?: number };
  /** percent per group */
  groupWeights: Record<string, number>;
  metrics: MetricConfig[];
  guards: GuardConfig[];
  rollout: RolloutConfig;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function num(file: string, field: string, v: unknown, opts: { min?: number; max?: number } = {}): number {
  let n = v;
  if (typeof v === 'string' && v.trim() !== '') n = Number(v.trim().replace(/%$/, '')) / (v.trim().endsWith('%') ? 100 : 1);
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new InputError(file, field, 'a finite number', { found: JSON.stringify(v) });
  if (opts.min !== undefined && n < opts.min) throw new InputError(file, field, `a number >= ${opts.min}`, { found: String(n) });
  if (opts.max !== undefined && n > opts.max) throw new InputError(file, field, `a number <= ${opts.max}`, { found: String(n) });
  return n;
}

function bool(file: string, field: string, v: unknown, def: boolean): boolean {
  if (v === undefined || v === null) return def;
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new InputError(file, field, 'true or false', { found: JSON.stringify(v) });
}

/** Direction, validated by the schema (Kayenta's `MetricDirection.parse` reads unknown values as either; we refuse them). */
function direction(v: unknown): Direction {
  return v === 'increase' || v === 'decrease' ? v : 'either';
}

/** The canary config's own wording where the schema's generic one would be vaguer. */
function canaryExpected(e: SchemaViolation): string | undefined {
  const parent = (e.parentSchema ?? {}) as { pattern?: string };
  // the numeric fields: {type: [number, string], pattern: a number with an optional %}
  if (parent.pattern !== undefined && (e.keyword === 'type' || e.keyword === 'pattern')) return 'a number (or a numeric string such as 5%)';
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
    if (allowed.length === 4 && allowed.includes(true) && allowed.includes('false')) return 'true or false';
    if (e.instancePath === '/judge') return `one of ${allowed.join(', ')} (or a Kayenta judge block {name: ...})`;
  }
  return undefined;
}

/**
 * Validates a parsed canary config against `schemas/canary-config.schema.json` (src/core/schema.ts): unknown keys
 * (`critcal: true`), values outside an enum (`direction: sideways`), wrong types.
 * @throws InputError naming the file, the field and what was expected.
 */
export function validateCanaryConfig(doc: unknown, file: string): void {
  if (!isObj(doc)) throw new InputError(file, undefined, 'a canary config object (Kayenta canary config JSON or mc canary YAML)');
  let root: unknown = doc;
  let prefix: string[] = [];
  if (Object.prototype.hasOwnProperty.call(doc, 'canary')) {
    const other = Object.keys(doc).filter((k) => k !== 'canary' && k !== '$schema');
    if (other.length)
      throw new InputError(
        file,
        other[0],
        `no property '${other[0]}' beside the top-level canary: block (not in the canary config schema)`,
      );
    if (!isObj(doc.canary)) throw new InputError(file, 'canary', 'a canary config object');
    root = doc.canary;
    prefix = ['canary'];
  }
  validateWithSchema(canaryConfigSchema, root, file, { what: 'canary config', prefix, expected: canaryExpected });
}

/** One metric's settings from `analysisConfigurations.canary` merged with our flat keys. */
function metricSettings(file: string, at: string, m: Record<string, unknown>): MetricSettings {
  const ac = isObj(m.analysisConfigurations) && isObj(m.analysisConfigurations.canary) ? m.analysisConfigurations.canary : {};
  const pick = (k: string) => (m[k] !== undefined ? m[k] : ac[k]);
  const es = { ...(isObj(ac.effectSize) ? ac.effectSize : {}), ...(isObj(m.effectSize) ? m.effectSize : {}) };
  // enums and types are the schema's (validateCanaryConfig); ranges and cross-field rules are checked here
  const measure = (es.measure ?? 'meanRatio') as 'meanRatio' | 'cles';
  const s = defaultSettings(measure);
  s.direction = direction(pick('direction'));
  // Kayenta NaNStrategy.parse: replace, else remove
  s.nanStrategy = pick('nanStrategy') === 'replace' ? 'replace' : 'remove';
  s.critical = bool(file, `${at}.critical`, pick('critical'), false);
  s.mustHaveData = bool(file, `${at}.mustHaveData`, pick('mustHaveData'), false);
  s.muted = bool(file, `${at}.muted`, pick('muted'), false);
  for (const k of ['allowedIncrease', 'allowedDecrease', 'criticalIncrease', 'criticalDecrease'] as const) {
    if (es[k] !== undefined) s.effectSize[k] = num(file, `${at}.effectSize.${k}`, es[k], { min: 0 });
  }
  // our p95-style gate: maxIncrease 5% means the canary may be up to 5% higher (allowedIncrease 1.05)
  if (m.maxIncrease !== undefined) {
    if (measure !== 'meanRatio') throw new InputError(file, `${at}.maxIncrease`, 'effectSize.measure meanRatio with maxIncrease');
    s.effectSize.allowedIncrease = 1 + num(file, `${at}.maxIncrease`, m.maxIncrease, { min: 0 });
    if (s.direction === 'either' && pick('direction') === undefined) s.direction = 'increase';
  }
  if (m.maxDecrease !== undefined) {
    if (measure !== 'meanRatio') throw new InputError(file, `${at}.maxDecrease`, 'effectSize.measure meanRatio with maxDecrease');
    s.effectSize.allowedDecrease = 1 - num(file, `${at}.maxDecrease`, m.maxDecrease, { min: 0, max: 1 });
  }
  const out = { ...(isObj(ac.outliers) ? ac.outliers : {}), ...(isObj(m.outliers) ? m.outliers : {}) };
  if (out.strategy !== undefined) s.outliers.strategy = out.strategy as 'keep' | 'remove';
  if (out.outlierFactor !== undefined)
    s.outliers.factor = num(file, `${at}.outliers.outlierFactor`, out.outlierFactor, { min: Number.MIN_VALUE });
  return s;
}

/** One guard (its shape, enums and required keys are the schema's). */
function guard(file: string, at: string, g: Record<string, unknown>): GuardConfig {
  const type = (g.type ??
    (g.slo !== undefined ? 'burnRate' : g.min !== undefined || g.max !== undefined ? 'threshold' : 'rate')) as GuardConfig['type'];
  const out: GuardConfig = { name: g.name as string, type, metric: g.metric as string, action: (g.action ?? 'halt') as GuardAction };
  if (g.min !== undefined) out.min = num(file, `${at}.min`, g.min);
  if (g.max !== undefined) out.max = num(file, `${at}.max`, g.max);
  if (g.threshold !== undefined) out.threshold = num(file, `${at}.threshold`, g.threshold, { min: 0 });
  if (g.window !== undefined) out.window = num(file, `${at}.window`, g.window, { min: 0 });
  if (g.slo !== undefined) out.slo = num(file, `${at}.slo`, g.slo, { min: 0, max: 0.999999999 });
  if (g.period !== undefined) out.period = num(file, `${at}.period`, g.period, { min: 1 });
  if (type === 'threshold' && out.min === undefined && out.max === undefined)
    throw new InputError(file, at, 'min or max for a threshold guard');
  if (type !== 'threshold' && out.threshold === undefined) throw new InputError(file, `${at}.threshold`, `a threshold for a ${type} guard`);
  if (type === 'burnRate' && out.slo === undefined)
    throw new InputError(file, `${at}.slo`, 'an SLO target (e.g. 0.999) for a burnRate guard');
  return out;
}

/**
 * Normalizes a parsed configuration document (Kayenta canary config JSON or our YAML).
 * @param file the file name for error messages
 * @throws InputError naming the field and what was expected.
 */
export function parseCanaryConfig(doc: unknown, file: string): CanaryConfig {
  validateCanaryConfig(doc, file);
  // from here on the shape is the schema's: types, enums, unknown keys, a non-empty metrics list
  const d = doc as Record<string, unknown>;
  const root = (isObj(d.canary) ? d.canary : d) as Record<string, unknown> & { metrics: Record<string, unknown>[] };
  const isKayenta = root.metrics.some((m) => isObj(m) && isObj(m.analysisConfigurations)) || isObj(root.classifier);
  const seen = new Set<string>();
  const metrics = root.metrics.map((m, i): MetricConfig => {
    const at = `metrics[${i}]`;
    const name = m.name as string;
    if (seen.has(name)) throw new InputError(file, `${at}.name`, 'a unique metric name', { found: name });
    seen.add(name);
    let groups: string[];
    if (Array.isArray(m.groups)) groups = m.groups as string[];
    else if (m.group !== undefined) groups = [m.group as string];
    else groups = [name];
    const out: MetricConfig = { name, groups, settings: metricSettings(file, at, m) };
    if (m.label !== undefined) out.label = m.label as string;
    if (m.unit !== undefined) out.unit = m.unit as string;
    return out;
  });
  // group weights: Kayenta classifier.groupWeights (percent) or our composite weights (fractions or percents)
  const groupWeights = Object.create(null) as Record<string, number>;
  const cw = isObj(root.classifier) && isObj(root.classifier.groupWeights) ? root.classifier.groupWeights : undefined;
  const ow = isObj(root.weights) ? root.weights : undefined;
  if (cw) for (const [k, v] of Object.entries(cw)) groupWeights[k] = num(file, `classifier.groupWeights.${k}`, v, { min: 0 });
  if (ow) {
    const entries = Object.entries(ow).map(([k, v]) => [k, num(file, `weights.${k}`, v, { min: 0 })] as const);
    const sum = entries.reduce((a, [, v]) => a + v, 0);
    const fractions = entries.every(([, v]) => v <= 1) && sum <= 1 + 1e-9;
    for (const [k, v] of entries) groupWeights[k] = fractions ? v * 100 : v;
  }
  const wsum = Object.values(groupWeights).reduce((a, b) => a + b, 0);
  if (wsum > 100 + 1e-9)
    throw new InputError(file, cw ? 'classifier.groupWeights' : 'weights', 'weights summing to at most 100 (percent) or 1 (fractions)', {
      found: String(wsum),
    });
  const guards = ((root.guards ?? []) as Record<string, unknown>[]).map((g, i) => guard(file, `guards[${i}]`, g));
  const cfg: CanaryConfig = {
    format: isKayenta && !ow && root.guards === undefined ? 'kayenta' : 'mc',
    groupWeights,
    metrics,
    guards,
    rollout: { trafficWeight: 10, bakeMinutes: 30, minWeight: 1 },
  };
  if (typeof root.name === 'string') cfg.name = root.name;
  // a string judge is kayenta or exact (the schema's enum); a Kayenta judge block leaves it to --judge
  if (typeof root.judge === 'string') cfg.judge = root.judge as Judge;
  // our thresholds, else Kayenta's classifier.scoreThresholds
  const th = isObj(root.thresholds)
    ? { v: root.thresholds, at: 'thresholds' }
    : isObj(root.classifier) && isObj(root.classifier.scoreThresholds)
      ? { v: root.classifier.scoreThresholds, at: 'classifier.scoreThresholds' }
      : undefined;
  if (th) {
    cfg.thresholds = {};
    if (th.v.pass !== undefined) cfg.thresholds.pass = num(file, `${th.at}.pass`, th.v.pass, { min: 0, max: 100 });
    if (th.v.marginal !== undefined) cfg.thresholds.marginal = num(file, `${th.at}.marginal`, th.v.marginal, { min: 0, max: 100 });
  }
  if (isObj(root.rollout)) {
    const r = root.rollout;
    if (r.trafficWeight !== undefined)
      cfg.rollout.trafficWeight = num(file, 'rollout.trafficWeight', r.trafficWeight, { min: 0, max: 100 });
    if (r.bakeMinutes !== undefined) cfg.rollout.bakeMinutes = num(file, 'rollout.bakeMinutes', r.bakeMinutes, { min: 0 });
    if (r.minWeight !== undefined) cfg.rollout.minWeight = num(file, 'rollout.minWeight', r.minWeight, { min: 0, max: 100 });
  }
  return cfg;
}
