// --trust-ref: the baseline, the JWKS and every ignore file come from the trusted commit's git
// tree, never from the pull request's working tree. Each attack below is shown to work WITHOUT
// --trust-ref (so the test can fail) and to be refused WITH it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatJwks, generateKey, privateKeyPem } from '../../src/core/ed25519.js';
import { runBuiltAction, repoRoot } from '../harness/runner.js';
import { DEV_JWKS, DEV_KEY, mc, put, workspace, write } from './helpers.js';

const git = (ws: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: ws,
    encoding: 'utf8',
  }).trim();

const BASELINE = '.mc/baselines/production.intoto.jsonl';
const verifyArgs = (extra: string[] = []) => [
  'config-attest',
  'verify',
  '--env',
  'production',
  '--baseline',
  BASELINE,
  '--jwks',
  '.mc/jwks.json',
  '--ignore',
  '.mc/ignore.yaml',
  ...extra,
  'deploy/*.yaml',
];
// an ignore rule that covers every change of the drift pair
const COVER_ALL = 'ignoreDifferences:\n  - rule: pr-added\n    kind: Deployment\n    jsonPointers: [/spec, /metadata]\n';

/** A repository whose base commit holds a signed baseline, the JWKS and a benign ignore file. */
async function repo(): Promise<{ ws: string; base: string }> {
  const ws = workspace('mc-trust-');
  git(ws, 'init', '-q', '-b', 'main');
  put(ws, 'deploy/operator.yaml', 'drift-pairs/kube-prometheus-prometheusOperator-deployment/before.yaml');
  write(ws, '.mc/jwks.json', readFileSync(DEV_JWKS, 'utf8'));
  write(
    ws,
    '.mc/ignore.yaml',
    'ignoreDifferences:\n  - rule: replicas are autoscaled\n    kind: Deployment\n    jsonPointers: [/spec/replicas]\n',
  );
  const s = await mc(ws, ['config-attest', 'snapshot', '--key', DEV_KEY, '--env', 'production', '--out', BASELINE, 'deploy/*.yaml']);
  expect(s.code, s.stdout + s.stderr).toBe(0);
  git(ws, 'add', '-A');
  git(ws, 'commit', '-q', '-m', 'base');
  return { ws, base: git(ws, 'rev-parse', 'HEAD') };
}

/** The pull request: the Deployment drifts (12 counted changes against the baseline). */
function drift(ws: string): void {
  put(ws, 'deploy/operator.yaml', 'drift-pairs/kube-prometheus-prometheusOperator-deployment/after.yaml');
}

/** The pull request re-signs the baseline over its drifted files with its own key and replaces the JWKS. */
async function resign(ws: string): Promise<void> {
  const key = await generateKey();
  write(ws, 'attacker.pem', privateKeyPem(key));
  write(ws, '.mc/jwks.json', formatJwks([key.publicKey]));
  rmSync(join(ws, BASELINE));
  const s = await mc(ws, ['config-attest', 'snapshot', '--key', 'attacker.pem', '--env', 'production', '--out', BASELINE, 'deploy/*.yaml']);
  expect(s.code, s.stderr).toBe(0);
  rmSync(join(ws, 'attacker.pem'));
}

