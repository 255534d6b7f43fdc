/**
 * Compares a normalized trajectory with a golden under an ordering mode and reports drift per
 * golden step. Matching always reads `matcher(actual, golden)`; steps are assigned optimally
 * (maximum bipartite matching for unordered / superset / subset, minimum-cost alignment for strict /
 * in_order), never greedily.
 *
 * Ordering modes:
 * - `strict`: the actual steps are exactly the golden steps in order (with optional steps and repeats).
 * - `in_order`: the golden steps appear in the actual steps as an ordered subsequence; other actual
 *   steps between them are allowed when `allow_extra` (default) and drift otherwise.
 * - `unordered`: the same multiset of steps, any order.
 * - `superset`: every required golden step is in the actual trajectory (golden within actual); extra actual steps allowed.
 * - `subset`: every actual step is one of the golden steps (actual within golden); golden steps may be missing.
 */
import { InputError } from '../core/errors.js';
import { alignRepeats, alignRepeatsWork, maxBipartiteMatching } from './assign.js';
import type { Golden, GoldenStep, OrderingMode } from './golden.js';
import { describePattern, matchValue, stripKeys, type Mismatch } from './matchers.js';
import type { Step, Trajectory } from './types.js';

/** Why an actual step does not match a golden step. */
export interface StepMismatch extends Mismatch {
  /** which step field differs */
  field: 'action' | 'action_input' | 'thought' | 'observation';
}

/** Drift status of one golden step. */
export type StepStatus = 'matched' | 'missing' | 'arg_mismatch' | 'order_violation';

/** The report for one golden step. */
export interface StepReport {
  golden_index: number;
  label: string;
  /** 1-based line of the step in the golden file */
  line?: number;
  status: StepStatus;
  /** actual step indices (0-based) this golden step matched */
  actual_indices: number[];
  /** how many actual steps it must match */
  expected: { min: number; max: number | null };
  /** arg_mismatch: the actual step with the right tool and the first difference */
  mismatch?: { actual_index: number; field: StepMismatch['field']; path: string; expected: string; actual: unknown };
  /** order_violation: the actual step that matches but sits out of order */
  order_violation?: { actual_index: number };
}

/** An actual step no golden step accounts for. */
export interface UnexpectedStep {
  actual_index: number;
  action: string;
  action_input: Record<string, unknown>;
}

/** The comparison of one trajectory with one golden. */
export interface GoldenResult {
  id: string;
  golden: string;
  trajectory: string;
  format: Trajectory['format'];
  mode: OrderingMode;
  match: boolean;
  steps: StepReport[];
  /** actual steps that are drift (not allowed by the mode) */
  unexpected: UnexpectedStep[];
  /** actual steps outside the golden that the mode allows (in_order with allow_extra, superset) */
  extra_steps: number[];
  final_answer?: { match: boolean; expected: string; actual?: string };
  /** the actual steps, short form, for the markdown diff */
  actual: { action: string; action_input: Record<string, unknown> }[];
  compat?: 'agentevals';
  comment?: string;
}

/** Most golden step x actual step pairs compared (each may compare tool arguments); beyond: exit 2. */
export const MAX_PAIRS = 2_000_000;
/** Most cells of the ordered alignment (strict, in_order) or copies x actual steps (other modes); beyond: exit 2. */
export const MAX_ALIGN_WORK = 30_000_000;

/** Checks one actual step against one golden step: null when it matches. */
export function matchStep(actual: Step, g: GoldenStep, volatile: ReadonlySet<string>): StepMismatch | null {
  const a = matchValue(actual.action, g.action, '$.action');
  if (a) return { ...a, field: 'action' };
  const input = volatile.size ? stripKeys(actual.action_input, volatile) : actual.action_input;
  const i = matchValue(input, g.action_input, '$.action_input');
  if (i) return { ...i, field: 'action_input' };
  const t = matchValue(actual.thought, g.thought, '$.thought');
  if (t) return { ...t, field: 'thought' };
  let obs = actual.observation;
  // a tool result recorded as a JSON string is parsed when the golden expects structure
  if (
    typeof obs === 'string' &&
    (g.observation.kind === 'object' ||
      g.observation.kind === 'array' ||
      (g.observation.kind === 'exact' && typeof g.observation.value === 'object' && g.observation.value !== null))
  ) {
    try {
      obs = JSON.parse(obs);
    } catch {
      /* leave the string: the structured matcher reports it */
    }
  }
  if (volatile.size) obs = stripKeys(obs, volatile);
  const o = matchValue(obs, g.observation, '$.observation');
  if (o) return { ...o, field: 'observation' };
  return null;
}

/**
 * Compares a trajectory with a golden.
 * @returns the per-step drift report; `match` is true only without any drift.
 */
