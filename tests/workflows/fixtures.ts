/** Shared set-up for the workflow tests: workspaces laid out like a user's repository, broken gates. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../harness/runner.js';

export const DEV_KEY_FILE = join(repoRoot, 'examples/keys/dev-not-for-production.pem');
export const DEV_KEY = readFileSync(DEV_KEY_FILE, 'utf8');
export const DEV_JWKS = join(repoRoot, 'examples/keys/dev-jwks.json');
export const CORPUS = join(repoRoot, 'corpora/configs');

/** A fresh workspace; `files` maps workspace paths to repository paths (copied) or `{ text }`. */
export function workspace(files: Record<string, string | { text: string }> = {}): string {
  const ws = mkdtempSync(join(tmpdir(), 'mc-wf-'));
  for (const [to, from] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, to)), { recursive: true });
    if (typeof from === 'string') cpSync(join(repoRoot, from), join(ws, to), { recursive: true });
    else writeFileSync(join(ws, to), from.text);
  }
  return ws;
}

/**
 * A broken copy of one of our actions: in the given mode it exits 0 without checking anything
 * (writing `report` when asked, as a passing run would), otherwise it runs the real bundle.
 */
export function brokenAction(name: string, mode: { input: string; value: string }, report: unknown = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `mc-broken-${name}-`));
  cpSync(join(repoRoot, 'actions', name, 'action.yml'), join(dir, 'action.yml'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/package.json'), '{"type":"module"}\n');
  const env = `INPUT_${mode.input.replace(/ /g, '_').toUpperCase()}`;
  writeFileSync(
    join(dir, 'dist/index.js'),
    `import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
if ((process.env[${JSON.stringify(env)}] || '') === ${JSON.stringify(mode.value)}) {
  const out = process.env.INPUT_REPORT;
  if (out) { const p = resolve(process.env.GITHUB_WORKSPACE, out); mkdirSync(dirname(p), { recursive: true }); writeFileSync(p, ${JSON.stringify(JSON.stringify(report))}); }
  console.log('broken gate: passing without checking');
  process.exit(0);
}
await import(${JSON.stringify(join(repoRoot, 'actions', name, 'dist/index.js'))});
`,
  );
  return dir;
}
