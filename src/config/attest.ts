/**
 * config-attest: snapshot a set of config files into a signed baseline, and verify a set against
 * a signed baseline (semantic drift). Pure core: no @actions/* imports; the CLI and the action
 * call these functions.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sha256Hex } from '../core/digest.js';
import { ExitCode, InputError } from '../core/errors.js';
import { expandPaths, resolveInside } from '../core/fsx.js';
import type { PrivateKey, PublicKey } from '../core/ed25519.js';
import { diffValues, segments, type Change } from './diff.js';
import { effectiveRules, ignoredBy, ruleLabel, type IgnoreConfig, type IgnoreRule } from './ignore.js';
import { DEFAULT_LIMITS, lineOf, parseConfigText, type ParsedDocument, type ParseLimits } from './parse.js';
import { assignIds, toResources, type K8sIdentity, type Resource } from './resource.js';
import {
  buildSnapshotStatement,
  loadBaseline,
  signSnapshot,
  type Approval,
  type ConfigSnapshotPredicate,
  type SnapshotFile,
  type SnapshotResource,
} from './snapshot.js';
import type { Statement } from '../core/statement.js';

/** A loaded config set: files, parsed documents, resources. */
export interface ConfigSet {
  files: SnapshotFile[];
  resources: Resource[];
  /** parsed documents with positions by `file#index` (files parsed with positions whose resources may have changed) */
  docs: Map<string, ParsedDocument>;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Where and how to read config files. */
export interface LoadOptions {
  /** directory paths and globs are relative to; files never leave it */
  root: string;
  limits?: ParseLimits;
  /**
   * files (path → sha256) whose resources are known from a verified baseline: when the current
   * bytes have the same digest they are not parsed again, their resources are the baseline's.
   */
  known?: Map<string, { sha256: string; resources: Resource[] }>;
  /** keep source positions for annotations (default true) */
  positions?: boolean;
  /** absolute paths never read as configs (the snapshot being written, the baseline) */
  excludeFiles?: string[];
}

/**
 * Expands paths and globs under `root`, reads and parses every file.
 * @throws InputError when nothing matches or a file is unusable (see parseConfigText).
 */
export async function loadConfigSet(patterns: string[], opts: LoadOptions): Promise<ConfigSet> {
  if (patterns.length === 0) throw new InputError(undefined, 'paths', 'at least one config file path or glob');
  const skip = new Set((opts.excludeFiles ?? []).map((p) => resolve(p)));
  const paths = (await expandPaths(patterns, { root: opts.root })).filter((rel) => !skip.has(resolve(opts.root, rel)));
  if (paths.length === 0) throw new InputError(undefined, 'paths', 'globs that match at least one file', { found: patterns.join(' ') });
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const files: SnapshotFile[] = [];
  const docs = new Map<string, ParsedDocument>();
  const resources: Resource[] = [];
  // files are read a few ahead of the one being parsed: reading overlaps parsing, and each file's
  // bytes are there when it is its turn (one wake-up of the event loop per file costs milliseconds on
  // a loaded runner); at most READ_AHEAD files (each within maxFileBytes) are held at once
  const reads: Promise<() => Buffer>[] = [];
  const readAt = (i: number): void => {
    if (i < paths.length) reads[i] = readBounded(opts.root, paths[i], limits.maxFileBytes);
  };
  for (let i = 0; i < READ_AHEAD; i++) readAt(i);
  for (const [i, rel] of paths.entries()) {
    const bytes = (await reads[i])();
    delete reads[i];
    readAt(i + READ_AHEAD);
    const sha256 = sha256Hex(bytes);
    const known = opts.known?.get(rel);
    if (known && known.sha256 === sha256) {
      files.push({ path: rel, sha256, size: bytes.length, documents: known.resources.length });
      resources.push(...known.resources.map((r) => ({ ...r })));
      continue;
    }
    let text: string;
    try {
      text = UTF8.decode(bytes);
    } catch {
      throw new InputError(rel, undefined, 'UTF-8 text');
    }
    // one read without positions (the fast reader where the file is plain, else the `yaml` library)
    const ds = parseConfigText(text, rel, limits, { positions: false });
    const rs = toResources(ds);
    // positions are recovered only where they can be needed, by reading the file again with the `yaml`
    // library: a file whose every resource equals a baseline resource of the same file is formatting
    // only (keeps time and memory flat on large reformatted sets)
    const baseDigests = new Set(known?.resources.map((r) => r.sha256));
    if (opts.positions !== false && (!known || !rs.every((r) => baseDigests.has(r.sha256))))
      for (const d of parseConfigText(text, rel, limits, { positions: true })) docs.set(`${d.file}#${d.index}`, d);
    resources.push(...rs);
    files.push({ path: rel, sha256, size: bytes.length, documents: ds.length });
  }
  assignIds(resources);
  return { files, resources, docs };
}

/** Files read ahead of the one being parsed (see loadConfigSet). */
const READ_AHEAD = 8;

/**
 * Reads one file of the set, refusing one over `maxFileBytes` before reading it.
 * @returns a function giving the bytes or throwing the InputError (so a read ahead never rejects unobserved)
 */
async function readBounded(root: string, rel: string, maxFileBytes: number): Promise<() => Buffer> {
  try {
    const { abs } = resolveInside(root, rel);
    const st = await stat(abs);
    if (st.size > maxFileBytes) {
      throw new InputError(rel, undefined, `a config file of at most ${maxFileBytes} bytes (oversized documents are refused)`, {
        found: `${st.size} bytes`,
      });
    }
    const bytes = await readFile(abs);
    return () => bytes;
  } catch (e) {
    return () => {
      throw e;
    };
  }
}

/** Options of `snapshot`. */
export interface SnapshotOptions extends LoadOptions {
  environment: string;
  commit?: string;
  ignore?: IgnoreConfig;
  key: PrivateKey;
  approval?: Approval;
}

/** A signed snapshot. */
export interface SnapshotResult {
  /** `.intoto.jsonl` text: one DSSE envelope and a newline */
  text: string;
  statement: Statement<ConfigSnapshotPredicate>;
}

/** Loads the config set and signs its snapshot. @throws InputError on unusable input. */
export async function snapshot(patterns: string[], opts: SnapshotOptions): Promise<SnapshotResult> {
  if (!opts.environment) throw new InputError(undefined, 'env', 'an environment name');
  const set = await loadConfigSet(patterns, { ...opts, positions: false });
  return signSet(set, opts);
}

function signSet(set: ConfigSet, opts: SnapshotOptions): SnapshotResult {
  const statement = buildSnapshotStatement({
    environment: opts.environment,
    commit: opts.commit ?? '',
    ignore: opts.ignore ?? { defaults: true, rules: [] },
    files: set.files,
    resources: set.resources,
    approval: opts.approval,
  });
  return { text: signSnapshot(statement, opts.key), statement };
}

/** A change in a report: the diff change plus its line and whether a rule ignores it. */
export interface ReportedChange {
  op: Change['op'];
  path: string;
  pointer: string;
  baselinePointer?: string;
  baseline?: unknown;
  current?: unknown;
  typeChange?: Change['typeChange'];
  /** 1-based line in the current file (the baseline's position for a removed resource is not known) */
  line?: number;
  /** label of the ignore rule that matched */
  ignoredBy?: string;
}

/** Per-resource drift. */
export interface ResourceReport {
  id: string;
  k8s?: K8sIdentity;
  /** file in the current set (the baseline's for a removed resource) */
  file: string;
  /** line of the document start in `file` */
  line?: number;
  status: 'unchanged' | 'changed' | 'ignored-only' | 'added' | 'removed';
  notes?: string[];
  changes: ReportedChange[];
}

/** Result of a verification. */
export interface DriftReport {
  schema: 'https://mc-actions.dev/config-drift-report/v1';
  /**
   * `no-drift`: equal; `formatting-only`: file bytes differ, meaning does not (passes);
   * `drift`: counted changes; `drift-approved`: counted changes approved by the explicit switch (passes).
   */
  status: 'no-drift' | 'formatting-only' | 'drift' | 'drift-approved';
  title: 'NO DRIFT' | 'FORMATTING ONLY' | 'DRIFT' | 'DRIFT APPROVED';
  exitCode: ExitCode;
  environment: string;
  baseline: { file: string; sha256: string; keyids: string[]; commit: string; createdAt: string };
  approval?: { actor: string; run: string };
  counts: { resources: number; changed: number; added: number; removed: number; changes: number; ignored: number };
  /** files whose bytes changed but whose resources did not, not even by ignored changes (formatting, comments, order) */
  formattingOnly: string[];
  files: { path: string; status: 'unchanged' | 'changed' | 'added' | 'removed' }[];
  /** rules in force: from the baseline, then any added at verify time */
  ignoreRules: { label: string; fromBaseline: boolean }[];
  /** resources with something to show (unchanged ones are left out) */
  resources: ResourceReport[];
}

/** Options of `verify`. */
export interface VerifyOptions extends LoadOptions {
  /** the baseline `.intoto.jsonl` text and its name */
  baselineText: string;
  baselineFile: string;
  trusted: PublicKey[];
  /** extra ignore rules given at verify time (the baseline's rules always apply) */
  extraRules?: IgnoreRule[];
  /** the approval switch (the action's `change-approved` input, the CLI's `--change-approved`): drift passes as DRIFT APPROVED */
  approved?: { actor: string; run: string };
  /**
   * The environment this set is deployed to: the baseline's signed `predicate.environment` must be
   * exactly this (a staging baseline signed by the same key never verifies production). Required.
   */
  environment: string;
  /** the baseline's signed `createdAt` may be at most this many seconds old (and not in the future) */
  maxAgeSeconds?: number;
  /** the baseline's signed `commit` must be exactly this */
  baselineCommit?: string;
  /** the time freshness is measured at (default now) */
  now?: Date;
}

/** Clock skew allowed for a baseline's `createdAt` in the future, in seconds. */
const FUTURE_SKEW_SECONDS = 300;

/**
 * Pins what a verified baseline is for: its signed environment, and optionally its freshness and commit.
 * @throws InputError (exit 2) naming the baseline file and the predicate field that does not match
 */
export function checkBaselineFor(
  pred: ConfigSnapshotPredicate,
  source: string,
  opts: Pick<VerifyOptions, 'environment' | 'maxAgeSeconds' | 'baselineCommit' | 'now'>,
): void {
  if (!opts.environment) throw new InputError(undefined, 'env', 'the environment being verified (the baseline must be signed for it)');
  if (pred.environment !== opts.environment) {
    throw new InputError(
      source,
      'predicate.environment',
      `a baseline signed for environment '${opts.environment}' (a baseline of another environment is refused)`,
      { found: `'${String(pred.environment)}'` },
    );
  }
  if (opts.baselineCommit !== undefined && pred.commit !== opts.baselineCommit) {
    throw new InputError(source, 'predicate.commit', `the baseline of commit '${opts.baselineCommit}'`, {
      found: `'${String(pred.commit)}'`,
    });
  }
  if (opts.maxAgeSeconds !== undefined) {
    const now = (opts.now ?? new Date()).getTime() / 1000;
    const at = Date.parse(pred.createdAt) / 1000;
    if (at > now + FUTURE_SKEW_SECONDS)
      throw new InputError(source, 'predicate.createdAt', 'a baseline made in the past', { found: pred.createdAt });
    if (now - at > opts.maxAgeSeconds) {
      throw new InputError(source, 'predicate.createdAt', `a baseline at most ${formatAge(opts.maxAgeSeconds)} old (take a new snapshot)`, {
        found: `${pred.createdAt}, ${formatAge(Math.floor(now - at))} old`,
      });
    }
  }
}

/**
 * Parses a maximum age: `90d`, `12h`, `30m`, `45s`, or a number of seconds.
 * @returns seconds; @throws InputError on anything else
 */
export function parseMaxAge(text: string, field: string): number {
  const m = /^(\d{1,9})([smhd]?)$/.exec(text.trim());
  if (!m) throw new InputError(undefined, field, 'a maximum age such as 90d, 12h, 30m or a number of seconds', { found: `'${text}'` });
  return Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
}

function formatAge(sec: number): string {
  if (sec % 86400 === 0) return `${sec / 86400}d`;
  if (sec >= 86400) return `${(sec / 86400).toFixed(1)}d`;
  if (sec % 3600 === 0) return `${sec / 3600}h`;
  return `${sec}s`;
}

/**
 * Verifies the current config set against a signed baseline.
 * @returns the report (exit code inside: 0 no drift / formatting only / approved, 1 drift)
 * @throws InputError (exit 2) on a bad or missing baseline signature or unusable input.
 */
export async function verify(
  patterns: string[],
  opts: VerifyOptions,
): Promise<{ report: DriftReport; set: ConfigSet; ignore: IgnoreConfig }> {
  const base = loadBaseline(opts.baselineText, opts.baselineFile, opts.trusted);
  const pred = base.statement.predicate;
  checkBaselineFor(pred, opts.baselineFile, opts);
  const baseRes = pred.resources.map(fromSnapshot);
  const byFile = new Map<string, Resource[]>();
  for (const r of baseRes) {
    const list = byFile.get(r.file);
    if (list) list.push(r);
    else byFile.set(r.file, [r]);
  }
  const known = new Map(pred.files.map((f) => [f.path, { sha256: f.sha256, resources: byFile.get(f.path) ?? [] }]));
  const set = await loadConfigSet(patterns, { ...opts, known });

  const baseRules = effectiveRules(pred.ignore);
  const rules = [...baseRules, ...(opts.extraRules ?? [])];
  const labels = new Map(rules.map((r, i) => [r, ruleLabel(r, i)]));
  const baseById = new Map(baseRes.map((r) => [r.id, r]));
  const curById = new Map(set.resources.map((r) => [r.id, r]));
  const resources: ResourceReport[] = [];
  const counts = { resources: set.resources.length, changed: 0, added: 0, removed: 0, changes: 0, ignored: 0 };

  for (const cur of set.resources) {
    const doc = set.docs.get(`${cur.file}#${cur.document}`);
    const b = baseById.get(cur.id);
    const entry: ResourceReport = { id: cur.id, file: cur.file, status: 'unchanged', changes: [] };
    if (cur.k8s) entry.k8s = cur.k8s;
    if (cur.notes) entry.notes = cur.notes;
    if (doc) entry.line = lineOf(doc, []);
    if (!b) {
      entry.status = 'added';
      counts.added++;
      counts.changes++;
      resources.push(entry);
      continue;
    }
    if (b.sha256 === cur.sha256) continue;
    const kind = cur.k8s?.kind;
    for (const c of diffValues(b.object, cur.object, { kind })) {
      const rc: ReportedChange = { op: c.op, path: c.path, pointer: c.pointer };
      if (c.baselinePointer !== undefined) rc.baselinePointer = c.baselinePointer;
      if (c.op !== '+') rc.baseline = c.baseline;
      if (c.op !== '-') rc.current = c.current;
      if (c.typeChange) rc.typeChange = c.typeChange;
      if (doc) rc.line = lineOf(doc, segments(c.steps, 'current'));
      const rule = ignoredBy(rules, cur, c);
      if (rule) rc.ignoredBy = labels.get(rule);
      entry.changes.push(rc);
    }
    const counted = entry.changes.filter((c) => !c.ignoredBy).length;
    counts.changes += counted;
    counts.ignored += entry.changes.length - counted;
    entry.status = counted ? 'changed' : entry.changes.length ? 'ignored-only' : 'unchanged';
    if (counted) counts.changed++;
    if (entry.changes.length) resources.push(entry);
  }
  for (const b of baseRes) {
    if (curById.has(b.id)) continue;
    const entry: ResourceReport = { id: b.id, file: b.file, status: 'removed', changes: [] };
    if (b.k8s) entry.k8s = b.k8s;
    resources.push(entry);
    counts.removed++;
    counts.changes++;
  }

  const baseFiles = new Map(pred.files.map((f) => [f.path, f.sha256]));
  const curFiles = new Map(set.files.map((f) => [f.path, f.sha256]));
  const files: DriftReport['files'] = [
    ...set.files.map((f) => ({
      path: f.path,
      status: !baseFiles.has(f.path)
        ? ('added' as const)
        : baseFiles.get(f.path) === f.sha256
          ? ('unchanged' as const)
          : ('changed' as const),
    })),
    ...pred.files.filter((f) => !curFiles.has(f.path)).map((f) => ({ path: f.path, status: 'removed' as const })),
  ];
  // a file with any change (ignored ones too) is not "formatting only"
  const touched = new Set(resources.map((r) => r.file));
  const formattingOnly = files.filter((f) => f.status === 'changed' && !touched.has(f.path)).map((f) => f.path);

  const drift = counts.changes > 0;
  const status: DriftReport['status'] = drift
    ? opts.approved
      ? 'drift-approved'
      : 'drift'
    : formattingOnly.length
      ? 'formatting-only'
      : 'no-drift';
  const titles = {
    'no-drift': 'NO DRIFT',
    'formatting-only': 'FORMATTING ONLY',
    drift: 'DRIFT',
    'drift-approved': 'DRIFT APPROVED',
  } as const;
  const report: DriftReport = {
    schema: 'https://mc-actions.dev/config-drift-report/v1',
    status,
    title: titles[status],
    exitCode: status === 'drift' ? ExitCode.Fail : ExitCode.Pass,
    environment: pred.environment,
    baseline: { file: opts.baselineFile, sha256: base.sha256, keyids: base.keyids, commit: pred.commit, createdAt: pred.createdAt },
    counts,
    formattingOnly,
    files,
    ignoreRules: rules.map((r, i) => ({ label: labels.get(r) ?? String(i), fromBaseline: i < baseRules.length })),
    resources,
  };
  if (drift && opts.approved) report.approval = opts.approved;
  // the rules a follow-up snapshot keeps: the baseline's, plus those added now
  return { report, set, ignore: { defaults: pred.ignore.defaults, rules: [...pred.ignore.rules, ...(opts.extraRules ?? [])] } };
}

/** Signs a new snapshot of a verified set, recording the approval (after DRIFT APPROVED). */
export function snapshotApproved(
  set: ConfigSet,
  report: DriftReport,
  opts: Omit<SnapshotOptions, 'root' | 'approval'> & { ignore: IgnoreConfig },
): SnapshotResult {
  if (!report.approval) throw new InputError(undefined, 'change-approved', 'an approved drift before writing an approved snapshot');
  const approval: Approval = {
    ...report.approval,
    baselineSha256: report.baseline.sha256,
    changes: report.counts.changes,
    approvedAt: new Date().toISOString(),
  };
  return signSet(set, { ...opts, root: '', approval });
}

/** The approving actor and run from the environment (GitHub Actions variables, else the local user). */
export function approvalContext(env: NodeJS.ProcessEnv): { actor: string; run: string } {
  const actor = env.GITHUB_ACTOR || env.USER || 'unknown';
  const run =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : 'local';
  return { actor, run };
}

function fromSnapshot(r: SnapshotResource): Resource {
  const out: Resource = { id: r.id, file: r.file, document: r.document, object: r.object, sha256: r.sha256 };
  if (r.k8s) out.k8s = r.k8s;
  if (r.notes) out.notes = r.notes;
  return out;
}
