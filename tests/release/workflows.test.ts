// The reusable workflows are a release unit of their own: tagged vX.Y.Z in this repository with a
// moving vX (callers use mc/actions/.github/workflows/<file>@v1), versioned from change records
// and from changes to the workflow files, with .github/workflows/CHANGELOG.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan, changelogSection, computePlan, discoverUnits, reusableWorkflows } from '../../scripts/release/plan.js';
import { pendingPublications, publishAction } from '../../scripts/release/publish.js';
import { repoRoot } from '../harness/runner.js';
import { commitAll, makeRepo, record, sh } from './fixture.js';

const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const quiet = () => undefined;

function withWorkflows() {
  const fx = makeRepo(['alpha', 'beta']);
  mkdirSync(join(fx.root, '.github/workflows'), { recursive: true });
  writeFileSync(
    join(fx.root, '.github/workflows/gate.yml'),
    'name: gate\non:\n  workflow_call:\n    inputs: {}\njobs:\n  g:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: mc/alpha@v1\n',
  );
  writeFileSync(
    join(fx.root, '.github/workflows/ci.yml'),
    'name: ci\non: [push]\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n',
  );
  commitAll(fx.root, 'workflows');
  return fx;
}

describe('reusable workflows release unit', () => {
  it('finds the workflows with an on.workflow_call trigger and adds the unit', () => {
    const { root } = withWorkflows();
    expect(reusableWorkflows(root)).toEqual(['.github/workflows/gate.yml']);
    expect(discoverUnits(root)).toEqual(['alpha', 'beta', 'workflows']);
  });

  it('held while they reference our actions by tag; released 1.0.0 once pinned; then only reusable workflow changes count', async () => {
    const { root, remotes } = withWorkflows();
    const cli = (...args: string[]) =>
      spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), ...args, '--root', root], { encoding: 'utf8' });
    // gate.yml uses mc/alpha@v1: the workflows wait until it can name a released commit
    record(root, 'both.md', { alpha: 'minor', workflows: 'minor' }, 'Added: alpha and the gate take a `region` input.');
    const plan = computePlan(root);
    expect(plan.releases.map((r) => r.name)).toEqual(['alpha', 'beta']);
    expect(plan.held).toEqual([
      { name: 'workflows', version: '0.0.0', reason: expect.stringContaining('.github/workflows/gate.yml:9 mc/alpha@v1') },
    ]);
    expect(cli('plan').stdout).toMatch(/workflows {2}0\.0\.0 {2}HELD: 1 reference\(s\) to our actions by tag, not by commit/);
    await applyPlan(root, plan, '2026-12-03');
    // the record keeps only the held unit's entry
    expect(readFileSync(join(root, '.changeset/both.md'), 'utf8')).toBe(
      '---\n"workflows": minor\n---\n\nAdded: alpha and the gate take a `region` input.\n',
    );
    commitAll(root, 'version actions');
    expect(cli('publish', '--remote', join(remotes, '{name}.git')).status).toBe(0);
    const alphaV1 = sh(join(remotes, 'alpha.git'), 'git', ['rev-parse', 'v1^{commit}']);
    // pin the workflows to the published commit (pins recorded by publish, in this repository)
    expect(cli('pin').stdout).toContain('.github/workflows/gate.yml:9: pinned mc/alpha@v1');
    expect(readFileSync(join(root, '.github/workflows/gate.yml'), 'utf8')).toContain(`- uses: mc/alpha@${alphaV1} # v1.0.0`);
    commitAll(root, 'pin');

    const next = computePlan(root);
    expect(next.held).toEqual([]);
    const wf = next.releases.find((r) => r.name === 'workflows')!;
    expect([wf.next, wf.tag, wf.repo, wf.majorTag, wf.reasons[0]]).toEqual([
      '1.0.0',
      'v1.0.0',
      'mc/actions',
      'v1',
      '.changeset/both.md (minor)',
    ]);
    expect(next.releases.map((r) => r.name)).toEqual(['workflows']);
    await applyPlan(root, next, '2026-12-03');
    expect(changelogSection(readFileSync(join(root, '.github/workflows/CHANGELOG.md'), 'utf8'), '1.0.0')).toBe(
      '### Added\n\n- alpha and the gate take a `region` input.\n',
    );
    const head = commitAll(root, 'version workflows');
    const p = pendingPublications(root).find((x) => x.name === 'workflows')!;
    expect(p).toMatchObject({ tag: 'v1.0.0', majorTag: 'v1', repo: 'mc/actions' });
    publishAction(root, p, { remote: join(remotes, '{name}.git'), log: quiet });
    const origin = join(remotes, 'monorepo.git');
    expect(sh(origin, 'git', ['rev-parse', 'v1.0.0^{commit}'])).toBe(head);
    expect(sh(origin, 'git', ['rev-parse', 'v1^{commit}'])).toBe(head);

    // the repository's own CI changes: no release
    writeFileSync(
      join(root, '.github/workflows/ci.yml'),
      'name: ci\non: [push, pull_request]\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n',
    );
    expect(computePlan(root).releases).toEqual([]);
    // a reusable workflow changes: a patch release of the workflows
    writeFileSync(
      join(root, '.github/workflows/gate.yml'),
      readFileSync(join(root, '.github/workflows/gate.yml'), 'utf8').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-24.04'),
    );
    expect(computePlan(root).releases.map((r) => [r.name, r.next])).toEqual([['workflows', '1.0.1']]);
    expect(cli('plan').stdout).toContain('tag       v1.0.1 in mc/actions, move v1 -> v1.0.1');
  });

  it('an unparseable workflow stops the plan with the file named (exit 2)', () => {
    const { root } = withWorkflows();
    writeFileSync(
      join(root, '.github/workflows/bad.yml'),
      "on: workflow_call\njobs:\n  a:\n    steps:\n      - run: echo | jq '{a: b}'\n        x: [\n",
    );
    const out = spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), 'plan', '--root', root], { encoding: 'utf8' });
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^release: \.github\/workflows\/bad\.yml: expected YAML/);
  });
});
