/**
 * Canary metrics read straight from Prometheus, the way Kayenta's Prometheus metrics service asks
 * (kayenta-prometheus PrometheusMetricsService.buildQuery, kayenta-core QueryConfigUtils):
 * - each metric's `query` is a Kayenta `PrometheusCanaryMetricSetQueryConfig` (`type: prometheus`,
 *   `metricName`, `labelBindings`, `groupByFields`, `customInlineTemplate`, `customFilterTemplate`
 *   naming one of the config's `templates`);
 * - a template is expanded with `${var}` (FreeMarker interpolation) over the scope's `project`,
 *   `resourceType`, `scope` and `location`, then the query's own, then `extendedScopeParams`;
 * - an expansion that starts with `PromQL:` is the whole query; otherwise the query is
 *   `avg(metricName{<filter tokens>,<labelBindings>}) by (<groupByFields>)`;
 * - it is asked over the scope's `start`..`end` at `step` seconds (`/api/v1/query_range`), once for the
 *   control scope (baseline) and once for the experiment scope (canary).
 * Scopes are Kayenta's `CanaryExecutionRequest.scopes.default` ({controlScope, experimentScope}).
 * The fetched series are recorded ({@link CanaryReplay}) so the verdict replays offline from the report.
 */
import { InputError } from '../core/errors.js';
import type { PrometheusClient } from '../core/prometheus.js';
import type { MetricData } from './data.js';

/** One side's scope (Kayenta `CanaryScope`). Times are RFC 3339; step in seconds. */
export interface CanaryScope {
  scope?: string;
  location?: string;
  project?: string;
  resourceType?: string;
  start: string;
  end: string;
  step: number;
  extendedScopeParams?: Record<string, string>;
}

/** The control (baseline) and experiment (canary) scopes. */
export interface CanaryScopes {
  controlScope: CanaryScope;
  experimentScope: CanaryScope;
}

/** Kayenta's PrometheusCanaryMetricSetQueryConfig. */
export interface PrometheusMetricQuery {
  type: 'prometheus';
  metricName?: string;
  labelBindings?: string[];
  groupByFields?: string[];
  customInlineTemplate?: string;
  customFilterTemplate?: string;
  resourceType?: string;
}

