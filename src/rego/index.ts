/**
 * The Rego engine's public API (agreed with the opa-sim gate).
 *
 * A Rego v1 evaluator following the Open Policy Agent language reference
 * (https://www.openpolicyagent.org/docs/policy-language) and OPA's topdown semantics:
 * lexer -> parser -> AST -> compiler checks (safety/reordering, recursion, undefined functions,
 * arity) -> top-down evaluator with backtracking.
 *
 * Values crossing this API (`input`, `data`, results) are plain JSON; inside the engine sets,
 * objects with non-string keys and exact numbers have their own representation
 * (see {@link toJSON} / {@link fromJSON}).
 */
import { Compiler, type CompiledPolicy } from './compiler.js';
import { Evaluator } from './eval.js';
import { RegoErrors, type RegoError, type RegoLocation } from './errors.js';
import { fromJSONValue, toJSONValue } from './value.js';
import { runRegoTests } from './testing.js';
import type { Compiled, CompileOptions, EvalOptions, QueryResult, RegoModuleSource, RegoTestResult } from './types.js';

export { RegoErrors };
export type { RegoError, RegoLocation };
export type { Compiled, CompileOptions, EvalOptions, QueryResult, RegoModuleSource, RegoTestResult } from './types.js';

/**
 * Parses and compiles modules together (as `opa eval -d` does).
 * @throws RegoErrors with `rego_parse_error`, `rego_compile_error`, `rego_type_error`,
 *   `rego_unsafe_var_error` or `rego_recursion_error` entries (each with file:row:col).
 */
export function compile(modules: RegoModuleSource[], opts: CompileOptions = {}): Compiled {
  return guard('rego_compile_error', () => new Compiler().compileModules(modules, { v0: opts.regoVersion === 'v0' }));
}

/**
 * Any unexpected failure inside the engine (a bug, or the JS stack exhausted by a pathological
 * policy) surfaces as a RegoErrors too, so callers fail closed on one error type.
 */
function guard<T>(code: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RegoErrors) throw e;
    const msg =
      e instanceof RangeError ? `policy or data too deeply nested: ${e.message}` : `internal error: ${(e as Error)?.message ?? String(e)}`;
    throw new RegoErrors([{ code: code === 'rego_compile_error' ? 'rego_compile_error' : 'eval_internal_error', message: msg }]);
  }
}

/**
 * Evaluates a query (a Rego body, e.g. `data.mc.allow == true` or `x := data.p[_]`).
 * @returns the result rows; `[]` when the query is undefined.
 * @throws RegoErrors for compile errors in the query and for evaluation errors
 *   (`eval_conflict_error`, `eval_type_error`, `eval_builtin_error` in strict mode, ...).
 */
export function evaluate(compiled: Compiled, query: string, opts: EvalOptions = {}): QueryResult[] {
  return guard('eval_internal_error', () => new Evaluator(compiled as CompiledPolicy, opts).query(query));
}

/** The query text per reference, kept so repeated decisions look up the compiled query by one string. */
const refQueries = new Map<string, string>();

/**
 * Evaluates one document reference, e.g. `"data.mc.isolation.deny"`.
 * @returns `{ defined: false }` when undefined, else `{ defined: true, value }` (plain JSON).
 * @throws RegoErrors like {@link evaluate}.
 */
export function evalRef(compiled: Compiled, ref: string, opts: EvalOptions = {}): { defined: boolean; value?: unknown } {
  // bind the reference rather than evaluating it as an expression: as an expression, a document
  // whose value is `false` would fail the query and read as undefined (OPA's Data API answers false)
  let q = refQueries.get(ref);
  if (q === undefined) {
    q = `mc_evalref_value := ${ref}`;
    if (refQueries.size > 500) refQueries.clear();
    refQueries.set(ref, q);
  }
  const text = q;
  // a ground `data.a.b.c` reference the query path has already compiled and answered once: evaluate
  // the document directly (the same rule tree walk, without the query's rows and bindings)
  const policy = compiled as CompiledPolicy;
  let known = groundRefs.get(policy);
  const path = known?.get(ref);
  if (path) {
    const v = guard('eval_internal_error', () => new Evaluator(policy, opts).evalPathValue(path));
    return v === undefined ? { defined: false } : { defined: true, value: toJSONValue(v) };
  }
  const rows = guard('eval_internal_error', () => new Evaluator(policy, opts).query(text));
  if (GROUND_DATA_REF.test(ref)) {
    if (!known) groundRefs.set(policy, (known = new Map()));
    if (known.size > 500) known.clear();
    known.set(ref, ref.split('.').slice(1));
  }
  if (rows.length === 0) return { defined: false };
  return { defined: true, value: rows[0].bindings.mc_evalref_value };
}

/** `data` followed by plain names (no brackets, no quotes): a ground document reference. */
const GROUND_DATA_REF = /^data(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/** Per policy, the ground `data.` references {@link evalRef} has compiled and evaluated once, as paths. */
const groundRefs = new WeakMap<CompiledPolicy, Map<string, string[]>>();

/**
 * Runs every rule whose name starts with `test_` (like `opa test`): a test passes when its
 * value is defined and not `false`; it fails otherwise; it errors when evaluation raises.
 */
export function runTests(compiled: Compiled, opts: { data?: unknown; filter?: RegExp } = {}): RegoTestResult[] {
  return guard('eval_internal_error', () => runRegoTests(compiled as CompiledPolicy, opts));
}

/** Engine values -> plain JSON (sets -> sorted arrays, exact numbers -> JSON numbers as OPA prints them). */
export function toJSON(value: unknown): unknown {
  return toJSONValue(value as never);
}

/** Plain JSON (bigint allowed for exact integers) -> engine values. */
export function fromJSON(value: unknown): unknown {
  return fromJSONValue(value);
}
