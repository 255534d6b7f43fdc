/**
 * Assignment algorithms for step matching (never greedy first-fit):
 * - {@link maxBipartiteMatching}: maximum-cardinality bipartite matching by augmenting paths
 *   (Kuhn 1955; unit-capacity max-flow, Ford–Fulkerson). Rows are tried in priority order and an
 *   augmenting path never unmatches a matched vertex, so the matching is maximum overall and also
 *   maximum on every prefix of rows (required golden steps first, then optional ones).
 * - {@link alignRepeats}: minimum-cost ordered alignment of golden steps with repeat counts against
 *   actual steps (edit-distance dynamic programming, Wagner–Fischer 1974, over golden steps and the
 *   number of actual steps each has taken so far), used by the strict and in_order modes. The
 *   repeats are never expanded into copies: work is O(n × Σ states), memory O(n × steps).
 * - {@link alignSequence}: the same alignment over explicit rows (one per golden step copy), kept
 *   as the reference the repeat-aware alignment is tested against.
 */

/**
 * Maximum bipartite matching.
 * @param rows number of left vertices, tried in index order (put higher-priority rows first)
 * @param cols number of right vertices
 * @param adj adj(r) lists the columns row r may take (in preference order)
 * @param group rows with the same group have the same adjacency (copies of one golden step): once one
 *   fails to augment, the others are not tried. Exact: a row without an augmenting path never gets
 *   one later in Kuhn's algorithm, and an identical unmatched row has the same paths.
 * @returns rowToCol (-1 when unmatched) and colToRow (-1 when unmatched)
 */
export function maxBipartiteMatching(
  rows: number,
  cols: number,
  adj: (r: number) => readonly number[],
  group?: (r: number) => number,
): { rowToCol: Int32Array; colToRow: Int32Array } {
  const rowToCol = new Int32Array(rows).fill(-1);
  const colToRow = new Int32Array(cols).fill(-1);
  const seen = new Int32Array(cols).fill(-1);
  const lists: (readonly number[])[] = [];
  for (let r = 0; r < rows; r++) lists.push(adj(r));
  // iterative DFS for the augmenting path from row `root`
  const tryAugment = (root: number): boolean => {
    const stackRow: number[] = [root];
    const stackIdx: number[] = [0];
    const via: number[] = []; // column taken at each depth
    while (stackRow.length) {
      const d = stackRow.length - 1;
      const r = stackRow[d];
      const list = lists[r];
      let advanced = false;
      while (stackIdx[d] < list.length) {
        const c = list[stackIdx[d]++];
        if (seen[c] === root) continue;
        seen[c] = root;
        if (colToRow[c] === -1) {
          // augment along the path
          via[d] = c;
          for (let k = d; k >= 0; k--) {
            const rr = stackRow[k];
            const cc = via[k];
            rowToCol[rr] = cc;
            colToRow[cc] = rr;
          }
          return true;
        }
        via[d] = c;
        stackRow.push(colToRow[c]);
        stackIdx.push(0);
        advanced = true;
        break;
      }
      if (!advanced) {
        stackRow.pop();
        stackIdx.pop();
      }
    }
    return false;
  };
  const failed = new Set<number>();
  for (let r = 0; r < rows; r++) {
    if (!lists[r].length) continue;
    const g = group?.(r);
    if (g !== undefined && failed.has(g)) continue;
    if (!tryAugment(r) && g !== undefined) failed.add(g);
  }
  return { rowToCol, colToRow };
}

/** One operation of an alignment. */
export type AlignOp =
  | { op: 'match'; row: number; col: number }
  | { op: 'substitute'; row: number; col: number }
  | { op: 'skip_row'; row: number }
  | { op: 'skip_col'; col: number };

/**
 * Minimum-cost ordered alignment of rows (golden step copies) against columns (actual steps).
 * A pair costs 0 when `pair(r, c)` is 0, `substituteCost` when it is 1 (same tool, other
 * arguments), and is impossible when it is 2. Skipping row r costs `rowSkip[r]`; skipping a column
 * costs `colSkip`. Ties prefer match, then substitute, then skipping a row.
 * @returns the total cost and the operations in order.
 */
