export const id = 903;
export const ids = [903,32];
export const modules = {

/***/ 903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/fsx.ts
var fsx = __webpack_require__(5234);
// EXTERNAL MODULE: ./src/core/ed25519.ts
var ed25519 = __webpack_require__(970);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/dsse.ts
var dsse = __webpack_require__(9394);
// EXTERNAL MODULE: ./src/core/statement.ts
var core_statement = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/core/prometheus.ts
var prometheus = __webpack_require__(9323);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(2032);
// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(5379);
;// CONCATENATED MODULE: ./schemas/openslo-v1-slo.schema.json
const openslo_v1_slo_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/mc-actions/mc-actions/schemas/openslo-v1-slo.schema.json","title":"OpenSLO v1 SLO (the subset mc slo snapshot evaluates)","description":"An OpenSLO v1 `kind: SLO` document (https://github.com/OpenSLO/OpenSLO, v1) with an inline ratio-metric indicator whose metric sources are Prometheus queries, a rolling time window and the Occurrences budgeting method. Fields of the standard that mc does not evaluate (alertPolicies, annotations, labels) are accepted; keys outside the standard are errors.","type":"object","required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"the JSON Schema of this file, for editors (ignored by the gate)"},"apiVersion":{"const":"openslo/v1"},"kind":{"const":"SLO"},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"type":"object","additionalProperties":false,"required":["indicator","timeWindow","budgetingMethod","objectives"],"properties":{"description":{"type":"string"},"service":{"type":"string","minLength":1},"indicator":{"type":"object","additionalProperties":false,"required":["metadata","spec"],"properties":{"metadata":{"$ref":"#/$defs/metadata"},"spec":{"type":"object","additionalProperties":false,"required":["ratioMetric"],"properties":{"description":{"type":"string"},"ratioMetric":{"type":"object","additionalProperties":false,"required":["total"],"oneOf":[{"required":["good"]},{"required":["bad"]}],"properties":{"counter":{"type":"boolean"},"good":{"$ref":"#/$defs/source"},"bad":{"$ref":"#/$defs/source"},"total":{"$ref":"#/$defs/source"}}}}}}},"timeWindow":{"type":"array","minItems":1,"maxItems":1,"items":{"type":"object","additionalProperties":false,"required":["duration","isRolling"],"properties":{"duration":{"type":"string","pattern":"^[1-9][0-9]*[mhdw]$"},"isRolling":{"const":true},"calendar":{"type":"object"}}}},"budgetingMethod":{"const":"Occurrences"},"objectives":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"oneOf":[{"required":["target"]},{"required":["targetPercent"]}],"properties":{"displayName":{"type":"string"},"target":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"targetPercent":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":100}}}},"alertPolicies":{"type":"array"}}}},"$defs":{"metadata":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"displayName":{"type":"string"},"labels":{"type":"object"},"annotations":{"type":"object"}}},"source":{"type":"object","additionalProperties":false,"required":["metricSource"],"properties":{"metricSource":{"type":"object","additionalProperties":false,"required":["type","spec"],"properties":{"metricSourceRef":{"type":"string"},"type":{"const":"Prometheus"},"spec":{"type":"object","additionalProperties":false,"required":["query"],"properties":{"query":{"type":"string","minLength":1}}}}}}}}}');
;// CONCATENATED MODULE: ./schemas/sloth-prometheus-v1.schema.json
const sloth_prometheus_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/mc-actions/mc-actions/schemas/sloth-prometheus-v1.schema.json","title":"Sloth prometheus/v1 SLO spec (the subset mc slo snapshot evaluates)","description":"A Sloth `version: prometheus/v1` spec (https://sloth.dev, prometheus/v1): SLIs as events (error_query/total_query) or raw (error_ratio_query), with the `{{.window}}` template. SLI plugins are not evaluated. Keys outside the spec are errors.","type":"object","required":["version","service","slos"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"the JSON Schema of this file, for editors (ignored by the gate)"},"version":{"const":"prometheus/v1"},"service":{"type":"string","minLength":1},"labels":{"type":"object","additionalProperties":{"type":"string"}},"slos":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","objective","sli"],"properties":{"name":{"type":"string","minLength":1},"objective":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":100},"description":{"type":"string"},"labels":{"type":"object","additionalProperties":{"type":"string"}},"sli":{"type":"object","additionalProperties":false,"oneOf":[{"required":["events"]},{"required":["raw"]}],"properties":{"events":{"type":"object","additionalProperties":false,"required":["error_query","total_query"],"properties":{"error_query":{"type":"string","minLength":1},"total_query":{"type":"string","minLength":1}}},"raw":{"type":"object","additionalProperties":false,"required":["error_ratio_query"],"properties":{"error_ratio_query":{"type":"string","minLength":1}}}}},"alerting":{"type":"object"}}}}}}');
;// CONCATENATED MODULE: ./src/slo/spec.ts
/**
 * SLO specs in the formats people already write, read into one shape:
 * - OpenSLO v1 `kind: SLO` (https://github.com/OpenSLO/OpenSLO, v1: ratioMetric with Prometheus
 *   metric sources, a rolling `timeWindow`, the Occurrences budgeting method);
 * - Sloth `version: prometheus/v1` (https://sloth.dev/specs/prometheus: `sli.events`
 *   error_query/total_query, or `sli.raw` error_ratio_query).
 * Queries carry Sloth's `{{.window}}` template, replaced by each window a snapshot evaluates.
 * Every document is validated (src/core/schema.ts) against schemas/openslo-v1-slo.schema.json or
 * schemas/sloth-prometheus-v1.schema.json; an error names the file, the line and the field.
 */





const WINDOW_TEMPLATE = /\{\{\s*\.window\s*\}\}/g;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
/**
 * Seconds in a PromQL duration of one unit (`5m`, `30d`, `4w`).
 * @throws InputError when the text is not such a duration.
 */
function durationSeconds(text, where = 'window') {
    const m = /^([1-9][0-9]*)([smhdw])$/.exec(text);
    if (!m)
        throw new errors/* InputError */.dz(undefined, where, 'a duration such as 5m, 6h, 28d or 4w', { found: JSON.stringify(text) });
    return Number(m[1]) * UNIT_SECONDS[m[2]];
}
/** A percentage as a fraction without binary noise (99.9 is 0.999, not 0.9990000000000001). */
function percent(p) {
    return Number((p / 100).toPrecision(15));
}
/** Replaces `{{.window}}` in a query template with a PromQL duration. */
function renderQuery(template, window) {
    return template.replace(WINDOW_TEMPLATE, window);
}
function fieldText(path) {
    return (0,schema/* fieldName */.w5)(path) || '(document)';
}
/** The SLO formats' own wording for their "exactly one of" alternatives. */
function sloExpected(e) {
    return e.keyword === 'oneOf' ? 'exactly one of the alternatives (e.g. good or bad; target or targetPercent; events or raw)' : undefined;
}
function requireTemplate(doc, path, query) {
    WINDOW_TEMPLATE.lastIndex = 0;
    if (!WINDOW_TEMPLATE.test(query)) {
        throw new errors/* InputError */.dz(doc.file, fieldText(path), 'a PromQL query with the {{.window}} range template, e.g. sum(rate(http_requests_total[{{.window}}]))', {
            line: (0,parse/* lineOf */.cA)(doc, path),
        });
    }
    return query;
}
function fromOpenSlo(doc) {
    const d = doc.value;
    const rm = d.spec.indicator.spec.ratioMetric;
    const base = ['spec', 'indicator', 'spec', 'ratioMetric'];
    const q = (which) => requireTemplate(doc, [...base, which, 'metricSource', 'spec', 'query'], rm[which].metricSource.spec.query);
    const sli = rm.good
        ? { kind: 'good', good: q('good'), total: q('total') }
        : { kind: 'errors', errors: q('bad'), total: q('total') };
    const window = d.spec.timeWindow[0].duration;
    const windowSeconds = durationSeconds(window, `${doc.file}: spec.timeWindow[0].duration`);
    const many = d.spec.objectives.length > 1;
    return d.spec.objectives.map((o, i) => ({
        name: many ? `${d.metadata.name}:${o.displayName ?? i}` : d.metadata.name,
        service: d.spec.service,
        file: doc.file,
        line: (0,parse/* lineOf */.cA)(doc, many ? ['spec', 'objectives', i] : ['metadata', 'name']),
        format: 'openslo/v1',
        objective: o.target ?? percent(o.targetPercent),
        window,
        windowSeconds,
        sli,
    }));
}
function fromSloth(doc, slothWindow) {
    const d = doc.value;
    const windowSeconds = durationSeconds(slothWindow, 'Sloth SLO window');
    return d.slos.map((s, i) => {
        const p = ['slos', i, 'sli'];
        const sli = s.sli.events
            ? {
                kind: 'errors',
                errors: requireTemplate(doc, [...p, 'events', 'error_query'], s.sli.events.error_query),
                total: requireTemplate(doc, [...p, 'events', 'total_query'], s.sli.events.total_query),
            }
            : { kind: 'errorRatio', errorRatio: requireTemplate(doc, [...p, 'raw', 'error_ratio_query'], s.sli.raw.error_ratio_query) };
        return {
            name: `${d.service}-${s.name}`,
            service: d.service,
            file: doc.file,
            line: (0,parse/* lineOf */.cA)(doc, ['slos', i]),
            format: 'sloth/prometheus/v1',
            objective: percent(s.objective),
            window: slothWindow,
            windowSeconds,
            sli,
        };
    });
}
/**
 * Reads every SLO of one spec file (YAML or JSON; several documents allowed).
 * @param text the file's contents
 * @param file the name used in messages
 * @param opts.slothWindow the window of Sloth SLOs, which the Sloth spec leaves to the command line
 *   (Sloth's own default is 30d)
 * @throws InputError (exit 2) naming file, line and field: YAML errors, a document that is neither
 *   OpenSLO v1 `kind: SLO` nor Sloth `prometheus/v1`, schema violations (unknown keys included), a
 *   query without the `{{.window}}` template.
 */
function parseSloSpecs(text, file, opts = {}) {
    const out = [];
    const docs = (0,parse/* parseConfigText */.Bu)(text, file);
    if (!docs.length)
        throw new errors/* InputError */.dz(file, undefined, 'at least one SLO document', { found: 'an empty file' });
    for (const doc of docs) {
        const v = doc.value;
        if (!v || typeof v !== 'object' || Array.isArray(v))
            throw new errors/* InputError */.dz(file, `document ${doc.index}`, 'a mapping (an SLO document)', { line: (0,parse/* lineOf */.cA)(doc, []) });
        if (v.apiVersion === 'openslo/v1') {
            if (v.kind !== 'SLO')
                throw new errors/* InputError */.dz(file, 'kind', 'SLO (other OpenSLO kinds are not evaluated; inline the SLI into the SLO)', {
                    line: (0,parse/* lineOf */.cA)(doc, ['kind']),
                    found: JSON.stringify(v.kind),
                });
            (0,schema.validateWithSchema)(openslo_v1_slo_schema_namespaceObject, v, file, {
                what: 'OpenSLO v1 SLO',
                lineOf: (p) => (0,parse/* lineOf */.cA)(doc, p),
                expected: sloExpected,
            });
            out.push(...fromOpenSlo(doc));
        }
        else if (v.version === 'prometheus/v1') {
            (0,schema.validateWithSchema)(sloth_prometheus_v1_schema_namespaceObject, v, file, {
                what: 'Sloth prometheus/v1',
                lineOf: (p) => (0,parse/* lineOf */.cA)(doc, p),
                expected: sloExpected,
            });
            out.push(...fromSloth(doc, opts.slothWindow ?? '30d'));
        }
        else {
            throw new errors/* InputError */.dz(file, `document ${doc.index}`, 'an OpenSLO v1 SLO (apiVersion: openslo/v1, kind: SLO) or a Sloth spec (version: prometheus/v1)', { line: (0,parse/* lineOf */.cA)(doc, []) });
        }
    }
    return out;
}
/**
 * Checks that SLO names are unique across files (reports and budget ledgers are keyed by name).
 * @throws InputError naming both places.
 */
function checkUniqueNames(specs) {
    const seen = new Map();
    for (const s of specs) {
        const prev = seen.get(s.name);
        if (prev)
            throw new errors/* InputError */.dz(s.file, 'name', `a unique SLO name ('${s.name}' is also defined in ${prev.file}${prev.line ? `:${prev.line}` : ''})`, { line: s.line });
        seen.set(s.name, s);
    }
}

;// CONCATENATED MODULE: ./src/slo/snapshot.ts
/**
 * SLO snapshots: for each SLO, the SLI over its window, the error budget consumed and remaining,
 * and multiwindow burn rates, all computed from PromQL instant queries at one evaluation time.
 *
 * Definitions (Google SRE workbook, "Implementing SLOs" and "Alerting on SLOs", multiwindow,
 * multi-burn-rate alerts):
 * - error ratio over a window W: errors(W) / total(W) (or 1 - good(W) / total(W));
 * - `sli` = 1 - error ratio over the SLO window;
 * - `budgetConsumed` = error ratio / (1 - objective), a fraction (1 = the whole budget);
 *   `budgetRemaining` = 1 - budgetConsumed (negative when overspent);
 * - burn rate over W = error ratio(W) / (1 - objective);
 * - an alert fires when the burn rate over both its long and its short window is above its factor:
 *   page at 14.4 (1h and 5m) and 6 (6h and 30m), ticket (`warn`) at 3 (24h and 2h) and 1 (72h and 6h);
 * - `status`: `page` when budgetConsumed >= 90% or a page alert fires, `warn` when >= 80% or a
 *   ticket alert fires, else `ok` (thresholds configurable).
 * Missing data is never a pass: a total query with no series, a query error or an unreachable server
 * throws (exit 2) naming the SLO and the query.
 */


/** The in-toto predicate type of a signed SLO snapshot (schemas/slo-snapshot.schema.json). */
const SLO_SNAPSHOT_PREDICATE = 'https://mc-actions.dev/slo-snapshot/v1';
/** The multiwindow, multi-burn-rate pairs of the Google SRE workbook (table 5-8). */
const DEFAULT_BURN_RATE_RULES = [
    { severity: 'page', long: '1h', short: '5m', factor: 14.4 },
    { severity: 'page', long: '6h', short: '30m', factor: 6 },
    { severity: 'warn', long: '24h', short: '2h', factor: 3 },
    { severity: 'warn', long: '72h', short: '6h', factor: 1 },
];
const DEFAULT_THRESHOLDS = { warnBudget: 0.8, pageBudget: 0.9, burnRateRules: [...DEFAULT_BURN_RATE_RULES] };
/** No usable data for an SLO (exit 2): never a pass on missing data. */
class NoDataError extends errors/* McError */.Hv {
    constructor(message) {
        super(message, errors/* ExitCode */.yU.Usage);
    }
}
/**
 * Checks thresholds (fractions in (0, 10], warn <= page; factors > 0; windows PromQL durations).
 * @param name how the two budget settings are named to the user (default `warn-budget`, `page-budget`)
 * @throws InputError naming the setting.
 */
function checkThresholds(t, name = (f) => (f === 'warnBudget' ? 'warn-budget' : 'page-budget')) {
    const frac = (v, f) => {
        if (!Number.isFinite(v) || v <= 0 || v > 10)
            throw new errors/* InputError */.dz(undefined, name(f), 'a budget fraction such as 0.8 (80%)', { found: String(v) });
    };
    frac(t.warnBudget, 'warnBudget');
    frac(t.pageBudget, 'pageBudget');
    if (t.warnBudget > t.pageBudget)
        throw new errors/* InputError */.dz(undefined, name('warnBudget'), `at most the page budget ${t.pageBudget}`, { found: String(t.warnBudget) });
    for (const r of t.burnRateRules) {
        if (!(r.factor > 0) || !Number.isFinite(r.factor))
            throw new errors/* InputError */.dz(undefined, 'burn-rate factor', 'a positive number', { found: String(r.factor) });
        for (const w of [r.long, r.short])
            if (!/^[1-9][0-9]*[smhdw]$/.test(w))
                throw new errors/* InputError */.dz(undefined, 'burn-rate window', 'a PromQL duration such as 1h', { found: w });
    }
    return t;
}
/** Runs at most `limit` tasks at once, keeping results in order. */
async function pool(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
/**
 * Takes a snapshot of every SLO at `at`.
 * @param specs SLOs (see parseSloSpecs)
 * @param client the Prometheus to ask
 * @param at evaluation time
 * @param opts.concurrency queries in flight at once (default 8)
 * @throws PrometheusError (unreachable, query error), NoDataError (a total query with no series, a
 *   query returning several series, no traffic over the SLO window): all exit 2.
 */
async function takeSnapshot(specs, client, at, thresholds = DEFAULT_THRESHOLDS, opts = {}) {
    checkThresholds(thresholds);
    const burnWindows = [...new Set(thresholds.burnRateRules.flatMap((r) => [r.short, r.long]))].sort((a, b) => durationSeconds(a) - durationSeconds(b));
    // each distinct query is asked once (SLOs of one service often share a total query)
    const cache = new Map();
    const ask = (slo, expr) => {
        let p = cache.get(expr);
        if (!p) {
            p = client.query(expr, at).then((samples) => {
                if (samples.length > 1)
                    throw new NoDataError(`SLO ${slo.name} (${slo.file}): query ${JSON.stringify(expr)} returned ${samples.length} series; expected one (aggregate it, e.g. with sum())`);
                return samples.length ? samples[0].value : undefined;
            });
            cache.set(expr, p);
        }
        return p;
    };
    const ratioOf = async (slo, window) => {
        const notes = [];
        const need = async (expr) => {
            const v = await ask(slo, expr);
            if (v === undefined)
                throw new NoDataError(`SLO ${slo.name} (${slo.file}): no data: query ${JSON.stringify(expr)} returned no series`);
            return v;
        };
        const sli = slo.sli;
        if (sli.kind === 'errorRatio')
            return { window, ratio: await need(renderQuery(sli.errorRatio, window)), notes };
        const [part, total] = await Promise.all([
            ask(slo, renderQuery(sli.kind === 'errors' ? sli.errors : sli.good, window)),
            need(renderQuery(sli.total, window)),
        ]);
        let p = part;
        if (p === undefined) {
            // `sum(rate(x{code=~"5.."}[w]))` has no series until the first error: zero events, not missing data
            p = 0;
            notes.push(`the ${sli.kind === 'errors' ? 'error' : 'good'} query over ${window} returned no series: counted as 0`);
        }
        return { window, ratio: sli.kind === 'errors' ? p / total : 1 - p / total, notes };
    };
    const slos = await pool(specs, Math.max(1, Math.floor((opts.concurrency ?? 8) / 2)), async (slo) => {
        // all windows at once; the first failure in window order is reported (deterministic messages)
        const settled = await Promise.allSettled([ratioOf(slo, slo.window), ...burnWindows.map((w) => ratioOf(slo, w))]);
        const failed = settled.find((r) => r.status === 'rejected');
        if (failed)
            throw failed.reason;
        const [main, ...burns] = settled.map((r) => r.value);
        if (!Number.isFinite(main.ratio))
            throw new NoDataError(`SLO ${slo.name} (${slo.file}): no traffic over its ${slo.window} window (the error ratio is ${main.ratio})`);
        if (main.ratio < 0 || main.ratio > 1)
            throw new NoDataError(`SLO ${slo.name} (${slo.file}): the error ratio over ${slo.window} is ${main.ratio}, outside [0, 1]: check that the error/good query counts a subset of the total query`);
        const allowed = 1 - slo.objective;
        const budgetConsumed = main.ratio / allowed;
        const burnRates = {};
        const notes = [...main.notes];
        for (const b of burns) {
            burnRates[b.window] = Number.isFinite(b.ratio) ? b.ratio / allowed : null;
            if (!Number.isFinite(b.ratio))
                notes.push(`no traffic over ${b.window}: no burn rate`);
            notes.push(...b.notes.filter((n) => !notes.includes(n)));
        }
        const alerts = [];
        for (const r of thresholds.burnRateRules) {
            const l = burnRates[r.long];
            const s = burnRates[r.short];
            if (l != null && s != null && l > r.factor && s > r.factor) {
                alerts.push({
                    severity: r.severity,
                    kind: 'burn-rate',
                    message: `burn rate ${fmt(l)} over ${r.long} and ${fmt(s)} over ${r.short}, both above ${r.factor}`,
                });
            }
        }
        if (budgetConsumed >= thresholds.pageBudget)
            alerts.push({
                severity: 'page',
                kind: 'budget',
                message: `${snapshot_pct(budgetConsumed)} of the error budget consumed (page at ${snapshot_pct(thresholds.pageBudget)})`,
            });
        else if (budgetConsumed >= thresholds.warnBudget)
            alerts.push({
                severity: 'warn',
                kind: 'budget',
                message: `${snapshot_pct(budgetConsumed)} of the error budget consumed (warn at ${snapshot_pct(thresholds.warnBudget)})`,
            });
        const status = alerts.some((a) => a.severity === 'page') ? 'page' : alerts.length ? 'warn' : 'ok';
        const queries = slo.sli.kind === 'errorRatio'
            ? { errorRatio: renderQuery(slo.sli.errorRatio, slo.window) }
            : slo.sli.kind === 'errors'
                ? { errors: renderQuery(slo.sli.errors, slo.window), total: renderQuery(slo.sli.total, slo.window) }
                : { good: renderQuery(slo.sli.good, slo.window), total: renderQuery(slo.sli.total, slo.window) };
        return {
            name: slo.name,
            ...(slo.service ? { service: slo.service } : {}),
            file: slo.file,
            ...(slo.line ? { line: slo.line } : {}),
            format: slo.format,
            objective: slo.objective,
            window: slo.window,
            sli: 1 - main.ratio,
            budgetConsumed,
            budgetRemaining: 1 - budgetConsumed,
            burnRates,
            alerts,
            status,
            queries,
            notes,
        };
    });
    const status = slos.some((s) => s.status === 'page') ? 'page' : slos.some((s) => s.status === 'warn') ? 'warn' : 'ok';
    return { at: at.toISOString(), prometheus: client.url, thresholds, slos, status };
}
/**
 * Adds the budget ledger (the seed's daily budget delta): each SLO's change in budget consumed
 * since the previous snapshot. SLOs absent from the previous snapshot get no ledger entry.
 * @throws InputError when the previous snapshot is not older than this one.
 */
function addLedger(current, previous, source) {
    if (!(Date.parse(previous.at) < Date.parse(current.at)))
        throw new errors/* InputError */.dz(source, 'at', `a snapshot taken before ${current.at}`, { found: previous.at });
    const prev = new Map(previous.slos.map((s) => [s.name, s]));
    return {
        ...current,
        slos: current.slos.map((s) => {
            const p = prev.get(s.name);
            return p
                ? {
                    ...s,
                    ledger: {
                        previousAt: previous.at,
                        previousBudgetConsumed: p.budgetConsumed,
                        budgetConsumedDelta: s.budgetConsumed - p.budgetConsumed,
                    },
                }
                : s;
        }),
    };
}
/** `0.8123` as `81.2%`. */
function snapshot_pct(v) {
    return `${(v * 100).toFixed(1)}%`;
}
function fmt(v) {
    return Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3);
}

;// CONCATENATED MODULE: ./src/slo/settings.ts
/**
 * The settings of one SLO snapshot, read the same way from `mc slo snapshot` flags and from the
 * mc/slo-snapshot action's inputs. Messages name the flag or input as the user wrote it. (The
 * connection settings are src/cli/prometheus-flags.ts's and src/runtime/prometheus-inputs.ts's.)
 */



/**
 * @param raw the settings as given
 * @param label how a setting is named to the user (`--warn-budget` or input `warn-budget`)
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
function sloSettings(raw, label) {
    const num = (field, def) => {
        const v = raw[field];
        if (v === undefined || v === '')
            return def;
        const n = Number(v);
        if (v.trim() === '' || !Number.isFinite(n))
            throw new errors/* UsageError */.eb(`${label(field)}: expected a number, found '${v}'`);
        return n;
    };
    let at = new Date();
    if (raw.at) {
        const t = Date.parse(raw.at);
        if (!/^\d{4}-\d{2}-\d{2}T/.test(raw.at) || !Number.isFinite(t))
            throw new errors/* UsageError */.eb(`${label('at')}: expected an RFC 3339 time such as 2026-12-01T00:00:00Z, found '${raw.at}'`);
        at = new Date(t);
    }
    const slothWindow = raw.window || '30d';
    try {
        durationSeconds(slothWindow);
    }
    catch {
        throw new errors/* UsageError */.eb(`${label('window')}: expected a duration such as 28d or 30d, found '${slothWindow}'`);
    }
    const failOn = raw.failOn || 'page';
    if (failOn !== 'page' && failOn !== 'warn')
        throw new errors/* UsageError */.eb(`${label('failOn')}: expected page or warn, found '${failOn}'`);
    const thresholds = {
        ...DEFAULT_THRESHOLDS,
        warnBudget: num('warnBudget', DEFAULT_THRESHOLDS.warnBudget),
        pageBudget: num('pageBudget', DEFAULT_THRESHOLDS.pageBudget),
    };
    checkThresholds(thresholds, label);
    return { at, slothWindow, thresholds, failOn };
}
/** Whether a snapshot status fails the gate under `failOn`. */
function gateFails(status, failOn) {
    return status === 'page' || (failOn === 'warn' && status === 'warn');
}

;// CONCATENATED MODULE: ./src/slo/index.ts
/**
 * slo-snapshot: the core the `mc slo snapshot` command and the mc/slo-snapshot action share.
 * Reads SLO specs, asks Prometheus, renders the report, and signs the snapshot as an in-toto
 * Statement v1 in a DSSE envelope (predicate type {@link SLO_SNAPSHOT_PREDICATE}).
 */















/**
 * Reads the spec files (paths or globs confined to `root`) and the previous snapshot, for the CLI
 * and the action alike.
 * @param opts.label how the spec setting is named to the user (`--slo` or `input 'slo'`)
 * @throws UsageError when nothing matches; InputError for unreadable files or JWKS.
 */
async function loadSloInputs(opts) {
    const paths = await (0,fsx/* expandPaths */.pR)(opts.patterns, { root: opts.root });
    if (!paths.length)
        throw new errors/* UsageError */.eb(`${opts.label}: no file matches ${opts.patterns.join(', ')}`);
    const files = await Promise.all(paths.map(async (p) => ({ name: p, text: await (0,fsx.readText)((0,external_node_path_.resolve)(opts.root, p), 'SLO spec') })));
    const previous = opts.previous
        ? {
            text: await (0,fsx.readText)((0,external_node_path_.resolve)(opts.root, opts.previous), 'previous snapshot'),
            source: opts.previous,
            trusted: opts.jwks ? await (0,ed25519/* readJwksFile */.Yg)((0,external_node_path_.resolve)(opts.root, opts.jwks)) : undefined,
        }
        : undefined;
    return { files, previous };
}
/**
 * Reads the specs, takes the snapshot, adds the ledger.
 * @throws InputError / PrometheusError / NoDataError: all exit 2.
 */
async function runSloSnapshot(opts) {
    if (!opts.files.length)
        throw new errors/* InputError */.dz(undefined, 'slo', 'at least one SLO spec file');
    const specs = opts.files.flatMap((f) => parseSloSpecs(f.text, f.name, { slothWindow: opts.slothWindow }));
    checkUniqueNames(specs);
    const client = new prometheus/* PrometheusClient */.Sx(opts.prometheus);
    let snapshot = await takeSnapshot(specs, client, opts.at ?? new Date(), opts.thresholds ?? DEFAULT_THRESHOLDS);
    if (opts.previous)
        snapshot = addLedger(snapshot, readPrevious(opts.previous.text, opts.previous.source, opts.previous.trusted), opts.previous.source);
    const subjects = opts.files.map((f) => ({ name: f.name, digest: { sha256: (0,digest/* sha256Hex */.f)(f.text) } }));
    return { snapshot, specs, statement: (0,core_statement/* makeStatement */.UT)(subjects, SLO_SNAPSHOT_PREDICATE, snapshot) };
}
/**
 * Reads a previous snapshot: a signed `.intoto.jsonl` snapshot (its signature checked against
 * `trusted` first, which is then required) or a JSON report as `--format json` prints it.
 * @throws InputError naming the file and field.
 */
function readPrevious(text, source, trusted) {
    let value;
    const first = text.trimStart();
    if (first.startsWith('{') && first.includes('"payloadType"')) {
        if (!trusted?.length)
            throw new errors/* InputError */.dz(source, undefined, 'a JWKS to verify the previous signed snapshot (--jwks)');
        const env = (0,core_statement/* parseJsonlEnvelope */.e5)(text, source);
        if (env.payloadType !== dsse/* INTOTO_PAYLOAD_TYPE */.w9)
            throw new errors/* InputError */.dz(source, 'payloadType', dsse/* INTOTO_PAYLOAD_TYPE */.w9, { found: env.payloadType });
        const v = (0,dsse/* verifyEnvelope */.FY)(env, trusted);
        if (v.signatures.some((s) => s.status === 'invalid') || !v.validKeys.length)
            throw new errors/* InputError */.dz(source, 'signatures', 'a valid signature by a key in the JWKS');
        value = (0,core_statement/* parseStatement */.By)(v.payload, source, SLO_SNAPSHOT_PREDICATE).predicate;
    }
    else {
        try {
            value = JSON.parse(text);
        }
        catch {
            throw new errors/* InputError */.dz(source, undefined, 'an SLO snapshot (JSON report or signed .intoto.jsonl)');
        }
    }
    const p = value;
    if (!p || typeof p !== 'object' || typeof p.at !== 'string' || !Number.isFinite(Date.parse(p.at)))
        throw new errors/* InputError */.dz(source, 'at', 'an RFC 3339 time');
    if (!Array.isArray(p.slos))
        throw new errors/* InputError */.dz(source, 'slos', 'an array of SLO results');
    p.slos.forEach((s, i) => {
        if (!s || typeof s.name !== 'string' || typeof s.budgetConsumed !== 'number')
            throw new errors/* InputError */.dz(source, `slos[${i}]`, '{name, budgetConsumed, ...}');
    });
    return { at: p.at, slos: p.slos };
}
/** Signs the snapshot statement; returns the `.intoto.jsonl` text (one envelope, newline). */
function signSloSnapshot(statement, keys) {
    return JSON.stringify((0,core_statement/* signStatement */.fT)(statement, keys)) + '\n';
}
/** The JSON report (`--format json`, the action's report file). */
function snapshotJson(s) {
    return JSON.stringify(s, null, 2) + '\n';
}
const num = (v, digits = 4) => (v == null ? '-' : Number.isInteger(v) ? String(v) : v.toPrecision(digits));
const ICON = { ok: 'OK', warn: 'WARN', page: 'PAGE' };
/** Plain-text report for a terminal. */
function snapshotText(s) {
    const windows = s.slos[0] ? Object.keys(s.slos[0].burnRates) : [];
    const lines = [`SLO snapshot at ${s.at} from ${s.prometheus}: ${s.status.toUpperCase()}`];
    for (const slo of s.slos) {
        lines.push(`  ${ICON[slo.status].padEnd(4)} ${slo.name}: SLI ${num(slo.sli, 6)} (objective ${slo.objective} over ${slo.window}), budget consumed ${snapshot_pct(slo.budgetConsumed)}, remaining ${snapshot_pct(slo.budgetRemaining)}` +
            (slo.ledger
                ? ` (${slo.ledger.budgetConsumedDelta >= 0 ? '+' : ''}${snapshot_pct(slo.ledger.budgetConsumedDelta)} since ${slo.ledger.previousAt})`
                : ''));
        lines.push(`       burn rates: ${windows.map((w) => `${w} ${num(slo.burnRates[w], 3)}`).join(', ')}`);
        for (const a of slo.alerts)
            lines.push(`       ${a.severity}: ${a.message}`);
        for (const n of slo.notes)
            lines.push(`       note: ${n}`);
    }
    return lines.join('\n') + '\n';
}
/** Markdown for the job summary. */
function snapshotMarkdown(s) {
    const windows = s.slos[0] ? Object.keys(s.slos[0].burnRates) : [];
    const rows = s.slos.map((slo) => [
        `**${ICON[slo.status]}**`,
        slo.name,
        `${(slo.objective * 100).toPrecision(4)}% / ${slo.window}`,
        num(slo.sli, 6),
        pct(slo.budgetConsumed) +
            (slo.ledger ? ` (${slo.ledger.budgetConsumedDelta >= 0 ? '+' : ''}${pct(slo.ledger.budgetConsumedDelta)})` : ''),
        pct(slo.budgetRemaining),
        ...windows.map((w) => num(slo.burnRates[w], 3)),
    ]);
    const alerts = s.slos.flatMap((slo) => slo.alerts.map((a) => `- **${a.severity}** ${mdCell(slo.name)}: ${mdCell(a.message)}`));
    return [
        `### SLO snapshot: ${s.status.toUpperCase()}`,
        '',
        `At ${s.at}, from ${mdCell(s.prometheus)}. Warn at ${pct(s.thresholds.warnBudget)} of the budget consumed or a slow burn, page at ${pct(s.thresholds.pageBudget)} or a fast burn.`,
        '',
        mdTable(['status', 'SLO', 'objective / window', 'SLI', 'budget consumed', 'remaining', ...windows.map((w) => `burn ${w}`)], rows),
        '',
        ...(alerts.length ? ['**Alerts**', '', ...alerts, ''] : []),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/cli/cli.ts + 1 modules
var cli = __webpack_require__(9797);
// EXTERNAL MODULE: ./src/cli/prometheus-flags.ts
var prometheus_flags = __webpack_require__(3706);
;// CONCATENATED MODULE: ./src/cli/commands/slo.ts
/**
 * `mc slo snapshot`: SLIs, error budgets and burn rates of SLO specs (OpenSLO v1, Sloth
 * prometheus/v1) from a Prometheus server. Exit 0 when no SLO pages (or warns, with
 * `--fail-on warn`), 1 when one does, 2 for unusable input, an unreachable server or missing data.
 */







const usage = 'mc slo snapshot --prometheus URL --slo FILE... [--at RFC3339] [--format text|json] [--out FILE [--key KEY]] ' +
    '[--previous SNAPSHOT [--jwks JWKS]] [--window 30d] [--warn-budget 0.8] [--page-budget 0.9] [--fail-on page|warn] ' +
    prometheus_flags/* PROMETHEUS_USAGE */.Ve;
const commands = [
    {
        name: 'slo snapshot',
        summary: 'SLIs, error budgets and burn rates of OpenSLO/Sloth specs from Prometheus; signed snapshot evidence',
        usage,
        run: async (argv, io) => {
            const { values: o, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
                ...prometheus_flags/* PROMETHEUS_FLAGS */.TN,
                slo: { type: 'string', multiple: true },
                at: { type: 'string' },
                format: { type: 'string' },
                out: { type: 'string' },
                key: { type: 'string' },
                previous: { type: 'string' },
                jwks: { type: 'string' },
                window: { type: 'string' },
                'warn-budget': { type: 'string' },
                'page-budget': { type: 'string' },
                'fail-on': { type: 'string' },
            }, usage);
            if (!o.prometheus)
                throw new errors/* UsageError */.eb(`--prometheus is required\nusage: ${usage}`);
            const patterns = [...(o.slo ?? []), ...positionals];
            if (!patterns.length)
                throw new errors/* UsageError */.eb(`--slo is required\nusage: ${usage}`);
            const format = o.format ?? 'text';
            if (format !== 'json' && format !== 'text')
                throw new errors/* UsageError */.eb(`--format: expected json or text, found '${format}'`);
            if (o.key && !o.out)
                throw new errors/* UsageError */.eb('--key signs the snapshot written by --out: give --out too');
            const flag = {
                at: '--at',
                window: '--window',
                warnBudget: '--warn-budget',
                pageBudget: '--page-budget',
                failOn: '--fail-on',
            };
            const settings = sloSettings({ at: o.at, window: o.window, warnBudget: o['warn-budget'], pageBudget: o['page-budget'], failOn: o['fail-on'] }, (f) => flag[f]);
            const key = o.key ? await (0,ed25519/* readPrivateKeyFile */.Pb)((0,external_node_path_.resolve)(io.cwd, o.key)) : undefined;
            const prometheus = await (0,prometheus_flags/* prometheusOptionsFromFlags */.o7)(o, io.cwd);
            const { files, previous } = await loadSloInputs({ root: io.cwd, patterns, label: '--slo', previous: o.previous, jwks: o.jwks });
            const { snapshot, statement } = await runSloSnapshot({
                prometheus,
                files,
                at: settings.at,
                slothWindow: settings.slothWindow,
                thresholds: settings.thresholds,
                previous,
            });
            if (o.out) {
                const out = (0,external_node_path_.resolve)(io.cwd, o.out);
                await (0,fsx/* writeFileAtomic */.Zf)(out, key ? signSloSnapshot(statement, [key]) : snapshotJson(snapshot), { noClobber: true });
                io.stderr(`slo snapshot: wrote ${o.out}${key ? ` (signed by ${key.kid})` : ''}\n`);
            }
            io.stdout(format === 'json' ? snapshotJson(snapshot) : snapshotText(snapshot));
            return gateFails(snapshot.status, settings.failOn) ? errors/* ExitCode */.yU.Fail : errors/* ExitCode */.yU.Pass;
        },
    },
];


/***/ }),

