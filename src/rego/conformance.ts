/**
 * Conformance runner over OPA's own YAML test cases (v1/test/cases/testdata/v1 in
 * github.com/open-policy-agent/opa), compared as OPA's runner (v1/topdown/exported_test.go)
 * does: result rows as a set, `sort_bindings`, `want_error_code`, `want_error` as a substring,
 * `strict_error` for strict builtin errors. Numbers are read without loss (`intAsBigInt`).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { Compiler } from './compiler.js';
import { Evaluator } from './eval.js';
import { BuiltinError, formatRegoError, RegoErrors } from './errors.js';
import { parseTermText } from './parser.js';
import { compare, fromJSONValue, stringifyJSON, toJSONValue, type Value } from './value.js';
import type { Term } from './ast.js';
import { getBuiltin, registerHarnessBuiltin } from './builtins/index.js';

// `test.sleep(duration)`: OPA's conformance runner defines it (a Go duration such as "10ms"; sleeps,
// returns null), so `time.now_ns` can be shown to stay fixed within one query.
if (!getBuiltin('test.sleep'))
  registerHarnessBuiltin('test.sleep', {
    arity: 1,
    fn: (a) => {
      const m = typeof a[0] === 'string' ? /^(\d+)(ns|us|µs|ms|s)$/.exec(a[0]) : null;
      if (!m) throw new BuiltinError(`test.sleep: invalid duration ${JSON.stringify(a[0])}`);
      const ms = Number(m[1]) * ({ ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000 } as Record<string, number>)[m[2]];
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(ms, 1000));
      return null;
    },
  });

export interface ConformanceCase {
  note: string;
  query: string;
  modules?: string[];
  data?: unknown;
  input?: unknown;
  input_term?: string;
  want_result?: Record<string, unknown>[];
  sort_bindings?: boolean;
  want_error_code?: string;
  want_error?: string;
  strict_error?: boolean;
}

export interface CaseOutcome {
  note: string;
  file: string;
  status: 'pass' | 'fail' | 'skip';
  reason?: string;
}

export interface DirReport {
  dir: string;
  priority: string;
  pass: number;
  fail: number;
  skip: number;
  cases: CaseOutcome[];
}

/**
 * Reads `<root>/groups.tsv` (header line, then `dir<TAB>priority<TAB>...` rows): dir -> priority (P0..P9).
 * @throws Error naming the file when it is missing, has no rows, or a row's priority is not P0..P9:
 *   without it the per-priority floors would silently lose their meaning.
 */
export function readGroups(root: string): Map<string, string> {
  const m = new Map<string, string>();
  const p = join(root, 'groups.tsv');
  if (!existsSync(p)) throw new Error(`${p}: missing: the conformance suite's priority groups (dir<TAB>priority per line) are required`);
  for (const [i, line] of readFileSync(p, 'utf8').split('\n').slice(1).entries()) {
    if (!line.trim()) continue;
    const [dir, prio] = line.split('\t');
    if (!/^P\d$/.test(prio ?? ''))
      throw new Error(`${p}: line ${i + 2}: expected a priority P0..P9 in the second column, found ${JSON.stringify(prio ?? '')}`);
    m.set(dir, prio);
  }
  if (!m.size) throw new Error(`${p}: expected at least one dir<TAB>priority row`);
  return m;
}

/** Canonical text of a JSON-ish value (object keys sorted), for set comparison of rows. */
function canon(v: unknown): string {
  const norm = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(norm);
    if (x && typeof x === 'object') {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(x).sort()) o[k] = norm((x as Record<string, unknown>)[k]);
      return o;
    }
    if (typeof x === 'number' && Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
    return x;
  };
  return stringifyJSON(norm(v));
}

function sortRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (Array.isArray(v)) {
      const vals = v.map((x) => fromJSONValue(x));
      vals.sort(compare);
      out[k] = vals.map((x) => toJSONValue(x, true));
    } else out[k] = v;
  }
  return out;
}

function constTerm(t: Term): Value {
  const ev = new Evaluator(new Compiler().compileModules([]), {});
  let out: Value | undefined;
  ev.evalTerm(t, { env: new Map(), ctx: ev.newCtx() } as never, (v) => ((out = v), true));
  if (out === undefined) throw new Error('input_term is not a constant');
  return out;
}

