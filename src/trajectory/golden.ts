/**
 * Golden trajectories: YAML files validated against `schemas/trajectory-golden.schema.json`
 * (ajv; every error names the file and line, found by mapping ajv's instancePath to the YAML node),
 * or a recorded trajectory used directly as the reference (every step's action and action_input
 * exact, thought and observation not compared).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { InputError, UsageError } from '../core/errors.js';
import { validateWithSchema, type JsonSchema } from '../core/schema.js';
import goldenSchemaJson from '../../schemas/trajectory-golden.schema.json';
import {
  compilePattern,
  describePattern,
  PatternError,
  setOwn,
  stripKeys,
  withToolArgsMode,
  type Pattern,
  type ToolArgsMode,
} from './matchers.js';
import type { Trajectory, TrajectoryFormat } from './types.js';

/** Ordering modes. */
export type OrderingMode = 'strict' | 'in_order' | 'unordered' | 'superset' | 'subset';
export const ORDERING_MODES: readonly OrderingMode[] = ['strict', 'in_order', 'unordered', 'superset', 'subset'];
export const TOOL_ARGS_MODES: readonly ToolArgsMode[] = ['exact', 'ignore', 'subset', 'superset'];

/** One compiled golden step. */
export interface GoldenStep {
  /** position in the golden's `steps` */
  index: number;
  /** 1-based line in the golden file (YAML goldens) */
  line?: number;
  /** label for reports: `name`, else the action */
  label: string;
  action: Pattern;
  /** the tool name when `action` is a literal string (used to index candidates) */
  actionName?: string;
  action_input: Pattern;
  thought: Pattern;
  observation: Pattern;
  /** minimum and maximum number of actual steps this golden step stands for (optional: min 0) */
  min: number;
  max: number;
  /** the raw step, for --update and agentevals compat */
  raw: Record<string, unknown>;
}

/** A loaded, compiled golden. */
export interface Golden {
  file: string;
  id: string;
  kind: 'yaml' | 'reference';
  mode: OrderingMode;
  allowExtra: boolean;
  toolArgs: ToolArgsMode;
  toolArgsOverrides: Record<string, ToolArgsMode | string[]>;
  volatileKeys: Set<string>;
  steps: GoldenStep[];
  finalAnswer?: Pattern;
  /** recorded trajectory file named by the golden (relative to the trajectory directory) */
  trajectory?: string;
  format?: TrajectoryFormat | 'auto';
  /** the reference trajectory (reference goldens only) */
  reference?: Trajectory;
  /** the parsed YAML document (YAML goldens), kept for --update */
  doc?: Document;
  /** 1-based line of a path in the golden file, or undefined */
  lineOf(path: (string | number)[]): number | undefined;
}

/** Overrides from the command line / action inputs (win over the golden's own settings). */
export interface GoldenOverrides {
  mode?: OrderingMode;
  toolArgs?: ToolArgsMode;
  /**
   * per tool name, as agentevals' `tool_args_match_overrides`: a tool-args mode, or dotted key paths
   * compared for equality (`--tool-args-override TOOL=MODE|KEY.PATH,...`); merged over the golden's
   * `tool_args_overrides`, tool by tool
   */
  toolArgsOverrides?: ToolArgsOverrides;
}

/** Per-tool tool-argument overrides: a mode, or a list of dotted key paths compared for equality. */
export type ToolArgsOverrides = Record<string, ToolArgsMode | string[]>;

/**
 * Parses one `--tool-args-override` value (`TOOL=MODE` or `TOOL=KEY.PATH,KEY.PATH...`) into
 * `overrides` (a later value for the same tool wins).
 * @param source how to name the value in errors: `--tool-args-override` or `input 'tool-args-override'`.
 * @throws UsageError naming `source` when the tool name, mode or a key path is empty or malformed.
 */
