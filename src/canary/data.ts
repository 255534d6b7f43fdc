/**
 * Metric data readers. Every format becomes `MetricData`: per metric, the baseline and canary
 * values in time order (NaN for missing points) with their timestamps when the format has them.
 *
 * - JSON: `{"step": 60, "metrics": {"<name>": {"baseline": [...], "canary": [...]}}}`; null is NaN;
 *   `control`/`experiment` are accepted for `baseline`/`canary` (Kayenta MetricSetPair naming), and so is
 *   a Kayenta MetricSetPair list `[{"name": ..., "values": {"control": [...], "experiment": [...]}}]`.
 * - CSV (RFC 4180 subset, header required): long form `metric,side,value[,timestamp]` (side is
 *   baseline|canary|control|experiment) or wide form `metric,baseline,canary[,timestamp]`; empty or NaN is NaN.
 * - Prometheus HTTP API `query_range` responses (`resultType: matrix`), one per metric as
 *   `{"<metric>": <response>, ...}` or a single response named by `__name__`; baseline and canary series
 *   are selected by a label (default `version` = `baseline` / `canary`). Sample values are strings; "NaN" is NaN.
 * - a canary report (`--out`) that read its metrics from Prometheus: its `replay.data` (the recorded series).
 * - k6 `--out json` NDJSON: `Point` lines of the metrics named; baseline and canary selected by a tag
 *   (default `version`).
 */
import { InputError } from '../core/errors.js';

/** One metric's two samples. Times are Unix seconds when known. */
export interface MetricSeries {
  baseline: number[];
  canary: number[];
  baselineTimes?: number[];
  canaryTimes?: number[];
}

/** All metrics read from one data file. */
export interface MetricData {
  metrics: Record<string, MetricSeries>;
  /** seconds between points when no timestamps are given (default 60) */
  step: number;
  format: 'json' | 'csv' | 'prometheus' | 'k6';
}

