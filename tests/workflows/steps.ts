/**
 * Workflow-step harness: runs the jobs of a workflow file (or a README example) as the GitHub
 * runner would, step by step, on this machine. Expressions (`${{ }}`, `if:`) are evaluated with
 * GitHub's own expression engine (@actions/expressions); `uses:` steps of our actions
 * (`mc/<name>@…`, `./actions/<name>`) run the bundled action through the runner-contract harness
 * (tests/harness/runner.ts: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY); `run:` steps
 * run in bash with the runner's flags (`bash --noprofile --norc -eo pipefail`), GITHUB_OUTPUT,
 * GITHUB_ENV and GITHUB_STEP_SUMMARY. Reusable workflows (`jobs.<id>.uses`) run their jobs in
 * `needs` order. A few well-known actions are simulated locally: checkout and setup-node (no-ops:
 * the test lays out the workspace), upload-artifact / download-artifact (a directory per run and
 * artifact name), codeql-action/upload-sarif (the SARIF file must be a SARIF 2.1.0 log).
 * Any other action is an error, so a workflow cannot silently skip a step here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { parse as parseYaml } from 'yaml';
import { parseOutputFile, repoRoot, runBuiltAction } from '../harness/runner.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Step = {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: unknown;
  'continue-on-error'?: unknown;
  shell?: string;
  'working-directory'?: string;
};
type Job = {
  name?: string;
  needs?: string | string[];
  if?: unknown;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  outputs?: Record<string, string>;
  env?: Record<string, unknown>;
  environment?: unknown;
};
export type Workflow = { on?: unknown; env?: Record<string, unknown>; jobs: Record<string, Job> };

export interface StepResult {
  id?: string;
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  conclusion: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  log: string;
}

export interface JobResult {
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepResult[];
  summary: string;
}

export interface WorkflowResult {
  result: 'success' | 'failure';
  jobs: Record<string, JobResult>;
  /** outputs of a reusable workflow (on.workflow_call.outputs) */
  outputs: Record<string, string>;
  /** every job summary, in order */
  summary: string;
  /** the runner's temporary directory (RUNNER_TEMP) of this run, left as the jobs left it */
  runnerTemp: string;
}

export interface RunOptions {
  /** the workspace (GITHUB_WORKSPACE); the test lays it out like the user's repository */
  workspace: string;
  /** workflow inputs (on.workflow_call / workflow_dispatch); their defaults apply */
  inputs?: Record<string, string | boolean | number>;
  secrets?: Record<string, string>;
  /** extra github context (event, event_name, repository, run_id, …) */
  github?: Record<string, Json>;
  /** artifact store: `<store>/<run_id>/<name>/…`; a fresh temp dir when omitted */
  artifactStore?: string;
  /** action name (`evidence-pack`) → action directory, to run a broken copy of a gate */
  actions?: Record<string, string>;
  /** directories put first on PATH for run: steps (e.g. a stub `gh`) */
  path?: string[];
  /** extra environment for every step */
  env?: Record<string, string>;
  /** only these jobs (and what they need) run */
  only?: string[];
}

const OUR_ACTIONS = new Set(readdirSync(join(repoRoot, 'actions')).filter((a) => existsSync(join(repoRoot, 'actions', a, 'action.yml'))));

/** Converts a JS value into expression data. */
function toData(v: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(v ?? null), data.reviver) as data.ExpressionData;
}

function fromData(d: data.ExpressionData): Json {
  return JSON.parse(JSON.stringify(d, data.replacer)) as Json;
}

interface Status {
  failed: boolean;
}

/** Evaluates one expression (without the `${{ }}`). */
function evaluate(expr: string, ctx: Record<string, unknown>, status: Status): data.ExpressionData {
  const lexed = new Lexer(expr).lex();
  const statusFns = [
    { name: 'success', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(!status.failed) },
    { name: 'failure', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(status.failed) },
    { name: 'always', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) },
    { name: 'cancelled', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(false) },
    { name: 'hashFiles', minArgs: 1, maxArgs: 255, call: () => new data.StringData('0'.repeat(64)) },
  ];
  const parsed = new Parser(lexed.tokens, Object.keys(ctx), statusFns).parse();
  const dict = new data.Dictionary(...Object.entries(ctx).map(([key, value]) => ({ key, value: toData(value) })));
  return new Evaluator(parsed, dict, new Map(statusFns.map((f) => [f.name, f]))).evaluate();
}

