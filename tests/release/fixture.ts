// A throwaway monorepo for the release tests: actions with small stand-in bundles, a LICENSE,
// CHANGELOGs, a git repository with a bare `origin`, and bare repositories standing in for mc/<name>.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { HEADER } from '../../scripts/release/plan.js';

/** Temp directories made by this test file, removed after it. */
const made: string[] = [];
export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

export const gitEnv = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
for (const [k, v] of Object.entries(gitEnv)) process.env[k] = v;

export function sh(cwd: string, cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...gitEnv } }).trim();
}

/** Writes (or rewrites) the stand-in bundle of an action. */
export function writeBundle(root: string, name: string, body: string): void {
  mkdirSync(join(root, 'actions', name, 'dist'), { recursive: true });
  writeFileSync(join(root, 'actions', name, 'dist/index.js'), `// ${name}\n${body}\n`);
  writeFileSync(join(root, 'actions', name, 'dist/package.json'), '{ "type": "module" }\n');
}

/** Creates the fixture: actions `names`, each bundle 'v1', committed on main, with a bare origin. */
export function makeRepo(names = ['alpha', 'beta', 'gamma']): { root: string; remotes: string } {
  const base = tempDir('mc-release-');
  const root = join(base, 'repo');
  const remotes = join(base, 'remotes');
  mkdirSync(remotes);
  mkdirSync(root);
  writeFileSync(join(root, 'LICENSE'), 'Apache License\nVersion 2.0, January 2004\n');
  for (const n of names) {
    mkdirSync(join(root, 'actions', n), { recursive: true });
    writeFileSync(
      join(root, 'actions', n, 'action.yml'),
      `name: ${n}\ndescription: test action ${n}\nruns:\n  using: node24\n  main: dist/index.js\n`,
    );
    writeFileSync(
      join(root, 'actions', n, 'README.md'),
      `# ${n}\n\nSee [the docs](../../docs/X.md), [${names.find((x) => x !== n)}](../${names.find((x) => x !== n)}/README.md) and [the changelog](CHANGELOG.md).\n`,
    );
    writeFileSync(join(root, 'actions', n, 'CHANGELOG.md'), `${HEADER(n)}\n### Added\n\n- First release of ${n}.\n`);
    writeBundle(root, n, 'console.log("v1")');
    sh(remotes, 'git', ['init', '-q', '--bare', '-b', 'main', `${n}.git`]);
  }
  sh(remotes, 'git', ['init', '-q', '--bare', '-b', 'main', 'monorepo.git']);
  sh(root, 'git', ['init', '-q', '-b', 'main']);
  sh(root, 'git', ['remote', 'add', 'origin', join(remotes, 'monorepo.git')]);
  commitAll(root, 'initial');
  return { root, remotes };
}

export function commitAll(root: string, msg: string): string {
  sh(root, 'git', ['add', '-A']);
  sh(root, 'git', ['commit', '-q', '--allow-empty', '-m', msg]);
  sh(root, 'git', ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
  return sh(root, 'git', ['rev-parse', 'HEAD']);
}

/** Writes a change record. */
export function record(root: string, file: string, bumps: Record<string, string>, summary: string): void {
  mkdirSync(join(root, '.changeset'), { recursive: true });
  writeFileSync(
    join(root, '.changeset', file),
    `---\n${Object.entries(bumps)
      .map(([k, v]) => `"${k}": ${v}`)
      .join('\n')}\n---\n\n${summary}\n`,
  );
}
