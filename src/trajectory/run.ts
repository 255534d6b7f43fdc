/**
 * Runs goldens against recorded trajectories: a golden file (YAML, or a recorded trajectory used as
 * the reference) or a directory of them, against a trajectory file or directory. In directory mode
 * a golden's trajectory is the file its `trajectory:` field names (relative to the trajectory
 * directory), else the one file named `<id>.*` there (a reference golden pairs with the same file name).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError, UsageError } from '../core/errors.js';
import { comparePaths, readText, resolveInside } from '../core/fsx.js';
import { agentevalsMatch, type AgentevalsMode } from './agentevals.js';
import { parseTrajectory } from './adapters.js';
import { compareTrajectory, MAX_PAIRS, type GoldenResult } from './compare.js';
import { goldenFromReference, parseGoldenYaml, type Golden, type GoldenOverrides } from './golden.js';
import type { CompatMessage, Trajectory, TrajectoryFormat } from './types.js';

/** Options of a run (CLI flags / action inputs). */
export interface RunOptions extends GoldenOverrides {
  /** golden file or directory */
  golden: string;
  /** recorded trajectory file or directory */
  trajectory: string;
  /** base directory for relative paths */
  cwd: string;
  /** input format of recorded trajectories (default auto, or the golden's `format`) */
  inputFormat?: TrajectoryFormat | 'auto';
  compat?: 'agentevals';
}

/** The whole run's report: `{match, results}` plus counts. */
export interface RunReport {
  match: boolean;
  summary: { goldens: number; matched: number; drifted: number };
  compat?: 'agentevals';
  results: GoldenResult[];
}

/** One golden with its trajectory, kept for --update. */
export interface RunPair {
  golden: Golden;
  goldenText: string;
  goldenAbs: string;
  trajectory: Trajectory;
  trajectoryText: string;
  result: GoldenResult;
}

const GOLDEN_YAML = new Set(['.yaml', '.yml']);
const TRAJ_EXT = new Set(['.json', '.jsonl', '.txt', '.log', '.md', '.ndjson']);

async function kind(abs: string, shown: string): Promise<'file' | 'dir'> {
  try {
    const s = await stat(abs);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    throw new InputError(shown, undefined, 'an existing file or directory', { found: 'no such file' });
  }
}

async function listFiles(dir: string, exts: Set<string>): Promise<string[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile() && exts.has(extname(d.name).toLowerCase()))
    .map((d) => d.name);
  return names.sort(comparePaths);
}

function display(cwd: string, abs: string): string {
  const r = relative(cwd, abs);
  return r && !r.startsWith('..') ? r : abs;
}

async function loadGolden(abs: string, shown: string, opts: RunOptions): Promise<{ golden: Golden; text: string }> {
  const text = await readText(abs, 'golden');
  if (GOLDEN_YAML.has(extname(abs).toLowerCase())) return { golden: parseGoldenYaml(text, shown, opts), text };
  const ref = parseTrajectory(text, shown, opts.inputFormat ?? 'auto');
  const id = basename(abs).replace(/\.[^.]*$/, '');
  return { golden: goldenFromReference(ref, id, opts), text };
}

function compatReference(g: Golden, mode: AgentevalsMode): CompatMessage[] {
  if (g.reference) return g.reference.messages;
  if (mode === 'strict')
    throw new InputError(
      g.file,
      'mode',
      'a recorded reference trajectory for --compat agentevals strict (it compares message roles; a YAML golden has none)',
    );
  return g.steps.map((s, i) => {
    const a = s.raw.action;
    const args = s.raw.action_input ?? {};
    const literal = (v: unknown): boolean =>
      Array.isArray(v)
        ? v.every(literal)
        : v && typeof v === 'object'
          ? Object.entries(v).every(([k, x]) => !k.startsWith('$') && literal(x))
          : true;
    if (typeof a !== 'string' || !literal(args) || typeof args !== 'object' || Array.isArray(args)) {
      throw new InputError(
        g.file,
        `steps[${i}]`,
        "literal action and action_input under --compat agentevals (matchers are ours, not agentevals')",
        { line: s.line },
      );
    }
    return { role: 'assistant', content: '', tool_calls: [{ name: a, args: args as Record<string, unknown> }] };
  });
}