export function compareTrajectory(golden: Golden, traj: Trajectory): GoldenResult {
  const A = traj.steps;
  const G = golden.steps;
  const n = A.length;
  const mode = golden.mode;
  // pairwise verdicts: 0 match, 1 same tool other fields, 2 other tool; computed lazily
  const verdict = new Int8Array(G.length * Math.max(n, 1)).fill(-1);
  const detail = new Map<number, StepMismatch>();
  const pair = (gi: number, aj: number): 0 | 1 | 2 => {
    const k = gi * n + aj;
    const v = verdict[k];
    if (v >= 0) return v as 0 | 1 | 2;
    const g = G[gi];
    let r: 0 | 1 | 2;
    if (g.actionName !== undefined && g.actionName !== A[aj].action) r = 2;
    else {
      const m = matchStep(A[aj], g, golden.volatileKeys);
      if (!m) r = 0;
      else if (m.field === 'action') r = 2;
      else {
        r = 1;
        detail.set(k, m);
      }
    }
    verdict[k] = r;
    return r;
  };

  // bounded work (issue 19, item 15): pairwise verdicts are G x n, the ordered alignment is
  // O(n x Σ states), the matchings O(copies x n); beyond the bounds the input is unusable (exit 2)
  const pairs = G.length * n;
  if (pairs > MAX_PAIRS)
    throw new InputError(
      golden.file,
      'steps',
      `at most ${MAX_PAIRS.toLocaleString('en-US')} golden step x actual step pairs (found ${G.length} x ${n} against ${traj.file})`,
    );
  // copies of each golden step: required first (min), then optional (up to max); never more than n,
  // since no golden step can take more than n actual steps
  const copyStep: number[] = [];
  const copyReq: boolean[] = [];
  const ordered = mode === 'strict' || mode === 'in_order';
  if (ordered) {
    const work = alignRepeatsWork(G, n);
    if (work > MAX_ALIGN_WORK)
      throw new InputError(
        golden.file,
        'steps',
        `an ordered alignment of at most ${MAX_ALIGN_WORK.toLocaleString('en-US')} cells (golden steps with their repeat counts x actual steps; found ${work.toLocaleString('en-US')} against ${traj.file}): lower repeat.max or use mode unordered`,
      );
  } else {
    for (const g of G) {
      const cap = Math.min(n, Math.max(g.min, Math.min(g.max, n)));
      for (let c = 0; c < cap; c++) {
        copyStep.push(g.index);
        copyReq.push(mode !== 'subset' && c < g.min);
      }
    }
    if (copyStep.length * Math.max(n, 1) > MAX_ALIGN_WORK)
      throw new InputError(
        golden.file,
        'steps',
        `a matching of at most ${MAX_ALIGN_WORK.toLocaleString('en-US')} golden step copies x actual steps (found ${copyStep.length} x ${n} against ${traj.file}): lower repeat.max`,
      );
  }
  const P = copyStep.length;
  const matchedBy: number[][] = G.map(() => []); // actual indices per golden step
  const subst = new Map<number, { aj: number }>(); // golden step -> arg mismatch actual (first)
  const missingBy = new Map<number, number>(); // golden step -> required copies left unmatched
  const freeActual: boolean[] = new Array(n).fill(true);
  const extrasAllowed = mode === 'superset' || (mode === 'in_order' && golden.allowExtra);

  if (ordered) {
    const colSkip = extrasAllowed ? 0 : 1;
    const { steps: taken } = alignRepeats(G, n, pair, colSkip);
    taken.forEach((t, gi) => {
      // required copies not matched (left out, or paired with a differing call) are missing
      const missing = Math.max(0, G[gi].min - t.taken.filter((x) => x.required && !x.sub).length);
      t.taken.forEach(({ col, sub, required }) => {
        if (!sub) {
          matchedBy[gi].push(col);
          freeActual[col] = false;
        } else if (required) {
          // a required copy paired with the same tool and other arguments: arg mismatch
          if (!subst.has(gi)) subst.set(gi, { aj: col });
          freeActual[col] = false;
        }
        // an optional copy paired with a differing step is treated as skipped + unexpected
      });
      if (missing) missingBy.set(gi, missing);
    });
  } else {
    // unordered / superset / subset: maximum matching, required copies first
    const order = [...copyStep.keys()].sort((x, y) => Number(copyReq[y]) - Number(copyReq[x]));
    const cand = new Map<number, number[]>();
    const candidates = (gi: number): number[] => {
      let c = cand.get(gi);
      if (!c) {
        c = [];
        for (let j = 0; j < n; j++) if (pair(gi, j) === 0) c.push(j);
        cand.set(gi, c);
      }
      return c;
    };
    // rows of one golden step with the same requiredness are identical: one failure skips the rest
    const { rowToCol } = maxBipartiteMatching(
      P,
      n,
      (r) => candidates(copyStep[order[r]]),
      (r) => copyStep[order[r]] * 2 + Number(copyReq[order[r]]),
    );
    for (let r = 0; r < P; r++) {
      const row = order[r];
      const c = rowToCol[r];
      if (c >= 0) {
        matchedBy[copyStep[row]].push(c);
        freeActual[c] = false;
      } else if (copyReq[row]) missingBy.set(copyStep[row], (missingBy.get(copyStep[row]) ?? 0) + 1);
    }
    // a minimum above n can never be met
    if (mode !== 'subset') for (const g of G) if (g.min > n) missingBy.set(g.index, (missingBy.get(g.index) ?? 0) + g.min - n);
  }
  // missing copies, in golden order, at most n per golden step (no more can be explained)
  const missingCopies: number[] = [];
  for (const [gi, k] of [...missingBy.entries()].sort((x, y) => x[0] - y[0]))
    for (let c = 0; c < Math.min(k, n); c++) missingCopies.push(gi);

  // explain missing copies: an out-of-order actual step that matches (order_violation), else the
  // same tool with other arguments (arg_mismatch); paired by maximum matching over free actual steps
  // (copies of one golden step share their candidate list)
  const orderViol = new Map<number, number>();
  if (missingCopies.length) {
    const free = [...freeActual.keys()].filter((j) => freeActual[j]);
    const candidatesOf = (want: 0 | 1, among: number[]) => {
      const memo = new Map<number, number[]>();
      return (gi: number) => {
        let c = memo.get(gi);
        if (!c) {
          c = [];
          for (let fi = 0; fi < among.length; fi++) if (pair(gi, among[fi]) === want) c.push(fi);
          memo.set(gi, c);
        }
        return c;
      };
    };
    if (ordered) {
      const cands = candidatesOf(0, free);
      const { rowToCol } = maxBipartiteMatching(
        missingCopies.length,
        free.length,
        (r) => cands(missingCopies[r]),
        (r) => missingCopies[r],
      );
      missingCopies.forEach((gi, r) => {
        const fi = rowToCol[r];
        if (fi >= 0) {
          if (!orderViol.has(gi)) orderViol.set(gi, free[fi]);
          freeActual[free[fi]] = false;
        }
      });
    }
    const free2 = [...freeActual.keys()].filter((j) => freeActual[j]);
    const pending = missingCopies.filter((gi) => !orderViol.has(gi) && !subst.has(gi));
    const cands2 = candidatesOf(1, free2);
    const { rowToCol } = maxBipartiteMatching(
      pending.length,
      free2.length,
      (r) => cands2(pending[r]),
      (r) => pending[r],
    );
    pending.forEach((gi, r) => {
      const fi = rowToCol[r];
      if (fi >= 0) {
        if (!subst.has(gi)) subst.set(gi, { aj: free2[fi] });
        freeActual[free2[fi]] = false;
      }
    });
  }

  const steps: StepReport[] = G.map((g) => {
    const rep: StepReport = {
      golden_index: g.index,
      label: g.label,
      line: g.line,
      status: 'matched',
      actual_indices: matchedBy[g.index].sort((a, b) => a - b),
      expected: { min: mode === 'subset' ? 0 : g.min, max: Number.isFinite(g.max) ? g.max : null },
    };
    if (missingBy.has(g.index)) {
      const ov = orderViol.get(g.index);
      const sb = subst.get(g.index);
      if (ov !== undefined) {
        rep.status = 'order_violation';
        rep.order_violation = { actual_index: ov };
      } else if (sb) {
        rep.status = 'arg_mismatch';
        const m = detail.get(g.index * n + sb.aj)!;
        rep.mismatch = { actual_index: sb.aj, field: m.field, path: m.path, expected: m.expected, actual: m.actual };
      } else rep.status = 'missing';
    }
    return rep;
  });

  const unexpected: UnexpectedStep[] = [];
  const extra_steps: number[] = [];
  for (let j = 0; j < n; j++) {
    if (!freeActual[j]) continue;
    if (extrasAllowed) extra_steps.push(j);
    else unexpected.push({ actual_index: j, action: A[j].action, action_input: A[j].action_input });
  }

  let final_answer: GoldenResult['final_answer'];
  if (golden.finalAnswer) {
    const m = matchValue(traj.final_answer, golden.finalAnswer, '$.final_answer');
    final_answer = { match: !m, expected: describePattern(golden.finalAnswer), actual: traj.final_answer };
  }
  const match = steps.every((s) => s.status === 'matched') && unexpected.length === 0 && (final_answer?.match ?? true);
  return {
    id: golden.id,
    golden: golden.file,
    trajectory: traj.file,
    format: traj.format,
    mode,
    match,
    steps,
    unexpected,
    extra_steps,
    final_answer,
    actual: A.map((s) => ({ action: s.action, action_input: s.action_input })),
  };
}