/***/ 3706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ PROMETHEUS_FLAGS),
/* harmony export */   Ve: () => (/* binding */ PROMETHEUS_USAGE),
/* harmony export */   o7: () => (/* binding */ prometheusOptionsFromFlags)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_prometheus_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9323);
/**
 * The Prometheus connection flags shared by `mc slo snapshot` and `mc canary-score --prometheus`:
 * `--prometheus URL [--bearer-token-file FILE | --basic-auth-file FILE] [--header "Name: value"]... [--timeout SECONDS]`.
 * Secrets come from files, never from the command line (where `ps` and shell history show them).
 */



/** node:util parseArgs options of the connection flags. */
const PROMETHEUS_FLAGS = {
    prometheus: { type: 'string' },
    'bearer-token-file': { type: 'string' },
    'basic-auth-file': { type: 'string' },
    header: { type: 'string', multiple: true },
    timeout: { type: 'string' },
};
/** The usage text of the connection flags. */
const PROMETHEUS_USAGE = '[--bearer-token-file FILE | --basic-auth-file FILE] [--header "Name: value"]... [--timeout SECONDS]';
/**
 * Connection options from parsed flags (`--prometheus` must be set).
 * @param cwd directory the secret files are relative to
 * @throws UsageError for both credentials at once or a bad timeout; a missing file is exit 2 too.
 */
