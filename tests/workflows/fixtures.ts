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

/**
 * An archived release: `out/evidence/*` (a gate report, an opa-sim report and, when `receipts`,
 * a detached JWS receipt over the gate report) packed with `key` by the bundled evidence-pack into
 * `out/pack`, then stored as the artifact `name` of run `runId` (uploaded from `out`, as
 * release-gate.yml does). Returns the workspace it was made in.
 */
export async function archiveRelease(
  store: string,
  runId: string,
  name: string,
  key: string,
  opts: { receipts?: boolean; receiptKey?: string } = {},
): Promise<string> {
  const { runBuiltAction } = await import('../harness/runner.js');
  const { loadPrivateKey } = await import('../../src/core/ed25519.js');
  const { signDetached } = await import('../../src/evidence/jws.js');
  const ws = workspace({
    'out/evidence/gate-report.json': { text: JSON.stringify({ gates: [{ gate: 'opa-sim', outcome: 'success' }] }, null, 2) + '\n' },
    'out/evidence/opa-sim-report.json': 'examples/opa-sim/data.json',
  });
  if (opts.receipts) {
    const signer = await loadPrivateKey(opts.receiptKey ?? key, 'receipt key');
    writeFileSync(
      join(ws, 'out/evidence/gate-report.json.jws'),
      (await signDetached(readFileSync(join(ws, 'out/evidence/gate-report.json')), signer)) + '\n',
    );
  }
  const r = await runBuiltAction('evidence-pack', {
    workspace: ws,
    inputs: { paths: 'out/evidence/**', key, output: 'out/pack', upload: 'false', kinds: 'out/evidence/gate-report.json=gate-report' },
  });
  if (r.exitCode !== 0) throw new Error(`pack failed: ${r.stdout}${r.stderr}`);
  const dest = join(store, runId, name);
  cpSync(join(ws, 'out/pack'), join(dest, 'pack'), { recursive: true });
  cpSync(join(ws, 'out/evidence'), join(dest, 'evidence'), { recursive: true });
  return ws;
}
