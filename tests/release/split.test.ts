// Every action's split tree (the publishable mc/<name> repository) runs on its own: the
// runner-contract harness runs it from a temp directory outside this repository (no
// node_modules to fall back on), with no inputs in an empty workspace and with nonsense inputs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { discoverActions, listFiles } from '../../scripts/release/plan.js';
import { rewriteLink, rewriteReadme, splitAction } from '../../scripts/release/split.js';
import { UsageError } from '../../src/core/errors.js';
import { tempDir } from './fixture.js';
import { repoRoot, runBuiltAction } from '../harness/runner.js';

const actions = discoverActions(repoRoot);
const base = tempDir('mc-split-');

describe('README links in the split tree', () => {
  const shipped = new Set(['action.yml', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/index.js']);
  const rw = (t: string, ref = 'main') => rewriteLink(t, 'opa-sim', ['opa-sim', 'evidence-pack'], shipped, ref);
  it('keeps URLs, anchors and files the tree contains; sends the rest to mc/actions or the other action repositories', () => {
    expect(rw('https://example.com/x')).toBe('https://example.com/x');
    expect(rw('#inputs')).toBe('#inputs');
    expect(rw('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(rw('action.yml')).toBe('action.yml');
    expect(rw('./CHANGELOG.md#100')).toBe('CHANGELOG.md#100');
    expect(rw('../../docs/ARCHITECTURE.md#exit-codes', 'opa-sim/v1.2.0')).toBe(
      'https://github.com/mc/actions/blob/opa-sim/v1.2.0/docs/ARCHITECTURE.md#exit-codes',
    );
    expect(rw('../../examples/opa-sim/')).toBe('https://github.com/mc/actions/tree/main/examples/opa-sim');
    expect(rw('/policies/mc/isolation.rego')).toBe('https://github.com/mc/actions/blob/main/policies/mc/isolation.rego');
    expect(rw('../evidence-pack/README.md')).toBe('https://github.com/mc/evidence-pack#readme');
    expect(rw('../evidence-pack/')).toBe('https://github.com/mc/evidence-pack');
    expect(rw('../evidence-pack/CHANGELOG.md')).toBe('https://github.com/mc/evidence-pack/blob/main/CHANGELOG.md');
    expect(rw('src/not-shipped.ts')).toBe('https://github.com/mc/actions/blob/main/actions/opa-sim/src/not-shipped.ts');
  });
  it('rewrites inline links, images and reference definitions, not code', () => {
    const md =
      'A [link with `code`\n](../../docs/A.md) and ![img](../../docs/i.png "t").\n\n`[x](../../no)`\n\n```md\n[y](../../no)\n```\n\n[ref]: ../../docs/B.md\n';
    expect(rewriteReadme(md, (t) => `<${t}>`)).toBe(
      'A [link with `code`\n](<../../docs/A.md>) and ![img](<../../docs/i.png> "t").\n\n`[x](../../no)`\n\n```md\n[y](../../no)\n```\n\n[ref]: <../../docs/B.md>\n',
    );
  });
});

describe('split', () => {
  it('refuses an unknown action and a non-empty output directory', () => {
    expect(() => splitAction(repoRoot, 'no-such-action', join(base, 'x'))).toThrow(UsageError);
    const full = tempDir('mc-split-full-');
    writeFileSync(join(full, 'keep.txt'), 'mine');
    expect(() => splitAction(repoRoot, actions[0], full)).toThrow(/is not empty/);
    expect(readFileSync(join(full, 'keep.txt'), 'utf8')).toBe('mine');
  });

  for (const name of actions) {
    describe(name, () => {
      const out = join(base, name);
      it('writes action.yml at the root, dist/, README.md, LICENSE and CHANGELOG.md', () => {
        const files = splitAction(repoRoot, name, out, { ref: `${name}/v1.0.0` });
        expect(files).toEqual(listFiles(out));
        for (const f of ['action.yml', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/package.json'])
          expect(existsSync(join(out, f)), f).toBe(true);
        expect(files.every((f) => ['action.yml', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(f) || f.startsWith('dist/'))).toBe(true);
        expect(readFileSync(join(out, 'LICENSE'), 'utf8')).toContain(
          'Apache License\n                           Version 2.0, January 2004',
        );
        expect(readFileSync(join(out, 'action.yml'), 'utf8')).toBe(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8'));
        // every relative link of the README resolves inside the split tree
        const readme = readFileSync(join(out, 'README.md'), 'utf8')
          .replace(/```[\s\S]*?```/g, '')
          .replace(/`[^`\n]*`/g, '');
        for (const m of readme.matchAll(/\]\(([^)\s]+)/g)) {
          const t = m[1].split('#')[0];
          if (!t || /^[a-z]+:/i.test(t)) continue;
          expect(existsSync(join(out, t)), `README link ${m[1]}`).toBe(true);
        }
      });
      it('run with no inputs in an empty workspace: exit 2 with an ::error line', async () => {
        const run = await runBuiltAction(name, { actionDir: out });
        expect(run.exitCode, run.stdout + run.stderr).toBe(2);
        expect(run.stdout).toMatch(/^::error[^\n]*::\S/m);
        expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      });
      it('honours the runner contract: nonsense input exits 2 with an error annotation', async () => {
        const meta = parse(readFileSync(join(out, 'action.yml'), 'utf8'));
        expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
        const inputs: Record<string, string> = {};
        for (const k of Object.keys(meta.inputs ?? {})) inputs[k] = '';
        const first = Object.keys(meta.inputs ?? {})[0];
        inputs[first] = first === 'mode' ? 'no-such-mode' : 'no/such/file-or-mode';
        const run = await runBuiltAction(name, { actionDir: out, inputs });
        expect(run.exitCode, run.stdout + run.stderr).toBe(2);
        expect(run.annotations.some((a) => a.level === 'error')).toBe(true);
        expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      });
    });
  }
});