function compareOne(golden: Golden, traj: Trajectory, opts: RunOptions): GoldenResult {
  if (opts.compat !== 'agentevals') return compareTrajectory(golden, traj);
  const mode = golden.mode;
  if (mode === 'in_order')
    throw new UsageError('--compat agentevals: mode in_order does not exist in agentevals (use strict, unordered, subset or superset)');
  const reference = compatReference(golden, mode);
  // agentevals' greedy search compares every output call with every reference call: bound it as ours
  const calls = (m: CompatMessage[]) => m.reduce((k, x) => k + (x.tool_calls?.length ?? 0), 0);
  const pairs = calls(traj.messages) * calls(reference);
  if (pairs > MAX_PAIRS)
    throw new InputError(
      golden.file,
      'steps',
      `at most ${MAX_PAIRS.toLocaleString('en-US')} reference x output tool call pairs under --compat agentevals (found ${pairs.toLocaleString('en-US')} against ${traj.file})`,
    );
  const r = agentevalsMatch(traj.messages, reference, mode, golden.toolArgs, golden.toolArgsOverrides);
  return {
    id: golden.id,
    golden: golden.file,
    trajectory: traj.file,
    format: traj.format,
    mode,
    match: r.ok,
    steps: [],
    unexpected: [],
    extra_steps: [],
    actual: traj.steps.map((s) => ({ action: s.action, action_input: s.action_input })),
    compat: 'agentevals',
    comment: r.comment,
  };
}

/**
 * Runs every golden against its recorded trajectory.
 * @throws InputError / UsageError for unusable input (exit 2): missing files, malformed goldens or
 *   trajectories, a golden without exactly one recorded trajectory, an empty golden directory.
 */
export async function runGoldens(opts: RunOptions): Promise<{ report: RunReport; pairs: RunPair[] }> {
  const gAbs = resolve(opts.cwd, opts.golden);
  const tAbs = resolve(opts.cwd, opts.trajectory);
  const gKind = await kind(gAbs, opts.golden);
  const tKind = await kind(tAbs, opts.trajectory);
  if (gKind === 'dir' && tKind === 'file') throw new UsageError('--golden is a directory: --trajectory must be a directory too');
  const goldenFiles = gKind === 'dir' ? (await listFiles(gAbs, new Set([...GOLDEN_YAML, ...TRAJ_EXT]))).map((f) => join(gAbs, f)) : [gAbs];
  if (!goldenFiles.length)
    throw new InputError(opts.golden, undefined, 'a directory holding golden files (*.yaml, *.yml, or reference *.json)', {
      found: 'none',
    });
  const trajFiles = tKind === 'dir' ? await listFiles(tAbs, TRAJ_EXT) : [];
  const pairs: RunPair[] = [];
  for (const gf of goldenFiles) {
    const gShown = display(opts.cwd, gf);
    const { golden, text: goldenText } = await loadGolden(gf, gShown, opts);
    let tf: string;
    if (tKind === 'file') tf = tAbs;
    else if (golden.trajectory) {
      const outside = () =>
        new InputError(
          gShown,
          'trajectory',
          `a regular file inside the trajectory directory ${opts.trajectory} (no symbolic links out of it)`,
          { found: golden.trajectory, line: golden.lineOf(['trajectory']) },
        );
      try {
        tf = resolveInside(tAbs, golden.trajectory).abs;
      } catch {
        throw outside();
      }
      // the golden names the path: resolve symbolic links and stay inside the real directory
      let real: string;
      try {
        real = await realpath(tf);
      } catch {
        throw new InputError(gShown, 'trajectory', `an existing recorded trajectory in ${opts.trajectory}`, {
          found: golden.trajectory,
          line: golden.lineOf(['trajectory']),
        });
      }
      const realRoot = await realpath(tAbs);
      const rel = relative(realRoot, real);
      if (!rel || rel.startsWith('..') || isAbsolute(rel) || !(await stat(real)).isFile()) throw outside();
    } else if (golden.kind === 'reference') {
      if (resolve(tAbs) === resolve(dirname(gf)))
        throw new UsageError('reference goldens and trajectories must live in different directories');
      tf = join(tAbs, basename(gf));
    } else {
      const found = trajFiles.filter((f) => f === golden.id || f.startsWith(`${golden.id}.`));
      if (found.length !== 1) {
        throw new InputError(
          gShown,
          'id',
          `exactly one recorded trajectory named ${golden.id}.* in ${opts.trajectory} (or a trajectory: field)`,
          { found: found.length ? found.join(', ') : 'none', line: golden.lineOf(['id']) },
        );
      }
      tf = join(tAbs, found[0]);
    }
    const tShown = display(opts.cwd, tf);
    const trajectoryText = await readText(tf, 'recorded trajectory');
    const trajectory = parseTrajectory(
      trajectoryText,
      tShown,
      opts.inputFormat && opts.inputFormat !== 'auto' ? opts.inputFormat : (golden.format ?? 'auto'),
    );
    pairs.push({ golden, goldenText, goldenAbs: gf, trajectory, trajectoryText, result: compareOne(golden, trajectory, opts) });
  }
  const results = pairs.map((p) => p.result);
  const matched = results.filter((r) => r.match).length;
  return {
    report: {
      match: matched === results.length,
      summary: { goldens: results.length, matched, drifted: results.length - matched },
      ...(opts.compat ? { compat: opts.compat } : {}),
      results,
    },
    pairs,
  };
}
