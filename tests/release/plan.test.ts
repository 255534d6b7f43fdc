// Release planning: versions from change records and from bundle digests, CHANGELOG sections in
// Keep a Changelog form, and the `npm run release -- plan` output after a record for one action.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan, bundleDigest, changelogSection, computePlan, discoverActions, readRecords } from '../../scripts/release/plan.js';
import { InputError } from '../../src/core/errors.js';
import { repoRoot } from '../harness/runner.js';
import { commitAll, makeRepo, record, writeBundle } from './fixture.js';

const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const releaseCli = (root: string, ...args: string[]) =>
  spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), ...args, '--root', root], { encoding: 'utf8' });

/** A fixture whose three actions were released: alpha 1.2.0, beta 1.0.3, gamma 2.1.0. */
async function released() {
  const fx = makeRepo();
  const plan = computePlan(fx.root);
  // first release: everything goes to 1.0.0
  expect(plan.releases.map((r) => [r.name, r.next])).toEqual([
    ['alpha', '1.0.0'],
    ['beta', '1.0.0'],
    ['gamma', '1.0.0'],
  ]);
  await applyPlan(fx.root, plan, '2026-01-01');
  // move the state to the versions the tests talk about
  const state = JSON.parse(readFileSync(join(fx.root, '.changeset/released.json'), 'utf8'));
  state.alpha.version = '1.2.0';
  state.beta.version = '1.0.3';
  state.gamma.version = '2.1.0';
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(fx.root, '.changeset/released.json'), JSON.stringify(state, null, 2));
  commitAll(fx.root, 'released');
  return fx;
}

