// Publishing in temp git repositories: bare repositories stand in for mc/<name> and for this
// repository's origin. A tag never moves backwards and a released vX.Y.Z is never overwritten.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan, computePlan, RefusedError } from '../../scripts/release/plan.js';
import { checkNewVersion, pendingPublications, publishAction, taggedVersions } from '../../scripts/release/publish.js';
import { repoRoot } from '../harness/runner.js';
import { commitAll, makeRepo, record, sh, writeBundle } from './fixture.js';

const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const quiet = () => undefined;

/** Versions the pending changes and commits them, as the release workflow does. */
async function versionAndCommit(root: string, date = '2026-12-03') {
  await applyPlan(root, computePlan(root), date);
  return commitAll(root, 'release: version');
}

const remoteTags = (remote: string) =>
  sh(remote, 'git', ['for-each-ref', '--format=%(refname:short) %(objectname) %(*objectname)', 'refs/tags']).split('\n').filter(Boolean);
const peeled = (repo: string, ref: string) => sh(repo, 'git', ['rev-parse', `${ref}^{commit}`]);

describe('tag guard', () => {
  it('accepts only a new version above every released one', () => {
    expect(() => checkNewVersion([], '1.0.0', 'x/')).not.toThrow();
    expect(() => checkNewVersion(['1.0.0', '1.2.0'], '1.3.0', 'x/')).not.toThrow();
    expect(() => checkNewVersion(['1.0.0', '2.0.0'], '2.0.1', 'x/')).not.toThrow();
    expect(() => checkNewVersion(['1.0.0', '1.2.0'], '1.2.0', 'x/')).toThrow(
      /x\/v1\.2\.0 already exists: a released version is never overwritten/,
    );
    expect(() => checkNewVersion(['1.0.0', '1.2.0'], '1.1.5', 'x/')).toThrow(
      /x\/v1\.1\.5 would move backwards: x\/v1\.2\.0 is already released/,
    );
    // a maintenance release of an old major would move nothing backwards only within its own line: refused too
    expect(() => checkNewVersion(['1.4.0', '2.0.0'], '1.4.1', 'x/')).toThrow(RefusedError);
    expect(taggedVersions(['a/v1.0.0', 'a/v1', 'ab/v2.0.0', 'a/v1.1.0-rc.1', 'a/v1.2.3'], 'a/')).toEqual(['1.0.0', '1.2.3']);
  });
});

