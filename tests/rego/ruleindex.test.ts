/**
 * Rule indexing on equality (eval.ts candidateRules, after OPA's ast/index.go): rules whose body
 * starts with `input.x == <scalar>` are evaluated only when the scalar equals input.x. The answers
 * must be those of the rules evaluated one by one (Rego's semantics; lists of 8 rules or more are indexed): checked here against a
 * TypeScript reading of each policy, including numbers (1 == 1.0), booleans and null, rules that
 * are not indexed, `=` as well as `==`, conflicts between complete rules, defaults, and `with input`.
 */
import { describe, expect, it } from 'vitest';
import { compile, evalRef, evaluate, RegoErrors } from '../../src/rego/index.js';

const methods = Array.from({ length: 40 }, (_, i) => `m${i}`);
/** more rules for `kind` and `tags`, so that both reach the indexing threshold (8 rules) */
const extra = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5'];
const POLICY = `package ix
import rego.v1

default allow := false

${methods.map((m, i) => `allow if {\n  input.method == "${m}"\n  input.level >= ${i % 5}\n}`).join('\n\n')}

allow if {
  input.method = 7
}

allow if input.admin == true

kind := "number-one" if input.method == 1
kind := "null" if input.method == null
kind := "bool" if input.method == false
${extra.map((k) => `kind := "${k}" if input.method == "${k}"`).join('\n')}

tags contains t if {
  input.method == "m3"
  t := "three"
}

tags contains t if {
  input.method == "m4"
  t := "four"
}

tags contains "any" if input.method
${extra.map((k) => `tags contains "${k}" if input.method = "${k}"`).join('\n')}

tags contains t if {
  "m5" == input.method
  t := "five"
}
`;

function reference(input: Record<string, unknown>) {
  const m = input.method;
  const level = typeof input.level === 'number' ? input.level : undefined;
  let allow = false;
  methods.forEach((name, i) => {
    if (m === name && level !== undefined && level >= i % 5) allow = true;
  });
  if (m === 7 || input.admin === true) allow = true;
  let kind: string | undefined;
  if (m === 1) kind = 'number-one';
  if (m === null) kind = 'null';
  if (m === false) kind = 'bool';
  if (typeof m === 'string' && extra.includes(m)) kind = m;
  const tags: string[] = [];
  if (m !== undefined && m !== false) tags.push('any');
  if (m === 'm5') tags.push('five');
  if (m === 'm4') tags.push('four');
  if (m === 'm3') tags.push('three');
  if (typeof m === 'string' && extra.includes(m)) tags.push(m);
  return { allow, kind, tags: tags.sort() };
}

describe('rule indexing on equality', () => {
  const c = compile([{ path: 'ix.rego', text: POLICY }]);
  const inputs: Record<string, unknown>[] = [
    {},
    { method: 'm0', level: 0 },
    { method: 'm3', level: 2 },
    { method: 'm3', level: 3 },
    { method: 'm4' },
    { method: 'm39', level: 9 },
    { method: 'm5', level: 0 },
    { method: 'nope', level: 9 },
    { method: 'nope', admin: true },
    { method: 7 },
    { method: 7.0 },
    { method: 1 },
    { method: 1.0 },
    { method: null },
    { method: false },
    { method: ['m3'] },
    { method: { m: 'm3' } },
    { method: 'k2' },
    { method: 'k5', level: 1 },
  ];
  for (const input of inputs) {
    it(`answers ${JSON.stringify(input)} as the rules one by one`, () => {
      const want = reference(input);
      expect(evalRef(c, 'data.ix.allow', { input }).value).toBe(want.allow);
      expect(evalRef(c, 'data.ix.kind', { input }).value).toBe(want.kind);
      expect(evalRef(c, 'data.ix.tags', { input }).value).toEqual(want.tags);
    });
  }

  it('follows `with input` (the reference is evaluated in the rule context)', () => {
    const rows = evaluate(c, 'x := data.ix.tags with input as {"method": "m4"}; y := data.ix.tags', { input: { method: 'm3' } });
    expect(rows[0].bindings).toEqual({ x: ['any', 'four'], y: ['any', 'three'] });
  });

  it('still raises the conflict between complete rules of the same indexed value', () => {
    const p = compile([
      {
        path: 'c.rego',
        text: 'package c\nimport rego.v1\nx := 1 if input.k == "a"\nx := 2 if input.k == "a"\nx := 3 if input.k == "b"\n',
      },
    ]);
    expect(evalRef(p, 'data.c.x', { input: { k: 'b' } }).value).toBe(3);
    expect(() => evalRef(p, 'data.c.x', { input: { k: 'a' } })).toThrow(RegoErrors);
  });

  it('keeps else chains and defaults (rules with else are not indexed)', () => {
    const p = compile([
      {
        path: 'e.rego',
        text: 'package e\nimport rego.v1\ndefault d := "default"\nd := "a" if input.k == "a"\nd := "b" if input.k == "b"\nf := "x" if { input.k == "x" } else := "other"\nf := "y" if input.k == "y"\n',
      },
    ]);
    expect(evalRef(p, 'data.e.d', { input: { k: 'a' } }).value).toBe('a');
    expect(evalRef(p, 'data.e.d', { input: { k: 'z' } }).value).toBe('default');
    expect(evalRef(p, 'data.e.f', { input: { k: 'x' } }).value).toBe('x');
    expect(evalRef(p, 'data.e.f', { input: { k: 'z' } }).value).toBe('other');
    expect(() => evalRef(p, 'data.e.f', { input: { k: 'y' } })).toThrow(RegoErrors); // "other" and "y": a conflict, as in OPA
  });
});