async function prometheusOptionsFromFlags(o, cwd) {
    const flag = {
        url: '--prometheus URL',
        bearerToken: '--bearer-token-file',
        basicAuth: '--basic-auth-file',
        headers: '--header',
        timeout: '--timeout',
    };
    const secret = async (f) => (f ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, f), 'utf8')).trim() : undefined);
    return (0,_core_prometheus_js__WEBPACK_IMPORTED_MODULE_2__/* .prometheusOptions */ .Dz)({
        url: o.prometheus,
        bearerToken: await secret(o['bearer-token-file']),
        basicAuth: await secret(o['basic-auth-file']),
        headers: o.header,
        timeout: o.timeout,
    }, (f) => flag[f]);
}


/***/ }),

/***/ 9323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ prometheusOptions),
/* harmony export */   Sx: () => (/* binding */ PrometheusClient)
/* harmony export */ });
/* unused harmony exports PrometheusError, parseHeaderLines */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * A small client of the Prometheus HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api/):
 * instant queries (`POST /api/v1/query`, form-encoded `query` and `time`) and range queries
 * (`POST /api/v1/query_range`). HTTP through Node's built-in fetch (undici): TLS certificates are
 * verified (extra CAs through NODE_EXTRA_CA_CERTS), every request has a timeout.
 * Every failure is a {@link PrometheusError} (exit 2) naming the server and the query: an
 * unreachable server, a non-success status, a PromQL error, an unexpected result type.
 * Never a pass on missing data: callers decide what an empty result means.
 */

