// Negation over calls whose operands are undefined, as OPA evaluates it.
//
// OPA's compiler binds the dynamic operands of every expression (references, calls, comprehensions,
// also inside array/object/set literals) to generated vars placed *before* the expression
// (v1/ast/compile.go: stage RewriteDynamicTerms, rewriteDynamics / rewriteDynamicsCallExpr /
// rewriteDynamicsInTerm; the query compiler runs the same stage). A negated call whose argument is
// undefined is therefore undefined, not true (OPA issue #1877). For `=` and for a bare term only the
// operands of a reference are hoisted, so `not input.x` and `not input.x = 1` stay true. Under
// `import future.keywords.not` the operands stay inside the negation (OPA's
// negation/test-not-body.yaml, in conformance/opa/v1-newer).
import { describe, expect, it } from 'vitest';
import { compile, evalRef, evaluate } from '../../src/rego/index.js';

const POLICY = `package t

f(a, b) if a == b
g(a) := a

call_builtin if not startswith(input.missing, "x")
call_nested if not count(input.missing) == 0
call_user if not f(input.a, input.b)
eq_op if not input.missing == "foo"
neq_op if not input.missing != "foo"
in_op if not "admin" in input.missing
lt_op if not input.missing < 3
composite_arg if not f([input.missing], [1])
ref_operand if not q[input.missing]
nested_user if not f(g(input.missing), 1)
arith if not input.missing + 1 == 2

unify_ref if not input.missing = "foo"
unify_array if not [input.missing] = ["foo"]
bare_ref if not input.missing
bare_rule if not undefined_rule
undefined_result if not f(input.a, "zz")

in_comprehension := [x | some x in [1, 2]; not startswith(input.missing, "x")]
in_every if every x in [1] { not startswith(input.missing, "x") }
in_head_comprehension := {k: 1 | some k in ["a"]; not startswith(input.missing, "x")}
with_defined if not startswith(input.y, "x") with input as {"y": "abc"}
with_undefined if not startswith(input.y, "x") with input as {}
with_value_undefined if not startswith("abc", "x") with input.y as input.missing
every_undefined_domain if every x in input.missing { x > 0 }
every_empty_domain if every x in [] { x > 0 }

q := {"k": true}
undefined_rule if false
`;

describe('not over calls with undefined operands (OPA: the expression is undefined)', () => {
  const c = compile([{ path: 't.rego', text: POLICY }]);
  const doc = evalRef(c, 'data.t', { input: { a: 'abc' } }).value as Record<string, unknown>;

  it.each([
    'call_builtin', // not startswith(input.missing, "x")
    'call_nested', // not count(input.missing) == 0
    'call_user', // not f(input.a, input.b) with input.b missing
    'eq_op',
    'neq_op',
    'in_op',
    'lt_op',
    'composite_arg',
    'ref_operand', // not q[input.missing]: the operand of the reference is hoisted
    'nested_user',
    'arith',
    'unify_array', // not [input.missing] = ["foo"]: members of a composite are hoisted
    'with_undefined',
    'with_value_undefined', // OPA rewriteWithModifiers binds a with value before the expression
    'every_undefined_domain', // rewriteDynamicsEveryExpr binds the domain first: undefined, not vacuously true
  ])('%s is undefined', (name) => {
    expect(doc).not.toHaveProperty(name);
  });

  it.each([
    'unify_ref', // not input.missing = "foo": the reference itself is not hoisted
    'bare_ref', // not input.missing
    'bare_rule',
    'undefined_result', // the call is defined-argument but undefined: not is true
    'with_defined',
    'every_empty_domain',
  ])('%s is true (negative controls)', (name) => {
    expect(doc[name]).toBe(true);
  });

  it('inside comprehensions, every and head comprehensions', () => {
    expect(doc.in_comprehension).toEqual([]);
    expect(doc.in_head_comprehension).toEqual({});
    expect(doc).not.toHaveProperty('in_every');
  });

  it('with every operand defined the negation is evaluated as before', () => {
    const d = evalRef(c, 'data.t', { input: { a: 'abc', b: 'abd', missing: 'zzz' } }).value as Record<string, unknown>;
    for (const k of ['call_builtin', 'call_user', 'eq_op', 'in_op', 'unify_ref']) expect(d[k], k).toBe(true);
    expect(d).not.toHaveProperty('neq_op');
    expect(evalRef(c, 'data.t.call_user', { input: { a: 'x', b: 'x' } })).toEqual({ defined: false });
  });

  it('an allow-form policy does not fail open', () => {
    const p = compile([
      { path: 'a.rego', text: 'package a\ndefault allow := false\ndenied(u) if u in {"mallory"}\nallow if not denied(input.user)\n' },
    ]);
    expect(evalRef(p, 'data.a.allow', { input: {} }).value).toBe(false);
    expect(evalRef(p, 'data.a.allow', { input: { user: 'alice' } }).value).toBe(true);
    expect(evalRef(p, 'data.a.allow', { input: { user: 'mallory' } }).value).toBe(false);
  });

  it('queries are rewritten too (OPA query compiler: RewriteDynamicTerms); generated expressions are not reported', () => {
    expect(evaluate(c, 'not startswith(input.missing, "x")', { input: {} })).toEqual([]);
    const rows = evaluate(c, 'not startswith(input.a, "x")', { input: { a: 'b' } });
    expect(rows).toHaveLength(1);
    expect(rows[0].expressions.map((e) => e.text)).toEqual(['not startswith(input.a, "x")']);
    expect(rows[0].bindings).toEqual({});
  });

  it('v0 policies behave the same', () => {
    const p = compile([{ path: 'v.rego', text: 'package v\np { not startswith(input.missing, "x") }\nq { not input.missing }\n' }], {
      regoVersion: 'v0',
    });
    expect(evalRef(p, 'data.v', { input: {} }).value).toEqual({ q: true });
  });

  it('import future.keywords.not keeps the operands inside the negation', () => {
    const text = 'package n\nimport future.keywords.not\np if not input.x + input.y == input.z\n';
    expect(evalRef(compile([{ path: 'n.rego', text }]), 'data.n.p', { input: {} }).value).toBe(true);
  });
  it('not { body } under import rego.v2: true only when the body has no solution', () => {
    const text = 'package n\nimport rego.v2\np if not { input.a; input.b }\nq if { x := 1; not { y := x + 1; y == 3 } }\n';
    const c = compile([{ path: 'n.rego', text }]);
    expect(evalRef(c, 'data.n', { input: { a: true, b: false } }).value).toEqual({ p: true, q: true });
    expect(evalRef(c, 'data.n', { input: { a: true, b: true } }).value).toEqual({ q: true });
  });
});
