/**
 * Action tests never run stale bundles: the content stamp (scripts/bundle-stamp.mjs) changes when a
 * source the bundle imports changes (not when an unrelated one does, nor with mtimes), and the global
 * setup has rebuilt every stale action bundle before any test file runs.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsHash, root, STAMP, staleTargets, targets } from '../../scripts/bundle-stamp.mjs';

describe('bundle content stamp', () => {
  const base = mkdtempSync(join(tmpdir(), 'mc-stamp-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const put = (p: string, text: string) => {
    mkdirSync(join(base, p, '..'), { recursive: true });
    writeFileSync(join(base, p), text);
  };
  put('src/entrypoints/a.ts', "import { x } from '../core/x.js';\nexport const a = x;\n");
  put('src/core/x.ts', "import type { Y } from './y.js';\nexport const x: Y = 1;\n");
  put('src/core/y.ts', 'export type Y = number;\n');
  put('src/core/unrelated.ts', 'export const u = 1;\n');
  put('actions/a/action.yml', 'name: a\n');
  put('package-lock.json', '{}\n');
  const stamp = () => put(`actions/a/dist/${STAMP}`, `${inputsHash(base, 'src/entrypoints/a.ts')}\n`);
  put('actions/a/dist/index.js', '// bundle\n');
  const stale = () => staleTargets(base, ['a']).map((t) => t.name);

  it('a freshly stamped bundle is current; mtimes do not matter', () => {
    stamp();
    expect(stale()).toEqual([]);
    utimesSync(join(base, 'src/core/x.ts'), new Date(), new Date(Date.now() + 3_600_000));
    expect(stale()).toEqual([]);
  });
  it('editing a source it does not import leaves it current', () => {
    put('src/core/unrelated.ts', 'export const u = 2;\n');
    expect(stale()).toEqual([]);
  });
  it('editing a source it imports (transitively, even type-only) makes it stale', () => {
    put('src/core/y.ts', 'export type Y = number | string;\n');
    expect(stale()).toEqual(['a']);
    stamp();
    put('package-lock.json', '{"changed": true}\n');
    expect(stale()).toEqual(['a']);
  });
  it('a missing stamp or bundle is stale', () => {
    stamp();
    rmSync(join(base, 'actions/a/dist', STAMP));
    expect(stale()).toEqual(['a']);
  });
  it('in this run every action bundle matches its sources (the global setup rebuilt stale ones)', () => {
    const actions = targets(root)
      .filter((t) => t.name !== 'cli')
      .map((t) => t.name);
    expect(actions.length).toBeGreaterThanOrEqual(6);
    expect(staleTargets(root, actions).map((t) => t.name)).toEqual([]);
  });
});
