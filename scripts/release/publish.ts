/**
 * Publishing: tag `<action>/vX.Y.Z` here, push the split tree to `mc/<action>` with tag `vX.Y.Z`
 * and move `vX` in one atomic push, create the GitHub Release with the CHANGELOG section.
 *
 * Promises (each refused with the reason, exit 1): a version tag is never overwritten, a tag never
 * moves backwards (a new version must be above every released one), and the major tag moves only
 * from the value read before the push (`--force-with-lease`), so two releases cannot race.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { McError, ExitCode } from '../../src/core/errors.js';
import {
  actionRepo,
  bundleDigest,
  changelogPath,
  changelogSection,
  MONOREPO,
  readState,
  RefusedError,
  STATE_FILE,
  tagPrefix,
  WORKFLOWS,
} from './plan.js';
import { splitAction } from './split.js';

/** Runs git; failures become an McError carrying git's own message. */
export function git(cwd: string, args: string[], opts: { env?: Record<string, string>; allowFail?: boolean } = {}): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...opts.env },
    }).trim();
  } catch (e) {
    if (opts.allowFail) return '';
    const err = e as { stderr?: string };
    throw new McError(`git ${args.join(' ')} failed: ${(err.stderr ?? String(e)).trim()}`, ExitCode.Usage);
  }
}