/** A failed request or query (exit 2). */
class PrometheusError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .McError */ .Hv {
    constructor(message) {
        super(message, _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Usage);
    }
}
/** Prometheus encodes sample values as strings: floats, `NaN`, `+Inf`, `-Inf`. */
function sampleValue(s) {
    if (s === 'NaN')
        return NaN;
    if (s === '+Inf')
        return Infinity;
    if (s === '-Inf')
        return -Infinity;
    const n = typeof s === 'string' ? Number(s) : NaN;
    return n;
}
/** A Prometheus server reached over its HTTP API. */
class PrometheusClient {
    url;
    headers;
    timeoutMs;
    /** @throws PrometheusError when the URL is not http(s). */
    constructor(opts) {
        let u;
        try {
            u = new URL(opts.url);
        }
        catch {
            throw new PrometheusError(`--prometheus: expected an http(s) URL (found '${opts.url}')`);
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            throw new PrometheusError(`--prometheus: expected an http(s) URL (found protocol '${u.protocol}')`);
        if (u.username || u.password)
            throw new PrometheusError('--prometheus: credentials in the URL are refused (they would be logged); use basic auth or a bearer token');
        this.url = u.toString().replace(/\/+$/, '');
        this.headers = { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', ...(opts.headers ?? {}) };
        if (opts.bearerToken)
            this.headers.Authorization = `Bearer ${opts.bearerToken}`;
        else if (opts.basicAuth)
            this.headers.Authorization = `Basic ${Buffer.from(opts.basicAuth, 'utf8').toString('base64')}`;
        this.timeoutMs = opts.timeoutMs ?? 30_000;
    }
    async call(path, params, what) {
        let res;
        try {
            res = await fetch(`${this.url}${path}`, {
                method: 'POST',
                headers: this.headers,
                body: new URLSearchParams(params).toString(),
                signal: AbortSignal.timeout(this.timeoutMs),
                redirect: 'error',
            });
        }
        catch (e) {
            const err = e;
            const why = err.name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : (err.cause?.code ?? err.cause?.message ?? err.message);
            throw new PrometheusError(`prometheus ${this.url} unreachable (${why}) for ${what}`);
        }
        const text = await res.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            body = undefined;
        }
        if (!res.ok || body?.status !== 'success' || !body.data) {
            const detail = body?.error
                ? `${body.errorType ?? 'error'}: ${body.error}`
                : `HTTP ${res.status}${res.status === 401 || res.status === 403 ? ' (check the credentials)' : ''}`;
            throw new PrometheusError(`prometheus ${this.url}: ${what} failed: ${detail}`);
        }
        return body.data;
    }
    /**
     * Evaluates an instant query at `at` (`/api/v1/query`).
     * @returns the samples of the vector (a scalar result is one sample without labels)
     * @throws PrometheusError for an unreachable server, a PromQL error, a matrix or string result.
     */
    async query(expr, at) {
        const what = `query ${JSON.stringify(expr)}`;
        const data = await this.call('/api/v1/query', { query: expr, time: (at.getTime() / 1000).toFixed(3) }, what);
        if (data.resultType === 'scalar')
            return [{ metric: {}, value: sampleValue(data.result[1]) }];
        if (data.resultType !== 'vector')
            throw new PrometheusError(`prometheus ${this.url}: ${what}: expected an instant vector, found a ${data.resultType}`);
        return data.result.map((s) => ({
            metric: s.metric ?? {},
            value: sampleValue(s.value[1]),
        }));
    }
    /**
     * Evaluates a range query (`/api/v1/query_range`).
     * @param start,end the range, inclusive
     * @param stepSeconds resolution in seconds
     * @throws PrometheusError as {@link query}.
     */
    async queryRange(expr, start, end, stepSeconds) {
        const what = `range query ${JSON.stringify(expr)}`;
        const data = await this.call('/api/v1/query_range', { query: expr, start: (start.getTime() / 1000).toFixed(3), end: (end.getTime() / 1000).toFixed(3), step: String(stepSeconds) }, what);
        if (data.resultType !== 'matrix')
            throw new PrometheusError(`prometheus ${this.url}: ${what}: expected a range vector, found a ${data.resultType}`);
        return data.result.map((s) => ({
            metric: s.metric ?? {},
            values: s.values.map(([t, v]) => [t, sampleValue(v)]),
        }));
    }
}
/**
 * Parses `Name: value` header lines (one per line or comma-free list item).
 * @throws PrometheusError on a malformed line.
 */
function parseHeaderLines(lines) {
    const out = {};
    for (const l of lines) {
        const i = l.indexOf(':');
        const name = l.slice(0, i).trim();
        if (i <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
            throw new PrometheusError(`headers: expected 'Name: value' lines (found a malformed line)`);
        out[name] = l.slice(i + 1).trim();
    }
    return out;
}
/**
 * Checked connection options from raw settings: the CLI's flags and the actions' inputs both come here.
 * @param label how a setting is named to the user (`--timeout` or `input 'timeout-seconds'`)
 * @throws UsageError naming the setting: no URL, both credentials, a timeout that is not a positive number.
 */
function prometheusOptions(raw, label) {
    if (!raw.url)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('url')} is required`);
    if (raw.bearerToken && raw.basicAuth)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('bearerToken')} and ${label('basicAuth')}: give one`);
    const timeout = raw.timeout === undefined || raw.timeout === '' ? 30 : Number(raw.timeout);
    if (!Number.isFinite(timeout) || timeout <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('timeout')}: expected a positive number of seconds, found '${raw.timeout}'`);
    return {
        url: raw.url,
        bearerToken: raw.bearerToken || undefined,
        basicAuth: raw.basicAuth || undefined,
        headers: parseHeaderLines(raw.headers ?? []),
        timeoutMs: timeout * 1000,
    };
}


/***/ }),

/***/ 2032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateWithSchema: () => (/* binding */ validateWithSchema),
/* harmony export */   w5: () => (/* binding */ fieldName)
/* harmony export */ });
/* unused harmony exports schemaValidator, pointerPath, mostSpecific, schemaInputError */
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The one JSON Schema validator of every file a user writes (canary configs, grounding cases,
 * ignore rules, evidence policies, SLO specs, trajectory goldens) and of the reports the tests check.
 *
 * Schemas are the documents of `schemas/` (JSON Schema draft 2020-12), imported as JSON by each
 * loader so the ncc bundles carry exactly the schemas their action needs and read no file at run
 * time. Validation uses ajv's draft 2020-12 class in strict mode (unknown keywords and ambiguous
 * schemas are errors at compile time); a schema is compiled on its first use and cached by `$id`,
 * so loading this module costs only the ajv import and an action that never meets a file of that
 * format never compiles its schema.
 *
 * A violation becomes one {@link InputError} (exit 2, no stack trace) naming the file, the field
 * (as `a.b[0].c`, from ajv's RFC 6901 instance path), the line when the caller can map a path to
 * one, and what was expected: the most specific of ajv's errors (the deepest; unknown keys, enums
 * and types before the `anyOf`/`oneOf`/`if` wrappers that only say "some branch failed").
 */


let ajvInstance;
const compiled = new Map();
/**
 * The shared ajv instance: draft 2020-12, strict (unknown keywords and formats, ignored defaults,
 * ambiguous types are compile errors), every error collected (the most specific is picked).
 * strictRequired is off: `oneOf: [{required: [good]}, {required: [bad]}]` names properties defined
 * by the enclosing schema, the usual way to say "exactly one of".
 */
function ajv() {
    if (!ajvInstance) {
        ajvInstance = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
        // RFC 3339 date-time (the reports' timestamps); no other format is used by our schemas
        ajvInstance.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
    }
    return ajvInstance;
}
/**
 * The compiled validator of a schema, compiled on first use and cached by `$id`.
 * @throws Error when the schema itself is invalid under ajv's strict mode (a defect of schemas/, not of input).
 */
function schemaValidator(schema) {
    let v = compiled.get(schema.$id);
    if (!v) {
        v = ajv().compile(schema);
        compiled.set(schema.$id, v);
    }
    return v;
}
/** Decodes ajv's RFC 6901 `instancePath` into path segments (array indexes as numbers). */
function pointerPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
/** A path as users read it: `metrics[0].effectSize.allowedIncrease`. */
function fieldName(path) {
    return path.reduce((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
}
// wrappers that only say "a branch failed": their branches' own errors are more specific
const KEYWORD_RANK = {
    additionalProperties: 4,
    unevaluatedProperties: 4,
    enum: 3,
    const: 3,
    required: 2,
    type: 1,
    anyOf: -100,
    oneOf: -100,
    if: -100,
    not: -50,
};
/** The most specific error: the deepest instance path, then the keyword that says most (unknown key, enum, type). */
function mostSpecific(errors) {
    const depth = (e) => pointerPath(e.instancePath).length + (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties' ? 1 : 0);
    let best;
    let bestRank = -Infinity;
    for (const e of errors) {
        const rank = depth(e) * 10 + (KEYWORD_RANK[e.keyword] ?? 0);
        if (rank > bestRank)
            [best, bestRank] = [e, rank];
    }
    return best;
}
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'null',
};
function found(data) {
    let s;
    try {
        s = JSON.stringify(data) ?? String(data);
    }
    catch {
        s = String(data);
    }
    return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
/**
 * The error a user reads for one ajv error: file, field, line, what was expected and what was found.
 * Unknown and missing keys name the key as the field (at its parent's line); unknown keys list the keys known there.
 */
function schemaInputError(e, file, opts) {
    let path = pointerPath(e.instancePath);
    const params = e.params;
    const parent = (e.parentSchema ?? {});
    let expected;
    let shown;
    let linePath = path;
    switch (e.keyword) {
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const key = String(params.additionalProperty ?? params.unevaluatedProperty);
            path = [...path, key];
            linePath = path;
            const known = Object.keys(parent.properties ?? {}).filter((k) => k !== '$schema');
            // the key comes from the data: escaped, as InputError escapes file and field
            expected = `no property '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(key)}' (not in the ${opts.what} schema${known.length ? `; known here: ${known.join(', ')}` : ''})`;
            break;
        }
        case 'required':
            // the missing key is the field; its line is its parent's
            path = [...path, String(params.missingProperty)];
            expected = 'a value (a required key, missing here)';
            break;
        case 'enum':
            expected = `one of ${params.allowedValues.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}`;
            shown = found(e.data);
            break;
        case 'const':
            expected = JSON.stringify(params.allowedValue);
            shown = found(e.data);
            break;
        case 'type': {
            const types = [].concat(params.type);
            expected = types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
            shown = found(e.data);
            break;
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            expected = `a number ${String(params.comparison)} ${String(params.limit)}`;
            shown = found(e.data);
            break;
        case 'minLength':
            expected = params.limit === 1 ? 'a non-empty string' : `a string of at least ${String(params.limit)} characters`;
            break;
        case 'maxLength':
            expected = `a string of at most ${String(params.limit)} characters`;
            break;
        case 'minItems':
            expected = params.limit === 1 ? 'a non-empty list' : `a list of at least ${String(params.limit)} items`;
            break;
        case 'maxItems':
            expected = `a list of at most ${String(params.limit)} items`;
            break;
        case 'minProperties':
            expected = params.limit === 1 ? 'a non-empty mapping' : `a mapping of at least ${String(params.limit)} keys`;
            break;
        case 'maxProperties':
            expected = `a mapping of at most ${String(params.limit)} keys`;
            break;
        case 'pattern':
            expected = `a string matching /${String(params.pattern)}/`;
            shown = found(e.data);
            break;
        case 'uniqueItems':
            expected = `a list without duplicates (items ${String(params.j)} and ${String(params.i)} are equal)`;
            break;
        default:
            expected = `a value that ${(e.message ?? 'matches the schema').replace(/^must /, '')}`;
    }
    const own = opts.expected?.(e, path);
    if (own !== undefined)
        expected = own;
    const full = [...(opts.prefix ?? []), ...path];
    const line = opts.lineOf?.([...(opts.prefix ?? []), ...linePath]) ?? opts.line;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, fieldName(full) || undefined, expected, {
        ...(line !== undefined ? { line } : {}),
        ...(shown !== undefined ? { found: shown } : {}),
    });
}
/**
 * Validates a parsed document (YAML/JSON value) against its schema.
 * @param schema a document of `schemas/` (imported as JSON by the loader)
 * @param value the parsed document
 * @param file the file name as the user gave it (for the message)
 * @throws InputError (exit 2) for the most specific violation: file, field, line when known, what was expected.
 */
function validateWithSchema(schema, value, file, opts) {
    const validate = schemaValidator(schema);
    if (validate(value))
        return;
    const e = mostSpecific(validate.errors ?? []);
    if (!e)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, undefined, `a valid ${opts.what}`);
    throw schemaInputError(e, file, opts);
}


/***/ })

};
