// The `mc` CLI as an npm package: `npm pack`, install the tarball into an empty directory with no
// registry (--offline; the package has no runtime dependencies: ncc bundles them into dist/cli),
// then `npx mc --help` and `npx mc evidence verify` on a pack signed with the dev key.
// Needs dist/cli (npm run build; CI builds before the tests).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { node24, repoRoot } from '../harness/runner.js';
import { tempDir } from './fixture.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
// npm and npx run on the pinned Node 24, as in npm scripts
const env = {
  ...process.env,
  PATH: `${dirname(node24)}:${process.env.PATH}`,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};
const run = (cwd: string, cmd: string, args: string[]) => spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });

describe('the mc CLI package', () => {
  let files: string[] = [];
  let tarball = '';
  let prefix = '';

  beforeAll(() => {
    expect(existsSync(join(repoRoot, 'dist/cli/index.js')), 'dist/cli is built (npm run build -- cli)').toBe(true);
    const out = tempDir('mc-rel-pack-');
    // the bundle exists: pack it as is (prepack would rebuild it, which `npm publish` does)
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: repoRoot, env, encoding: 'utf8' }),
    );
    files = packed[0].files.map((f: { path: string }) => f.path).sort();
    tarball = join(out, packed[0].filename);
    prefix = tempDir('mc-rel-install-');
    writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
    const inst = run(prefix, 'npm', ['install', '--offline', '--no-audit', '--no-fund', tarball]);
    expect(inst.status, inst.stdout + inst.stderr).toBe(0);
  }, 300_000);

  it('is publishable: not private, scoped name, bin, engines, no runtime dependencies', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.name).toBe('@mc-actions/cli');
    expect(pkg.bin).toEqual({ mc: 'bin/mc.js' });
    expect(pkg.engines.node).toBe('>=24');
    expect(pkg.license).toBe('Apache-2.0');
    // everything the CLI runs is bundled into dist/cli by ncc: only node builtins stay external
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const f of readdirSync(join(repoRoot, 'dist/cli')).filter((f) => f.endsWith('.js'))) {
      const js = readFileSync(join(repoRoot, 'dist/cli', f), 'utf8');
      for (const m of js.matchAll(/__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("([^"]+)"\)/g))
        expect(m[1], `${f} requires ${m[1]}`).toMatch(
          /^(node:.*|buffer|process|module|events|stream|url|util|os|path|fs|crypto|child_process|worker_threads)$/,
        );
    }
  });

  it('the tarball holds only what runs: bin/, dist/cli/, package.json, README.md, LICENSE', () => {
    expect(files.filter((f) => !f.startsWith('dist/cli/'))).toEqual(['LICENSE', 'README.md', 'bin/mc.js', 'package.json']);
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('dist/cli/package.json');
  });

  it('npx mc --help works from the installed tarball', () => {
    const r = run(prefix, 'npx', ['--offline', '--no-install', 'mc', '--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^usage: mc <command>/);
    expect(r.stdout).toContain('evidence');
  });

  it('npx mc evidence verify passes on a pack signed with the dev key, and fails on a tampered file', () => {
    const ws = tempDir('mc-rel-evidence-');
    mkdirSync(join(ws, 'reports'));
    writeFileSync(join(ws, 'reports/gate.json'), '{"gate":"opa-sim","verdict":"pass"}\n');
    writeFileSync(join(ws, 'reports/summary.md'), '# all gates passed\n');
    const mc = (...args: string[]) => run(ws, join(prefix, 'node_modules/.bin/mc'), args);
    const packRun = mc(
      'evidence',
      'pack',
      '--key',
      join(repoRoot, 'examples/keys/dev-not-for-production.pem'),
      '--out',
      'pack',
      'reports/**',
    );
    expect(packRun.status, packRun.stdout + packRun.stderr).toBe(0);
    const verify = run(ws, 'npx', [
      '--prefix',
      prefix,
      '--offline',
      '--no-install',
      'mc',
      'evidence',
      'verify',
      'pack',
      '--jwks',
      join(repoRoot, 'examples/keys/dev-jwks.json'),
    ]);
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toContain('files: 2 ok, 0 missing, 0 mismatched, 0 unexpected');
    writeFileSync(join(ws, 'reports/gate.json'), '{"gate":"opa-sim","verdict":"fail"}\n');
    const tampered = run(ws, 'npx', [
      '--prefix',
      prefix,
      '--offline',
      '--no-install',
      'mc',
      'evidence',
      'verify',
      'pack',
      '--jwks',
      join(repoRoot, 'examples/keys/dev-jwks.json'),
    ]);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain('mismatched');
  });
});