describe('publish', () => {
  it('tags here, pushes the split tree with vX.Y.Z and moves vX atomically; a second release moves vX forward', async () => {
    const { root, remotes } = makeRepo(['alpha', 'beta']);
    const head1 = await versionAndCommit(root);
    expect(pendingPublications(root).map((p) => p.tag)).toEqual(['alpha/v1.0.0', 'beta/v1.0.0']);
    const remote = join(remotes, '{name}.git');
    const r1 = publishAction(root, pendingPublications(root)[0], { remote, log: quiet });
    expect(r1.state).toBe('published');
    const alphaRemote = join(remotes, 'alpha.git');
    // the action's repository: main, v1.0.0 (annotated) and v1 at the same commit, the split tree at its root
    expect(peeled(alphaRemote, 'v1.0.0')).toBe(r1.commit);
    expect(peeled(alphaRemote, 'v1')).toBe(r1.commit);
    expect(peeled(alphaRemote, 'main')).toBe(r1.commit);
    expect(sh(alphaRemote, 'git', ['ls-tree', '-r', '--name-only', 'v1.0.0']).split('\n')).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'action.yml',
      'dist/index.js',
      'dist/package.json',
    ]);
    expect(sh(alphaRemote, 'git', ['show', 'v1.0.0:README.md'])).toContain('https://github.com/mc/actions/blob/alpha/v1.0.0/docs/X.md');
    expect(sh(alphaRemote, 'git', ['log', '-1', '--format=%B', 'v1.0.0'])).toContain(`Split from mc/actions@${head1}`);
    // this repository's origin: alpha/v1.0.0 and alpha/v1 at the released commit
    const origin = join(remotes, 'monorepo.git');
    expect(peeled(origin, 'alpha/v1.0.0')).toBe(head1);
    expect(peeled(origin, 'alpha/v1')).toBe(head1);
    expect(pendingPublications(root).map((p) => p.tag)).toEqual(['beta/v1.0.0']);

    // next release of alpha: 1.1.0 moves v1 forward, keeps v1.0.0 where it was
    record(root, 'feat.md', { alpha: 'minor' }, 'Added: something.');
    writeBundle(root, 'alpha', 'console.log("v2")');
    const head2 = await versionAndCommit(root);
    const r2 = publishAction(
      root,
      pendingPublications(root).find((p) => p.name === 'alpha')!,
      { remote, log: quiet },
    );
    expect(peeled(alphaRemote, 'v1.1.0')).toBe(r2.commit);
    expect(peeled(alphaRemote, 'v1')).toBe(r2.commit);
    expect(peeled(alphaRemote, 'v1.0.0')).toBe(r1.commit);
    expect(sh(alphaRemote, 'git', ['rev-parse', 'main^'])).toBe(r1.commit); // main is a fast-forward history of releases
    expect(peeled(origin, 'alpha/v1')).toBe(head2);
    expect(peeled(origin, 'alpha/v1.0.0')).toBe(head1);
  });

  it('refuses a version below the released one, and says why, without pushing anything', async () => {
    const { root, remotes } = makeRepo(['alpha', 'beta']);
    await versionAndCommit(root);
    const remote = join(remotes, '{name}.git');
    publishAction(root, pendingPublications(root)[0], { remote, log: quiet });
    record(root, 'feat.md', { alpha: 'minor' }, 'Added: something.');
    await versionAndCommit(root); // alpha 1.1.0
    publishAction(
      root,
      pendingPublications(root).find((p) => p.name === 'alpha')!,
      { remote, log: quiet },
    );
    const before = remoteTags(join(remotes, 'alpha.git'));
    // someone edits the state back to 1.0.5
    const state = JSON.parse(readFileSync(join(root, '.changeset/released.json'), 'utf8'));
    state.alpha.version = '1.0.5';
    writeFileSync(join(root, '.changeset/released.json'), JSON.stringify(state));
    commitAll(root, 'bad edit');
    const p = pendingPublications(root).find((x) => x.name === 'alpha')!;
    expect(() => publishAction(root, p, { remote, log: quiet })).toThrow(
      /alpha\/v1\.0\.5 would move backwards: alpha\/v1\.1\.0 is already released/,
    );
    expect(remoteTags(join(remotes, 'alpha.git'))).toEqual(before);
    // the plan says so too, with exit 1
    const run = spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), 'publish', '--root', root, '--remote', remote], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('would move backwards');
  });

  it('refuses to overwrite an existing vX.Y.Z in the action repository with different content', async () => {
    const { root, remotes } = makeRepo(['alpha', 'beta']);
    await versionAndCommit(root);
    const remote = join(remotes, '{name}.git');
    const p = pendingPublications(root)[0];
    publishAction(root, p, { remote, log: quiet });
    const alphaRemote = join(remotes, 'alpha.git');
    const v100 = peeled(alphaRemote, 'v1.0.0');
    // the tag here is lost (say, deleted by hand) and the bundle changed, but the state still says 1.0.0
    sh(root, 'git', ['tag', '-d', 'alpha/v1.0.0']);
    writeBundle(root, 'alpha', 'console.log("different")');
    const state = JSON.parse(readFileSync(join(root, '.changeset/released.json'), 'utf8'));
    const { bundleDigest } = await import('../../scripts/release/plan.js');
    state.alpha.bundle = bundleDigest(root, 'alpha');
    writeFileSync(join(root, '.changeset/released.json'), JSON.stringify(state));
    commitAll(root, 'rebuild');
    expect(() => publishAction(root, { ...p }, { remote, log: quiet })).toThrow(
      /mc\/alpha: v1\.0\.0 already exists with different content: a released version is never overwritten/,
    );
    expect(peeled(alphaRemote, 'v1.0.0')).toBe(v100);
  });

  it('a rerun after a partial failure resumes when the pushed tree is identical', async () => {
    const { root, remotes } = makeRepo(['alpha', 'beta']);
    await versionAndCommit(root);
    const remote = join(remotes, '{name}.git');
    const p = pendingPublications(root)[0];
    const r1 = publishAction(root, p, { remote, log: quiet });
    // the push of the tags here failed: delete them locally and on origin
    sh(root, 'git', ['tag', '-d', 'alpha/v1.0.0']);
    sh(root, 'git', ['push', '-q', 'origin', ':refs/tags/alpha/v1.0.0']);
    const r2 = publishAction(root, p, { remote, log: quiet });
    expect(r2).toEqual({ commit: r1.commit, state: 'resumed' });
    expect(sh(join(remotes, 'monorepo.git'), 'git', ['tag', '--list', 'alpha/*']).split('\n')).toEqual(['alpha/v1', 'alpha/v1.0.0']);
  });

  it('refuses when the built bundle is not the versioned one', async () => {
    const { root, remotes } = makeRepo(['alpha', 'beta']);
    await versionAndCommit(root);
    writeBundle(root, 'alpha', 'console.log("rebuilt after versioning")');
    expect(() => publishAction(root, pendingPublications(root)[0], { remote: join(remotes, '{name}.git'), log: quiet })).toThrow(
      /the built bundle .* is not the one versioned in \.changeset\/released\.json/,
    );
  });

  it('a dry run pushes nothing and prints the commands and release notes', async () => {
    const { root, remotes } = makeRepo(['alpha', 'beta']);
    await versionAndCommit(root);
    const run = spawnSync(
      tsx,
      [join(repoRoot, 'scripts/release.ts'), 'publish', '--dry-run', '--root', root, '--remote', join(remotes, '{name}.git')],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('dry run: in mc/alpha: git push --atomic');
    expect(run.stdout).toContain('--force-with-lease=refs/tags/v1:');
    expect(run.stdout).toContain('dry run: gh release create v1.0.0 --repo mc/alpha');
    expect(run.stdout).toContain('- First release of alpha.');
    expect(remoteTags(join(remotes, 'alpha.git'))).toEqual([]);
    expect(sh(root, 'git', ['tag', '--list'])).toBe('');
  });
  it('refuses a version below one already in the action repository even when the tags here are gone', async () => {
    const { root, remotes } = makeRepo(['alpha', 'beta']);
    await versionAndCommit(root);
    const remote = join(remotes, '{name}.git');
    publishAction(root, pendingPublications(root)[0], { remote, log: quiet });
    record(root, 'feat.md', { alpha: 'major' }, 'Removed: an input.');
    await versionAndCommit(root); // alpha 2.0.0
    publishAction(
      root,
      pendingPublications(root).find((p) => p.name === 'alpha')!,
      { remote, log: quiet },
    );
    for (const t of ['alpha/v1.0.0', 'alpha/v2.0.0', 'alpha/v1', 'alpha/v2']) sh(root, 'git', ['tag', '-d', t]);
    const state = JSON.parse(readFileSync(join(root, '.changeset/released.json'), 'utf8'));
    state.alpha.version = '1.5.0';
    writeFileSync(join(root, '.changeset/released.json'), JSON.stringify(state));
    writeFileSync(
      join(root, 'actions/alpha/CHANGELOG.md'),
      readFileSync(join(root, 'actions/alpha/CHANGELOG.md'), 'utf8').replace('## [2.0.0]', '## [1.5.0]'),
    );
    commitAll(root, 'bad edit');
    const v1 = peeled(join(remotes, 'alpha.git'), 'v1');
    expect(() =>
      publishAction(
        root,
        pendingPublications(root).find((p) => p.name === 'alpha')!,
        { remote, log: quiet },
      ),
    ).toThrow(/mc\/alpha: v1\.5\.0 would move backwards: mc\/alpha: v2\.0\.0 is already released/);
    expect(peeled(join(remotes, 'alpha.git'), 'v1')).toBe(v1);
  });

  it('plan refuses (exit 1) when the next version is already tagged here', async () => {
    const { root } = makeRepo(['alpha', 'beta']);
    await versionAndCommit(root);
    sh(root, 'git', ['tag', 'alpha/v1.1.0']);
    record(root, 'feat.md', { alpha: 'minor' }, 'Added: something.');
    const run = spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), 'plan', '--root', root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('REFUSED   alpha/v1.1.0 already exists: a released version is never overwritten');
    expect(run.stdout).toContain('versioned, not yet published: alpha 1.0.0 (tag alpha/v1.0.0), beta 1.0.0 (tag beta/v1.0.0)');
  });
  it('the CLI publishes every pending action and records the published commits in the pin table', async () => {
    const { root, remotes } = makeRepo(['alpha', 'beta']);
    await versionAndCommit(root);
    const run = spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), 'publish', '--root', root, '--remote', join(remotes, '{name}.git')], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('mc/alpha: pushed main, v1.0.0 and moved v1');
    expect(run.stdout).toContain('skipped (no --github-release): gh release create v1.0.0 --repo mc/beta');
    const pins = JSON.parse(readFileSync(join(root, 'scripts/release/pins.json'), 'utf8'));
    for (const n of ['alpha', 'beta']) {
      const sha = peeled(join(remotes, `${n}.git`), 'v1');
      expect(pins[`mc/${n}`]).toEqual({ v1: { sha, version: 'v1.0.0' }, 'v1.0.0': { sha, version: 'v1.0.0' } });
    }
    // publishing again finds nothing to do
    const again = spawnSync(
      tsx,
      [join(repoRoot, 'scripts/release.ts'), 'publish', '--root', root, '--remote', join(remotes, '{name}.git')],
      { encoding: 'utf8' },
    );
    expect(again.stdout).toContain('nothing to publish');
  });
});
