/**
 * slo-snapshot: the core the `mc slo snapshot` command and the mc/slo-snapshot action share.
 * Reads SLO specs, asks Prometheus, renders the report, and signs the snapshot as an in-toto
 * Statement v1 in a DSSE envelope (predicate type {@link SLO_SNAPSHOT_PREDICATE}).
 */
import { resolve } from 'node:path';
import { InputError, UsageError } from '../core/errors.js';
import { expandPaths, readText } from '../core/fsx.js';
import { readJwksFile } from '../core/ed25519.js';
import { sha256Hex } from '../core/digest.js';
import { verifyEnvelope, INTOTO_PAYLOAD_TYPE } from '../core/dsse.js';
import type { PrivateKey, PublicKey } from '../core/ed25519.js';
import { mdCell, mdTable } from '../core/report.js';
import { makeStatement, parseJsonlEnvelope, parseStatement, signStatement, type Statement } from '../core/statement.js';
import { PrometheusClient, type PrometheusOptions } from '../core/prometheus.js';
import { checkUniqueNames, parseSloSpecs, type SloSpec } from './spec.js';
import {
  addLedger,
  DEFAULT_THRESHOLDS,
  pct,
  SLO_SNAPSHOT_PREDICATE,
  takeSnapshot,
  type SloSnapshot,
  type SnapshotThresholds,
} from './snapshot.js';

export * from '../core/prometheus.js';
export * from './snapshot.js';
export * from './settings.js';
export * from './spec.js';

/** One SLO spec file: its display name (relative path) and contents. */
export interface SloFile {
  name: string;
  text: string;
}

/** Everything one snapshot needs. */
export interface SloSnapshotOptions {
  prometheus: PrometheusOptions;
  files: SloFile[];
  /** evaluation time (default now) */
  at?: Date;
  /** window of Sloth specs (default 30d) */
  slothWindow?: string;
  thresholds?: SnapshotThresholds;
  /** a previous snapshot for the budget ledger: a signed `.intoto.jsonl` (verified with `trusted`) or a JSON report */
  previous?: { text: string; source: string; trusted?: PublicKey[] };
}

/** What a snapshot produced. */
export interface SloSnapshotResult {
  snapshot: SloSnapshot;
  specs: SloSpec[];
  /** the in-toto Statement (subjects: the spec files by sha256) */
  statement: Statement<SloSnapshot>;
}

/**
 * Reads the spec files (paths or globs confined to `root`) and the previous snapshot, for the CLI
 * and the action alike.
 * @param opts.label how the spec setting is named to the user (`--slo` or `input 'slo'`)
 * @throws UsageError when nothing matches; InputError for unreadable files or JWKS.
 */
export async function loadSloInputs(opts: {
  root: string;
  patterns: string[];
  label: string;
  previous?: string;
  jwks?: string;
}): Promise<Pick<SloSnapshotOptions, 'files' | 'previous'>> {
  const paths = await expandPaths(opts.patterns, { root: opts.root });
  if (!paths.length) throw new UsageError(`${opts.label}: no file matches ${opts.patterns.join(', ')}`);
  const files = await Promise.all(paths.map(async (p) => ({ name: p, text: await readText(resolve(opts.root, p), 'SLO spec') })));
  const previous = opts.previous
    ? {
        text: await readText(resolve(opts.root, opts.previous), 'previous snapshot'),
        source: opts.previous,
        trusted: opts.jwks ? await readJwksFile(resolve(opts.root, opts.jwks)) : undefined,
      }
    : undefined;
  return { files, previous };
}

/**
 * Reads the specs, takes the snapshot, adds the ledger.
 * @throws InputError / PrometheusError / NoDataError: all exit 2.
 */
export async function runSloSnapshot(opts: SloSnapshotOptions): Promise<SloSnapshotResult> {
  if (!opts.files.length) throw new InputError(undefined, 'slo', 'at least one SLO spec file');
  const specs = opts.files.flatMap((f) => parseSloSpecs(f.text, f.name, { slothWindow: opts.slothWindow }));
  checkUniqueNames(specs);
  const client = new PrometheusClient(opts.prometheus);
  let snapshot = await takeSnapshot(specs, client, opts.at ?? new Date(), opts.thresholds ?? DEFAULT_THRESHOLDS);
  if (opts.previous)
    snapshot = addLedger(snapshot, readPrevious(opts.previous.text, opts.previous.source, opts.previous.trusted), opts.previous.source);
  const subjects = opts.files.map((f) => ({ name: f.name, digest: { sha256: sha256Hex(f.text) } }));
  return { snapshot, specs, statement: makeStatement(subjects, SLO_SNAPSHOT_PREDICATE, snapshot) };
}

