// The public API the opa-sim gate codes against, and semantics the gate relies on.
import { describe, expect, it } from 'vitest';
import { compile, evaluate, evalRef, fromJSON, RegoErrors, runTests, toJSON } from '../../src/rego/index.js';

const POLICY = `package mc.isolation

import rego.v1

default allow := false

allow if {
  count(deny) == 0
}

deny contains msg if {
  some r in input.resources
  r.tenant != input.tenant
  msg := sprintf("cross-tenant access: %s reads %s of tenant %s", [input.tenant, r.id, r.tenant])
}

by_tenant[t] := ids if {
  some t in {r.tenant | some r in input.resources}
  ids := sort([r.id | some r in input.resources; r.tenant == t])
}
`;

describe('rego API', () => {
  const c = compile([{ path: 'isolation.rego', text: POLICY }]);
  const input = {
    tenant: 'a',
    resources: [
      { id: 'r1', tenant: 'a' },
      { id: 'r2', tenant: 'b' },
    ],
  };

  it('packages()', () => {
    expect(c.packages()).toEqual(['mc.isolation']);
  });
  it('evalRef: partial set, default, partial object', () => {
    expect(evalRef(c, 'data.mc.isolation.deny', { input })).toEqual({
      defined: true,
      value: ['cross-tenant access: a reads r2 of tenant b'],
    });
    expect(evalRef(c, 'data.mc.isolation.allow', { input })).toEqual({ defined: true, value: false });
    expect(evalRef(c, 'data.mc.isolation.allow', { input: { tenant: 'a', resources: [] } })).toEqual({ defined: true, value: true });
    expect(evalRef(c, 'data.mc.isolation.by_tenant', { input }).value).toEqual({ a: ['r1'], b: ['r2'] });
    expect(evalRef(c, 'data.mc.isolation.nope', { input })).toEqual({ defined: false });
  });
  it('evaluate: rows, bindings, expression text and location like opa eval', () => {
    const rows = evaluate(c, 'some t; data.mc.isolation.by_tenant[t] = ids', { input });
    expect(rows.map((r) => r.bindings).sort((x, y) => String(x.t).localeCompare(String(y.t)))).toEqual([
      { t: 'a', ids: ['r1'] },
      { t: 'b', ids: ['r2'] },
    ]);
    expect(rows[0].expressions.map((e) => e.text)).toEqual(['some t', 'data.mc.isolation.by_tenant[t] = ids']);
    expect(evaluate(c, 'input.missing', { input })).toEqual([]);
    expect(evaluate(c, 'input.missing == 1', { input })).toEqual([]);
  });
  it('undefined versus false: false expressions fail, negation of undefined succeeds', () => {
    const p = compile([{ path: 'u.rego', text: 'package u\nf := false\nnot_f if not f\nnot_missing if not input.x\n' }]);
    expect(evalRef(p, 'data.u.not_f')).toEqual({ defined: true, value: true });
    expect(evalRef(p, 'data.u.not_missing', { input: {} })).toEqual({ defined: true, value: true });
    expect(evaluate(p, 'data.u.f')[0].expressions[0].value).toBe(false);
    // a single-expression query reports false (as opa eval); in a longer query false fails it
    expect(evaluate(p, '1 == 2')[0].expressions[0].value).toBe(false);
    expect(evaluate(p, 'x := 1; x == 2')).toEqual([]);
  });
  it('OPA total order: null < boolean < number < string < array < object < set', () => {
    const rows = evaluate(compile([]), 'x := sort([{1}, {"a": 1}, [1], "s", 2, true, null])');
    expect(rows[0].bindings.x).toEqual([null, true, 2, 's', [1], { a: 1 }, [1]]);
  });
  it('big integers stay exact (toJSON gives a number, the CLI prints the exact text)', () => {
    const rows = evaluate(compile([]), 'x := 18446744073709551617 + 1; y := sprintf("%v", [x])');
    expect(rows[0].bindings.y).toBe('18446744073709551618');
    expect(toJSON(fromJSON(12345678901234567890n))).toBe(12345678901234567000);
  });
  it('with replaces input, data and functions', () => {
    const p = compile([
      {
        path: 'w.rego',
        text: 'package w\nf(x) := x + 1\ng(x) := x * 10\na := f(1)\nb := x if x := a with f as g\nc := x if x := input.v with input.v as 7\nd := x if x := data.w.a with data.w.a as 9\n',
      },
    ]);
    expect(evalRef(p, 'data.w')).toEqual({ defined: true, value: { a: 2, b: 10, c: 7, d: 9 } });
    const q = compile([
      {
        path: 'w2.rego',
        text: 'package w2\nf(x) := x + 1\ng(x) := x * 10\np := y if y := f(1) with data.w2.f as g\nq := y if y := f(1) with f as 7\nr := y if y := count([1, 2]) with count as 5\n',
      },
    ]);
    expect(evalRef(q, 'data.w2')).toEqual({ defined: true, value: { p: 10, q: 7, r: 5 } });
  });
  it('runTests: pass, fail and error like opa test', () => {
    const t = compile([
      {
        path: 't.rego',
        text: 'package t\nimport rego.v1\ntest_ok if true\ntest_fail if false\nfn(x) := 1 if x\nfn(x) := 2 if x\ntest_err if fn(true)\ntest_conflict if c\nc := 1\nc := 2\n',
      },
    ]);
    const res = runTests(t).map((r) => [r.name, r.outcome]);
    expect(res).toEqual([
      ['test_ok', 'pass'],
      ['test_fail', 'fail'],
      ['test_err', 'error'],
      ['test_conflict', 'error'],
    ]);
  });
  it('large literals and iterations do not exhaust the stack', () => {
    const n = 20000;
    const items = Array.from({ length: n }, (_, i) => `{"id": ${i}, "v": input.x}`).join(', ');
    const p = compile([
      { path: 'big.rego', text: `package big\np := count([${items}])\nq := count([x | some x in numbers.range(1, ${n})])\n` },
    ]);
    expect(evalRef(p, 'data.big', { input: { x: 1 } }).value).toEqual({ p: n, q: n });
  });
  it('pathologically nested policies or inputs fail closed with a RegoErrors, not a crash', () => {
    expect(() => compile([{ path: 'd.rego', text: 'package d\nx := ' + '['.repeat(20000) + ']'.repeat(20000) }])).toThrow(RegoErrors);
    let deep: unknown = 1;
    for (let i = 0; i < 20000; i++) deep = [deep];
    expect(() => evaluate(compile([]), 'x := input', { input: deep })).toThrow(RegoErrors);
  });
  it('print goes to the hook', () => {
    const msgs: string[] = [];
    evaluate(compile([]), 'print("hello", 1, input.nope)', { printHook: (m) => msgs.push(m) });
    expect(msgs).toEqual(['hello 1 <undefined>']);
  });
});
