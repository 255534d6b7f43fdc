// The reusable release gate (.github/workflows/release-gate.yml) through the harness, each job on a
// fresh workspace: gates → SARIF to code scanning → approval on the environment → signed evidence
// that records the approver. A failing gate skips the approval and still packs the evidence of the
// failure, then fails; an environment without an approving reviewer blocks the release.
import { chmodSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith } from '../helpers/references.js';
import { DEV_KEY, workspace } from './fixtures.js';
import { explain, runWorkflow } from './steps.js';

const WF = '.github/workflows/release-gate.yml';
const repo = (requests = 'allowed') =>
  workspace({
    policies: 'policies',
    'policies/data.json': 'examples/opa-sim/data.json',
    'requests.jsonl': `examples/opa-sim/requests/${requests}.jsonl`,
    '.mc/jwks.json': 'examples/keys/dev-jwks.json',
  });
const inputs = {
  policy: 'policies',
  'policy-data': 'policies/data.json',
  'policy-decision': 'data.mc.interop.decision',
  'policy-inputs': 'requests.jsonl',
};

/** A stub `gh` answering the run's approval history (GET /repos/{repo}/actions/runs/{id}/approvals). */
function gh(approvals: unknown[]): string {
  const dir = workspace();
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'approvals.json'), JSON.stringify(approvals));
  writeFileSync(
    join(dir, 'bin/gh'),
    `#!/usr/bin/env bash\ncase "$*" in "api repos/mc/example/actions/runs/1001/approvals") cat ${JSON.stringify(join(dir, 'approvals.json'))};; *) echo "unexpected gh $*" >&2; exit 1;; esac\n`,
  );
  chmodSync(join(dir, 'bin/gh'), 0o755);
  return join(dir, 'bin');
}
const approved = [{ state: 'approved', comment: 'ship it', environments: [{ name: 'release' }], user: { login: 'alice' } }];

describeWith(['jq'], 'release-gate.yml', () => {
  it('gates pass, SARIF uploaded, alice approves in `release`, the signed evidence records her', async () => {
    const ws = repo();
    const store = workspace();
    const r = await runWorkflow(WF, {
      workspace: ws,
      artifactStore: store,
      inputs,
      secrets: { 'evidence-key': DEV_KEY },
      path: [gh(approved)],
    });
    expect(r.result, explain(r)).toBe('success');
    expect(Object.fromEntries(Object.entries(r.jobs).map(([k, j]) => [k, j.result]))).toEqual({
      gates: 'success',
      sarif: 'success',
      approval: 'success',
      evidence: 'success',
    });
    expect(r.outputs['approved-by']).toBe('alice');
    expect(r.outputs['manifest-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(existsSync(join(store, '1001/_code-scanning/mc-opa-sim.sarif'))).toBe(true);
    const ev = join(store, '1001', 'release-evidence-1001-1');
    const approval = JSON.parse(readFileSync(join(ev, 'evidence/approval.json'), 'utf8'));
    expect(approval).toMatchObject({
      environment: 'release',
      approvers: ['alice'],
      comments: ['ship it'],
      run: 'https://github.com/mc/example/actions/runs/1001',
    });
    // the approval is a packed, signed kind of the manifest
    const st = JSON.parse(
      Buffer.from(JSON.parse(readFileSync(join(ev, 'pack/evidence.intoto.jsonl'), 'utf8').split('\n')[0]).payload, 'base64').toString(),
    );
    expect(st.predicate.files.map((f: { path: string; kind: string }) => `${f.path}=${f.kind}`)).toEqual(
      expect.arrayContaining(['out/evidence/approval.json=approval', 'out/evidence/gate-report.json=gate-report']),
    );
    const gates = JSON.parse(readFileSync(join(ev, 'evidence/gate-report.json'), 'utf8')).gates;
    expect(gates.find((g: { gate: string }) => g.gate === 'opa-sim').outcome).toBe('success');
  });

  it('a failing gate: no approval is asked, the failure is still packed and signed, the release fails', async () => {
    const ws = repo('denied');
    const store = workspace();
    const r = await runWorkflow(WF, {
      workspace: ws,
      artifactStore: store,
      inputs,
      secrets: { 'evidence-key': DEV_KEY },
      path: [gh(approved)],
    });
    expect(r.result).toBe('failure');
    expect(r.jobs.gates.result).toBe('failure');
    expect(r.jobs.approval.result).toBe('skipped');
    expect(r.jobs.evidence.result).toBe('failure');
    const ev = join(store, '1001', 'release-evidence-1001-1');
    expect(
      JSON.parse(readFileSync(join(ev, 'evidence/gate-report.json'), 'utf8')).gates.find((g: { gate: string }) => g.gate === 'opa-sim')
        .outcome,
    ).toBe('failure');
    expect(JSON.parse(readFileSync(join(ev, 'evidence/approval.json'), 'utf8'))).toMatchObject({ approvers: [], result: 'skipped' });
    expect(r.jobs.evidence.steps.at(-1)?.log).toContain('a gate failed');
  });

  it('an environment that recorded no approving reviewer blocks the release', async () => {
    const r = await runWorkflow(WF, { workspace: repo(), inputs, secrets: { 'evidence-key': DEV_KEY }, path: [gh([])] });
    expect(r.jobs.gates.result).toBe('success');
    expect(r.jobs.approval.result).toBe('failure');
    expect(r.jobs.evidence.result).toBe('failure');
    expect(r.jobs.approval.steps[0].log).toContain("environment 'release' recorded no approving reviewer");
  });
});