/** Runs one case. */
export function runCase(c: ConformanceCase, file: string, opts: { v0?: boolean } = {}): CaseOutcome {
  const base = { note: c.note, file };
  const wantsError = c.want_error_code !== undefined || c.want_error !== undefined;
  try {
    const modules = (c.modules ?? []).map((text, i) => ({ path: `test-${i}.rego`, text }));
    const compiled = new Compiler().compileModules(modules, opts);
    let input: unknown = c.input;
    if (c.input_term !== undefined) input = constTerm(parseTermText(c.input_term));
    const ev = new Evaluator(compiled, { data: c.data ?? {}, input, strictBuiltinErrors: !!c.strict_error, printHook: () => {} });
    const rows = ev.query(c.query, true, false);
    if (wantsError)
      return {
        ...base,
        status: 'fail',
        reason: `expected error ${c.want_error_code ?? ''} ${c.want_error ?? ''}, got ${rows.length} row(s)`,
      };
    let got = rows.map((r) => r.bindings);
    let want = c.want_result ?? [];
    if (c.sort_bindings) {
      got = got.map(sortRow);
      want = want.map(sortRow);
    }
    const gs = new Set(got.map(canon));
    const ws = new Set(want.map(canon));
    const same = gs.size === ws.size && [...ws].every((w) => gs.has(w));
    if (same) return { ...base, status: 'pass' };
    return {
      ...base,
      status: 'fail',
      reason: `result mismatch: want ${[...ws].join(' ').slice(0, 300)} got ${[...gs].join(' ').slice(0, 300)}`,
    };
  } catch (e) {
    if (!(e instanceof RegoErrors)) return { ...base, status: 'fail', reason: `crash: ${(e as Error).message}` };
    const texts = e.errors.map(formatRegoError);
    if (!wantsError) return { ...base, status: 'fail', reason: `unexpected error: ${texts.join('; ').slice(0, 300)}` };
    const ok = e.errors.some(
      (x) =>
        (c.want_error_code === undefined || x.code === c.want_error_code) &&
        (c.want_error === undefined || formatRegoError(x).includes(c.want_error) || x.message.includes(c.want_error)),
    );
    if (ok) return { ...base, status: 'pass' };
    return {
      ...base,
      status: 'fail',
      reason: `error mismatch: want ${c.want_error_code ?? ''} '${c.want_error ?? ''}', got ${texts.join('; ').slice(0, 300)}`,
    };
  }
}

/**
 * Runs every case of the given directories (all of the suite's directories when `dirs` is empty).
 * @throws Error when `<root>/groups.tsv` or `<root>/<suite>` is missing, when a requested directory
 *   does not exist, or when the chosen directories hold no case: a missing suite never passes as empty.
 */
export function runConformance(root: string, dirs: string[] = [], suite = 'v1'): DirReport[] {
  const groups = readGroups(root);
  const suiteDir = join(root, suite);
  if (!existsSync(suiteDir))
    throw new Error(`${suiteDir}: missing: expected the OPA conformance cases (one directory per group of YAML files)`);
  const all = readdirSync(suiteDir).sort();
  const unknown = dirs.filter((d) => !all.includes(d));
  if (unknown.length) throw new Error(`${suiteDir}: no such conformance directories: ${unknown.join(', ')}`);
  const chosen = dirs.length ? all.filter((d) => dirs.includes(d)) : all;
  const reports: DirReport[] = [];
  for (const dir of chosen) {
    const rep: DirReport = { dir, priority: groups.get(dir) ?? '?', pass: 0, fail: 0, skip: 0, cases: [] };
    for (const f of readdirSync(join(root, suite, dir)).sort()) {
      if (!/\.ya?ml$/.test(f)) continue;
      const text = readFileSync(join(root, suite, dir, f), 'utf8');
      const doc = YAML.parse(text, { intAsBigInt: true }) as { cases?: ConformanceCase[] };
      for (const c of doc.cases ?? []) {
        const out = runCase(normaliseBig(c) as ConformanceCase, `${suite}/${dir}/${f}`, { v0: suite === 'v0' });
        rep.cases.push(out);
        rep[out.status]++;
      }
    }
    reports.push(rep);
  }
  if (!reports.some((r) => r.cases.length))
    throw new Error(`${suiteDir}: no conformance case found in ${chosen.length ? chosen.join(', ') : '(no directory)'}`);
  return reports;
}

/** YAML intAsBigInt gives bigint for every integer: make small ones numbers again. */
function normaliseBig(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v;
  if (Array.isArray(v)) return v.map(normaliseBig);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = normaliseBig(x);
    return o;
  }
  return v;
}
