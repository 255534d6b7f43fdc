/**
 * One run of the opa-sim gate as the CLI and the action perform it: load policies, data and
 * inputs, compile, decide, and write the requested evidence files atomically.
 */
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fsx.js';
import { compilePolicies, runGate, type GateMode, type GateReport } from './gate.js';
import { loadData, loadPolicies, readConfigFiles, readInputFiles, readJsonLines, type GateInput } from './load.js';
import { decisionLog, junitReport, sarifLog } from './report.js';

/** Everything one run needs. Paths are relative to `cwd`. */
export interface OpaSimOptions {
  /** .rego files or directories */
  policy: string[];
  /** base data files (JSON/YAML objects merged at `data.`) */
  data?: string[];
  /** decision mode: the decision reference; conftest mode when absent */
  decision?: string;
  /** decision mode: where reasons come from when the decision carries none */
  reasons?: string;
  /** conftest mode: namespaces (default ["main"]) */
  namespaces?: string[];
  /** conftest mode: every package that has deny/violation/warn rules */
  allNamespaces?: boolean;
  failOnWarn?: boolean;
  /** compile Rego v0 syntax (OPA's --v0-compatible); default v1 */
  v0Compatible?: boolean;
  /** whole-file inputs (JSON/YAML), paths or globs */
  input?: string[];
  /** JSON Lines files, one input per line */
  inputs?: string[];
  /** configuration files, one input per YAML document (conftest style) */
  config?: string[];
  /** output files */
  report?: string;
  sarif?: string;
  junit?: string;
  decisionLog?: string;
  /** the policy compile cache's directory (src/opa/compile-cache.ts); undefined: compile without it */
  cacheDir?: string;
  cwd?: string;
  now?: () => Date;
}

/** Reads the inputs from all three kinds of source, in the order given. */
export async function readAllInputs(o: Pick<OpaSimOptions, 'input' | 'inputs' | 'config'>, cwd: string): Promise<GateInput[]> {
  return [
    ...(o.input?.length ? await readInputFiles(o.input, cwd) : []),
    ...(o.inputs?.length ? await readJsonLines(o.inputs, cwd) : []),
    ...(o.config?.length ? await readConfigFiles(o.config, cwd) : []),
  ];
}

/**
 * Runs the gate and writes the evidence files that were asked for (JSON report, SARIF, JUnit,
 * decision log: the log is never overwritten).
 * @throws UsageError / InputError for unusable usage or input, PolicyCompileError when the
 *   policies do not compile (all exit 2).
 */
export async function runOpaSim(o: OpaSimOptions): Promise<GateReport> {
  const cwd = resolve(o.cwd ?? process.cwd());
  // the front ends check these with the user's names (src/opa/settings.ts); kept for direct callers
  if (!o.policy.length) throw new UsageError('no policy given');
  if (o.decision && (o.namespaces?.length || o.allNamespaces))
    throw new UsageError('give either a decision or conftest namespaces, not both');
  const modules = await loadPolicies(o.policy, { cwd });
  const compiled = compilePolicies(modules, { regoVersion: o.v0Compatible ? 'v0' : 'v1', cacheDir: o.cacheDir });
  const data = await loadData(o.data ?? [], cwd);
  let mode: GateMode;
  if (o.decision) mode = { kind: 'decision', decision: o.decision, ...(o.reasons ? { reasons: o.reasons } : {}) };
  else if (o.allNamespaces) mode = { kind: 'conftest', namespaces: compiled.packages(), failOnWarn: o.failOnWarn };
  else mode = { kind: 'conftest', namespaces: o.namespaces?.length ? o.namespaces : ['main'], failOnWarn: o.failOnWarn };
  const inputs = await readAllInputs(o, cwd);
  const report = runGate(compiled, modules, inputs, { mode, data, now: o.now });
  if (o.report) await writeFileAtomic(resolve(cwd, o.report), JSON.stringify(report, null, 2) + '\n');
  if (o.sarif) await writeFileAtomic(resolve(cwd, o.sarif), JSON.stringify(sarifLog(report), null, 2) + '\n');
  if (o.junit) await writeFileAtomic(resolve(cwd, o.junit), junitReport(report));
  if (o.decisionLog) await writeFileAtomic(resolve(cwd, o.decisionLog), decisionLog(report), { noClobber: true });
  return report;
}