/**
 * Reads a previous snapshot: a signed `.intoto.jsonl` snapshot (its signature checked against
 * `trusted` first, which is then required) or a JSON report as `--format json` prints it.
 * @throws InputError naming the file and field.
 */
export function readPrevious(text: string, source: string, trusted?: PublicKey[]): Pick<SloSnapshot, 'at' | 'slos'> {
  let value: unknown;
  const first = text.trimStart();
  if (first.startsWith('{') && first.includes('"payloadType"')) {
    if (!trusted?.length) throw new InputError(source, undefined, 'a JWKS to verify the previous signed snapshot (--jwks)');
    const env = parseJsonlEnvelope(text, source);
    if (env.payloadType !== INTOTO_PAYLOAD_TYPE)
      throw new InputError(source, 'payloadType', INTOTO_PAYLOAD_TYPE, { found: env.payloadType });
    const v = verifyEnvelope(env, trusted);
    if (v.signatures.some((s) => s.status === 'invalid') || !v.validKeys.length)
      throw new InputError(source, 'signatures', 'a valid signature by a key in the JWKS');
    value = parseStatement<SloSnapshot>(v.payload, source, SLO_SNAPSHOT_PREDICATE).predicate;
  } else {
    try {
      value = JSON.parse(text);
    } catch {
      throw new InputError(source, undefined, 'an SLO snapshot (JSON report or signed .intoto.jsonl)');
    }
  }
  const p = value as Partial<SloSnapshot>;
  if (!p || typeof p !== 'object' || typeof p.at !== 'string' || !Number.isFinite(Date.parse(p.at)))
    throw new InputError(source, 'at', 'an RFC 3339 time');
  if (!Array.isArray(p.slos)) throw new InputError(source, 'slos', 'an array of SLO results');
  p.slos.forEach((s, i) => {
    if (!s || typeof s.name !== 'string' || typeof s.budgetConsumed !== 'number')
      throw new InputError(source, `slos[${i}]`, '{name, budgetConsumed, ...}');
  });
  return { at: p.at, slos: p.slos };
}

/** Signs the snapshot statement; returns the `.intoto.jsonl` text (one envelope, newline). */
export function signSloSnapshot(statement: Statement<SloSnapshot>, keys: PrivateKey[]): string {
  return JSON.stringify(signStatement(statement, keys)) + '\n';
}

/** The JSON report (`--format json`, the action's report file). */
export function snapshotJson(s: SloSnapshot): string {
  return JSON.stringify(s, null, 2) + '\n';
}

const num = (v: number | null | undefined, digits = 4) => (v == null ? '-' : Number.isInteger(v) ? String(v) : v.toPrecision(digits));
const ICON: Record<string, string> = { ok: 'OK', warn: 'WARN', page: 'PAGE' };

/** Plain-text report for a terminal. */
export function snapshotText(s: SloSnapshot): string {
  const windows = s.slos[0] ? Object.keys(s.slos[0].burnRates) : [];
  const lines = [`SLO snapshot at ${s.at} from ${s.prometheus}: ${s.status.toUpperCase()}`];
  for (const slo of s.slos) {
    lines.push(
      `  ${ICON[slo.status].padEnd(4)} ${slo.name}: SLI ${num(slo.sli, 6)} (objective ${slo.objective} over ${slo.window}), budget consumed ${pct(slo.budgetConsumed)}, remaining ${pct(slo.budgetRemaining)}` +
        (slo.ledger
          ? ` (${slo.ledger.budgetConsumedDelta >= 0 ? '+' : ''}${pct(slo.ledger.budgetConsumedDelta)} since ${slo.ledger.previousAt})`
          : ''),
    );
    lines.push(`       burn rates: ${windows.map((w) => `${w} ${num(slo.burnRates[w], 3)}`).join(', ')}`);
    for (const a of slo.alerts) lines.push(`       ${a.severity}: ${a.message}`);
    for (const n of slo.notes) lines.push(`       note: ${n}`);
  }
  return lines.join('\n') + '\n';
}

/** Markdown for the job summary. */
export function snapshotMarkdown(s: SloSnapshot): string {
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