describe('mc config-attest verify --trust-ref', () => {
  it('the untouched base commit: exit 0, and the report records the trusted commit and blobs', async () => {
    const { ws, base } = await repo();
    const r = await mc(ws, verifyArgs(['--trust-ref', base, '--report', 'out/report.json']));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`trust material from ${base} (commit ${base.slice(0, 12)})`);
    const report = JSON.parse(readFileSync(join(ws, 'out/report.json'), 'utf8'));
    expect(report.status).toBe('no-drift');
    expect(report.trust).toMatchObject({ ref: base, commit: base });
    expect(Object.keys(report.trust.files).sort()).toEqual(['.mc/baselines/production.intoto.jsonl', '.mc/ignore.yaml', '.mc/jwks.json']);
    expect(report.trust.files['.mc/jwks.json']).toBe(git(ws, 'rev-parse', `${base}:.mc/jwks.json`));
  });

  it('a drifted pull request: exit 1 (branch names resolve too)', async () => {
    const { ws } = await repo();
    git(ws, 'checkout', '-q', '-b', 'pr');
    drift(ws);
    git(ws, 'commit', '-qam', 'pr: drift');
    const r = await mc(ws, verifyArgs(['--trust-ref', 'main']));
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/DRIFT/);
  });

  it('the pull request adds an ignore rule covering its change: exit 1 with --trust-ref (exit 0 without: the attack is real)', async () => {
    const { ws, base } = await repo();
    drift(ws);
    write(ws, '.mc/ignore.yaml', COVER_ALL);
    git(ws, 'commit', '-qam', 'pr: drift, and ignore it');
    const bypass = await mc(ws, verifyArgs());
    expect(bypass.code, bypass.stdout).toBe(0);
    const r = await mc(ws, verifyArgs(['--trust-ref', base]));
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain(".mc/ignore.yaml: the working tree's copy differs from");
    // uncommitted edits are not read either
    write(ws, '.mc/ignore.yaml', COVER_ALL + '  - kind: "*"\n    paths: ["/**"]\n');
    expect((await mc(ws, verifyArgs(['--trust-ref', base]))).code).toBe(1);
  });

  it('an ignore file only the pull request adds is refused (exit 2, named), never applied', async () => {
    const { ws, base } = await repo();
    drift(ws);
    write(ws, '.mc/pr-ignore.yaml', COVER_ALL);
    const args = [
      'config-attest',
      'verify',
      '--env',
      'production',
      '--baseline',
      BASELINE,
      '--jwks',
      '.mc/jwks.json',
      '--ignore',
      '.mc/pr-ignore.yaml',
      'deploy/*.yaml',
    ];
    expect((await mc(ws, args)).code).toBe(0); // the attack without --trust-ref
    const r = await mc(ws, [...args.slice(0, 2), '--trust-ref', base, ...args.slice(2)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${base}:.mc/pr-ignore.yaml`);
    expect(r.stderr).toContain('a file only the pull request adds is not trusted');
  });

  it('the pull request re-signs the baseline with its own key and replaces the JWKS: exit 1 with --trust-ref (exit 0 without)', async () => {
    const { ws, base } = await repo();
    drift(ws);
    await resign(ws);
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'pr: drift, re-signed');
    const bypass = await mc(ws, verifyArgs());
    expect(bypass.code, bypass.stdout + bypass.stderr).toBe(0);
    const r = await mc(ws, verifyArgs(['--trust-ref', base, '--format', 'json']));
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.status).toBe('drift');
    expect(report.counts.changes).toBe(12);
  });

  it('a replace ref (git replace) cannot substitute the trusted JWKS', async () => {
    const { ws, base } = await repo();
    drift(ws);
    await resign(ws);
    const attackerJwks = execFileSync('git', ['hash-object', '-w', '.mc/jwks.json'], { cwd: ws, encoding: 'utf8' }).trim();
    const attackerBaseline = execFileSync('git', ['hash-object', '-w', BASELINE], { cwd: ws, encoding: 'utf8' }).trim();
    git(ws, 'replace', git(ws, 'rev-parse', `${base}:.mc/jwks.json`), attackerJwks);
    git(ws, 'replace', git(ws, 'rev-parse', `${base}:${BASELINE}`), attackerBaseline);
    expect(git(ws, 'show', `${base}:.mc/jwks.json`)).toBe(readFileSync(join(ws, '.mc/jwks.json'), 'utf8').trim()); // git itself honours them
    const r = await mc(ws, verifyArgs(['--trust-ref', base]));
    expect(r.code, r.stdout + r.stderr).toBe(1);
  });

  it('symbolic links, directories, unknown refs and option-like refs are unusable input (exit 2)', async () => {
    const { ws } = await repo();
    git(ws, 'checkout', '-q', '-b', 'linked');
    rmSync(join(ws, '.mc/jwks.json'));
    symlinkSync('../attacker-jwks.json', join(ws, '.mc/jwks.json'));
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'symlinked jwks');
    const link = await mc(ws, verifyArgs(['--trust-ref', 'linked']));
    expect(link.code).toBe(2);
    expect(link.stderr).toContain('linked:.mc/jwks.json');
    expect(link.stderr).toContain('a symbolic link');
    const dir = await mc(ws, [
      'config-attest',
      'verify',
      '--env',
      'production',
      '--trust-ref',
      'main',
      '--baseline',
      '.mc',
      '--jwks',
      '.mc/jwks.json',
      'deploy/*.yaml',
    ]);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toContain('a directory');
    const unknown = await mc(ws, verifyArgs(['--trust-ref', 'no-such-branch']));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('fetch-depth: 0');
    const opt = await mc(ws, verifyArgs(['--trust-ref=--output=/tmp/x']));
    expect(opt.code).toBe(2);
    expect(existsSync('/tmp/x')).toBe(false);
  });
});

describe('config-attest action: trust-ref defaults to the pull request base commit', () => {
  beforeAll(() => {
    if (!existsSync(join(repoRoot, 'actions/config-attest/dist/index.js'))) throw new Error('build the action first: npm run build');
  });

  it('on a pull_request event a re-signed baseline and an added ignore rule do not pass (exit 1); the base itself passes', async () => {
    const { ws, base } = await repo();
    const event = join(ws, '..', `${ws.split('/').pop()}-event.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { number: 3, base: { sha: base } } }));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
    const inputs = {
      mode: 'verify',
      environment: 'production',
      paths: 'deploy/*.yaml',
      baseline: BASELINE,
      jwks: '.mc/jwks.json',
      'ignore-file': '.mc/ignore.yaml',
      report: 'out/report.json',
      comment: 'false',
    };
    const ok = await runBuiltAction('config-attest', { workspace: ws, inputs, env });
    expect(ok.exitCode, ok.stdout + ok.stderr).toBe(0);

    drift(ws);
    write(ws, '.mc/ignore.yaml', COVER_ALL);
    await resign(ws);
    const r = await runBuiltAction('config-attest', { workspace: ws, inputs: { ...inputs, report: 'out/report2.json' }, env });
    expect(r.exitCode, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.status).toBe('drift');
    expect(r.summary).toContain(`at commit \`${base.slice(0, 12)}\`, never from the pull request's tree`);
    expect(
      r.annotations
        .filter((a) => a.level === 'warning')
        .map((a) => a.message)
        .join('\n'),
    ).toContain(".mc/jwks.json: the working tree's copy differs");
    const report = JSON.parse(readFileSync(join(ws, 'out/report2.json'), 'utf8'));
    expect(report.trust.commit).toBe(base);
    // without a trusted ref (a push event), the same tree passes: the default is what protects pull requests
    const push = await runBuiltAction('config-attest', {
      workspace: ws,
      inputs: { ...inputs, report: 'out/report3.json' },
      env: { GITHUB_EVENT_NAME: 'push' },
    });
    expect(push.exitCode).toBe(0);
  });
});