/** How baseline and canary are told apart in Prometheus and k6 data. */
export interface SelectorOptions {
  label?: string;
  baseline?: string;
  canary?: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A map of metric name to series with no prototype: names such as `__proto__` or `constructor` are plain keys. */
function metricMap(): Record<string, MetricSeries> {
  return Object.create(null) as Record<string, MetricSeries>;
}

function values(file: string, field: string, v: unknown): number[] {
  if (!Array.isArray(v)) throw new InputError(file, field, 'an array of numbers (null for a missing point)');
  return v.map((x, i) => {
    if (x === null) return NaN;
    if (typeof x === 'number' && Number.isFinite(x)) return x === 0 ? 0 : x;
    if (x === 'NaN') return NaN;
    throw new InputError(file, `${field}[${i}]`, 'a finite number or null', { found: JSON.stringify(x) });
  });
}

function side(s: string): 'baseline' | 'canary' | undefined {
  const v = s.trim().toLowerCase();
  if (v === 'baseline' || v === 'control') return 'baseline';
  if (v === 'canary' || v === 'experiment') return 'canary';
  return undefined;
}

function parseNative(doc: Record<string, unknown>, file: string): MetricData {
  if (!isObj(doc.metrics)) throw new InputError(file, 'metrics', 'an object of metric name to {baseline, canary}');
  const out: MetricData = { metrics: metricMap(), step: 60, format: 'json' };
  if (doc.step !== undefined) {
    if (typeof doc.step !== 'number' || !(doc.step > 0))
      throw new InputError(file, 'step', 'a positive number of seconds', { found: JSON.stringify(doc.step) });
    out.step = doc.step;
  }
  for (const [name, m] of Object.entries(doc.metrics)) {
    if (!isObj(m)) throw new InputError(file, `metrics.${name}`, 'an object with baseline and canary arrays');
    const b = m.baseline ?? m.control;
    const c = m.canary ?? m.experiment;
    if (b === undefined) throw new InputError(file, `metrics.${name}.baseline`, 'an array of numbers');
    if (c === undefined) throw new InputError(file, `metrics.${name}.canary`, 'an array of numbers');
    out.metrics[name] = { baseline: values(file, `metrics.${name}.baseline`, b), canary: values(file, `metrics.${name}.canary`, c) };
  }
  return out;
}

function isPromResponse(v: unknown): v is { data: { resultType: string; result: unknown[] } } {
  return isObj(v) && isObj(v.data) && typeof v.data.resultType === 'string' && Array.isArray(v.data.result);
}

function parsePrometheus(entries: [string | undefined, unknown][], file: string, sel: SelectorOptions): MetricData {
  const label = sel.label ?? 'version';
  const bv = sel.baseline ?? 'baseline';
  const cv = sel.canary ?? 'canary';
  const out: MetricData = { metrics: metricMap(), step: 60, format: 'prometheus' };
  for (const [key, resp] of entries) {
    const where = key ?? 'data';
    if (!isPromResponse(resp)) throw new InputError(file, where, 'a Prometheus query_range response');
    if (resp.data.resultType !== 'matrix')
      throw new InputError(file, `${where}.data.resultType`, 'matrix (a query_range result)', { found: resp.data.resultType });
    resp.data.result.forEach((series, i) => {
      const at = `${where}.data.result[${i}]`;
      if (!isObj(series) || !isObj(series.metric) || !Array.isArray(series.values))
        throw new InputError(file, at, 'a series with metric labels and values');
      const name = key ?? (typeof series.metric.__name__ === 'string' ? series.metric.__name__ : undefined);
      if (!name) throw new InputError(file, `${at}.metric.__name__`, 'a metric name (or a response keyed by metric name)');
      const lv = series.metric[label];
      const which = lv === bv ? 'baseline' : lv === cv ? 'canary' : undefined;
      if (!which) return; // a series of neither deployment
      const m = (out.metrics[name] ??= { baseline: [], canary: [], baselineTimes: [], canaryTimes: [] });
      series.values.forEach((pt, k) => {
        if (!Array.isArray(pt) || pt.length !== 2 || typeof pt[0] !== 'number' || typeof pt[1] !== 'string')
          throw new InputError(file, `${at}.values[${k}]`, '[unix seconds, "value"]');
        const v = /^[+-]?Inf$/.test(pt[1]) ? Infinity : Number(pt[1]);
        if (Number.isNaN(v) && pt[1] !== 'NaN')
          throw new InputError(file, `${at}.values[${k}][1]`, 'a numeric string', { found: JSON.stringify(pt[1]) });
        // +Inf (histogram_quantile in the +Inf bucket) is a real, unbounded value: never read it as a missing point
        if (!Number.isNaN(v) && !Number.isFinite(v))
          throw new InputError(
            file,
            `${at}.values[${k}][1]`,
            'a finite value or "NaN" (an infinite sample cannot be judged; narrow the query or add a finite bucket)',
            { found: JSON.stringify(pt[1]) },
          );
        (which === 'baseline' ? m.baseline : m.canary).push(v);
        (which === 'baseline' ? m.baselineTimes! : m.canaryTimes!).push(pt[0]);
      });
    });
  }
  for (const [name, m] of Object.entries(out.metrics)) {
    if (!m.baseline.length && !m.canary.length) throw new InputError(file, name, `series labelled ${label}="${bv}" or ${label}="${cv}"`);
  }
  const times = Object.values(out.metrics).flatMap((m) => m.canaryTimes ?? []);
  if (times.length > 1) {
    // a loop, not Math.max(...times): spreading 100,000+ arguments overflows the stack
    let lo = Infinity;
    let hi = -Infinity;
    for (const t of times) {
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
    out.step = Math.max(1, (hi - lo) / Math.max(1, new Set(times).size - 1));
  }
  return out;
}

function parseK6(text: string, file: string, sel: SelectorOptions): MetricData {
  const tag = sel.label ?? 'version';
  const bv = sel.baseline ?? 'baseline';
  const cv = sel.canary ?? 'canary';
  const out: MetricData = { metrics: metricMap(), step: 1, format: 'k6' };
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      throw new InputError(file, undefined, 'one JSON object per line (k6 --out json)', { line: i + 1 });
    }
    if (!isObj(o) || o.type !== 'Point') return;
    const d = o.data;
    if (typeof o.metric !== 'string' || !isObj(d) || typeof d.value !== 'number' || !Number.isFinite(d.value))
      throw new InputError(file, 'data.value', 'a k6 Point with metric and a finite numeric data.value', { line: i + 1 });
    const tags = isObj(d.tags) ? d.tags : {};
    const which = tags[tag] === bv ? 'baseline' : tags[tag] === cv ? 'canary' : undefined;
    if (!which) return;
    const m = (out.metrics[o.metric] ??= { baseline: [], canary: [], baselineTimes: [], canaryTimes: [] });
    const t = typeof d.time === 'string' ? Date.parse(d.time) / 1000 : NaN;
    (which === 'baseline' ? m.baseline : m.canary).push(d.value);
    (which === 'baseline' ? m.baselineTimes! : m.canaryTimes!).push(t);
  });
  if (!Object.keys(out.metrics).length) throw new InputError(file, undefined, `k6 Point lines tagged ${tag}=${bv} or ${tag}=${cv}`);
  return out;
}

