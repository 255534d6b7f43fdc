// The reusable PR drift gate (.github/workflows/pr-config-drift.yml) through the harness, in a git
// repository whose base commit holds the signed baseline: a pull request that drifts and then
// adds an ignore rule, re-signs the baseline with its own key and replaces the JWKS still fails;
// the approval label passes it only when a reviewer (not the author) applied it, and the record
// names the label, who applied it and the run; a fork pull request skips the comment with a notice.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith } from '../helpers/references.js';
import { formatJwks, generateKey, privateKeyPem } from '../../src/core/ed25519.js';
import { mc } from '../config/helpers.js';
import { repoRoot } from '../harness/runner.js';
import { DEV_KEY_FILE, workspace } from './fixtures.js';
import { explain, runWorkflow } from './steps.js';

const WF = '.github/workflows/pr-config-drift.yml';
const OPERATOR = 'corpora/configs/drift-pairs/kube-prometheus-prometheusOperator-deployment';
const git = (ws: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: ws,
    encoding: 'utf8',
  }).trim();

async function repo(): Promise<{ ws: string; base: string }> {
  const ws = workspace({
    'deploy/operator.yaml': `${OPERATOR}/before.yaml`,
    '.mc/jwks.json': 'examples/keys/dev-jwks.json',
    '.mc/ignore.yaml': { text: 'ignoreDifferences:\n  - kind: Deployment\n    jsonPointers: [/spec/replicas]\n' },
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
        '--out',
        '.mc/baselines/production.intoto.jsonl',
        'deploy/**/*.yaml',
      ])
    ).code,
  ).toBe(0);
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'base');
  return { ws, base: git(ws, 'rev-parse', 'HEAD') };
}

/** The hostile pull request: drift, an ignore rule for it, a baseline re-signed with its own key, its own JWKS. */
async function attack(ws: string): Promise<void> {
  writeFileSync(join(ws, 'deploy/operator.yaml'), readFileSync(join(repoRoot, `${OPERATOR}/after.yaml`)));
  writeFileSync(join(ws, '.mc/ignore.yaml'), 'ignoreDifferences:\n  - kind: Deployment\n    jsonPointers: [/spec, /metadata]\n');
  const key = await generateKey();
  writeFileSync(join(ws, 'k.pem'), privateKeyPem(key));
  writeFileSync(join(ws, '.mc/jwks.json'), formatJwks([key.publicKey]));
  rmSync(join(ws, '.mc/baselines/production.intoto.jsonl'));
  expect(
    (
      await mc(ws, [
        'config-attest',
        'snapshot',
        '--key',
        'k.pem',
        '--env',
        'production',
        '--ignore',
        '.mc/ignore.yaml',
        '--out',
        '.mc/baselines/production.intoto.jsonl',
        'deploy/**/*.yaml',
      ])
    ).code,
  ).toBe(0);
  rmSync(join(ws, 'k.pem'));
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'pr');
}

/** A stub `gh` answering the issue events API with one labeled event. */
function gh(labeledBy: string): string {
  const dir = workspace();
  mkdirSync(join(dir, 'bin'));
  writeFileSync(
    join(dir, 'events.json'),
    JSON.stringify([
      { event: 'labeled', label: { name: 'change-approved' }, actor: { login: labeledBy }, created_at: '2026-12-03T10:00:00Z' },
    ]),
  );
  writeFileSync(
    join(dir, 'bin/gh'),
    `#!/usr/bin/env bash\ncase "$*" in *"/issues/4/events"*) cat ${JSON.stringify(join(dir, 'events.json'))};; *) echo "unexpected gh $*" >&2; exit 1;; esac\n`,
  );
  chmodSync(join(dir, 'bin/gh'), 0o755);
  return join(dir, 'bin');
}

const event = (base: string, labels: string[] = [], headRepo = 'mc/example') => ({
  event_name: 'pull_request',
  event: {
    pull_request: {
      number: 4,
      base: { sha: base },
      head: { repo: { full_name: headRepo } },
      user: { login: 'author' },
      labels: labels.map((name) => ({ name })),
    },
  },
});
const inputs = { environment: 'production', paths: 'deploy/**/*.yaml', 'ignore-file': '.mc/ignore.yaml' };
const env = { GITHUB_API_URL: 'http://127.0.0.1:9' }; // no GitHub here: the comment fails fast (a warning)

describeWith(['jq'], 'pr-config-drift.yml', () => {
  it('the untouched base passes (no drift)', async () => {
    const { ws, base } = await repo();
    const r = await runWorkflow(WF, { workspace: ws, inputs, github: event(base), env, path: [gh('reviewer')] });
    expect(r.result, explain(r)).toBe('success');
    expect(r.outputs.status).toBe('no-drift');
  });

  it('a drifted pull request that adds an ignore rule, re-signs the baseline and replaces the JWKS fails', async () => {
    const { ws, base } = await repo();
    await attack(ws);
    const store = workspace();
    const r = await runWorkflow(WF, { workspace: ws, artifactStore: store, inputs, github: event(base), env, path: [gh('reviewer')] });
    expect(r.result).toBe('failure');
    expect(r.outputs.status).toBe('drift');
    const report = JSON.parse(
      readFileSync(join(store, '1001', 'config-drift-report-production-1001-1', 'config-drift-report.json'), 'utf8'),
    );
    expect(report.trust.commit).toBe(base);
    expect(report.counts.changes).toBe(12);
  });

  it("a reviewer's label approves it: DRIFT APPROVED, and the record names the label, the reviewer and the run", async () => {
    const { ws, base } = await repo();
    await attack(ws);
    const store = workspace();
    const r = await runWorkflow(WF, {
      workspace: ws,
      artifactStore: store,
      inputs,
      github: event(base, ['change-approved']),
      env,
      path: [gh('reviewer')],
    });
    expect(r.result, explain(r)).toBe('success');
    expect(r.outputs).toMatchObject({ status: 'drift-approved', 'approved-by': 'reviewer' });
    const art = join(store, '1001', 'config-drift-report-production-1001-1');
    expect(JSON.parse(readFileSync(join(art, 'approval.json'), 'utf8'))).toEqual({
      approved: true,
      label: 'change-approved',
      approvedBy: 'reviewer',
      labeledAt: '2026-12-03T10:00:00Z',
      pullRequest: '4',
      author: 'author',
      run: 'https://github.com/mc/example/actions/runs/1001',
    });
    expect(JSON.parse(readFileSync(join(art, 'config-drift-report.json'), 'utf8')).approval.run).toBe(
      'https://github.com/mc/example/actions/runs/1001',
    );
    expect(r.summary).toContain('applied by **reviewer**');
  });

  it("the author's own label does not approve; a fork pull request skips the comment with a notice", async () => {
    const { ws, base } = await repo();
    await attack(ws);
    const self = await runWorkflow(WF, { workspace: ws, inputs, github: event(base, ['change-approved']), env, path: [gh('author')] });
    expect(self.result).toBe('failure');
    expect(self.outputs.status).toBe('drift');
    expect(self.jobs.verify.steps[1].log).toContain('applied by the author (author)');
    const fork = await runWorkflow(WF, { workspace: ws, inputs, github: event(base, [], 'someone/fork'), env, path: [gh('reviewer')] });
    const settings = fork.jobs.verify.steps.find((s) => s.id === 'fork');
    expect(settings?.outputs.comment).toBe('false');
    expect(settings?.log).toContain('::notice title=config drift::pull request from the fork someone/fork');
  });
});