/** Interpolates `${{ }}` in a string value (a value that is one whole expression keeps its type). */
export function interpolate(value: unknown, ctx: Record<string, unknown>, status: Status = { failed: false }): Json {
  if (typeof value !== 'string') return value as Json;
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(value);
  if (whole && !whole[1].includes('}}')) return fromData(evaluate(whole[1], ctx, status));
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => evaluate(e, ctx, status).coerceString());
}

const str = (v: Json): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Evaluates an `if:` condition (implicitly `success() && (…)` without a status function). */
function condition(cond: unknown, ctx: Record<string, unknown>, status: Status): boolean {
  if (cond === undefined || cond === null || cond === '') return !status.failed;
  let e = typeof cond === 'string' ? cond.trim() : String(cond);
  const m = /^\$\{\{([\s\S]*)\}\}$/.exec(e);
  if (m) e = m[1];
  if (!/\b(success|failure|always|cancelled)\s*\(/.test(e)) e = `success() && (${e})`;
  return truthy(evaluate(e, ctx, status));
}

function writeEvent(dir: string, event: Json): string {
  const f = join(dir, 'event.json');
  writeFileSync(f, JSON.stringify(event ?? {}));
  return f;
}

/** Files matched by upload-artifact `path:` lines, and the root they are stored relative to. */
function uploadSet(ws: string, pathSpec: string): { root: string; files: string[] } {
  const specs = pathSpec
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  const files = new Set<string>();
  const roots: string[] = [];
  for (const s of specs) {
    if (s.startsWith('!')) continue;
    const abs = isAbsolute(s) ? s : join(ws, s);
    const globAt = abs.search(/[*?[{]/);
    const base = globAt < 0 ? abs : dirname(abs.slice(0, globAt) + 'x');
    roots.push(existsSync(base) && statSync(base).isDirectory() && globAt < 0 ? base : globAt < 0 ? dirname(abs) : base);
    if (globAt < 0) {
      if (!existsSync(abs)) continue;
      if (statSync(abs).isDirectory())
        for (const f of globSync('**/*', { cwd: abs })) {
          const p = join(abs, f);
          if (statSync(p).isFile()) files.add(p);
        }
      else files.add(abs);
    } else for (const f of globSync(abs)) if (statSync(f).isFile()) files.add(f);
  }
  // the least common ancestor of the search paths (as actions/upload-artifact does)
  let root = roots[0] ?? ws;
  for (const r of roots) while (!(r + sep).startsWith(root + sep) && root !== dirname(root)) root = dirname(root);
  return { root, files: [...files] };
}

class JobRunner {
  constructor(
    private wf: Workflow,
    private opts: RunOptions,
    private ctxBase: Record<string, unknown>,
  ) {}

  async runStep(
    step: Step,
    index: number,
    ctx: Record<string, unknown>,
    env: Record<string, string>,
    status: Status,
    summary: string[],
  ): Promise<StepResult> {
    const name = step.name ?? step.id ?? (step.uses ? `uses ${step.uses}` : `run #${index + 1}`);
    const res: StepResult = { id: step.id, name, outcome: 'skipped', conclusion: 'skipped', outputs: {}, log: '' };
    if (!condition(step.if, ctx, status)) return res;
    const stepEnv: Record<string, string> = { ...env };
    for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = str(interpolate(v, ctx, status));
    const ws = this.opts.workspace;
    const tmp = mkdtempSync(join(tmpdir(), 'mc-step-'));
    let ok: boolean;
    try {
      if (step.run !== undefined) {
        const script = str(interpolate(step.run, ctx, status));
        const outFile = join(tmp, 'output');
        const sumFile = join(tmp, 'summary');
        const envFile = join(tmp, 'env');
        for (const f of [outFile, sumFile, envFile]) writeFileSync(f, '');
        writeFileSync(join(tmp, 'script.sh'), script);
        const shell = step.shell ?? 'bash';
        const argv =
          shell === 'sh'
            ? ['sh', '-e', join(tmp, 'script.sh')]
            : ['bash', '--noprofile', '--norc', '-eo', 'pipefail', join(tmp, 'script.sh')];
        const r = spawnSync(argv[0], argv.slice(1), {
          cwd: step['working-directory'] ? join(ws, step['working-directory']) : ws,
          env: {
            ...this.runnerEnv(tmp),
            ...stepEnv,
            GITHUB_OUTPUT: outFile,
            GITHUB_STEP_SUMMARY: sumFile,
            GITHUB_ENV: envFile,
            PATH: [...(this.opts.path ?? []), process.env.PATH ?? ''].join(':'),
          },
          encoding: 'utf8',
          timeout: 120_000,
        });
        res.log = (r.stdout ?? '') + (r.stderr ?? '');
        ok = r.status === 0;
        res.outputs = parseOutputFile(readFileSync(outFile, 'utf8'));
        summary.push(readFileSync(sumFile, 'utf8'));
        Object.assign(env, parseOutputFile(readFileSync(envFile, 'utf8')));
      } else if (step.uses) {
        const w: Record<string, string> = {};
        for (const [k, v] of Object.entries(step.with ?? {})) w[k] = str(interpolate(v, ctx, status));
        ok = await this.runUses(step.uses, w, stepEnv, res, summary, tmp);
      } else throw new Error(`step ${name}: neither run nor uses`);
    } catch (e) {
      res.log += `\n${(e as Error).stack}`;
      ok = false;
    }
    res.outcome = ok ? 'success' : 'failure';
    const coe = step['continue-on-error'] === undefined ? false : interpolate(step['continue-on-error'], ctx, status);
    res.conclusion = ok || coe === true || coe === 'true' ? 'success' : 'failure';
    return res;
  }

  runnerEnv(tmp: string): Record<string, string> {
    const g = this.ctxBase.github as Record<string, Json>;
    return {
      HOME: process.env.HOME ?? tmp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.opts.workspace,
      RUNNER_TEMP: (this.ctxBase.runner as { temp: string }).temp,
      GITHUB_REPOSITORY: str(g.repository),
      GITHUB_RUN_ID: str(g.run_id),
      GITHUB_RUN_ATTEMPT: str(g.run_attempt),
      GITHUB_SHA: str(g.sha),
      GITHUB_REF: str(g.ref),
      GITHUB_REF_NAME: str(g.ref_name),
      GITHUB_ACTOR: str(g.actor),
      GITHUB_EVENT_NAME: str(g.event_name),
      GITHUB_EVENT_PATH: str(g.event_path),
      GITHUB_SERVER_URL: str(g.server_url),
      ...(this.opts.env ?? {}),
    };
  }

  async runUses(
    uses: string,
    w: Record<string, string>,
    env: Record<string, string>,
    res: StepResult,
    summary: string[],
    tmp: string,
  ): Promise<boolean> {
    const ws = this.opts.workspace;
    const store = this.opts.artifactStore!;
    const runId = str((this.ctxBase.github as Record<string, Json>).run_id);
    const name = /^(?:\.\/actions\/|mc\/)([\w-]+)(?:@.+)?$/.exec(uses)?.[1];
    if (name && OUR_ACTIONS.has(name)) {
      const r = await runBuiltAction(name, {
        workspace: ws,
        inputs: w,
        env: { ...this.runnerEnv(tmp), ...env },
        actionDir: this.opts.actions?.[name],
      });
      res.outputs = r.outputs;
      res.log = r.stdout + r.stderr;
      summary.push(r.summary);
      return r.exitCode === 0;
    }
    const action = uses.replace(/@.*$/, '');
    switch (action) {
      case 'actions/checkout':
      case 'actions/setup-node':
        return true;
      case 'actions/upload-artifact': {
        const { root, files } = uploadSet(ws, w.path ?? '');
        if (!files.length) {
          res.log = `no files found for ${w.path}`;
          return (w['if-no-files-found'] ?? 'warn') !== 'error';
        }
        const dest = join(store, runId, w.name || 'artifact');
        if (existsSync(dest)) throw new Error(`artifact ${w.name} exists (upload-artifact v4 refuses to overwrite)`);
        for (const f of files) cpSync(f, join(dest, relative(root, f)));
        res.outputs = { 'artifact-id': String(files.length) };
        return true;
      }
      case 'actions/download-artifact': {
        const run = w['run-id'] || runId;
        const src = join(store, run, w.name);
        if (!w.name || !existsSync(src)) {
          res.log = `artifact ${w.name} not found in run ${run}`;
          return false;
        }
        const dest = w.path ? resolve(ws, w.path) : ws;
        mkdirSync(dest, { recursive: true });
        cpSync(src, dest, { recursive: true });
        res.outputs = { 'download-path': dest };
        return true;
      }
      case 'github/codeql-action/upload-sarif': {
        const f = resolve(ws, w.sarif_file ?? '');
        const log = JSON.parse(readFileSync(f, 'utf8')) as { version?: string; runs?: unknown[] };
        if (log.version !== '2.1.0' || !Array.isArray(log.runs)) throw new Error(`${w.sarif_file}: not a SARIF 2.1.0 log`);
        mkdirSync(join(store, runId, '_code-scanning'), { recursive: true });
        cpSync(f, join(store, runId, '_code-scanning', `${w.category || 'sarif'}.sarif`.replace(/\//g, '_')));
        return true;
      }
      default:
        throw new Error(`the workflow harness does not simulate '${uses}'`);
    }
  }

  async runJob(id: string, job: Job, needs: Record<string, { result: string; outputs: Record<string, string> }>): Promise<JobResult> {
    const ctx: Record<string, unknown> = {
      ...this.ctxBase,
      needs,
      steps: {} as Record<string, unknown>,
      env: {},
      job: { status: 'success' },
      matrix: {},
      strategy: {},
    };
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.wf.env ?? {})) env[k] = str(interpolate(v, ctx));
    for (const [k, v] of Object.entries(job.env ?? {})) env[k] = str(interpolate(v, ctx));
    const status: Status = { failed: false };
    const steps: StepResult[] = [];
    const summary: string[] = [];
    for (const [i, s] of (job.steps ?? []).entries()) {
      ctx.env = { ...env };
      const r = await this.runStep(s, i, ctx, env, status, summary);
      steps.push(r);
      if (s.id) (ctx.steps as Record<string, unknown>)[s.id] = { outcome: r.outcome, conclusion: r.conclusion, outputs: r.outputs };
      if (r.conclusion === 'failure') status.failed = true;
    }
    const outputs: Record<string, string> = {};
    for (const [k, v] of Object.entries(job.outputs ?? {})) outputs[k] = str(interpolate(v, ctx));
    return { result: status.failed ? 'failure' : 'success', outputs, steps, summary: summary.join('') };
  }
}

/** Loads a workflow file (relative to the repository or absolute). */
export function loadWorkflow(file: string): Workflow {
  return parseYaml(readFileSync(isAbsolute(file) ? file : join(repoRoot, file), 'utf8')) as Workflow;
}

/** The inputs a workflow declares (workflow_call, else workflow_dispatch), with their defaults applied. */
function withDefaults(wf: Workflow, given: Record<string, unknown>): Record<string, unknown> {
  const on = (wf.on ?? {}) as Record<string, { inputs?: Record<string, { default?: unknown; required?: boolean; type?: string }> } | null>;
  const decl = { ...(on.workflow_dispatch?.inputs ?? {}), ...(on.workflow_call?.inputs ?? {}) };
  const out: Record<string, unknown> = {};
  for (const [k, d] of Object.entries(decl)) out[k] = d?.default ?? (d?.type === 'boolean' ? false : d?.type === 'number' ? 0 : '');
  for (const [k, v] of Object.entries(given)) {
    if (!(k in decl)) throw new Error(`input '${k}' is not declared by the workflow`);
    out[k] = v;
  }
  for (const [k, d] of Object.entries(decl))
    if (d?.required && d.default === undefined && !(k in given)) throw new Error(`required input '${k}' not given`);
  return out;
}

/**
 * Runs a workflow's jobs in `needs` order (job-level `if:` with the needs context) and returns
 * each job's result. A job that calls a reusable workflow of this repository runs it.
 */
export async function runWorkflow(workflow: Workflow | string, opts: RunOptions): Promise<WorkflowResult> {
  const wf = typeof workflow === 'string' ? loadWorkflow(workflow) : workflow;
  const store = opts.artifactStore ?? mkdtempSync(join(tmpdir(), 'mc-artifacts-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'mc-runner-temp-'));
  const github: Record<string, Json> = {
    repository: 'mc/example',
    repository_owner: 'mc',
    run_id: '1001',
    run_attempt: '1',
    run_number: '1',
    sha: '0'.repeat(40),
    ref: 'refs/heads/main',
    ref_name: 'main',
    actor: 'octocat',
    triggering_actor: 'octocat',
    event_name: 'workflow_dispatch',
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    workspace: opts.workspace,
    token: 'ghs_test_token',
    event: {},
    ...(opts.github ?? {}),
  };
  github.event_path = writeEvent(runnerTemp, github.event as Json);
  const ctxBase: Record<string, unknown> = {
    github,
    inputs: withDefaults(wf, opts.inputs ?? {}),
    secrets: { GITHUB_TOKEN: 'ghs_test_token', ...(opts.secrets ?? {}) },
    vars: {},
    runner: { os: 'Linux', arch: 'X64', temp: runnerTemp, name: 'harness' },
  };
  const runner = new JobRunner(wf, { ...opts, artifactStore: store }, ctxBase);
  // every job starts on a fresh runner: the workspace as the checkout left it, nothing from earlier jobs
  const pristine = mkdtempSync(join(tmpdir(), 'mc-pristine-'));
  cpSync(opts.workspace, pristine, { recursive: true });
  let jobsRun = 0;
  const freshWorkspace = () => {
    if (jobsRun++ === 0) return;
    for (const f of readdirSync(opts.workspace)) rmSync(join(opts.workspace, f), { recursive: true, force: true });
    cpSync(pristine, opts.workspace, { recursive: true });
  };
  const results: Record<string, JobResult> = {};
  const order: string[] = [];
  const visit = (id: string, seen: Set<string> = new Set()) => {
    if (order.includes(id)) return;
    if (seen.has(id)) throw new Error(`needs cycle at ${id}`);
    seen.add(id);
    const job = wf.jobs[id];
    if (!job) throw new Error(`no job ${id}`);
    for (const n of [job.needs ?? []].flat()) visit(n, seen);
    order.push(id);
  };
  for (const id of opts.only ?? Object.keys(wf.jobs)) visit(id);
  for (const id of order) {
    const job = wf.jobs[id];
    const needs: Record<string, { result: string; outputs: Record<string, string> }> = {};
    for (const n of [job.needs ?? []].flat()) needs[n] = { result: results[n].result, outputs: results[n].outputs };
    const ctx = { ...ctxBase, needs };
    const anyNeedFailed = Object.values(needs).some((n) => n.result !== 'success');
    if (!condition(job.if, ctx, { failed: anyNeedFailed })) {
      results[id] = { result: 'skipped', outputs: {}, steps: [], summary: '' };
      continue;
    }
    if (job.uses) {
      const m = /^(?:\.\/|[\w-]+\/[\w-]+\/)\.github\/workflows\/([^@]+)(?:@.+)?$/.exec(job.uses);
      if (!m) throw new Error(`job ${id}: the harness runs only this repository's reusable workflows, not ${job.uses}`);
      const inputs: Record<string, string | boolean | number> = {};
      for (const [k, v] of Object.entries(job.with ?? {})) inputs[k] = interpolate(v, ctx) as string;
      const secrets: Record<string, string> = job.secrets === 'inherit' ? (ctxBase.secrets as Record<string, string>) : {};
      if (job.secrets !== 'inherit') for (const [k, v] of Object.entries(job.secrets ?? {})) secrets[k] = str(interpolate(v, ctx));
      const inner = await runWorkflow(join(repoRoot, '.github/workflows', m[1]), {
        ...opts,
        artifactStore: store,
        inputs,
        secrets,
        github: { ...github, event_path: null } as Record<string, Json>,
      });
      results[id] = {
        result: inner.result,
        outputs: inner.outputs,
        steps: Object.values(inner.jobs).flatMap((j) => j.steps),
        summary: inner.summary,
      };
      continue;
    }
    freshWorkspace();
    results[id] = await runner.runJob(id, job, needs);
  }
  const on = (wf.on ?? {}) as Record<string, { outputs?: Record<string, { value: string }> } | null>;
  const jobsCtx: Record<string, unknown> = {};
  for (const [k, r] of Object.entries(results)) jobsCtx[k] = { result: r.result, outputs: r.outputs };
  const outputs: Record<string, string> = {};
  for (const [k, o] of Object.entries(on.workflow_call?.outputs ?? {}))
    outputs[k] = str(interpolate(o.value, { ...ctxBase, jobs: jobsCtx }));
  const failed = Object.values(results).some((r) => r.result === 'failure');
  return {
    result: failed ? 'failure' : 'success',
    jobs: results,
    outputs,
    summary: Object.values(results)
      .map((r) => r.summary)
      .join(''),
    runnerTemp,
  };
}

/** A readable account of a run, for assertion messages. */
export function explain(r: WorkflowResult | JobResult): string {
  const jobs = 'jobs' in r ? Object.entries(r.jobs) : [['job', r] as const];
  return jobs
    .map(
      ([id, j]) =>
        `job ${id}: ${j.result}\n` +
        j.steps
          .map(
            (s) =>
              `  - ${s.name}: ${s.outcome}${
                s.outcome === 'failure'
                  ? `\n${s.log
                      .split('\n')
                      .slice(-25)
                      .map((l) => '      ' + l)
                      .join('\n')}`
                  : ''
              }`,
          )
          .join('\n'),
    )
    .join('\n');
}
