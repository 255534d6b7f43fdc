// bin/mc.js enables V8's compile cache (issue 17). The cache must never fail or hang a command:
// an uncreatable directory (HOME under /proc, where Node's recursive mkdir spins forever), a cache
// path that is a file, or NODE_DISABLE_COMPILE_CACHE all still run the command; a usable
// directory gets a private (0700) cache that Node writes and reuses.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const mc = join(root, 'bin/mc.js');
const dir = mkdtempSync(join(tmpdir(), 'mc-cc-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [mc, '--help'], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('mc compile cache', () => {
  it('a cache directory that cannot be created: the command runs, without hanging or warnings', () => {
    const r = run({ HOME: '/proc/mc-no-such-dir' });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: mc/);
    expect(r.stderr).toBe('');
  });

  it('a cache path that is a file: the command runs', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = run({ XDG_CACHE_HOME: file });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('a usable directory: a private cache is written, then reused', () => {
    const cache = join(dir, 'xdg');
    expect(run({ XDG_CACHE_HOME: cache }).status).toBe(0);
    const cc = join(cache, 'mc', 'v8-compile-cache');
    expect(existsSync(cc)).toBe(true);
    expect(statSync(cc).mode & 0o077).toBe(0);
    const [version] = readdirSync(cc);
    expect(readdirSync(join(cc, version)).length).toBeGreaterThan(0);
    const again = spawnSync(process.execPath, [mc, '--help'], {
      env: { PATH: process.env.PATH, XDG_CACHE_HOME: cache, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/skip persisting|reading cache/);
  });

  it('NODE_DISABLE_COMPILE_CACHE=1: no cache is written', () => {
    const cache = join(dir, 'off');
    expect(run({ XDG_CACHE_HOME: cache, NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(0);
    const cc = join(cache, 'mc', 'v8-compile-cache');
    expect(existsSync(cc) ? readdirSync(cc).flatMap((v) => readdirSync(join(cc, v))) : []).toEqual([]);
  });
});
