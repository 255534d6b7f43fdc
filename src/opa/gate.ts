/**
 * The opa-sim gate: a fail-closed policy decision over each input, with its reasons.
 *
 * Two modes, both evaluated with the embedded Rego engine (src/rego):
 * - decision mode: one decision document (e.g. `data.mc.interop.decision`) per input, in the way
 *   a service asks OPA for a decision (OPA REST API `POST /v1/data/{path}`). The value must be a
 *   boolean or an object with a boolean `allow` (the seed's `simulateOPA` answer `{allow, reasons}`).
 * - conftest mode: the rules `deny`, `violation` and `warn` (and `deny_*`, `violation_*`, `warn_*`)
 *   of the given namespaces (default `main`), as conftest evaluates configuration files: any
 *   deny or violation message fails the input, warn messages are reported, and an `exception`
 *   rule excepts `deny_<name>` / `violation_<name>` rules by name.
 *
 * Fail closed: an undefined decision is a deny; an evaluation error (including builtin errors,
 * which the gate makes strict, as `opa eval --strict-builtin-errors`) is an error (exit 2); the
 * gate passes only when every input is allowed.
 */
import { randomUUID } from 'node:crypto';
import { McError, ExitCode, UsageError } from '../core/errors.js';
import { canonicalJson } from '../core/jcs.js';
import { sha256Hex } from '../core/digest.js';
import { evalRef, evaluate, RegoErrors, type Compiled, type RegoError } from '../rego/index.js';
import { compileCached } from './compile-cache.js';
import type { GateInput, InputSource, LoadedModule } from './load.js';

/** A policy set that does not compile: OPA-shaped errors (code, message, file:row:col). Exit 2. */
export class PolicyCompileError extends McError {
  readonly errors: RegoError[];
  constructor(errors: RegoError[]) {
    super(`policy does not compile:\n${errors.map(formatRegoError).join('\n')}`, ExitCode.Usage);
    this.errors = errors;
  }
}

/** `file:row:col: code: message`, as `opa` prints an error. */
export function formatRegoError(e: RegoError): string {
  const loc = e.location ? `${e.location.file}:${e.location.row}:${e.location.col}: ` : '';
  return `${loc}${e.code}: ${e.message}`;
}

/**
 * Compiles the policy modules: Rego v1, or v0 syntax with `regoVersion: 'v0'` (as OPA's `--v0-compatible`);
 * through the policy compile cache in `cacheDir` when given (src/opa/compile-cache.ts).
 * @throws PolicyCompileError carrying the engine's errors (rego_parse_error, rego_compile_error,
 *   rego_type_error, rego_unsafe_var_error, rego_recursion_error, ...).
 */
export function compilePolicies(modules: LoadedModule[], opts: { regoVersion?: 'v1' | 'v0'; cacheDir?: string } = {}): Compiled {
  try {
    return compileCached(
      modules.map((m) => ({ path: m.path, text: m.text })),
      { regoVersion: opts.regoVersion ?? 'v1' },
      opts.cacheDir,
    ).compiled;
  } catch (e) {
    if (e instanceof RegoErrors) throw new PolicyCompileError(e.errors);
    throw new PolicyCompileError([{ code: 'rego_compile_error', message: `internal error: ${(e as Error).message}` }]);
  }
}

/** How inputs are decided. */
export type GateMode =
  | {
      kind: 'decision';
      /** the decision document, e.g. `data.mc.interop.decision` */
      decision: string;
      /** where deny reasons come from when the decision value carries none; default `<package>.deny` */
      reasons?: string;
    }
  | {
      kind: 'conftest';
      /** Rego packages holding deny/violation/warn rules; default ["main"] */
      namespaces: string[];
      /** warnings fail the input too (conftest --fail-on-warn) */
      failOnWarn?: boolean;
    };

/** One reason for a decision: the message and the rule (document) that produced it. */
export interface Reason {
  /** the rule's document, e.g. `data.mc.isolation.deny` */
  rule: string;
  /** the message: a string reason as is, an object's `msg`, else its JSON */
  message: string;
  /** the reason as the policy produced it, when it is not a plain string */
  details?: unknown;
}

/** `allow`, `deny` (the decision said no), `undefined` (no decision: denied), `error` (evaluation failed). */
export type Outcome = 'allow' | 'deny' | 'undefined' | 'error';