describe('release plan', () => {
  it('discovers the actions of this repository from actions/*/action.yml', () => {
    const names = discoverActions(repoRoot);
    expect(names).toEqual(
      expect.arrayContaining([
        'canary-score',
        'config-attest',
        'evidence-pack',
        'grounding-check',
        'intoto-verify',
        'opa-sim',
        'trajectory-golden',
      ]),
    );
    for (const n of names) expect(existsSync(join(repoRoot, 'actions', n, 'CHANGELOG.md')), n).toBe(true);
  });

  it('the CHANGELOG of every action here is Keep a Changelog with an [Unreleased] section', () => {
    for (const n of discoverActions(repoRoot)) {
      const text = readFileSync(join(repoRoot, 'actions', n, 'CHANGELOG.md'), 'utf8');
      expect(text, n).toMatch(/keepachangelog\.com\/en\/1\.1\.0/);
      expect(text, n).toMatch(/^## \[Unreleased\]$/m);
      // every change record in this repository parses and names real actions
    }
    expect(() => readRecords(repoRoot, discoverActions(repoRoot))).not.toThrow();
  });

  it('nothing changes when no record exists and no bundle changed', async () => {
    const fx = await released();
    const plan = computePlan(fx.root);
    expect(plan.releases).toEqual([]);
    expect(plan.unchanged).toEqual([
      { name: 'alpha', version: '1.2.0' },
      { name: 'beta', version: '1.0.3' },
      { name: 'gamma', version: '2.1.0' },
    ]);
  });

  it('a change record for one action bumps that action and leaves the others alone (CLI output)', async () => {
    const fx = await released();
    record(fx.root, 'alpha-feature.md', { alpha: 'minor' }, 'Added: a new input `depth`.');
    const run = releaseCli(fx.root, 'plan');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('release plan: 1 of 3 release units change');
    expect(run.stdout).toContain('alpha  1.2.0 -> 1.3.0  (minor)');
    expect(run.stdout).toContain('because   .changeset/alpha-feature.md (minor)');
    expect(run.stdout).toContain('tag       alpha/v1.3.0 in mc/actions');
    expect(run.stdout).toContain('push      split tree of actions/alpha to mc/alpha: branch main, tag v1.3.0, move v1 -> v1.3.0');
    expect(run.stdout).toContain('unchanged: beta 1.0.3, gamma 2.1.0');
    expect(run.stdout).not.toMatch(/beta\s+1\.0\.3 ->|gamma\s+2\.1\.0 ->/);
    const json = JSON.parse(releaseCli(fx.root, 'plan', '--json').stdout);
    expect(json.releases.map((r: { name: string; next: string }) => [r.name, r.next])).toEqual([['alpha', '1.3.0']]);
  });

  it('a bundle that changed (shared code) is released as a patch without a record; the highest bump wins', async () => {
    const fx = await released();
    writeBundle(fx.root, 'beta', 'console.log("v2 from a shared core change")');
    record(fx.root, 'gamma-break.md', { gamma: 'major', alpha: 'patch' }, 'Removed: the `legacy` input.');
    record(fx.root, 'gamma-fix.md', { gamma: 'patch' }, 'Fixed: exit 2 on an empty file.');
    const plan = computePlan(fx.root);
    expect(plan.releases.map((r) => [r.name, r.current, r.next])).toEqual([
      ['alpha', '1.2.0', '1.2.1'],
      ['beta', '1.0.3', '1.0.4'],
      ['gamma', '2.1.0', '3.0.0'],
    ]);
    const beta = plan.releases.find((r) => r.name === 'beta')!;
    expect(beta.bundleChanged).toBe(true);
    expect(beta.reasons).toEqual(['bundle changed (action.yml or dist/ differs from the released one)']);
    expect(plan.releases.find((r) => r.name === 'gamma')!.majorTag).toBe('v3');
  });

  it('a changed action.yml counts as a changed bundle', async () => {
    const fx = await released();
    const before = bundleDigest(fx.root, 'alpha');
    const { appendFileSync } = await import('node:fs');
    appendFileSync(join(fx.root, 'actions/alpha/action.yml'), 'branding: { icon: check, color: green }\n');
    expect(bundleDigest(fx.root, 'alpha')).not.toBe(before);
    expect(computePlan(fx.root).releases.map((r) => r.name)).toEqual(['alpha']);
  });

  it('the bundles of this repository hash differently per action', () => {
    const names = discoverActions(repoRoot).filter((n) => existsSync(join(repoRoot, 'actions', n, 'dist/index.js')));
    const digests = names.map((n) => bundleDigest(repoRoot, n));
    expect(new Set(digests).size).toBe(names.length);
    for (const d of digests) expect(d).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('version writes the CHANGELOG section, the released state, and consumes the records', async () => {
    const fx = await released();
    record(fx.root, 'alpha-feature.md', { alpha: 'minor' }, 'Added: a new input `depth`.');
    record(fx.root, 'alpha-fix.md', { alpha: 'patch' }, 'the summary line is\nnow wrapped.');
    writeBundle(fx.root, 'alpha', 'console.log("v2")');
    const run = releaseCli(fx.root, 'version', '--date', '2026-12-03');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('alpha 1.2.0 -> 1.3.0');
    const log = readFileSync(join(fx.root, 'actions/alpha/CHANGELOG.md'), 'utf8');
    expect(changelogSection(log, '1.3.0')).toBe(
      '### Added\n\n- a new input `depth`.\n\n### Fixed\n\n- the summary line is\n  now wrapped.\n',
    );
    // the section sits under an empty [Unreleased], above the previous one
    expect(log).toMatch(/## \[Unreleased\]\n\n## \[1\.3\.0\] - 2026-12-03\n[\s\S]*## \[1\.0\.0\] - 2026-01-01\n/);
    const state = JSON.parse(readFileSync(join(fx.root, '.changeset/released.json'), 'utf8'));
    expect(state.alpha).toEqual({ version: '1.3.0', bundle: bundleDigest(fx.root, 'alpha') });
    expect(state.beta.version).toBe('1.0.3');
    expect(existsSync(join(fx.root, '.changeset/alpha-feature.md'))).toBe(false);
    expect(computePlan(fx.root).releases).toEqual([]);
    // notes prints the section for the GitHub Release
    expect(releaseCli(fx.root, 'notes', 'alpha', 'v1.3.0').stdout).toContain('- a new input `depth`.');
  });

  it('the first release absorbs the [Unreleased] entries into [1.0.0]', () => {
    const fx = makeRepo(['solo', 'other']);
    const run = releaseCli(fx.root, 'version', '--date', '2026-12-03');
    expect(run.status, run.stderr).toBe(0);
    const log = readFileSync(join(fx.root, 'actions/solo/CHANGELOG.md'), 'utf8');
    expect(changelogSection(log, '1.0.0')).toBe('### Added\n\n- First release of solo.\n');
  });

  it('rejects a record naming an unknown action or bump, with the file and field (exit 2)', async () => {
    const fx = await released();
    record(fx.root, 'typo.md', { alpah: 'minor' }, 'oops');
    expect(() => computePlan(fx.root)).toThrow(InputError);
    const run = releaseCli(fx.root, 'plan');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.changeset\/typo\.md: alpah: expected an action name \(one of alpha, beta, gamma\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const fx2 = await released();
    record(fx2.root, 'bad.md', { alpha: 'huge' }, 'oops');
    expect(releaseCli(fx2.root, 'plan').stderr).toMatch(
      /bad\.md: front matter: expected .*invalid version type "huge" for package "alpha"/,
    );
  });

  it('rejects a released state with unknown keys (exit 2)', async () => {
    const fx = await released();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(fx.root, '.changeset/released.json'),
      JSON.stringify({ alpha: { version: '1.0.0', bundle: 'sha256:' + '0'.repeat(64), extra: 1 } }),
    );
    const run = releaseCli(fx.root, 'plan');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.changeset/released.json: alpha.extra: expected only the keys version and bundle');
  });

  it('add writes a change record the plan reads', async () => {
    const fx = await released();
    const run = releaseCli(fx.root, 'add', 'beta:minor', 'gamma:patch', 'Added: a `--format sarif` output.');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('wrote .changeset/a-format-sarif-output.md\n');
    expect(readFileSync(join(fx.root, '.changeset/a-format-sarif-output.md'), 'utf8')).toBe(
      '---\n"beta": minor\n"gamma": patch\n---\n\nAdded: a `--format sarif` output.\n',
    );
    expect(computePlan(fx.root).releases.map((r) => [r.name, r.next])).toEqual([
      ['beta', '1.1.0'],
      ['gamma', '2.1.1'],
    ]);
    const bad = releaseCli(fx.root, 'add', 'delta:minor', 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown release unit 'delta' (have: alpha, beta, gamma)");
    expect(releaseCli(fx.root, 'add', 'beta:minor').status).toBe(2);
  });

  it('git is on PATH for the tag tests', () => {
    expect(execFileSync('git', ['--version'], { encoding: 'utf8' })).toMatch(/git version/);
  });
});