export function alignSequence(
  rows: number,
  cols: number,
  pair: (r: number, c: number) => 0 | 1 | 2,
  rowSkip: readonly number[],
  colSkip: number,
  substituteCost = 1,
): { cost: number; ops: AlignOp[] } {
  const W = cols + 1;
  const D = new Float64Array((rows + 1) * W);
  const B = new Uint8Array((rows + 1) * W); // 1 diag-match 2 diag-sub 3 up (skip row) 4 left (skip col)
  for (let j = 1; j <= cols; j++) {
    D[j] = D[j - 1] + colSkip;
    B[j] = 4;
  }
  for (let i = 1; i <= rows; i++) {
    D[i * W] = D[(i - 1) * W] + rowSkip[i - 1];
    B[i * W] = 3;
    for (let j = 1; j <= cols; j++) {
      let best = D[(i - 1) * W + j] + rowSkip[i - 1];
      let how = 3;
      const p = pair(i - 1, j - 1);
      if (p !== 2) {
        const d = D[(i - 1) * W + j - 1] + (p === 0 ? 0 : substituteCost);
        if (d <= best) {
          best = d;
          how = p === 0 ? 1 : 2;
        }
      }
      const l = D[i * W + j - 1] + colSkip;
      if (l < best) {
        best = l;
        how = 4;
      }
      D[i * W + j] = best;
      B[i * W + j] = how;
    }
  }
  const ops: AlignOp[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 || j > 0) {
    const how = B[i * W + j];
    if (how === 1) ops.push({ op: 'match', row: --i, col: --j });
    else if (how === 2) ops.push({ op: 'substitute', row: --i, col: --j });
    else if (how === 3) ops.push({ op: 'skip_row', row: --i });
    else ops.push({ op: 'skip_col', col: --j });
  }
  ops.reverse();
  return { cost: D[rows * W + cols], ops };
}

/** One golden step of {@link alignRepeats}: it stands for `min` to `max` actual steps. */
export interface RepeatRow {
  min: number;
  /** Infinity for no maximum */
  max: number;
}

/** What {@link alignRepeats} assigned to one golden step: the actual steps it took, in order. */
export interface RepeatAssignment {
  /**
   * actual step indices, increasing; `sub` when the pair is a substitution (same tool, other fields);
   * `required` when the copy of the golden step that took it is one of its first `min` copies
   */
  taken: { col: number; sub: boolean; required: boolean }[];
}

/**
 * Work of {@link alignRepeats} in DP cells: Σ over golden steps of (states + 1) × (cols + 1), where a
 * step has min(max, cols) + 1 count states, or min(min, cols) + 1 when its maximum cannot bind.
 */
export function alignRepeatsWork(rows: readonly RepeatRow[], cols: number): number {
  let w = 0;
  for (const r of rows) w += (repeatStates({ min: Math.min(r.min, cols + 1), max: r.max }, cols) + 1) * (cols + 1);
  return w;
}

function repeatStates(r: RepeatRow, cols: number): number {
  const cap = Math.max(r.min, Math.min(r.max, cols));
  return cap >= cols ? Math.min(r.min, cols) + 1 : cap + 1;
}

const INF = 0x3fffffff;

/**
 * Minimum-cost ordered alignment of golden steps with repeat counts (rows) against actual steps
 * (columns), equal in cost to {@link alignSequence} over the rows expanded into copies (required
 * copies first, each costing 1 when left unmatched; optional copies free), without expanding them.
 *
 * A golden step that takes u actual steps, s of them substitutions, costs s + max(0, min - u), with
 * u at most max; each actual step left to no golden step costs `colSkip`. State: (golden step g,
 * actual steps consumed j, steps taken by g so far u). When max cannot bind (max ≥ cols) the counts
 * from min up merge into one state, so an unbounded repeat costs min + 1 states, not cols.
 * Ties prefer taking an actual step (match, then substitution) over leaving it, as alignSequence.
 *
 * @param pair pair(g, c): 0 match, 1 same tool other fields, 2 impossible
 * @param opts.exact false: never replay alignSequence's traceback (tests of the general traceback)
 * @returns the total cost and, per golden step, the actual steps it took.
 */
