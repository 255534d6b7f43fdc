/**
 * `--update`: rewrites goldens from the current trajectories, like snapshot tests. Golden steps
 * that still match keep their YAML node (matchers, comments, options) and move to where the
 * actual trajectory has them; steps that drifted are replaced by literal steps recorded from the
 * actual trajectory (volatile keys stripped); required golden steps that are gone are dropped;
 * optional steps that matched nothing are kept. Reference goldens are replaced by the recorded
 * trajectory. Files are written atomically, and only when they change.
 */
import { isMap, isSeq, type Document, type Node } from 'yaml';
import { writeFileAtomic } from '../core/fsx.js';
import { compilePattern, isMatcherObject, matchValue, stripKeys } from './matchers.js';
import type { GoldenStep } from './golden.js';
import type { RunPair } from './run.js';
import type { Step } from './types.js';

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !isMatcherObject(v);
const accepts = (raw: unknown, actual: unknown): boolean => matchValue(actual, compilePattern(raw)) === null;

/**
 * A drifted step (same tool, other arguments or result): the golden step node is kept and only
 * what no longer matches is re-recorded. Argument keys whose golden matcher still accepts the
 * actual value keep it; other keys take the actual value; golden keys the call no longer has are
 * dropped (unless their matcher accepts a missing key). thought/observation likewise.
 */
function mergeStep(doc: Document, node: Node, g: GoldenStep, a: Step, volatile: ReadonlySet<string>): Node {
  const out = (node as Node & { clone(): Node }).clone();
  if (!isMap(out)) return doc.createNode({ action: a.action, action_input: stripKeys(a.action_input, volatile) }) as Node;
  const actualArgs = stripKeys(a.action_input, volatile);
  const rawArgs = g.raw.action_input;
  if (rawArgs !== undefined && matchValue(actualArgs, g.action_input) !== null) {
    if (isPlain(rawArgs)) {
      const argNode = out.get('action_input', true);
      const merged = doc.createNode({}) as Node;
      if (isMap(merged)) {
        for (const [k, v] of Object.entries(actualArgs)) {
          if (Object.prototype.hasOwnProperty.call(rawArgs, k) && accepts(rawArgs[k], v) && isMap(argNode))
            merged.set(k, argNode.get(k, true));
          else merged.set(k, doc.createNode(v));
        }
        for (const [k, v] of Object.entries(rawArgs))
          if (!Object.prototype.hasOwnProperty.call(actualArgs, k) && accepts(v, undefined) && isMap(argNode))
            merged.set(k, argNode.get(k, true));
      }
      out.set('action_input', merged);
    } else out.set('action_input', doc.createNode(actualArgs));
  }
  for (const f of ['thought', 'observation'] as const) {
    const raw = g.raw[f];
    if (raw === undefined) continue;
    const v = f === 'observation' ? stripKeys(a.observation, volatile) : a.thought;
    if (matchValue(v, g[f]) !== null) {
      if (v === undefined) out.delete(f);
      else out.set(f, doc.createNode(v));
    }
  }
  return out;
}

/** What --update did to one golden. */
export interface UpdateResult {
  golden: string;
  changed: boolean;
  kept: number;
  recorded: number;
  dropped: number;
}

/** Computes the updated golden text (without writing). */
export function updatedGoldenText(pair: RunPair): { text: string; kept: number; recorded: number; dropped: number } {
  const { golden, result, trajectory } = pair;
  if (golden.kind === 'reference' || !golden.doc)
    return { text: pair.trajectoryText, kept: 0, recorded: trajectory.steps.length, dropped: golden.steps.length };
  if (result.compat) throw new Error('--update is not available with --compat agentevals');
  const doc = golden.doc.clone();
  const seq = doc.get('steps', true);
  if (!isSeq(seq)) throw new Error('steps is not a sequence');
  const oldNodes = seq.items as Node[];
  // actual index -> golden step index (for steps whose golden node is kept)
  const keptAt = new Map<number, number>();
  const keptSteps = new Set<number>();
  for (const s of result.steps) {
    if (s.status === 'matched' && s.actual_indices.length) {
      keptAt.set(s.actual_indices[0], s.golden_index);
      keptSteps.add(s.golden_index);
    } else if (s.status === 'order_violation' && s.order_violation) {
      keptAt.set(s.order_violation.actual_index, s.golden_index);
      keptSteps.add(s.golden_index);
    }
  }
  const mergedAt = new Map<number, number>();
  for (const s of result.steps) if (s.status === 'arg_mismatch' && s.mismatch) mergedAt.set(s.mismatch.actual_index, s.golden_index);
  const covered = new Set<number>();
  for (const s of result.steps) for (const j of s.actual_indices) covered.add(j);
  for (const s of result.steps) if (s.order_violation) covered.add(s.order_violation.actual_index);
  const extra = new Set(result.extra_steps);
  // golden steps kept without any actual step (optional / min 0): keep them before the next kept step
  const idle = result.steps.filter((s) => s.status === 'matched' && !s.actual_indices.length).map((s) => s.golden_index);
  const items: Node[] = [];
  let recorded = 0;
  let idleAt = 0;
  const flushIdle = (before: number) => {
    while (idleAt < idle.length && idle[idleAt] < before) items.push(oldNodes[idle[idleAt++]]);
  };
  // idle steps that directly follow golden step gi in the golden stay right after it
  const flushFollowing = (gi: number) => {
    let next = gi + 1;
    while (idleAt < idle.length && idle[idleAt] === next) {
      items.push(oldNodes[idle[idleAt++]]);
      next++;
    }
  };
  trajectory.steps.forEach((a, j) => {
    const gi = keptAt.get(j);
    const mi = mergedAt.get(j);
    if (gi !== undefined) {
      flushIdle(gi);
      items.push(oldNodes[gi]);
      flushFollowing(gi);
    } else if (mi !== undefined) {
      flushIdle(mi);
      items.push(mergeStep(doc, oldNodes[mi], golden.steps[mi], a, golden.volatileKeys));
      flushFollowing(mi);
      recorded++;
    } else if (!covered.has(j) && !extra.has(j)) {
      items.push(doc.createNode({ action: a.action, action_input: stripKeys(a.action_input, golden.volatileKeys) }) as Node);
      recorded++;
    }
  });
  flushIdle(Infinity);
  const newSeq = doc.createNode([]);
  if (!isSeq(newSeq)) throw new Error('internal: createNode([]) is not a sequence');
  (newSeq.items as Node[]) = items;
  newSeq.flow = false;
  doc.set('steps', newSeq);
  const dropped = golden.steps.length - keptSteps.size - idle.length - new Set(mergedAt.values()).size;
  return { text: doc.toString({ lineWidth: 0 }), kept: keptSteps.size + idle.length, recorded, dropped };
}

/** Rewrites each golden whose trajectory drifted (atomically; unchanged files are not touched). */
export async function updateGoldens(pairs: RunPair[]): Promise<UpdateResult[]> {
  const out: UpdateResult[] = [];
  for (const p of pairs) {
    if (p.result.match) {
      out.push({ golden: p.golden.file, changed: false, kept: p.golden.steps.length, recorded: 0, dropped: 0 });
      continue;
    }
    const u = updatedGoldenText(p);
    const changed = u.text !== p.goldenText;
    if (changed) await writeFileAtomic(p.goldenAbs, u.text);
    out.push({ golden: p.golden.file, changed, kept: u.kept, recorded: u.recorded, dropped: u.dropped });
  }
  return out;
}