/** Versions X.Y.Z among tag names `<prefix>vX.Y.Z`. */
export function taggedVersions(tags: string[], prefix = ''): string[] {
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}v(\\d+\\.\\d+\\.\\d+)$`);
  return tags.map((t) => re.exec(t)?.[1]).filter((v): v is string => !!v && semver.valid(v) === v);
}

/**
 * The tag guard: `next` may be tagged only if no tag names it already and it is above every
 * released version (so neither vX.Y.Z nor the moving vX ever goes backwards).
 * @param where the repository and tag prefix, for the message
 * @throws RefusedError saying why
 */
export function checkNewVersion(released: string[], next: string, where: string): void {
  if (released.includes(next))
    throw new RefusedError(
      `${where}v${next} already exists: a released version is never overwritten (bump the version with a change record)`,
    );
  const highest = released.length ? semver.rsort([...released])[0] : undefined;
  if (highest && semver.lte(next, highest))
    throw new RefusedError(
      `${where}v${next} would move backwards: ${where}v${highest} is already released (a new version must be above it)`,
    );
}

/** One pending publication: an action whose versioned state has no tag here yet. */
export interface Pending {
  name: string;
  version: string;
  tag: string;
  majorTag: string;
  repo: string;
}

/** Actions whose version in .changeset/released.json is not tagged in the repository at `root`. */
export function pendingPublications(root: string): Pending[] {
  const state = readState(root);
  const tags = git(root, ['tag', '--list']).split('\n').filter(Boolean);
  const out: Pending[] = [];
  for (const [name, s] of Object.entries(state)) {
    if (tags.includes(`${tagPrefix(name)}v${s.version}`)) continue;
    out.push({
      name,
      version: s.version,
      tag: `${tagPrefix(name)}v${s.version}`,
      majorTag: `${tagPrefix(name)}v${semver.major(s.version)}`,
      repo: name === WORKFLOWS ? MONOREPO : actionRepo(name),
    });
  }
  return out;
}

export interface PublishOptions {
  /** git URL of the action's repository; `{name}` is replaced (default https://github.com/mc/{name}.git) */
  remote?: string;
  /** the remote of this repository (default `origin`) */
  origin?: string;
  /** do everything except pushing and creating the Release; print what would be pushed */
  dryRun?: boolean;
  /** create the GitHub Release with `gh` */
  githubRelease?: boolean;
  log?: (line: string) => void;
}

const BOT = {
  GIT_AUTHOR_NAME: 'mc-release',
  GIT_AUTHOR_EMAIL: 'mc-release@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'mc-release',
  GIT_COMMITTER_EMAIL: 'mc-release@users.noreply.github.com',
};

/** `--force-with-lease` argument: the ref must still have the value read before (or not exist). */
const lease = (ref: string, old: string) => `--force-with-lease=${ref}:${old}`;

/**
 * Publishes one pending action. Checks every guard first (here and in the action's repository),
 * then pushes the split tree with one atomic push (main, vX.Y.Z, vX), then the tags here
 * (`<name>/vX.Y.Z`, `<name>/vX`), then the GitHub Release. A rerun after a partial failure
 * continues: a remote vX.Y.Z whose tree is identical to the split tree counts as pushed.
 */
export function publishAction(
  root: string,
  p: Pending,
  opts: PublishOptions = {},
): { commit: string; state: 'published' | 'resumed' | 'dry-run' } {
  const log = opts.log ?? ((l: string) => console.log(l));
  const origin = opts.origin ?? 'origin';
  const state = readState(root)[p.name];
  // guard here: <name>/vX.Y.Z must be new and above every <name>/v* tag
  const hereTags = git(root, ['tag', '--list', `${tagPrefix(p.name)}v*`])
    .split('\n')
    .filter(Boolean);
  checkNewVersion(taggedVersions(hereTags, tagPrefix(p.name)), p.version, tagPrefix(p.name));
  const digest = bundleDigest(root, p.name);
  if (state.bundle !== digest)
    throw new RefusedError(
      `${p.name === WORKFLOWS ? 'the reusable workflows' : `actions/${p.name}`}: the built bundle (${digest}) is not the one versioned in ${STATE_FILE} (${state.bundle}): run npm run build, then npm run release -- version`,
    );
  const changelog = readFileSync(join(root, changelogPath(p.name)), 'utf8');
  const notes = changelogSection(changelog, p.version);
  if (!notes)
    throw new McError(`${changelogPath(p.name)}: no "## [${p.version}]" section (run npm run release -- version)`, ExitCode.Usage);

  const head = git(root, ['rev-parse', 'HEAD']);

  const work = mkdtempSync(join(tmpdir(), `mc-publish-${p.name}-`));
  try {
    const major = `v${semver.major(p.version)}`;
    let resumed = false;
    let commit = head;
    if (p.name !== WORKFLOWS) {
      const tree = join(work, 'tree');
      splitAction(root, p.name, tree, { ref: p.tag });
      const repo = join(work, 'repo');
      git(work, ['init', '-q', '-b', 'main', repo]);
      const url = (opts.remote ?? 'https://github.com/mc/{name}.git').replaceAll('{name}', p.name);
      git(repo, ['remote', 'add', 'origin', url]);
      const hasMain = git(repo, ['ls-remote', '--heads', 'origin', 'refs/heads/main']) !== '';
      git(repo, [
        'fetch',
        '-q',
        '--no-tags',
        'origin',
        ...(hasMain ? ['+refs/heads/main:refs/remotes/origin/main'] : []),
        '+refs/tags/*:refs/tags/*',
      ]);
      const parent = git(repo, ['rev-parse', '-q', '--verify', 'refs/remotes/origin/main'], { allowFail: true });
      git(repo, ['--work-tree', tree, 'add', '-A', '.']);
      const treeId = git(repo, ['write-tree']);
      const remoteTags = git(repo, ['tag', '--list']).split('\n').filter(Boolean);
      if (remoteTags.includes(`v${p.version}`)) {
        const existing = git(repo, ['rev-parse', `refs/tags/v${p.version}^{tree}`]);
        if (existing !== treeId)
          throw new RefusedError(`${p.repo}: v${p.version} already exists with different content: a released version is never overwritten`);
        resumed = true;
        log(`${p.repo}: v${p.version} already pushed with this exact tree; continuing with the tags here`);
      } else {
        checkNewVersion(taggedVersions(remoteTags), p.version, `${p.repo}: `);
      }

      if (resumed) {
        commit = git(repo, ['rev-parse', `refs/tags/v${p.version}^{commit}`]);
      } else {
        const msg = `${p.name} v${p.version}\n\nSplit from ${MONOREPO}@${head} (tag ${p.tag}).`;
        commit = git(repo, ['commit-tree', treeId, ...(parent ? ['-p', parent] : []), '-m', msg], { env: BOT });
        const oldMajor = git(repo, ['rev-parse', '-q', '--verify', `refs/tags/${major}`], { allowFail: true });
        git(repo, ['update-ref', 'refs/heads/main', commit]);
        git(repo, ['tag', '-a', `v${p.version}`, '-m', `${p.name} v${p.version}`, commit], { env: BOT });
        git(repo, ['tag', '-f', major, commit]);
        const push = [
          'push',
          '--atomic',
          '--porcelain',
          'origin',
          'refs/heads/main:refs/heads/main',
          `refs/tags/v${p.version}:refs/tags/v${p.version}`,
          lease(`refs/tags/${major}`, oldMajor),
          `refs/tags/${major}:refs/tags/${major}`,
        ];
        if (opts.dryRun) log(`dry run: in ${p.repo}: git ${push.join(' ')}`);
        else {
          git(repo, push);
          log(`${p.repo}: pushed main, v${p.version} and moved ${major} -> ${commit.slice(0, 12)}`);
        }
      }
    }

    // tags here, atomically; the major tag moves only from the value just read
    const hereMajor = p.majorTag;
    const oldHereMajor = git(root, ['rev-parse', '-q', '--verify', `refs/tags/${hereMajor}`], { allowFail: true });
    const pushHere = [
      'push',
      '--atomic',
      '--porcelain',
      origin,
      `refs/tags/${p.tag}:refs/tags/${p.tag}`,
      lease(`refs/tags/${hereMajor}`, oldHereMajor),
      `refs/tags/${hereMajor}:refs/tags/${hereMajor}`,
    ];
    if (opts.dryRun) {
      log(`dry run: here: git tag -a ${p.tag} ${head.slice(0, 12)}; git tag -f ${hereMajor}; git ${pushHere.join(' ')}`);
    } else {
      git(root, ['tag', '-a', p.tag, '-m', `${p.name} v${p.version}`, head], { env: BOT });
      git(root, ['tag', '-f', hereMajor, head]);
      git(root, pushHere);
      log(`here: tagged ${p.tag} and moved ${hereMajor} -> ${head.slice(0, 12)}`);
    }

    const notesFile = join(work, 'notes.md');
    writeFileSync(notesFile, notes);
    const gh = [
      'release',
      'create',
      `v${p.version}`,
      '--repo',
      p.repo,
      '--title',
      `${p.name} v${p.version}`,
      '--notes-file',
      notesFile,
      '--verify-tag',
    ];
    if (opts.dryRun || !opts.githubRelease)
      log(`${opts.dryRun ? 'dry run' : 'skipped (no --github-release)'}: gh ${gh.join(' ')}\n${notes.replace(/^/gm, '    ')}`);
    else {
      let exists = true;
      try {
        execFileSync('gh', ['release', 'view', `v${p.version}`, '--repo', p.repo], { stdio: 'ignore' });
      } catch {
        exists = false;
      }
      if (exists && !resumed) throw new RefusedError(`${p.repo}: a GitHub Release v${p.version} already exists: never overwritten`);
      if (!exists) execFileSync('gh', gh, { stdio: 'inherit' });
      log(`${p.repo}: GitHub Release v${p.version} ${exists ? 'was already there' : 'created'}`);
    }
    return { commit, state: opts.dryRun ? 'dry-run' : resumed ? 'resumed' : 'published' };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Whether a directory is a git work tree. */
export const isGitRepo = (dir: string) =>
  existsSync(join(dir, '.git')) || git(dir, ['rev-parse', '--is-inside-work-tree'], { allowFail: true }) === 'true';