export function alignRepeats(
  rowsIn: readonly RepeatRow[],
  cols: number,
  pair: (r: number, c: number) => 0 | 1 | 2,
  colSkip: number,
  substituteCost = 1,
  opts: { exact?: boolean } = {},
): { cost: number; steps: RepeatAssignment[] } {
  // a minimum above cols can never be met: lowering it to cols + 1 shifts the step's cost by a constant
  // for every alignment, so the optimum is the same and costs stay small integers
  const rows = rowsIn.map((r) => ({ min: Math.min(r.min, cols + 1), max: r.max }));
  const G = rows.length;
  const W = cols + 1;
  // D[g][j]: best cost of golden steps 0..g-1 against actual steps 0..j-1 (layer 0: no golden step)
  const layers: Int32Array[] = [];
  const first = new Int32Array(W);
  for (let j = 0; j < W; j++) first[j] = Math.min(INF, j * colSkip);
  layers.push(first);
  for (let g = 0; g < G; g++) layers.push(stepLayer(g, rows[g], layers[g], cols, pair, colSkip, substituteCost).out);
  const steps: RepeatAssignment[] = rows.map(() => ({ taken: [] }));
  let j = cols;
  for (let g = G - 1; g >= 0; g--) {
    const exact =
      opts.exact === false ? undefined : exactTraceback(g, rowsIn[g], layers[g], layers[g + 1][j], j, cols, pair, colSkip, substituteCost);
    if (exact) {
      steps[g].taken = exact.taken;
      j = exact.j;
      continue;
    }
    const { E, S, absorbing } = stepLayer(g, rows[g], layers[g], cols, pair, colSkip, substituteCost, j);
    const miss = (i: number) => Math.max(0, rows[g].min - i);
    const target = layers[g + 1][j];
    // the state golden step g ends in at column j, with alignSequence's preferences read backwards:
    // g takes actual step j - 1 (most steps taken first), else g ends before j (leaving the step), else
    // actual step j - 1 is left to no golden step
    const p = j > 0 ? pair(g, j - 1) : 2;
    const w = p === 0 ? 0 : p === 1 ? substituteCost : INF;
    const consumes = (i: number) =>
      w < INF &&
      ((i > 0 && E[(i - 1) * W + j - 1] + w === E[i * W + j]) || (absorbing && i === S - 1 && E[i * W + j - 1] + w === E[i * W + j]));
    const optimal = (i: number) => E[i * W + j] + miss(i) === target;
    let i = -1;
    for (let k = S - 1; k >= 0 && i < 0; k--) if (optimal(k) && consumes(k)) i = k;
    if (i < 0 && optimal(0) && layers[g][j] === E[j]) i = 0;
    for (let k = 0; k < S && i < 0; k++) if (optimal(k)) i = k;
    const taken: { col: number; sub: boolean; required: boolean }[] = [];
    for (;;) {
      const here = E[i * W + j];
      if (j > 0) {
        const p = pair(g, j - 1);
        const w = p === 0 ? 0 : p === 1 ? substituteCost : INF;
        if (w < INF) {
          if (absorbing && i === S - 1 && E[i * W + j - 1] + w === here) {
            taken.push({ col: j - 1, sub: p === 1, required: false });
            j--;
            continue;
          }
          if (i > 0 && E[(i - 1) * W + j - 1] + w === here) {
            taken.push({ col: j - 1, sub: p === 1, required: false });
            i--;
            j--;
            continue;
          }
        }
      }
      if (i === 0 && layers[g][j] === here) break; // leave the step: golden steps before g end at column j
      // leave actual step j - 1 to no golden step
      j--;
    }
    taken.reverse();
    // copies take actual steps in order: the first min copies are the required ones
    taken.forEach((t, k) => (t.required = k < rows[g].min));
    steps[g].taken = taken;
  }
  let shift = 0;
  for (let g = 0; g < G; g++) shift += rowsIn[g].min - rows[g].min;
  return { cost: layers[G][cols] + shift, steps };
}

/** Golden steps with at most this many copies, and copies x columns, are traced back exactly as alignSequence would. */
const EXACT_COPIES = 1_000;
const EXACT_CELLS = 2_000_000;

/**
 * The traceback of {@link alignSequence} over golden step g's copies, replayed without the expanded
 * table: the cost of the first k + 1 copies against columns 0..j-1 is min over u of E[u][j] +
 * max(0, min(min, k + 1) - u), with E[u][j] the best cost with g taking exactly u columns. Each cell
 * then makes alignSequence's choice (match or substitution, else skipping the copy, else skipping the
 * column only when strictly better), so the assignment is the expanded algorithm's, ties included.
 * Used when the step is small enough (at most EXACT_COPIES copies, EXACT_CELLS cells); undefined otherwise.
 */