export function parseToolArgsOverride(spec: string, source: string, overrides: ToolArgsOverrides = {}): ToolArgsOverrides {
  const eq = spec.indexOf('=');
  const tool = eq > 0 ? spec.slice(0, eq).trim() : '';
  const value = eq > 0 ? spec.slice(eq + 1).trim() : '';
  const expected = `TOOL=MODE (${TOOL_ARGS_MODES.join(', ')}) or TOOL=KEY.PATH,... (dotted key paths compared for equality)`;
  if (!tool || !value) throw new UsageError(`${source}: expected ${expected}, found '${spec}'`);
  if ((TOOL_ARGS_MODES as readonly string[]).includes(value)) {
    setOwn<ToolArgsMode | string[]>(overrides, tool, value as ToolArgsMode);
    return overrides;
  }
  const paths = value.split(',').map((p) => p.trim());
  if (paths.some((p) => !p || p.split('.').some((seg) => !seg))) throw new UsageError(`${source}: expected ${expected}, found '${spec}'`);
  setOwn<ToolArgsMode | string[]>(overrides, tool, paths);
  return overrides;
}

const isPlainObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The `action_input` pattern of a key-path override (agentevals: every dotted path's nested value
 * equal in the call and the reference, other keys ignored): the golden's value at each path, or
 * "absent or null" where the golden lacks it or holds null.
 * @param leaf compiles the golden value found at a path (YAML goldens keep their matchers).
 */
export function keyPathsPattern(golden: unknown, paths: string[], leaf: (value: unknown, path: string[]) => Pattern): Pattern {
  const checks = paths.map((p) => {
    const path = p.split('.');
    let v: unknown = golden;
    for (const seg of path) v = isPlainObj(v) && Object.prototype.hasOwnProperty.call(v, seg) ? v[seg] : undefined;
    return { path, pattern: v === undefined || v === null ? null : leaf(v, path) };
  });
  return { kind: 'key_paths', checks, label: `key paths ${paths.join(', ')}` };
}

/** schemas/trajectory-golden.schema.json, bundled (the one document, published for editors). */
const goldenSchema = goldenSchemaJson as JsonSchema;

const IGNORE: Pattern = { kind: 'ignore' };

function pathText(path: (string | number)[]): string {
  return path.reduce<string>(
    (acc, k) => (typeof k === 'number' || /^\d+$/.test(String(k)) ? `${acc}[${k}]` : acc ? `${acc}.${k}` : String(k)),
    '',
  );
}

/** Most YAML nodes a golden may expand to (aliases counted at their full size). */
export const MAX_GOLDEN_NODES = 1_000_000;
const MAX_GOLDEN_DEPTH = 512;

/**
 * Counts the nodes of a YAML document with every alias expanded (memoized per anchored node, so the
 * count itself is linear in the file). @throws InputError for a recursive alias or nesting deeper than 512.
 */
function expandedNodes(doc: Document, file: string, lineAt: (offset: number) => number): number {
  const memo = new Map<unknown, number>();
  const active = new Set<unknown>();
  const count = (n: unknown, depth: number): number => {
    if (n === null || n === undefined) return 1;
    if (depth > MAX_GOLDEN_DEPTH)
      throw new InputError(file, undefined, `YAML nested at most ${MAX_GOLDEN_DEPTH} levels deep`, {
        line: lineAt((n as Node).range?.[0] ?? 0),
      });
    if (isAlias(n)) {
      const target = n.resolve(doc);
      if (!target) return 1; // unresolved: reported by toJS
      return count(target, depth + 1);
    }
    const known = memo.get(n);
    if (known !== undefined) return known;
    if (active.has(n))
      throw new InputError(file, undefined, 'no alias inside its own anchored node (a recursive alias)', {
        line: lineAt((n as Node).range?.[0] ?? 0),
      });
    active.add(n);
    let total = 1;
    if (isMap(n) || isSeq(n)) for (const item of n.items as unknown[]) total += count(item, depth + 1);
    else if (isPair(n)) total += count(n.key, depth + 1) + count(n.value, depth + 1);
    else if (!isScalar(n)) total += 0;
    active.delete(n);
    memo.set(n, total);
    return total;
  };
  return count(doc.contents, 0);
}

