// The tamper drill (.github/workflows/drill-tamper.yml) run step by step through the harness:
// it passes against the real evidence gate, and fails when the gate is broken (a verify that
// accepts anything) or when the changed byte is not caught for the right reason.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith } from '../helpers/references.js';
import { brokenAction, CORPUS, DEV_KEY, workspace } from './fixtures.js';
import { explain, runWorkflow } from './steps.js';

const WF = '.github/workflows/drill-tamper.yml';
const files = () =>
  workspace({
    'deploy/operator.yaml': 'corpora/configs/drift-pairs/kube-prometheus-prometheusOperator-deployment/before.yaml',
    'deploy/values.yaml': 'corpora/configs/helm-values/prometheus-community/alertmanager.values.yaml',
    '.mc/jwks.json': 'examples/keys/dev-jwks.json',
  });

describeWith(['jq'], 'tamper drill', () => {
  it('passes: the changed byte is rejected naming the file, the changed signature byte on the signature; the drill evidence is signed', async () => {
    const ws = files();
    const store = workspace();
    const r = await runWorkflow(WF, {
      workspace: ws,
      artifactStore: store,
      inputs: { paths: 'deploy/**' },
      secrets: { EVIDENCE_SIGNING_KEY: DEV_KEY },
    });
    expect(r.result, explain(r)).toBe('success');
    expect(r.outputs.result).toBe('passed');
    const report = JSON.parse(readFileSync(join(ws, '.mc-drill/report/tamper-drill.json'), 'utf8'));
    expect(report).toMatchObject({
      result: 'passed',
      tamperedFile: { path: 'deploy/operator.yaml', verification: 'failure', rejectedNamingTheFile: true },
      tamperedSignature: { verification: 'failure', rejectedOnTheSignature: true },
    });
    const mismatch = JSON.parse(readFileSync(join(ws, '.mc-drill/report/verify-tampered-file.json'), 'utf8'));
    expect(mismatch.files.mismatched.map((m: { path: string }) => m.path)).toEqual(['deploy/operator.yaml']);
    // the file was restored: the workspace is as it was
    expect(readFileSync(join(ws, 'deploy/operator.yaml'))).toEqual(
      readFileSync(join(CORPUS, 'drift-pairs/kube-prometheus-prometheusOperator-deployment/before.yaml')),
    );
    expect(r.summary).toContain('### Tamper drill: PASSED');
    expect(r.summary).toContain('yes, naming the file');
    // signed drill evidence, kept as an artifact
    const art = join(store, '1001', 'tamper-drill-1001-1');
    expect(existsSync(join(art, 'evidence/evidence.intoto.jsonl')), readdirSync(store).join()).toBe(true);
    expect(existsSync(join(art, 'report/tamper-drill.json'))).toBe(true);
  });

  it('fails when the evidence gate is broken (verify accepts anything)', async () => {
    const ws = files();
    const broken = brokenAction(
      'evidence-pack',
      { input: 'mode', value: 'verify' },
      {
        verdict: 'verified',
        files: { mismatched: [], missing: [], unexpected: [], ok: [] },
        threshold: { ok: true, valid: 1, required: 1 },
        problems: [],
      },
    );
    const r = await runWorkflow(WF, {
      workspace: ws,
      inputs: { paths: 'deploy/**' },
      secrets: { EVIDENCE_SIGNING_KEY: DEV_KEY },
      actions: { 'evidence-pack': broken },
    });
    expect(r.result).toBe('failure');
    expect(r.outputs.result).toBe('failed');
    expect(r.summary).toContain('### Tamper drill: FAILED');
    expect(r.jobs.drill.steps.find((s) => s.name === 'The gate failed closed')?.outcome).toBe('failure');
  });

  it('fails when the trusted JWKS does not hold the signing key (nothing verifies: the control step catches it)', async () => {
    const ws = files();
    const r = await runWorkflow(WF, {
      workspace: ws,
      inputs: { paths: 'deploy/**', jwks: 'deploy/values.yaml' },
      secrets: { EVIDENCE_SIGNING_KEY: DEV_KEY },
    });
    expect(r.result).toBe('failure');
    expect(r.jobs.drill.steps.find((s) => s.name === 'The untampered pack verifies (control)')?.outcome).toBe('failure');
  });

  it('refuses a tamper-file that is not in the pack (the old drill passed on an unexpected file)', async () => {
    const ws = files();
    const r = await runWorkflow(WF, {
      workspace: ws,
      inputs: { paths: 'deploy/**', 'tamper-file': 'README.md' },
      secrets: { EVIDENCE_SIGNING_KEY: DEV_KEY },
    });
    expect(r.result).toBe('failure');
    expect(r.jobs.drill.steps.find((s) => s.name === 'Change one byte of a packed file')?.log).toContain('README.md is not in the pack');
  });
});
