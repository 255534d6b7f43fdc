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
import { ExitCode, InputError, McError } from '../core/errors.js';
import type { PrometheusClient } from '../core/prometheus.js';
import { durationSeconds, renderQuery, type SloSpec } from './spec.js';

/** The in-toto predicate type of a signed SLO snapshot (schemas/slo-snapshot.schema.json). */
export const SLO_SNAPSHOT_PREDICATE = 'https://mc-actions.dev/slo-snapshot/v1';

/** A multiwindow burn-rate alert: fires when both windows burn faster than `factor`. */
export interface BurnRateRule {
  severity: 'page' | 'warn';
  /** long window, PromQL duration (e.g. `1h`) */
  long: string;
  /** short window, PromQL duration (e.g. `5m`) */
  short: string;
  /** burn-rate factor (14.4 spends 2% of a 30-day budget in one hour) */
  factor: number;
}

/** The multiwindow, multi-burn-rate pairs of the Google SRE workbook (table 5-8). */
export const DEFAULT_BURN_RATE_RULES: readonly BurnRateRule[] = [
  { severity: 'page', long: '1h', short: '5m', factor: 14.4 },
  { severity: 'page', long: '6h', short: '30m', factor: 6 },
  { severity: 'warn', long: '24h', short: '2h', factor: 3 },
  { severity: 'warn', long: '72h', short: '6h', factor: 1 },
];

/** When a snapshot warns or pages. */
export interface SnapshotThresholds {
  /** budget consumed (fraction) at or above which an SLO warns (default 0.8) */
  warnBudget: number;
  /** budget consumed (fraction) at or above which an SLO pages (default 0.9) */
  pageBudget: number;
  burnRateRules: BurnRateRule[];
}

export const DEFAULT_THRESHOLDS: SnapshotThresholds = { warnBudget: 0.8, pageBudget: 0.9, burnRateRules: [...DEFAULT_BURN_RATE_RULES] };

export type SloStatus = 'ok' | 'warn' | 'page';

/** One alert that fired. */
export interface SloAlert {
  severity: 'page' | 'warn';
  /** `burn-rate` (a multiwindow rule) or `budget` (consumed at or above a threshold) */
  kind: 'burn-rate' | 'budget';
  message: string;
}

/** The state of one SLO at the snapshot time. */
export interface SloResult {
  name: string;
  service?: string;
  file: string;
  line?: number;
  format: SloSpec['format'];
  objective: number;
  window: string;
  sli: number;
  budgetConsumed: number;
  budgetRemaining: number;
  /** burn rate per window (null: no traffic in that window) */
  burnRates: Record<string, number | null>;
  alerts: SloAlert[];
  status: SloStatus;
  /** the SLI queries over the SLO window, as sent */
  queries: Record<string, string>;
  /** what the numbers rest on, when worth saying (an error query with no series counted as 0) */
  notes: string[];
  /** the budget ledger: change since the previous snapshot, when one was given */
  ledger?: { previousAt: string; previousBudgetConsumed: number; budgetConsumedDelta: number };
}

/** A whole snapshot: the JSON report and the signed predicate. */
export interface SloSnapshot {
  /** evaluation time, RFC 3339 */
  at: string;
  /** the Prometheus base URL */
  prometheus: string;
  thresholds: SnapshotThresholds;
  slos: SloResult[];
  /** the worst status of any SLO */
  status: SloStatus;
}

/** No usable data for an SLO (exit 2): never a pass on missing data. */
export class NoDataError extends McError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
  }
}

/**
 * Checks thresholds (fractions in (0, 10], warn <= page; factors > 0; windows PromQL durations).
 * @param name how the two budget settings are named to the user (default `warn-budget`, `page-budget`)
 * @throws InputError naming the setting.
 */
export function checkThresholds(
  t: SnapshotThresholds,
  name: (f: 'warnBudget' | 'pageBudget') => string = (f) => (f === 'warnBudget' ? 'warn-budget' : 'page-budget'),
): SnapshotThresholds {
  const frac = (v: number, f: 'warnBudget' | 'pageBudget') => {
    if (!Number.isFinite(v) || v <= 0 || v > 10)
      throw new InputError(undefined, name(f), 'a budget fraction such as 0.8 (80%)', { found: String(v) });
  };
  frac(t.warnBudget, 'warnBudget');
  frac(t.pageBudget, 'pageBudget');
  if (t.warnBudget > t.pageBudget)
    throw new InputError(undefined, name('warnBudget'), `at most the page budget ${t.pageBudget}`, { found: String(t.warnBudget) });
  for (const r of t.burnRateRules) {
    if (!(r.factor > 0) || !Number.isFinite(r.factor))
      throw new InputError(undefined, 'burn-rate factor', 'a positive number', { found: String(r.factor) });
    for (const w of [r.long, r.short])
      if (!/^[1-9][0-9]*[smhdw]$/.test(w))
        throw new InputError(undefined, 'burn-rate window', 'a PromQL duration such as 1h', { found: w });
  }
  return t;
}