/**
 * Parses and validates a golden YAML text.
 * @throws InputError with file and line: YAML syntax errors, schema violations (first, deepest), bad matchers.
 */
export function parseGoldenYaml(text: string, file: string, overrides: GoldenOverrides = {}): Golden {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new InputError(file, undefined, 'valid YAML', { line: lc.linePos(e.pos[0]).line, found: e.message.split('\n')[0] });
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lc.linePos(node.range[0]).line;
    }
    return undefined;
  };
  // bound the expanded document (aliases counted at their full size), not the alias count: a
  // 400 KB file aliasing a large list 999 times stays under any alias limit (issue 19, item 12)
  const size = expandedNodes(doc, file, (n) => lc.linePos(n).line);
  if (size > MAX_GOLDEN_NODES)
    throw new InputError(
      file,
      undefined,
      `a golden of at most ${MAX_GOLDEN_NODES.toLocaleString('en-US')} YAML nodes once aliases are expanded`,
      { found: size.toLocaleString('en-US') },
    );
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: -1 }) as unknown;
  } catch (e) {
    // e.g. an alias before its anchor
    throw new InputError(file, undefined, 'valid YAML', { found: (e as Error).message.split('\n')[0] });
  }
  validateWithSchema(goldenSchema, data, file, {
    what: 'golden',
    lineOf,
    // an unknown $-key inside a value is a misspelled matcher, not an unknown property
    expected: (e, path) =>
      e.keyword === 'additionalProperties' && path.length > 1 && /^\$/.test(String(path[path.length - 1]))
        ? 'a matcher: $exact, $regex, $json_subset, $numeric, $one_of, $ignore or $absent'
        : e.keyword === 'minProperties' || e.keyword === 'maxProperties'
          ? 'a matcher object with exactly one $-key'
          : undefined,
  });
  const g = data as {
    id: string;
    trajectory?: string;
    format?: TrajectoryFormat | 'auto';
    mode?: OrderingMode;
    allow_extra?: boolean;
    tool_args?: ToolArgsMode;
    tool_args_overrides?: Record<string, ToolArgsMode | string[]>;
    defaults?: { action_input?: unknown; thought?: unknown; observation?: unknown };
    volatile_keys?: string[];
    final_answer?: unknown;
    steps: Record<string, unknown>[];
  };
  const volatileKeys = new Set(g.volatile_keys ?? []);
  const compile = (raw: unknown, path: (string | number)[]): Pattern => {
    try {
      return compilePattern(stripKeys(raw, volatileKeys), path);
    } catch (e) {
      if (e instanceof PatternError) throw new InputError(file, pathText(e.path), e.expected, { line: lineOf(e.path) });
      throw e;
    }
  };
  const toolArgs = overrides.toolArgs ?? g.tool_args ?? 'exact';
  const toolArgsOverrides: ToolArgsOverrides = { ...(g.tool_args_overrides ?? {}) };
  for (const [tool, o] of Object.entries(overrides.toolArgsOverrides ?? {})) setOwn(toolArgsOverrides, tool, o);
  const defaults = {
    action_input: g.defaults?.action_input !== undefined ? compile(g.defaults.action_input, ['defaults', 'action_input']) : IGNORE,
    thought: g.defaults?.thought !== undefined ? compile(g.defaults.thought, ['defaults', 'thought']) : IGNORE,
    observation: g.defaults?.observation !== undefined ? compile(g.defaults.observation, ['defaults', 'observation']) : IGNORE,
  };
  const steps: GoldenStep[] = g.steps.map((s, i) => {
    const p = ['steps', i];
    const action = compile(s.action, [...p, 'action']);
    const actionName = typeof s.action === 'string' ? s.action : undefined;
    const override =
      actionName !== undefined && Object.prototype.hasOwnProperty.call(toolArgsOverrides, actionName)
        ? toolArgsOverrides[actionName]
        : undefined;
    const mode = (s.tool_args as ToolArgsMode | undefined) ?? (typeof override === 'string' ? override : undefined) ?? toolArgs;
    const keyPaths = s.tool_args === undefined && Array.isArray(override) ? override : undefined;
    const action_input =
      keyPaths && s.action_input !== undefined
        ? keyPathsPattern(stripKeys(s.action_input, volatileKeys), keyPaths, (v, at) => compile(v, [...p, 'action_input', ...at]))
        : s.action_input !== undefined
          ? withToolArgsMode(compile(s.action_input, [...p, 'action_input']), mode)
          : mode === 'ignore'
            ? IGNORE
            : defaults.action_input;
    const repeat = s.repeat as { min?: number; max?: number } | undefined;
    const min = repeat?.min ?? (s.optional ? 0 : 1);
    const max = repeat ? (repeat.max ?? Infinity) : Math.max(1, min);
    if (s.optional && repeat?.min)
      throw new InputError(file, pathText([...p, 'repeat', 'min']), '0 (or no optional: true) for an optional step', {
        line: lineOf([...p, 'repeat', 'min']),
      });
    if (max < min)
      throw new InputError(file, pathText([...p, 'repeat', 'max']), `a maximum ≥ the minimum ${min}`, {
        line: lineOf([...p, 'repeat', 'max']),
      });
    return {
      index: i,
      line: lineOf(p),
      label: typeof s.name === 'string' ? s.name : (actionName ?? describePattern(action)),
      action,
      actionName,
      action_input,
      thought: s.thought !== undefined ? compile(s.thought, [...p, 'thought']) : defaults.thought,
      observation: s.observation !== undefined ? compile(s.observation, [...p, 'observation']) : defaults.observation,
      min: s.optional ? 0 : min,
      max,
      raw: s,
    };
  });
  return {
    file,
    id: g.id,
    kind: 'yaml',
    mode: overrides.mode ?? g.mode ?? 'strict',
    allowExtra: g.allow_extra ?? true,
    toolArgs,
    toolArgsOverrides,
    volatileKeys,
    steps,
    finalAnswer: g.final_answer !== undefined ? compile(g.final_answer, ['final_answer']) : undefined,
    trajectory: g.trajectory,
    format: g.format,
    doc,
    lineOf,
  };
}

