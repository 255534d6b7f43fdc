// Every workflow example in the README files works when copied: each one's jobs (or steps) run
// through the workflow-step harness (bundled actions through the runner contract) in a workspace
// laid out from the bundled examples, and end as the README says. A new example without a layout
// here fails the first test, so no example goes untested by accident.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith } from '../helpers/references.js';
import { parse } from 'yaml';
import { repoRoot } from '../harness/runner.js';
import { mc } from '../config/helpers.js';
import { DEV_KEY, DEV_KEY_FILE, workspace } from './fixtures.js';
import { explain, runWorkflow, type RunOptions, type Workflow } from './steps.js';

const lintPath = join(repoRoot, 'scripts/lint-workflows.mjs');
const { yamlBlocks } = (await import(lintPath)) as { yamlBlocks: (md: string) => { text: string; line: number }[] };

interface Example {
  id: string;
  workflow: Workflow;
}

/** The workflow examples of the README files: blocks with `jobs:`, and lists of steps (as one job). */
function examples(): Example[] {
  const files = ['README.md', ...readdirSync(join(repoRoot, 'actions')).map((a) => `actions/${a}/README.md`)].filter((f) =>
    existsSync(join(repoRoot, f)),
  );
  const out: Example[] = [];
  for (const f of files) {
    yamlBlocks(readFileSync(join(repoRoot, f), 'utf8')).forEach((b, i) => {
      const v = parse(b.text);
      if (v && typeof v === 'object' && !Array.isArray(v) && v.jobs) out.push({ id: `${f}#${i}`, workflow: v as Workflow });
      else if (Array.isArray(v) && v.every((s) => s && typeof s === 'object' && ('uses' in s || 'run' in s)))
        out.push({ id: `${f}#${i}`, workflow: { jobs: { example: { steps: v } } } });
    });
  }
  return out;
}

const git = (ws: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: ws,
    encoding: 'utf8',
  }).trim();
const stub = (ws: string, rel: string, body: string) => {
  mkdirSync(dirname(join(ws, rel)), { recursive: true });
  writeFileSync(join(ws, rel), `#!/usr/bin/env bash\nset -euo pipefail\n${body}\n`);
  chmodSync(join(ws, rel), 0o755);
};
const secrets = { EVIDENCE_SIGNING_KEY: DEV_KEY, MC_SIGNING_KEY: DEV_KEY };
const OPERATOR = 'corpora/configs/drift-pairs/kube-prometheus-prometheusOperator-deployment';