/** Runs at most `limit` tasks at once, keeping results in order. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
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

/** The error ratio of one SLO over one window, or NaN when the window saw no traffic. */
interface WindowRatio {
  window: string;
  ratio: number;
  notes: string[];
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
export async function takeSnapshot(
  specs: SloSpec[],
  client: PrometheusClient,
  at: Date,
  thresholds: SnapshotThresholds = DEFAULT_THRESHOLDS,
  opts: { concurrency?: number } = {},
): Promise<SloSnapshot> {
  checkThresholds(thresholds);
  const burnWindows = [...new Set(thresholds.burnRateRules.flatMap((r) => [r.short, r.long]))].sort(
    (a, b) => durationSeconds(a) - durationSeconds(b),
  );
  // each distinct query is asked once (SLOs of one service often share a total query)
  const cache = new Map<string, Promise<number | undefined>>();
  const ask = (slo: SloSpec, expr: string): Promise<number | undefined> => {
    let p = cache.get(expr);
    if (!p) {
      p = client.query(expr, at).then((samples) => {
        if (samples.length > 1)
          throw new NoDataError(
            `SLO ${slo.name} (${slo.file}): query ${JSON.stringify(expr)} returned ${samples.length} series; expected one (aggregate it, e.g. with sum())`,
          );
        return samples.length ? samples[0].value : undefined;
      });
      cache.set(expr, p);
    }
    return p;
  };
  const ratioOf = async (slo: SloSpec, window: string): Promise<WindowRatio> => {
    const notes: string[] = [];
    const need = async (expr: string): Promise<number> => {
      const v = await ask(slo, expr);
      if (v === undefined)
        throw new NoDataError(`SLO ${slo.name} (${slo.file}): no data: query ${JSON.stringify(expr)} returned no series`);
      return v;
    };
    const sli = slo.sli;
    if (sli.kind === 'errorRatio') return { window, ratio: await need(renderQuery(sli.errorRatio, window)), notes };
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

  const slos = await pool(specs, Math.max(1, Math.floor((opts.concurrency ?? 8) / 2)), async (slo): Promise<SloResult> => {
    // all windows at once; the first failure in window order is reported (deterministic messages)
    const settled = await Promise.allSettled([ratioOf(slo, slo.window), ...burnWindows.map((w) => ratioOf(slo, w))]);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    const [main, ...burns] = settled.map((r) => (r as PromiseFulfilledResult<WindowRatio>).value);
    if (!Number.isFinite(main.ratio))
      throw new NoDataError(`SLO ${slo.name} (${slo.file}): no traffic over its ${slo.window} window (the error ratio is ${main.ratio})`);
    if (main.ratio < 0 || main.ratio > 1)
      throw new NoDataError(
        `SLO ${slo.name} (${slo.file}): the error ratio over ${slo.window} is ${main.ratio}, outside [0, 1]: check that the error/good query counts a subset of the total query`,
      );
    const allowed = 1 - slo.objective;
    const budgetConsumed = main.ratio / allowed;
    const burnRates: Record<string, number | null> = {};
    const notes = [...main.notes];
    for (const b of burns) {
      burnRates[b.window] = Number.isFinite(b.ratio) ? b.ratio / allowed : null;
      if (!Number.isFinite(b.ratio)) notes.push(`no traffic over ${b.window}: no burn rate`);
      notes.push(...b.notes.filter((n) => !notes.includes(n)));
    }
    const alerts: SloAlert[] = [];
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
        message: `${pct(budgetConsumed)} of the error budget consumed (page at ${pct(thresholds.pageBudget)})`,
      });
    else if (budgetConsumed >= thresholds.warnBudget)
      alerts.push({
        severity: 'warn',
        kind: 'budget',
        message: `${pct(budgetConsumed)} of the error budget consumed (warn at ${pct(thresholds.warnBudget)})`,
      });
    const status: SloStatus = alerts.some((a) => a.severity === 'page') ? 'page' : alerts.length ? 'warn' : 'ok';
    const queries: Record<string, string> =
      slo.sli.kind === 'errorRatio'
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
  const status: SloStatus = slos.some((s) => s.status === 'page') ? 'page' : slos.some((s) => s.status === 'warn') ? 'warn' : 'ok';
  return { at: at.toISOString(), prometheus: client.url, thresholds, slos, status };
}

/**
 * Adds the budget ledger (the seed's daily budget delta): each SLO's change in budget consumed
 * since the previous snapshot. SLOs absent from the previous snapshot get no ledger entry.
 * @throws InputError when the previous snapshot is not older than this one.
 */
export function addLedger(current: SloSnapshot, previous: Pick<SloSnapshot, 'at' | 'slos'>, source: string): SloSnapshot {
  if (!(Date.parse(previous.at) < Date.parse(current.at)))
    throw new InputError(source, 'at', `a snapshot taken before ${current.at}`, { found: previous.at });
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
export function pct(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3);
}