function exactTraceback(
  g: number,
  row: RepeatRow,
  prev: Int32Array,
  target: number,
  jEnd: number,
  cols: number,
  pair: (r: number, c: number) => 0 | 1 | 2,
  colSkip: number,
  substituteCost: number,
): { taken: RepeatAssignment['taken']; j: number } | undefined {
  const C = Math.max(row.min, Math.min(row.max, cols));
  const U = Math.min(C, jEnd);
  const W = jEnd + 1;
  if (C > EXACT_COPIES || (U + 1) * W > EXACT_CELLS) return undefined;
  const val = (x: number) => (x >= INF ? Infinity : x);
  const w = (c: number) => {
    const p = pair(g, c);
    return p === 0 ? 0 : p === 1 ? substituteCost : Infinity;
  };
  // E[u][j]: columns 0..j-1, step g having taken exactly u of them
  const E = new Float64Array((U + 1) * W).fill(Infinity);
  for (let j = 0; j <= jEnd; j++) {
    E[j] = j === 0 ? val(prev[0]) : Math.min(val(prev[j]), E[j - 1] + colSkip);
    if (j === 0) continue;
    const wj = w(j - 1);
    for (let u = 1; u <= Math.min(U, j); u++) E[u * W + j] = Math.min(E[u * W + j - 1] + colSkip, E[(u - 1) * W + j - 1] + wj);
  }
  // D(k, j): copies 0..k of g against columns 0..j-1 (k = -1: golden steps before g)
  const D = (k: number, j: number): number => {
    if (k < 0) return val(prev[j]);
    const req = Math.min(row.min, k + 1);
    let best = Infinity;
    for (let u = 0; u <= Math.min(k + 1, j, U); u++) best = Math.min(best, E[u * W + j] + Math.max(0, req - u));
    return best;
  };
  if (D(C - 1, jEnd) !== val(target)) return undefined; // not the expected optimum: use the general traceback
  const taken: RepeatAssignment['taken'] = [];
  let k = C - 1;
  let j = jEnd;
  while (k >= 0) {
    const skip = k < row.min ? 1 : 0;
    let best = D(k - 1, j) + skip;
    let how: 'up' | 'diag' | 'left' = 'up';
    if (j > 0) {
      const wj = w(j - 1);
      if (wj !== Infinity) {
        const d = D(k - 1, j - 1) + wj;
        if (d <= best) {
          best = d;
          how = 'diag';
        }
      }
      if (D(k, j - 1) + colSkip < best) how = 'left';
    }
    if (how === 'diag') {
      taken.push({ col: j - 1, sub: pair(g, j - 1) === 1, required: k < row.min });
      k--;
      j--;
    } else if (how === 'up') k--;
    else j--;
  }
  taken.reverse();
  return { taken, j };
}

/** One golden step's DP table E[state][column] from the previous layer, and its output layer. */
function stepLayer(
  g: number,
  row: RepeatRow,
  prev: Int32Array,
  cols: number,
  pair: (r: number, c: number) => 0 | 1 | 2,
  colSkip: number,
  substituteCost: number,
  upTo = cols,
): { E: Int32Array; S: number; absorbing: boolean; out: Int32Array } {
  const W = cols + 1;
  const cap = Math.max(row.min, Math.min(row.max, cols));
  const absorbing = cap >= cols;
  const S = repeatStates(row, cols);
  const E = new Int32Array(S * W).fill(INF);
  const out = new Int32Array(W).fill(INF);
  const miss = (i: number) => Math.max(0, row.min - i);
  E[0] = prev[0];
  out[0] = Math.min(INF, prev[0] + miss(0));
  for (let j = 1; j <= upTo; j++) {
    const p = pair(g, j - 1);
    const w = p === 0 ? 0 : p === 1 ? substituteCost : INF;
    for (let i = 0; i < S; i++) {
      let best = E[i * W + j - 1] + colSkip;
      if (i === 0 && prev[j] < best) best = prev[j];
      if (w < INF) {
        if (i > 0) best = Math.min(best, E[(i - 1) * W + j - 1] + w);
        if (absorbing && i === S - 1) best = Math.min(best, E[i * W + j - 1] + w);
      }
      E[i * W + j] = Math.min(INF, best);
    }
    let o = INF;
    for (let i = 0; i < S; i++) o = Math.min(o, E[i * W + j] + miss(i));
    out[j] = Math.min(INF, o);
  }
  return { E, S, absorbing, out };
}
