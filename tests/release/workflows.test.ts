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
  writeFileSync(join(fx.root, '.github/workflows/gate.yml'), 'name: gate\non:\n  workflow_call:\n    inputs: {}\njobs:\n  g:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: mc/alpha@v1\n');
  writeFileSync(join(fx.root, '.github/workflows/ci.yml'), 'name: ci\non: [push]\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n');
  commitAll(fx.root, 'workflows');
  return fx;
}

describe('reusable workflows release unit', () => {
  it('finds the workflows with an on.workflow_call trigger and adds the unit', () => {
    const { root } = withWorkflows();
    expect(reusableWorkflows(root)).toEqual(['.github/workflows/gate.yml']);
    expect(discoverUnits(root)).toEqual(['alpha', 'beta', 'workflows']);
  });

  it('first release 1.0.0, then only a change to a reusable workflow bumps it', async () => {
    const { root, remotes } = withWorkflows();
    const plan = computePlan(root);
    const wf = plan.releases.find((r) => r.name === 'workflows')!;
    expect([wf.next, wf.tag, wf.repo, wf.majorTag]).toEqual(['1.0.0', 'v1.0.0', 'mc/actions', 'v1']);
    await applyPlan(root, plan, '2026-12-03');
    expect(changelogSection(readFileSync(join(root, '.github/workflows/CHANGELOG.md'), 'utf8'), '1.0.0')).toBe('### Changed\n\n- First release.\n');
    const head = commitAll(root, 'version');
    const p = pendingPublications(root).find((x) => x.name === 'workflows')!;
    expect(p).toMatchObject({ tag: 'v1.0.0', majorTag: 'v1', repo: 'mc/actions' });
    publishAction(root, p, { remote: join(remotes, '{name}.git'), log: quiet });
    const origin = join(remotes, 'monorepo.git');
    expect(sh(origin, 'git', ['rev-parse', 'v1.0.0^{commit}'])).toBe(head);
    expect(sh(origin, 'git', ['rev-parse', 'v1^{commit}'])).toBe(head);

    // the repository's own CI changes: no release
    writeFileSync(join(root, '.github/workflows/ci.yml'), 'name: ci\non: [push, pull_request]\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n');
    expect(computePlan(root).releases).toEqual([]);
    // the reusable workflow is pinned to a new action commit: a patch release of the workflows
    writeFileSync(join(root, '.github/workflows/gate.yml'), readFileSync(join(root, '.github/workflows/gate.yml'), 'utf8').replace('mc/alpha@v1', `mc/alpha@${'a'.repeat(40)} # v1.0.0`));
    record(root, 'note.md', { workflows: 'minor' }, 'Added: the gate takes a `region` input.');
    const next = computePlan(root);
    expect(next.releases.map((r) => [r.name, r.next])).toEqual([['workflows', '1.1.0']]);
    const out = spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), 'plan', '--root', root], { encoding: 'utf8' });
    expect(out.stdout).toContain('workflows  1.0.0 -> 1.1.0  (minor)');
    expect(out.stdout).toContain('tag       v1.1.0 in mc/actions, move v1 -> v1.1.0');
  });

  it('an unparseable workflow stops the plan with the file named (exit 2)', () => {
    const { root } = withWorkflows();
    writeFileSync(join(root, '.github/workflows/bad.yml'), 'on: workflow_call\njobs:\n  a:\n    steps:\n      - run: echo | jq \'{a: b}\'\n        x: [\n');
    const out = spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), 'plan', '--root', root], { encoding: 'utf8' });
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^release: \.github\/workflows\/bad\.yml: expected YAML/);
  });
});
