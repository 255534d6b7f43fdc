// The isolation GameDay (.github/workflows/drill-isolation.yml) through the harness: over the
// bundled corpus every attempt is denied and the Tenant Isolation Report says count=0; with a
// broken policy (isolation allowing cross-tenant access, or everything allowed) the drill fails.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith } from '../helpers/references.js';
import { repoRoot } from '../harness/runner.js';
import { DEV_KEY, workspace } from './fixtures.js';
import { explain, runWorkflow } from './steps.js';

const WF = '.github/workflows/drill-isolation.yml';
const repo = () =>
  workspace({
    policies: 'policies',
    'policies/data.json': 'examples/opa-sim/data.json',
    '.mc/gameday/isolation-attempts.jsonl': 'examples/gameday/isolation-attempts.jsonl',
    '.mc/jwks.json': 'examples/keys/dev-jwks.json',
  });
const inputs = { data: 'policies/data.json', version: '1.0.0' };
const corpus = readFileSync(join(repoRoot, 'examples/gameday/isolation-attempts.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

describeWith(['jq'], 'isolation GameDay', () => {
  it('the corpus holds cross-tenant, residency and purpose attempts', () => {
    const classes = new Set(corpus.map((r) => r.attempt.class));
    expect([...classes].sort()).toEqual(['cross-tenant', 'purpose', 'residency']);
    expect(corpus.filter((r) => r.attempt.class === 'cross-tenant').length).toBeGreaterThanOrEqual(12);
  });

  it('passes: every attempt denied, the Tenant Isolation Report says count=0, the evidence is signed', async () => {
    const ws = repo();
    const store = workspace();
    const r = await runWorkflow(WF, { workspace: ws, artifactStore: store, inputs, secrets: { EVIDENCE_SIGNING_KEY: DEV_KEY } });
    expect(r.result, explain(r)).toBe('success');
    expect(r.outputs).toEqual({ 'cross-tenant-allowed': '0', result: 'passed' });
    const md = readFileSync(join(ws, '.mc-gameday/report/ISOLATION_REPORT.md'), 'utf8');
    expect(md).toMatch(
      /^# Tenant Isolation Report — MC 1\.0\.0\n- Chaos tests: pass \(22 attack attempts, 0 allowed, 0 evaluation errors\)/,
    );
    expect(md).toContain('- Cross-tenant access attempts allowed: count=0');
    expect(md).toContain('cross-tenant (14 attempts, 14 denied), purpose (4 attempts, 4 denied), residency (4 attempts, 4 denied)');
    expect(r.summary).toContain('Cross-tenant access attempts allowed: count=0');
    const art = join(store, '1001', 'isolation-gameday-1001-1');
    expect(existsSync(join(art, 'evidence/evidence.intoto.jsonl'))).toBe(true);
    expect(readFileSync(join(art, 'report/decisions.jsonl'), 'utf8').trim().split('\n')).toHaveLength(22);
  });

  it('fails when tenant isolation is broken: the report counts the cross-tenant attempts allowed', async () => {
    const ws = repo();
    // the isolation package lets every actor through (residency and purpose still deny theirs)
    writeFileSync(
      join(ws, 'policies/mc/isolation/isolation.rego'),
      'package mc.isolation\n\nallow := true\n\ndeny := set()\n\ndecision := {"allow": true, "reasons": []}\n',
    );
    const r = await runWorkflow(WF, { workspace: ws, inputs, secrets: { EVIDENCE_SIGNING_KEY: DEV_KEY } });
    expect(r.result).toBe('failure');
    expect(r.outputs.result).toBe('failed');
    expect(Number(r.outputs['cross-tenant-allowed'])).toBeGreaterThan(0);
    const md = readFileSync(join(ws, '.mc-gameday/report/ISOLATION_REPORT.md'), 'utf8');
    expect(md).toContain('- Chaos tests: fail');
    expect(md).toMatch(/Cross-tenant access attempts allowed: count=[1-9]/);
    expect(md).toContain('## Allowed attempts');
  });

  it('fails when the policy allows everything, and when the policy does not compile', async () => {
    const ws = repo();
    writeFileSync(join(ws, 'policies/mc/interop/interop.rego'), 'package mc.interop\n\ndecision := {"allow": true, "reasons": []}\n');
    const r = await runWorkflow(WF, { workspace: ws, inputs, secrets: { EVIDENCE_SIGNING_KEY: DEV_KEY } });
    expect(r.result).toBe('failure');
    expect(r.outputs['cross-tenant-allowed']).toBe('14');
    const ws2 = repo();
    writeFileSync(join(ws2, 'policies/mc/interop/interop.rego'), 'package mc.interop\n\ndecision := {\n');
    const r2 = await runWorkflow(WF, { workspace: ws2, inputs, secrets: { EVIDENCE_SIGNING_KEY: DEV_KEY } });
    expect(r2.result).toBe('failure');
    expect(r2.outputs.result).not.toBe('passed');
  });
});