/**
 * Uses a recorded trajectory as the golden: each step's action and action_input exact (or per the
 * tool-args mode), thought and observation not compared, in strict order unless overridden.
 */
export function goldenFromReference(ref: Trajectory, id: string, overrides: GoldenOverrides = {}): Golden {
  const toolArgs = overrides.toolArgs ?? 'exact';
  const toolArgsOverrides: ToolArgsOverrides = { ...(overrides.toolArgsOverrides ?? {}) };
  const steps: GoldenStep[] = ref.steps.map((s, i) => {
    const action = compilePattern(s.action);
    const o = Object.prototype.hasOwnProperty.call(toolArgsOverrides, s.action) ? toolArgsOverrides[s.action] : undefined;
    return {
      index: i,
      label: s.action,
      action,
      actionName: s.action,
      action_input: Array.isArray(o)
        ? keyPathsPattern(s.action_input, o, (v) => compilePattern({ $exact: v }))
        : withToolArgsMode(compilePattern({ $exact: s.action_input }), o ?? toolArgs),
      thought: IGNORE,
      observation: IGNORE,
      min: 1,
      max: 1,
      raw: { action: s.action, action_input: s.action_input },
    };
  });
  return {
    file: ref.file,
    id,
    kind: 'reference',
    mode: overrides.mode ?? 'strict',
    allowExtra: true,
    toolArgs,
    toolArgsOverrides,
    volatileKeys: new Set(),
    steps,
    reference: ref,
    lineOf: () => undefined,
  };
}