/** Splits one CSV line (quotes with "" escapes; no embedded newlines). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

function parseCsv(text: string, file: string): MetricData {
  const lines = text.split(/\r?\n/);
  const header = csvFields(lines[0] ?? '').map((h) => h.toLowerCase());
  const col = (n: string) => header.indexOf(n);
  const iMetric = col('metric');
  if (iMetric < 0) throw new InputError(file, 'header', 'a column named metric', { line: 1 });
  const long = col('side') >= 0 && col('value') >= 0;
  const iB = col('baseline') >= 0 ? col('baseline') : col('control');
  const iC = col('canary') >= 0 ? col('canary') : col('experiment');
  if (!long && (iB < 0 || iC < 0)) throw new InputError(file, 'header', 'columns metric,side,value or metric,baseline,canary', { line: 1 });
  const iT = col('timestamp') >= 0 ? col('timestamp') : col('time');
  const out: MetricData = { metrics: metricMap(), step: 60, format: 'csv' };
  const num = (s: string | undefined, ln: number, what: string) => {
    if (s === undefined || s === '' || s.toLowerCase() === 'nan' || s.toLowerCase() === 'null') return NaN;
    const v = Number(s);
    if (!Number.isFinite(v)) throw new InputError(file, what, 'a number or empty', { line: ln, found: s });
    return v === 0 ? 0 : v;
  };
  for (let k = 1; k < lines.length; k++) {
    if (!lines[k].trim()) continue;
    const f = csvFields(lines[k]);
    const name = f[iMetric];
    if (!name) throw new InputError(file, 'metric', 'a metric name', { line: k + 1 });
    const m = (out.metrics[name] ??= { baseline: [], canary: [], baselineTimes: [], canaryTimes: [] });
    const t = iT >= 0 ? num(f[iT], k + 1, 'timestamp') : NaN;
    if (long) {
      const s = side(f[col('side')] ?? '');
      if (!s) throw new InputError(file, 'side', 'baseline, canary, control or experiment', { line: k + 1, found: f[col('side')] });
      m[s].push(num(f[col('value')], k + 1, 'value'));
      (s === 'baseline' ? m.baselineTimes! : m.canaryTimes!).push(t);
    } else {
      if (f[iB] !== undefined && f[iB] !== '-') {
        m.baseline.push(num(f[iB], k + 1, header[iB]));
        m.baselineTimes!.push(t);
      }
      if (f[iC] !== undefined && f[iC] !== '-') {
        m.canary.push(num(f[iC], k + 1, header[iC]));
        m.canaryTimes!.push(t);
      }
    }
  }
  if (!Object.keys(out.metrics).length) throw new InputError(file, undefined, 'at least one data row');
  for (const m of Object.values(out.metrics)) {
    if (m.baselineTimes?.every(Number.isNaN)) delete m.baselineTimes;
    if (m.canaryTimes?.every(Number.isNaN)) delete m.canaryTimes;
  }
  return out;
}

/**
 * Parses metric data, detecting the format from the content (and `.csv` in the name).
 * @throws InputError naming the file, field (and line) on malformed data.
 */
export function parseMetricData(text: string, file: string, sel: SelectorOptions = {}): MetricData {
  const trimmed = text.trimStart();
  if (file.toLowerCase().endsWith('.csv') || (!trimmed.startsWith('{') && !trimmed.startsWith('['))) return parseCsv(text, file);
  const firstLine = trimmed.split('\n', 1)[0];
  if (/^\{\s*"type"\s*:\s*"(Metric|Point)"/.test(firstLine)) return parseK6(text, file, sel);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, undefined, 'metric data as JSON, CSV, a Prometheus query_range response or k6 --out json', {
      found: (e as Error).message,
    });
  }
  if (isPromResponse(doc)) return parsePrometheus([[undefined, doc]], file, sel);
  // a canary report that recorded the series it read from Prometheus replays offline
  if (isObj(doc) && isObj(doc.replay) && isObj(doc.replay.data)) return parseNative(doc.replay.data, `${file} (replay.data)`);
  if (isObj(doc) && isObj(doc.metrics)) return parseNative(doc, file);
  if (Array.isArray(doc) && doc.length && doc.every((p) => isObj(p) && typeof p.name === 'string' && isObj(p.values))) {
    // Kayenta MetricSetPair list; several pairs of one metric (one per tag set) are concatenated
    const metrics = Object.create(null) as Record<string, Record<string, unknown>>;
    doc.forEach((p: Record<string, unknown>, i) => {
      const v = p.values as Record<string, unknown>;
      const m = (metrics[p.name as string] ??= { control: [], experiment: [] }) as { control: unknown[]; experiment: unknown[] };
      for (const k of ['control', 'experiment'] as const) {
        if (!Array.isArray(v[k])) throw new InputError(file, `[${i}].values.${k}`, 'an array of numbers (Kayenta MetricSetPair)');
        m[k].push(...(v[k] as unknown[]));
      }
    });
    return parseNative({ metrics }, file);
  }
  if (isObj(doc) && Object.keys(doc).length && Object.values(doc).every(isPromResponse))
    return parsePrometheus(Object.entries(doc), file, sel);
  throw new InputError(
    file,
    undefined,
    '{"metrics": {name: {baseline, canary}}}, a Prometheus query_range response (or an object of them by metric), CSV or k6 --out json',
  );
}
