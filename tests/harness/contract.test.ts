// Every bundled action honours the runner contract: node24, a documented action.yml, a bundle
// that runs from its own directory, and on unusable input an exit code of 2 with an error
// annotation and no stack trace (fail closed: never 0).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runBuiltAction } from './runner.js';

const actions = readdirSync(join(repoRoot, 'actions')).filter((a) => existsSync(join(repoRoot, 'actions', a, 'action.yml')));

describe('runner contract', () => {
  it('finds the eight actions', () => {
    expect(actions.sort()).toEqual([
      'canary-score',
      'config-attest',
      'evidence-pack',
      'grounding-check',
      'intoto-verify',
      'opa-sim',
      'slo-snapshot',
      'trajectory-golden',
    ]);
  });
  for (const name of actions) {
    describe(name, () => {
      const meta = parse(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8'));
      it('action.yml declares node24, dist/index.js, and documents every input and output', () => {
        expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
        expect(meta.name).toBeTruthy();
        expect(meta.description).toBeTruthy();
        for (const [k, v] of Object.entries<{ description?: string }>(meta.inputs ?? {})) expect(v.description, `input ${k}`).toBeTruthy();
        for (const [k, v] of Object.entries<{ description?: string }>(meta.outputs ?? {}))
          expect(v.description, `output ${k}`).toBeTruthy();
        expect(existsSync(join(repoRoot, 'actions', name, 'README.md'))).toBe(true);
        // self-contained: an ESM bundle with its type marker, nothing imported from outside the action
        const bundle = readFileSync(join(repoRoot, 'actions', name, 'dist/index.js'), 'utf8');
        expect(JSON.parse(readFileSync(join(repoRoot, 'actions', name, 'dist/package.json'), 'utf8'))).toEqual({ type: 'module' });
        expect(bundle).not.toMatch(/from ['"]\.\.\/\.\.\//);
      });
      it('a nonsense input exits 2 with an error annotation and no stack trace', async () => {
        const inputs: Record<string, string> = {};
        for (const k of Object.keys(meta.inputs ?? {})) inputs[k] = '';
        // the first input of each action is its main one; give it a path that does not exist
        const first = Object.keys(meta.inputs ?? {})[0];
        inputs[first] = first === 'mode' ? 'no-such-mode' : 'no/such/file-or-mode';
        const run = await runBuiltAction(name, { inputs });
        expect(run.exitCode, run.stdout + run.stderr).toBe(2);
        expect(run.annotations.some((a) => a.level === 'error')).toBe(true);
        expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      });
    });
  }
});
