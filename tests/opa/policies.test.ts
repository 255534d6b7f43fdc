/**
 * The policies/ library through the engine API: every `test_` rule passes (as `mc opa test
 * policies/` must in CI), the expected tests exist, and the library compiles without its tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, runTests } from '../../src/rego/index.js';
import { loadPolicies } from '../../src/opa/index.js';
import { mc, repoRoot } from './helpers.js';

function testRuleNames(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('_test.rego')) continue;
    const text = readFileSync(join(e.parentPath, e.name), 'utf8');
    for (const m of text.matchAll(/^(test_[A-Za-z0-9_]+)\s+if\b/gm)) out.push(m[1]);
  }
  return out.sort();
}

describe('policies/ library', () => {
  it('compiles without its tests (what the gate loads)', async () => {
    const mods = await loadPolicies(['policies'], { cwd: repoRoot });
    expect(mods.map((m) => m.path)).not.toContain('policies/mc/isolation/isolation_test.rego');
    const c = compile(mods);
    expect(c.packages()).toEqual(['mc.interop', 'mc.isolation', 'mc.persisted', 'mc.purpose', 'mc.readiness', 'mc.residency']);
  });

  it('passes every test_ rule, and runs all of them', async () => {
    const mods = await loadPolicies(['policies'], { cwd: repoRoot, includeTests: true });
    const results = runTests(compile(mods));
    const expected = testRuleNames(join(repoRoot, 'policies'));
    expect(expected.length).toBeGreaterThanOrEqual(45);
    expect(results.map((r) => r.name).sort()).toEqual(expected);
    const bad = results.filter((r) => r.outcome !== 'pass').map((r) => `${r.package}.${r.name}: ${r.outcome} ${r.error?.message ?? ''}`);
    expect(bad).toEqual([]);
  });

  it('the conftest example policy passes its tests', async () => {
    const mods = await loadPolicies(['examples/opa-sim/k8s/policy'], { cwd: repoRoot, includeTests: true });
    const results = runTests(compile(mods));
    expect(results.length).toBe(5);
    expect(results.filter((r) => r.outcome !== 'pass')).toEqual([]);
  });

  it('`mc opa test policies/ examples/opa-sim/k8s/policy` passes (what CI runs)', async () => {
    const r = await mc(['opa', 'test', 'policies', 'examples/opa-sim/k8s/policy']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/PASS: 51\/51/);
    expect(r.code).toBe(0);
  });
});