/** The decision on one input, in the spirit of an OPA decision log event. */
export interface DecisionRecord {
  /** random UUID, as OPA's decision_id */
  decisionId: string;
  /** the decision path without `data.` in slash form (OPA decision log `path`), or the namespaces */
  path: string;
  source: InputSource;
  /** hex SHA-256 of the input's RFC 8785 canonical JSON (the input itself is not logged) */
  inputSha256: string;
  outcome: Outcome;
  /** true only for outcome `allow` */
  allowed: boolean;
  /** the decision value (decision mode) or the rule values by name (conftest mode) */
  result?: unknown;
  reasons: Reason[];
  warnings: Reason[];
  /** conftest mode: failures that an `exception` rule excepted (not counted) */
  excepted?: Reason[];
  /** the evaluation errors (outcome `error`) */
  errors?: RegoError[];
  /** RFC 3339 UTC time of the decision */
  timestamp: string;
}

/** Options for {@link decide}. */
export interface DecideOptions {
  mode: GateMode;
  /** base data documents (`data.`), plain JSON */
  data?: Record<string, unknown>;
  /** clock (tests) */
  now?: () => Date;
  /** decision id source (tests) */
  newId?: () => string;
}

const REF = /^data(\.[A-Za-z_][A-Za-z0-9_]*)+$/;
const PKG = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const CONFTEST_RULE = /^(deny|violation|warn)(_[A-Za-z0-9_]+)?$/;

/**
 * Checks the mode against the compiled policies before any input is decided.
 * @throws UsageError for a malformed decision reference or a namespace no module declares.
 */
export function checkMode(compiled: Compiled, mode: GateMode): void {
  if (mode.kind === 'decision') {
    if (!REF.test(mode.decision))
      throw new UsageError(`decision '${mode.decision}': expected a document reference such as data.mc.interop.decision`);
    if (mode.reasons !== undefined && !REF.test(mode.reasons))
      throw new UsageError(`reasons '${mode.reasons}': expected a document reference such as data.mc.interop.deny`);
    const pkgs = compiled.packages();
    const path = mode.decision.slice('data.'.length);
    if (!pkgs.some((p) => path === p || path.startsWith(p + '.') || p.startsWith(path + '.'))) {
      throw new UsageError(
        `decision '${mode.decision}': no policy module declares a package on this path (packages: ${pkgs.join(', ') || 'none'})`,
      );
    }
    return;
  }
  if (!mode.namespaces.length) throw new UsageError('conftest mode needs at least one namespace');
  const pkgs = new Set(compiled.packages());
  for (const ns of mode.namespaces) {
    if (!PKG.test(ns)) throw new UsageError(`namespace '${ns}': expected a package name such as main or mc.readiness`);
    if (!pkgs.has(ns))
      throw new UsageError(`namespace '${ns}': no policy module declares this package (packages: ${[...pkgs].join(', ') || 'none'})`);
  }
}

/** The default reasons document of a decision: `deny` in the decision's package. */
export function defaultReasonsRef(decision: string): string {
  return decision.slice(0, decision.lastIndexOf('.')) + '.deny';
}

/** OPA's decision-log path for a reference: `data.mc.isolation.allow` -> `mc/isolation/allow`. */
export function decisionPath(ref: string): string {
  return ref
    .replace(/^data\.?/, '')
    .split('.')
    .join('/');
}

/**
 * Turns one produced value (a deny set's element) into a reason. An object reason's message is
 * its `msg` (conftest's convention) or `message`; its `rule` field, when it names a document
 * (`data.mc.isolation.deny`), attributes it to that rule (a composed decision such as
 * `data.mc.interop.decision` passes on reasons produced by other packages' rules).
 */
export function toReason(rule: string, v: unknown): Reason {
  if (typeof v === 'string') return { rule, message: v };
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const msg = typeof o.msg === 'string' ? o.msg : typeof o.message === 'string' ? o.message : JSON.stringify(v);
    return { rule: typeof o.rule === 'string' && REF.test(o.rule) ? o.rule : rule, message: msg, details: v };
  }
  return { rule, message: JSON.stringify(v), details: v };
}

/** Reasons from a rule's value: each element of a set/array, one string, `true` for a boolean rule. */
export function reasonsOf(rule: string, value: unknown): Reason[] {
  if (value === undefined || value === null || value === false) return [];
  if (value === true) return [{ rule, message: `${rule} is true` }];
  if (Array.isArray(value)) return value.map((v) => toReason(rule, v));
  return [toReason(rule, value)];
}

