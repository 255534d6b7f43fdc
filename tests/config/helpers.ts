/** Helpers for config-attest tests: temp workspaces over the shared corpus, the CLI run in-process. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { mc as run, type CliRun } from '../helpers/cli.js';
import { repoRoot } from '../harness/runner.js';

/** The shared corpus of real configs (corpora/configs, copied from the project's shared data). */
export const CORPUS = resolve(repoRoot, 'corpora/configs');
export const DEV_KEY = join(repoRoot, 'examples/keys/dev-not-for-production.pem');
export const DEV_JWKS = join(repoRoot, 'examples/keys/dev-jwks.json');

/** A fresh temp workspace. */
export function workspace(prefix = 'mc-config-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Copies a corpus file into the workspace at `rel`. */
export function put(ws: string, rel: string, corpusPath: string): void {
  mkdirSync(dirname(join(ws, rel)), { recursive: true });
  copyFileSync(join(CORPUS, corpusPath), join(ws, rel));
}

/** Writes text into the workspace at `rel`. */
export function write(ws: string, rel: string, text: string): void {
  mkdirSync(dirname(join(ws, rel)), { recursive: true });
  writeFileSync(join(ws, rel), text);
}

export function read(ws: string, rel: string): string {
  return readFileSync(join(ws, rel), 'utf8');
}

/** Runs `mc ARGS` in-process with `cwd` = ws; returns exit code and captured streams. */
export function mc(ws: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return run(args, { cwd: ws, env });
}

/** `mc config-attest snapshot` with the dev key. */
export function snap(ws: string, paths: string[], extra: string[] = [], out = 'baseline.intoto.jsonl') {
  return mc(ws, [
    'config-attest',
    'snapshot',
    '--key',
    DEV_KEY,
    '--env',
    'production',
    '--out',
    out,
    '--commit',
    'abc123',
    ...extra,
    ...paths,
  ]);
}

/** `mc config-attest verify --format json` against the dev JWKS; parses the report when there is one. */
export async function verifyJson(
  ws: string,
  paths: string[],
  extra: string[] = [],
  env: NodeJS.ProcessEnv = {},
  baseline = 'baseline.intoto.jsonl',
) {
  const r = await mc(
    ws,
    ['config-attest', 'verify', '--baseline', baseline, '--jwks', DEV_JWKS, '--env', 'production', '--format', 'json', ...extra, ...paths],
    env,
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const report = r.code !== 2 && r.stdout ? (JSON.parse(r.stdout) as any) : undefined;
  return { ...r, report };
}

/** The counted (not ignored) changes of a report as `op path` strings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function counted(report: any): string[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return report.resources.flatMap((r: any) => r.changes.filter((c: any) => !c.ignoredBy).map((c: any) => `${c.op} ${c.path}`));
}

/** The ignored changes of a report as `op path` strings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ignored(report: any): string[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return report.resources.flatMap((r: any) => r.changes.filter((c: any) => c.ignoredBy).map((c: any) => `${c.op} ${c.path}`));
}
