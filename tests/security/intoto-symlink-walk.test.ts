/**
 * Issue 19 item 14: an inspection records the working directory; two self-referencing symlinks in it
 * (`a -> .`, `b -> .`) made the artifact walk exponential (it never finished). The walk now skips a
 * link back to a directory on its own path, refuses a link leaving the recorded tree, and is bounded
 * in entries and bytes.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordArtifacts } from '../../src/intoto/artifacts.js';
import { mc as run } from '../helpers/cli.js';

/** `mc ARGS`, in-process, with an empty environment. */
const mc = (args: string[], cwd: string) => run(args, { cwd, env: {} });

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-sec-walk-'));
  writeFileSync(join(dir, 'app.txt'), 'built\n');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'x.txt'), 'x\n');
  return dir;
}

describe('artifact walk: cycles, escapes and bounds', () => {
  it('a -> . and b -> . (and sub/up -> ..): recorded once, at once', async () => {
    const dir = tree();
    symlinkSync('.', join(dir, 'a'));
    symlinkSync('.', join(dir, 'b'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    const rec = await recordArtifacts(['.'], { basePath: dir });
    expect(Object.keys(rec)).toEqual(['app.txt', 'sub/x.txt']);
  });

  it('a link to a sibling directory inside the tree is followed (as in_toto_run does), a link outside is refused', async () => {
    const dir = tree();
    symlinkSync('sub', join(dir, 'alias'));
    symlinkSync('app.txt', join(dir, 'app-link.txt'));
    expect(Object.keys(await recordArtifacts(['.'], { basePath: dir }))).toEqual(['alias/x.txt', 'app-link.txt', 'app.txt', 'sub/x.txt']);
    const outside = mkdtempSync(join(tmpdir(), 'mc-sec-outside-'));
    writeFileSync(join(outside, 'private.pem'), 'secret\n');
    symlinkSync(outside, join(dir, 'leak'));
    await expect(recordArtifacts(['.'], { basePath: dir })).rejects.toThrow(/symbolic link whose target stays inside the recorded tree/);
  });

  it('symlinks multiplying paths without a cycle hit the entry bound (exit 2), not memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-sec-dag-'));
    // d0 -> {a,b} -> d1 -> {a,b} -> d2 ...: 2^depth paths, no cycle
    const depth = 12;
    for (let i = depth; i >= 0; i--) {
      mkdirSync(join(dir, `d${i}`));
      writeFileSync(join(dir, `d${i}`, 'f'), String(i));
      if (i < depth) {
        symlinkSync(`../d${i + 1}`, join(dir, `d${i}`, 'a'));
        symlinkSync(`../d${i + 1}`, join(dir, `d${i}`, 'b'));
      }
    }
    await expect(recordArtifacts(['d0'], { basePath: dir, limits: { maxEntries: 5000 } })).rejects.toThrow(
      /at most 5000 directory entries/,
    );
    await expect(recordArtifacts(['d0'], { basePath: dir, limits: { maxBytes: 10 } })).rejects.toThrow(/at most 10 bytes/);
  });

  it('mc intoto verify with an inspection over a tree with a -> . and b -> .: finishes (exit 0), the links recorded nothing (DISALLOW * would catch a/app.txt)', async () => {
    const dir = tree();
    symlinkSync('.', join(dir, 'a'));
    symlinkSync('.', join(dir, 'b'));
    expect((await mc(['intoto', 'keygen', '--type', 'ed25519', join(dir, 'owner')], dir)).code).toBe(0);
    writeFileSync(
      join(dir, 'layout.yaml'),
      [
        '_type: layout',
        'expires: "2040-01-01T00:00:00Z"',
        'steps: []',
        'inspect:',
        '  - name: check',
        '    run: ["true"]',
        '    expected_materials: [[ALLOW, "app.txt"], [ALLOW, "sub/*"], [ALLOW, "owner*"], [ALLOW, "layout.yaml"], [ALLOW, "root.layout"], [DISALLOW, "*"]]',
        '    expected_products: [[ALLOW, "*"]]',
      ].join('\n'),
    );
    const s = await mc(['intoto', 'sign', '-f', 'layout.yaml', '-k', 'owner', '-t', 'ed25519', '-o', 'root.layout'], dir);
    expect(s.code, s.stderr).toBe(0);
    const r = await mc(['intoto', 'verify', '--layout', 'root.layout', '--layout-keys', 'owner.pub', '--key-types', 'ed25519'], dir);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code, r.stderr + r.stdout).toBe(0);
  });
});