function inputDigest(input: unknown, source: InputSource): string {
  try {
    return sha256Hex(canonicalJson(input));
  } catch {
    throw new UsageError(`${source.file}:${source.line}: the input is not representable as JSON (RFC 8785)`);
  }
}

function errorsOf(e: unknown): RegoError[] {
  if (e instanceof RegoErrors) return e.errors.length ? e.errors : [{ code: 'eval_internal_error', message: e.message }];
  return [{ code: 'eval_internal_error', message: (e as Error)?.message ?? String(e) }];
}

/**
 * Decides one input. Never throws for evaluation problems: they become outcome `error`
 * (fail closed). @throws UsageError only when the input is not JSON-representable.
 */
export function decideOne(compiled: Compiled, item: GateInput, opts: DecideOptions): DecisionRecord {
  const { mode } = opts;
  const evalOpts = { input: item.input, data: opts.data ?? {}, strictBuiltinErrors: true };
  const rec: DecisionRecord = {
    decisionId: (opts.newId ?? randomUUID)(),
    path: mode.kind === 'decision' ? decisionPath(mode.decision) : mode.namespaces.join(','),
    source: item.source,
    inputSha256: inputDigest(item.input, item.source),
    outcome: 'error',
    allowed: false,
    reasons: [],
    warnings: [],
    timestamp: (opts.now ?? (() => new Date()))().toISOString(),
  };
  try {
    if (mode.kind === 'decision') decideRef(compiled, mode, evalOpts, rec);
    else decideConftest(compiled, mode, evalOpts, rec);
  } catch (e) {
    rec.outcome = 'error';
    rec.allowed = false;
    rec.errors = errorsOf(e);
    rec.reasons = rec.errors.map((er) => ({
      rule: mode.kind === 'decision' ? mode.decision : `data.${mode.namespaces[0]}`,
      message: formatRegoError(er),
      details: er,
    }));
  }
  return rec;
}

/**
 * The value of a document, `false` included (as OPA's Data API answers `{"result": false}`):
 * evaluated as the query `<var> := <ref>` so that a false value is a binding, not a failed query.
 */
export function documentValue(compiled: Compiled, ref: string, evalOpts: object): { defined: boolean; value?: unknown } {
  const rows = evaluate(compiled, `${VALUE_VAR} := ${ref}`, evalOpts);
  if (!rows.length) return { defined: false };
  return { defined: true, value: rows[0].bindings[VALUE_VAR] };
}

const VALUE_VAR = '__mc_opa_sim_value';

function decideRef(compiled: Compiled, mode: Extract<GateMode, { kind: 'decision' }>, evalOpts: object, rec: DecisionRecord): void {
  const r = documentValue(compiled, mode.decision, evalOpts);
  if (!r.defined) {
    rec.outcome = 'undefined';
    rec.reasons = [{ rule: mode.decision, message: `the decision ${mode.decision} is undefined for this input (fail closed: denied)` }];
    return;
  }
  rec.result = r.value;
  let allowed: boolean;
  let carried: Reason[] | undefined;
  if (typeof r.value === 'boolean') {
    allowed = r.value;
  } else if (
    r.value &&
    typeof r.value === 'object' &&
    !Array.isArray(r.value) &&
    typeof (r.value as { allow?: unknown }).allow === 'boolean'
  ) {
    const v = r.value as { allow: boolean; reasons?: unknown; deny?: unknown };
    allowed = v.allow;
    const list = v.reasons ?? v.deny;
    if (list !== undefined) carried = reasonsOf(mode.decision, list);
  } else {
    rec.outcome = 'error';
    rec.errors = [
      {
        code: 'decision_type_error',
        message: `the decision ${mode.decision} must be a boolean or an object with a boolean "allow"; found ${JSON.stringify(r.value)?.slice(0, 200)}`,
      },
    ];
    rec.reasons = [{ rule: mode.decision, message: rec.errors[0].message }];
    return;
  }
  rec.allowed = allowed;
  rec.outcome = allowed ? 'allow' : 'deny';
  if (allowed) return;
  if (carried?.length) {
    rec.reasons = carried;
    return;
  }
  const ref = mode.reasons ?? defaultReasonsRef(mode.decision);
  const d = ref === mode.decision ? { defined: false } : evalRef(compiled, ref, evalOpts);
  rec.reasons = d.defined ? reasonsOf(ref, d.value) : [];
  if (!rec.reasons.length) rec.reasons = [{ rule: mode.decision, message: `the decision ${mode.decision} is false` }];
}