/** A layout per example: the workspace as a user's repository would hold it, and what must happen. */
const layouts: Record<string, (wf: Workflow) => Promise<void>> = {
  'README.md#0': async (wf) => {
    const ws = workspace({
      'deploy/operator.yaml': `${OPERATOR}/before.yaml`,
      'deploy/values/alertmanager.yaml': 'corpora/configs/helm-values/prometheus-community/alertmanager.values.yaml',
      '.mc/jwks.json': 'examples/keys/dev-jwks.json',
      policies: 'policies',
      'policies/data.json': 'examples/opa-sim/data.json',
      'requests.jsonl': 'examples/opa-sim/requests/allowed.jsonl',
    });
    expect(
      (
        await mc(ws, [
          'config-attest',
          'snapshot',
          '--key',
          DEV_KEY_FILE,
          '--env',
          'production',
          '--out',
          '.mc/baselines/production.intoto.jsonl',
          'deploy/**/*.yaml',
        ])
      ).code,
    ).toBe(0);
    const r = await runWorkflow(wf, { workspace: ws, secrets });
    expect(r.result, explain(r)).toBe('success');
    const verify = JSON.parse(readFileSync(join(ws, 'evidence-verify.json'), 'utf8'));
    expect(verify.verdict).toBe('verified');
    expect(verify.files.ok.sort()).toEqual([
      'out/evidence/config-drift-report.json',
      'out/evidence/opa-decisions.jsonl',
      'out/evidence/opa-sim-report.json',
    ]);
    // the gates are real: a drifted Deployment stops the job before anything is signed
    const drifted = workspace({
      'deploy/operator.yaml': `${OPERATOR}/after.yaml`,
      'deploy/values/alertmanager.yaml': 'corpora/configs/helm-values/prometheus-community/alertmanager.values.yaml',
      '.mc/jwks.json': 'examples/keys/dev-jwks.json',
      policies: 'policies',
      'policies/data.json': 'examples/opa-sim/data.json',
      'requests.jsonl': 'examples/opa-sim/requests/allowed.jsonl',
      '.mc/baselines/production.intoto.jsonl': { text: readFileSync(join(ws, '.mc/baselines/production.intoto.jsonl'), 'utf8') },
    });
    const d = await runWorkflow(wf, { workspace: drifted, secrets });
    expect(d.result).toBe('failure');
    expect(existsSync(join(drifted, 'out/pack'))).toBe(false);
  },
  'actions/config-attest/README.md#1': async (wf) => {
    const ws = workspace({
      'deploy/manifests/operator.yaml': `${OPERATOR}/before.yaml`,
      'deploy/values/alertmanager.yaml': 'corpora/configs/helm-values/prometheus-community/alertmanager.values.yaml',
      '.mc/jwks.json': 'examples/keys/dev-jwks.json',
      '.mc/ignore.yaml': 'examples/config-attest/ignore.yaml',
    });
    git(ws, 'init', '-q', '-b', 'main');
    expect(
      (
        await mc(ws, [
          'config-attest',
          'snapshot',
          '--key',
          DEV_KEY_FILE,
          '--env',
          'production',
          '--ignore',
          '.mc/ignore.yaml',
          '--out',
          '.mc/baselines/production.intoto.jsonl',
          'deploy/values/*.yaml',
          'deploy/manifests/**/*.yaml',
        ])
      ).code,
    ).toBe(0);
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'base');
    const base = git(ws, 'rev-parse', 'HEAD');
    const pr = (labels: string[]): RunOptions['github'] => ({
      event_name: 'pull_request',
      event: { pull_request: { number: 4, base: { sha: base }, labels: labels.map((name) => ({ name })) } },
    });
    const ok = await runWorkflow(wf, { workspace: ws, github: pr([]) });
    expect(ok.result, explain(ok)).toBe('success');
    // the pull request drifts and re-points the ignore rules at its change: still a failing gate
    writeFileSync(join(ws, 'deploy/manifests/operator.yaml'), readFileSync(join(repoRoot, `${OPERATOR}/after.yaml`)));
    writeFileSync(join(ws, '.mc/ignore.yaml'), 'ignoreDifferences:\n  - kind: Deployment\n    jsonPointers: [/spec, /metadata]\n');
    const drift = await runWorkflow(wf, { workspace: ws, github: pr([]) });
    expect(drift.result).toBe('failure');
    expect(JSON.parse(readFileSync(join(ws, 'config-drift-report.json'), 'utf8'))).toMatchObject({
      status: 'drift',
      trust: { commit: base },
    });
    const approved = await runWorkflow(wf, { workspace: ws, github: pr(['change-approved']) });
    expect(approved.result, explain(approved)).toBe('success');
    expect(JSON.parse(readFileSync(join(ws, 'config-drift-report.json'), 'utf8')).status).toBe('drift-approved');
  },
  'actions/opa-sim/README.md#0': async (wf) => {
    const ws = workspace({
      policies: 'policies',
      'config/tenants.json': 'examples/opa-sim/data.json',
      'requests/allowed.jsonl': 'examples/opa-sim/requests/allowed.jsonl',
    });
    const store = workspace();
    const r = await runWorkflow(wf, { workspace: ws, artifactStore: store });
    expect(r.result, explain(r)).toBe('success');
    expect(existsSync(join(store, '1001/_code-scanning/sarif.sarif'))).toBe(true);
    const bad = workspace({
      policies: 'policies',
      'config/tenants.json': 'examples/opa-sim/data.json',
      'requests/denied.jsonl': 'examples/opa-sim/requests/denied.jsonl',
    });
    const d = await runWorkflow(wf, { workspace: bad, artifactStore: workspace() });
    expect(d.result).toBe('failure');
    expect(d.jobs.policy.steps.find((s) => s.name.includes('upload-sarif'))?.outcome).toBe('success'); // if: always()
  },
  'actions/opa-sim/README.md#1': async (wf) => {
    const ws = workspace({
      'policy/k8s': 'examples/opa-sim/k8s/policy',
      'deploy/grafana.yaml': 'examples/opa-sim/k8s/manifests/grafana-deployment.yaml',
    });
    const r = await runWorkflow(wf, { workspace: ws });
    expect(r.result, explain(r)).toBe('success');
    const bad = workspace({
      'policy/k8s': 'examples/opa-sim/k8s/policy',
      'deploy/guestbook.yaml': 'examples/opa-sim/k8s/manifests/guestbook-all-in-one.yaml',
    });
    expect((await runWorkflow(wf, { workspace: bad })).result).toBe('failure');
  },
  'actions/evidence-pack/README.md#0': async (wf) => {
    const ws = workspace({
      'reports/gates/gate-report.json': { text: '{"gates":[]}\n' },
      'reports/us/opa-sim-report.json': 'examples/opa-sim/data.json',
      'out/slo-snapshot.json': { text: '{"slo":"availability","value":0.999}\n' },
      '.github/evidence-jwks.json': 'examples/keys/dev-jwks.json',
    });
    const r = await runWorkflow(wf, { workspace: ws, secrets, github: { ref_name: 'v1.2.3' } });
    expect(r.result, explain(r)).toBe('success');
    expect(JSON.parse(readFileSync(join(ws, 'evidence-verify.json'), 'utf8')).release.version).toBe('v1.2.3');
  },
  'actions/grounding-check/README.md#0': async (wf) => {
    const ws = workspace({ 'eval/golden-answers.jsonl': 'examples/grounding-check/gold.jsonl' });
    const r = await runWorkflow(wf, { workspace: ws, secrets });
    // the gold set is labelled grounded: the gate passes, with its JUnit and signed attestation
    expect(r.result, explain(r)).toBe('success');
    expect(existsSync(join(ws, 'grounding-junit.xml')), explain(r)).toBe(true);
    expect(existsSync(join(ws, 'evidence/grounding.intoto.jsonl'))).toBe(true);
  },
  'actions/canary-score/README.md#0': async (wf) => {
    const ws = workspace({
      'deploy/canary.yaml': 'examples/canary-score/canary.yaml',
      'metrics.json': 'examples/canary-score/metrics.json',
    });
    stub(ws, 'scripts/fetch-canary-metrics.sh', 'cat metrics.json');
    stub(ws, 'scripts/set-canary-weight.sh', 'echo "weight $*" >> weights.log');
    const r = await runWorkflow(wf, { workspace: ws });
    expect(r.result, explain(r)).toBe('success');
    expect(JSON.parse(readFileSync(join(ws, 'evidence/canary-score.json'), 'utf8'))).toBeTruthy();
    expect(readFileSync(join(ws, 'weights.log'), 'utf8')).toMatch(/^weight \d+/);
  },
  'actions/trajectory-golden/README.md#1': async (wf) => {
    const ws = workspace({
      'tests/trajectory/flight-booking.yaml': 'examples/trajectory-golden/goldens/flight-booking.yaml',
      'fixtures/flight-booking.openai.json': 'examples/trajectory-golden/trajectories/flight-booking.openai.json',
    });
    mkdirSync(join(ws, 'scripts'));
    writeFileSync(
      join(ws, 'scripts/record_agent_runs.py'),
      'import shutil, sys, os\nout = sys.argv[sys.argv.index("--out") + 1]\nos.makedirs(out, exist_ok=True)\nshutil.copy("fixtures/flight-booking.openai.json", out)\n',
    );
    // `python` as the example calls it, whatever this machine names its Python 3
    const bin = workspace();
    stub(bin, 'python', 'exec python3 "$@"');
    const r = await runWorkflow(wf, { workspace: ws, path: [bin] });
    expect(r.result, explain(r)).toBe('success');
    expect(readFileSync(join(ws, 'trajectory-junit.xml'), 'utf8')).toContain('<testsuite');
  },
};

/** Examples that need what no bundled example provides, and why. */
const notRunnable: Record<string, string> = {
  'actions/intoto-verify/README.md#0':
    'needs a release artifact with a signed layout, links and SLSA provenance from a real build (examples/pipeline/30-intoto-verify.sh builds one with the CLI)',
  'actions/slo-snapshot/README.md#0':
    'reads a hosted Prometheus with a token (tests/slo/snapshot.test.ts runs the same action, bundled, against a real local Prometheus)',
};

describeWith(['jq'], 'README workflow examples', () => {
  const all = examples();
  it('every workflow example has a layout here (or a stated reason it cannot run offline)', () => {
    expect(all.length).toBeGreaterThanOrEqual(9);
    expect(all.map((e) => e.id).filter((id) => !layouts[id] && !notRunnable[id])).toEqual([]);
  });
  for (const e of all) {
    if (!layouts[e.id]) continue;
    it(`${e.id} runs as documented`, async () => {
      await layouts[e.id](e.workflow);
    });
  }
});
