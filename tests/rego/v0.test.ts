// Rego v0 syntax (as `opa --v0-compatible`): conftest / Gatekeeper-era policies.
import { describe, expect, it } from 'vitest';
import { compile, evalRef, RegoErrors } from '../../src/rego/index.js';

const V0 = `package main

default allow = false

deny[msg] {
  input.kind == "Deployment"
  not input.spec.template.spec.securityContext.runAsNonRoot
  msg := sprintf("%s must run as non-root", [input.metadata.name])
}

labels[k] = v { v := input.metadata.labels[k] }

allow { count(deny) == 0 }

f(x) = y { x > 0; y := x * 2 } else = 0 { true }
neg := f(-1)
pos := f(2)

either { input.a } { input.b }
`;

describe('Rego v0 syntax', () => {
  const input = { kind: 'Deployment', metadata: { name: 'web', labels: { app: 'x' } }, spec: {}, b: true };
  it('partial sets, partial objects, default, else, multiple bodies', () => {
    const c = compile([{ path: 'p.rego', text: V0 }], { regoVersion: 'v0' });
    expect(evalRef(c, 'data.main', { input }).value).toEqual({
      allow: false,
      deny: ['web must run as non-root'],
      labels: { app: 'x' },
      neg: 0,
      pos: 4,
      either: true,
    });
  });
  it('future keywords only when imported; rego.v1 switches to v1', () => {
    const c = compile(
      [{ path: 'k.rego', text: 'package k\nimport future.keywords.if\nimport future.keywords.in\np if { 1 in [1] }\ncontains := 3\n' }],
      { regoVersion: 'v0' },
    );
    expect(evalRef(c, 'data.k').value).toEqual({ p: true, contains: 3 });
    const v1 = compile([{ path: 'r.rego', text: 'package r\nimport rego.v1\nq[x] if { x := "a" }\n' }], { regoVersion: 'v0' });
    expect(evalRef(v1, 'data.r.q').value).toEqual({ a: true });
  });
  it('v0 bodies are rejected in v1 mode', () => {
    expect(() => compile([{ path: 'p.rego', text: V0 }])).toThrow(RegoErrors);
  });
});

describe('deprecated builtins (OPA: Rego v0 only)', () => {
  const text =
    'package d\np := [all([true, true]), any([false]), cast_array({2, 1}), set_diff({1, 2}, {2}), re_match("^a", "ab"), net.cidr_overlap("10.0.0.0/8", "10.1.2.3")]\n';
  it('are available in v0 modules', () => {
    const c = compile([{ path: 'd.rego', text }], { regoVersion: 'v0' });
    expect(evalRef(c, 'data.d.p').value).toEqual([true, false, [1, 2], [1], true, true]);
  });
  it('are undefined functions in v1 modules', () => {
    expect(() => compile([{ path: 'd.rego', text: 'package d\np := all([true])\n' }])).toThrow(/undefined function all/);
    expect(() => compile([{ path: 'd.rego', text: 'package d\np := re_match("a", "a")\n' }])).toThrow(/undefined function re_match/);
  });
  it('every under import future.keywords.every alone; p[x] if ... is single-value in v0', () => {
    const c = compile(
      [
        {
          path: 'e.rego',
          text: 'package e\nimport future.keywords.every\nimport future.keywords.if\np { every x in [1] { x > 0 } }\nq[x] if x := 7\n',
        },
      ],
      { regoVersion: 'v0' },
    );
    expect(evalRef(c, 'data.e').value).toEqual({ p: true, q: { 7: true } });
  });
});
