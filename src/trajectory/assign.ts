/**
 * Assignment algorithms for step matching (never greedy first-fit):
 * - {@link maxBipartiteMatching}: maximum-cardinality bipartite matching by augmenting paths
 *   (Kuhn 1955; unit-capacity max-flow, Ford–Fulkerson). Rows are tried in priority order and an
 *   augmenting path never unmatches a matched vertex, so the matching is maximum overall and also
 *   maximum on every prefix of rows (required golden steps first, then optional ones).
 * - {@link alignSequence}: minimum-cost ordered alignment (edit-distance dynamic programming,
 *   Wagner–Fischer 1974) with per-row skip costs, used by the strict and in_order modes.
 */

/**
 * Maximum bipartite matching.
 * @param rows number of left vertices, tried in index order (put higher-priority rows first)
 * @param cols number of right vertices
 * @param adj adj(r) lists the columns row r may take (in preference order)
 * @returns rowToCol (-1 when unmatched) and colToRow (-1 when unmatched)
 */
export function maxBipartiteMatching(rows: number, cols: number, adj: (r: number) => readonly number[]): { rowToCol: Int32Array; colToRow: Int32Array } {
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
  for (let r = 0; r < rows; r++) if (lists[r].length) tryAugment(r);
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
export function alignSequence(rows: number, cols: number, pair: (r: number, c: number) => 0 | 1 | 2, rowSkip: readonly number[], colSkip: number, substituteCost = 1): { cost: number; ops: AlignOp[] } {
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