/**
 * The rule names excepted by a namespace's `exception` rule (conftest "Exceptions": a set of
 * arrays of names, `exception contains ["run_as_root"] if ...` excepts `deny_run_as_root` and
 * `violation_run_as_root`).
 */
function exceptedNames(pkg: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  const ex = pkg.exception;
  if (!Array.isArray(ex)) return out;
  for (const item of ex) for (const name of Array.isArray(item) ? item : [item]) if (typeof name === 'string') out.add(name);
  return out;
}

function decideConftest(compiled: Compiled, mode: Extract<GateMode, { kind: 'conftest' }>, evalOpts: object, rec: DecisionRecord): void {
  const result: Record<string, unknown> = {};
  for (const ns of mode.namespaces) {
    const r = evalRef(compiled, `data.${ns}`, evalOpts);
    if (!r.defined || !r.value || typeof r.value !== 'object' || Array.isArray(r.value)) continue;
    const pkg = r.value as Record<string, unknown>;
    const excepted = exceptedNames(pkg);
    for (const [name, value] of Object.entries(pkg).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const m = CONFTEST_RULE.exec(name);
      if (!m) continue;
      const rule = `data.${ns}.${name}`;
      result[rule] = value;
      const reasons = reasonsOf(rule, value);
      if (m[1] === 'warn') rec.warnings.push(...reasons);
      else if (m[2] && excepted.has(m[2].slice(1))) (rec.excepted ??= []).push(...reasons);
      else rec.reasons.push(...reasons);
    }
  }
  rec.result = result;
  const failing = rec.reasons.length > 0 || (mode.failOnWarn === true && rec.warnings.length > 0);
  rec.allowed = !failing;
  rec.outcome = failing ? 'deny' : 'allow';
}

/** The gate's report: what was evaluated, each decision, and the verdict. */
export interface GateReport {
  gate: 'opa-sim';
  mode: GateMode['kind'];
  /** decision mode: the decision reference */
  decision?: string;
  /** conftest mode: the namespaces */
  namespaces?: string[];
  policy: {
    modules: { path: string; sha256: string }[];
    packages: string[];
    /** hex SHA-256 of the RFC 8785 JSON of `modules` (identifies the policy set) */
    sha256: string;
  };
  /** hex SHA-256 of the RFC 8785 JSON of the base data */
  dataSha256: string;
  summary: { inputs: number; allowed: number; denied: number; undefined: number; errors: number; warnings: number };
  /** true only when every input is allowed and none errored */
  passed: boolean;
  /** 0 all allowed, 1 any denied or undefined, 2 any evaluation error */
  exitCode: ExitCode;
  decisions: DecisionRecord[];
}

/**
 * Runs the gate: checks the mode, then decides every input.
 * @throws UsageError for a bad mode or an empty input set (a vacuous pass is refused).
 */
export function runGate(compiled: Compiled, modules: LoadedModule[], inputs: GateInput[], opts: DecideOptions): GateReport {
  checkMode(compiled, opts.mode);
  if (!inputs.length) throw new UsageError('no inputs to decide on (give --input, --inputs or --config)');
  const decisions = inputs.map((it) => decideOne(compiled, it, opts));
  const count = (o: Outcome) => decisions.filter((d) => d.outcome === o).length;
  const summary = {
    inputs: decisions.length,
    allowed: count('allow'),
    denied: count('deny'),
    undefined: count('undefined'),
    errors: count('error'),
    warnings: decisions.reduce((n, d) => n + d.warnings.length, 0),
  };
  const exitCode = summary.errors ? ExitCode.Usage : summary.allowed === summary.inputs ? ExitCode.Pass : ExitCode.Fail;
  const mods = modules.map((m) => ({ path: m.path, sha256: m.sha256 }));
  return {
    gate: 'opa-sim',
    mode: opts.mode.kind,
    ...(opts.mode.kind === 'decision' ? { decision: opts.mode.decision } : { namespaces: opts.mode.namespaces }),
    policy: { modules: mods, packages: compiled.packages(), sha256: sha256Hex(canonicalJson(mods)) },
    dataSha256: sha256Hex(canonicalJson(opts.data ?? {})),
    summary,
    passed: exitCode === ExitCode.Pass,
    exitCode,
    decisions,
  };
}