/** What was asked and answered: enough to judge again without Prometheus. */
export interface CanaryReplay {
  prometheus: string;
  scopes: CanaryScopes;
  /** per metric, the PromQL sent for each side */
  queries: Record<string, { baseline: string; canary: string }>;
  /** the fetched values in the native data format (`mc canary-score --data REPORT.json` reads it back) */
  data: {
    step: number;
    metrics: Record<string, { baseline: (number | null)[]; canary: (number | null)[]; baselineTimes: number[]; canaryTimes: number[] }>;
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function strings(file: string, field: string, v: unknown): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw new InputError(file, field, 'a list of strings');
  return v as string[];
}

/**
 * Reads the Prometheus queries of a canary config (Kayenta JSON or the mc YAML form): `templates`
 * and each metric's `query`.
 * @returns metric name to query; metrics without a query are left out
 * @throws InputError naming the field for a query that is not a Kayenta Prometheus query config.
 */
export function readPrometheusQueries(
  doc: unknown,
  file: string,
): { templates: Record<string, string>; queries: Record<string, PrometheusMetricQuery> } {
  const root = isObj(doc) ? doc : {};
  const templates: Record<string, string> = {};
  if (root.templates !== undefined) {
    if (!isObj(root.templates)) throw new InputError(file, 'templates', 'an object of template name to template text');
    for (const [k, v] of Object.entries(root.templates)) {
      if (typeof v !== 'string') throw new InputError(file, `templates.${k}`, 'a template string');
      templates[k] = v;
    }
  }
  const queries: Record<string, PrometheusMetricQuery> = {};
  const metrics = Array.isArray(root.metrics) ? root.metrics : [];
  metrics.forEach((m, i) => {
    if (!isObj(m) || m.query === undefined) return;
    const at = `metrics[${i}].query`;
    const q = m.query;
    if (!isObj(q)) throw new InputError(file, at, 'a Kayenta Prometheus query config object');
    if (q.type !== 'prometheus') throw new InputError(file, `${at}.type`, '"prometheus"', { found: JSON.stringify(q.type) });
    const known = new Set([
      'type',
      'serviceType',
      'metricName',
      'labelBindings',
      'groupByFields',
      'customInlineTemplate',
      'customFilterTemplate',
      'customFilter',
      'resourceType',
    ]);
    for (const k of Object.keys(q))
      if (!known.has(k))
        throw new InputError(file, `${at}.${k}`, `no such key here (a Kayenta Prometheus query has ${[...known].join(', ')})`);
    if (q.customFilter !== undefined)
      throw new InputError(file, `${at}.customFilter`, 'customInlineTemplate (customFilter is deprecated in Kayenta and refused)');
    const str = (k: string) => {
      const v = q[k];
      if (v !== undefined && typeof v !== 'string') throw new InputError(file, `${at}.${k}`, 'a string');
      return v as string | undefined;
    };
    const query: PrometheusMetricQuery = {
      type: 'prometheus',
      metricName: str('metricName'),
      labelBindings: strings(file, `${at}.labelBindings`, q.labelBindings),
      groupByFields: strings(file, `${at}.groupByFields`, q.groupByFields),
      customInlineTemplate: str('customInlineTemplate'),
      customFilterTemplate: str('customFilterTemplate'),
      resourceType: str('resourceType'),
    };
    if (query.customFilterTemplate && !(query.customFilterTemplate in templates)) {
      throw new InputError(
        file,
        `${at}.customFilterTemplate`,
        `the name of one of the config's templates (${Object.keys(templates).join(', ') || 'none defined'})`,
        { found: query.customFilterTemplate },
      );
    }
    if (
      !query.metricName &&
      !(query.customInlineTemplate ?? templates[query.customFilterTemplate ?? ''] ?? '').replace(/\$\\\{/g, '${').startsWith('PromQL:')
    ) {
      throw new InputError(file, `${at}.metricName`, 'a metric name (or a template that expands to PromQL:...)');
    }
    queries[typeof m.name === 'string' ? m.name : `#${i}`] = query;
  });
  return { templates, queries };
}

/**
 * Reads Kayenta scopes: a CanaryExecutionRequest (`{scopes: {default: {controlScope, experimentScope}}}`),
 * its `scopes` map, or `{controlScope, experimentScope}` directly.
 * @throws InputError naming the field.
 */
export function readCanaryScopes(doc: unknown, file: string): CanaryScopes {
  let v = doc;
  let at = '';
  if (isObj(v) && isObj(v.scopes)) {
    v = v.scopes;
    at = 'scopes.';
  }
  if (isObj(v) && isObj(v.default) && !isObj(v.controlScope)) {
    v = v.default;
    at += 'default.';
  }
  if (!isObj(v)) throw new InputError(file, at || undefined, '{controlScope, experimentScope} (Kayenta canary scopes)');
  const side = (k: 'controlScope' | 'experimentScope'): CanaryScope => {
    const s = (v as Record<string, unknown>)[k];
    const f = `${at}${k}`;
    if (!isObj(s)) throw new InputError(file, f, 'a scope {scope, location, start, end, step}');
    for (const t of ['start', 'end'] as const) {
      if (typeof s[t] !== 'string' || !Number.isFinite(Date.parse(s[t] as string)))
        throw new InputError(file, `${f}.${t}`, 'an RFC 3339 time', { found: JSON.stringify(s[t]) });
    }
    if (Date.parse(s.end as string) <= Date.parse(s.start as string))
      throw new InputError(file, `${f}.end`, `a time after start ${s.start}`, { found: String(s.end) });
    const step = s.step === undefined ? 60 : s.step;
    if (typeof step !== 'number' || !Number.isInteger(step) || step <= 0)
      throw new InputError(file, `${f}.step`, 'a positive whole number of seconds', { found: JSON.stringify(s.step) });
    const opt = (k: string) => {
      if (s[k] !== undefined && typeof s[k] !== 'string') throw new InputError(file, `${f}.${k}`, 'a string');
      return s[k] as string | undefined;
    };
    let ext: Record<string, string> | undefined;
    if (s.extendedScopeParams !== undefined) {
      if (!isObj(s.extendedScopeParams) || !Object.values(s.extendedScopeParams).every((x) => typeof x === 'string'))
        throw new InputError(file, `${f}.extendedScopeParams`, 'an object of strings');
      ext = s.extendedScopeParams as Record<string, string>;
    }
    return {
      scope: opt('scope'),
      location: opt('location'),
      project: opt('project'),
      resourceType: opt('resourceType'),
      start: s.start as string,
      end: s.end as string,
      step,
      extendedScopeParams: ext,
    };
  };
  return { controlScope: side('controlScope'), experimentScope: side('experimentScope') };
}

/** FreeMarker-style `${name}` interpolation; an undefined name is an error, as in FreeMarker. */
function expandTemplate(template: string, bindings: Record<string, string>, where: string): string {
  return template.replace(/\$\\\{/g, '${').replace(/\$\{\s*([A-Za-z_][\w.]*)\s*\}/g, (_m, name: string) => {
    if (!(name in bindings))
      throw new InputError(
        undefined,
        where,
        `a binding for \${${name}} (scope, location, project, resourceType or an extendedScopeParams key)`,
      );
    return bindings[name];
  });
}

/**
 * The PromQL Kayenta sends for one metric and scope.
 * @throws InputError for an unknown template variable or an unsupported resourceType.
 */
export function kayentaPromQL(query: PrometheusMetricQuery, templates: Record<string, string>, scope: CanaryScope, where: string): string {
  const template = query.customInlineTemplate || (query.customFilterTemplate ? templates[query.customFilterTemplate] : undefined);
  let filter: string | undefined;
  if (template) {
    const bindings: Record<string, string> = {};
    for (const k of ['project', 'resourceType', 'scope', 'location'] as const) if (scope[k]) bindings[k] = scope[k]!;
    if (query.resourceType) bindings.resourceType = query.resourceType;
    Object.assign(bindings, scope.extendedScopeParams ?? {});
    filter = expandTemplate(template, bindings, where);
    if (filter.startsWith('PromQL:')) return filter.slice(7);
  }
  const resourceType = query.resourceType || scope.resourceType;
  if (!filter && resourceType) {
    throw new InputError(
      undefined,
      where,
      `label bindings and a custom filter template (resourceType '${resourceType}' filters are not built in; write them as a template)`,
    );
  }
  if (!filter)
    throw new InputError(
      undefined,
      where,
      'a customInlineTemplate or customFilterTemplate selecting the scope (Kayenta: "Either a resource type or a custom filter is required")',
    );
  const tokens = [...filter.split(','), ...(query.labelBindings ?? [])];
  const selector = `${query.metricName}{${tokens.join(',')}}`;
  return `avg(${selector})${query.groupByFields?.length ? ` by (${query.groupByFields.join(',')})` : ''}`;
}

/**
 * Fetches every metric that has a Prometheus query, for both scopes.
 * @returns the data (format `prometheus`) and its replay record
 * @throws PrometheusError (unreachable, query error), InputError when a query returns several series
 *   (Kayenta judges one series per metric and scope: aggregate, or drop groupByFields).
 */
export async function fetchCanaryMetrics(
  client: PrometheusClient,
  config: { templates: Record<string, string>; queries: Record<string, PrometheusMetricQuery> },
  scopes: CanaryScopes,
  file: string,
): Promise<{ data: MetricData; replay: CanaryReplay }> {
  const names = Object.keys(config.queries);
  if (!names.length)
    throw new InputError(
      file,
      'metrics[].query',
      'at least one metric with a Prometheus query (Kayenta PrometheusCanaryMetricSetQueryConfig) to read from Prometheus',
    );
  const fetched = await Promise.all(
    names.map(async (name, i) => {
      const q = config.queries[name];
      const ask = async (scope: CanaryScope, side: string) => {
        const expr = kayentaPromQL(q, config.templates, scope, `${file}: metrics ${name} (${side} scope)`);
        const series = await client.queryRange(expr, new Date(scope.start), new Date(scope.end), scope.step);
        if (series.length > 1)
          throw new InputError(
            file,
            `metrics[${i}].query`,
            `one series per scope (query ${JSON.stringify(expr)} returned ${series.length}; Kayenta judges one series: aggregate or drop groupByFields)`,
          );
        const points = series[0]?.values ?? [];
        return { expr, times: points.map((p) => p[0]), values: points.map((p) => p[1]) };
      };
      const [b, c] = await Promise.all([ask(scopes.controlScope, 'control'), ask(scopes.experimentScope, 'experiment')]);
      return { name, b, c };
    }),
  );
  const data: MetricData = { metrics: {}, step: scopes.controlScope.step, format: 'prometheus' };
  const replay: CanaryReplay = { prometheus: client.url, scopes, queries: {}, data: { step: scopes.controlScope.step, metrics: {} } };
  const json = (xs: number[]) => xs.map((x) => (Number.isFinite(x) ? x : null));
  for (const { name, b, c } of fetched) {
    data.metrics[name] = { baseline: b.values, canary: c.values, baselineTimes: b.times, canaryTimes: c.times };
    replay.queries[name] = { baseline: b.expr, canary: c.expr };
    replay.data.metrics[name] = { baseline: json(b.values), canary: json(c.values), baselineTimes: b.times, canaryTimes: c.times };
  }
  return { data, replay };
}
