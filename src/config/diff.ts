/**
 * Semantic diff of two JSON values (a baseline resource and the current one).
 *
 * What never counts: key order, comments, quoting, flow or block style, indentation (they do not
 * survive parsing). Values are compared by JSON type and value, so `4` vs `"4"` is a change and
 * is reported as a type change.
 *
 * Lists:
 * - lists of maps that Kubernetes merges by key (strategic merge patch `patchMergeKey` in the
 *   Kubernetes API types) are matched by that key: `containers`, `initContainers`,
 *   `ephemeralContainers`, `volumes`, `env`, `imagePullSecrets` by `name`; container `ports`
 *   by `containerPort`; Service `spec.ports` by `port`; `volumeMounts` by `mountPath`.
 *   Items are shown as `containers[name=app]`; reordering such a list is not a change.
 *   When an item lacks the key, or a key repeats, the list is treated as ordered.
 * - every other list is ordered (args, command, NetworkPolicy ingress/egress, HPA metrics,
 *   ServiceMonitor endpoints, …): items are aligned by a longest common subsequence of equal
 *   items, so an insertion is one `+`, not a shifted tail; unmatched items between two aligned
 *   ones are paired in order and compared field by field.
 *
 * A map added or removed is reported entry by entry (so ignore rules can match single labels or
 * annotations), a keyed list item by item; an ordered list item or a scalar added or removed is one change.
 */
import { canonicalJson } from '../core/jcs.js';
import { isPlainObject } from './resource.js';

/** One path step: a map key, or a list item (with its index on each side and, if keyed, its key). */
export type PathStep = { key: string } | { index: number; baseIndex?: number; match?: { field: string; value: string | number | boolean } };

/** One semantic change. */
export interface Change {
  /** `~` changed, `+` added, `-` removed */
  op: '~' | '+' | '-';
  /** readable path, e.g. `spec.template.spec.containers[name=app].image` */
  path: string;
  /** RFC 6901 JSON pointer into the current document (into the baseline for `-`) */
  pointer: string;
  /** the pointer into the baseline document when it differs (a keyed list item at another index) */
  baselinePointer?: string;
  /** baseline value (absent for `+`) */
  baseline?: unknown;
  /** current value (absent for `-`) */
  current?: unknown;
  /** set when the JSON type changed, e.g. `{ baseline: 'number', current: 'string' }` */
  typeChange?: { baseline: string; current: string };
  /** the steps, for positions and ignore rules */
  steps: PathStep[];
}

/** Context of a diff: the Kubernetes kind selects kind-specific list keys (Service ports). */
export interface DiffContext {
  kind?: string;
}

const NAME_KEYED = new Set(['containers', 'initContainers', 'ephemeralContainers', 'volumes', 'env', 'imagePullSecrets']);
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/** JSON type name: null, boolean, number, string, array, object (an exact `bigint` integer is a number). */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'bigint') return 'number';
  return typeof v;
}

/**
 * Exact equality of two JSON numbers that may be `bigint` (integers beyond 2^53) or `number`: a
 * bigint equals a number only when the number is that very integer (no rounding either way).
 */
function sameNumber(a: unknown, b: unknown): boolean {
  if (typeof a === 'bigint' && typeof b === 'number') return Number.isInteger(b) && a === BigInt(b);
  if (typeof a === 'number' && typeof b === 'bigint') return Number.isInteger(a) && BigInt(a) === b;
  return false;
}

/** Diffs `baseline` against `current`; returns the changes in document order. */
export function diffValues(baseline: unknown, current: unknown, ctx: DiffContext = {}): Change[] {
  const out: Change[] = [];
  walk(baseline, current, [], ctx, out);
  return out;
}

function walk(a: unknown, b: unknown, steps: PathStep[], ctx: DiffContext, out: Change[]): void {
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const k of Object.keys(a)) {
      if (Object.hasOwn(b, k)) walk(a[k], b[k], [...steps, { key: k }], ctx, out);
      else emitWhole('-', a[k], [...steps, { key: k }], ctx, out);
    }
    for (const k of Object.keys(b)) if (!Object.hasOwn(a, k)) emitWhole('+', b[k], [...steps, { key: k }], ctx, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const field = listKey(steps, ctx);
    if (field && keyedDiff(a, b, field, steps, ctx, out)) return;
    orderedDiff(a, b, steps, ctx, out);
    return;
  }
  if (a === b || sameNumber(a, b)) return;
  const ta = jsonType(a);
  const tb = jsonType(b);
  if (ta === tb && (ta === 'array' || ta === 'object') && canonicalJson(a) === canonicalJson(b)) return;
  const c = change('~', steps, a, b);
  if (ta !== tb) c.typeChange = { baseline: ta, current: tb };
  out.push(c);
}

/**
 * Emits an added/removed value: a non-empty map entry by entry, a non-empty keyed list item by
 * item (`env[name=GOGC]`), anything else as one change.
 */
function emitWhole(op: '+' | '-', v: unknown, steps: PathStep[], ctx: DiffContext, out: Change[]): void {
  if (isPlainObject(v) && Object.keys(v).length > 0) {
    for (const [k, x] of Object.entries(v)) emitWhole(op, x, [...steps, { key: k }], ctx, out);
    return;
  }
  const field = Array.isArray(v) && v.length > 0 ? listKey(steps, ctx) : undefined;
  const keys = field ? keysOf(v as unknown[], field) : undefined;
  if (field && keys) {
    for (const [k, i] of keys) {
      const step: PathStep = { index: i, match: { field, value: k } };
      if (op === '-') step.baseIndex = i;
      out.push(
        op === '+'
          ? change('+', [...steps, step], undefined, (v as unknown[])[i])
          : change('-', [...steps, step], (v as unknown[])[i], undefined),
      );
    }
    return;
  }
  out.push(op === '+' ? change('+', steps, undefined, v) : change('-', steps, v, undefined));
}

function change(op: Change['op'], steps: PathStep[], baseline: unknown, current: unknown): Change {
  const c: Change = { op, path: formatPath(steps), pointer: formatPointer(steps, op === '-' ? 'baseline' : 'current'), steps };
  if (op !== '-') {
    const bp = formatPointer(steps, 'baseline');
    if (op === '~' && bp !== c.pointer) c.baselinePointer = bp;
    c.current = current;
  }
  if (op !== '+') c.baseline = baseline;
  return c;
}

/** The merge key of the list at `steps`, or undefined for an ordered list. */
export function listKey(steps: PathStep[], ctx: DiffContext): string | undefined {
  const last = steps[steps.length - 1];
  if (!last || !('key' in last)) return undefined;
  if (NAME_KEYED.has(last.key)) return 'name';
  if (last.key === 'volumeMounts') return 'mountPath';
  if (last.key === 'ports') {
    const parent = steps[steps.length - 2];
    const grand = steps[steps.length - 3];
    if (parent && 'index' in parent && grand && 'key' in grand && CONTAINER_LISTS.has(grand.key)) return 'containerPort';
    if (ctx.kind === 'Service' && steps.length === 2 && 'key' in steps[0] && steps[0].key === 'spec') return 'port';
  }
  return undefined;
}

type KeyValue = string | number | boolean;

function keysOf(list: unknown[], field: string): Map<KeyValue, number> | undefined {
  const m = new Map<KeyValue, number>();
  for (const [i, item] of list.entries()) {
    if (!isPlainObject(item)) return undefined;
    const k = item[field];
    if (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean') return undefined;
    if (m.has(k)) return undefined;
    m.set(k, i);
  }
  return m;
}

/** Matches items by `field`; returns false (caller falls back to ordered) when the lists are not keyable. */
function keyedDiff(a: unknown[], b: unknown[], field: string, steps: PathStep[], ctx: DiffContext, out: Change[]): boolean {
  const ka = keysOf(a, field);
  const kb = keysOf(b, field);
  if (!ka || !kb) return false;
  for (const [k, bi] of kb) {
    const ai = ka.get(k);
    const step: PathStep = { index: bi, match: { field, value: k } };
    if (ai === undefined) out.push(change('+', [...steps, step], undefined, b[bi]));
    else walk(a[ai], b[bi], [...steps, { ...step, baseIndex: ai }], ctx, out);
  }
  for (const [k, ai] of ka) {
    if (!kb.has(k)) out.push(change('-', [...steps, { index: ai, baseIndex: ai, match: { field, value: k } }], a[ai], undefined));
  }
  return true;
}

/** Largest n*m for the LCS table; beyond it the middle part is compared position by position. */
const LCS_LIMIT = 1_000_000;

function orderedDiff(a: unknown[], b: unknown[], steps: PathStep[], ctx: DiffContext, out: Change[]): void {
  const ha = a.map(itemKey);
  const hb = b.map(itemKey);
  // common prefix and suffix
  let lo = 0;
  while (lo < a.length && lo < b.length && ha[lo] === hb[lo]) lo++;
  let ea = a.length;
  let eb = b.length;
  while (ea > lo && eb > lo && ha[ea - 1] === hb[eb - 1]) {
    ea--;
    eb--;
  }
  const pairs = lcsPairs(ha, hb, lo, ea, lo, eb);
  // walk the gaps between aligned pairs
  let ia = lo;
  let ib = lo;
  for (const [pa, pb] of [...pairs, [ea, eb] as [number, number]]) {
    const removed = pa - ia;
    const added = pb - ib;
    const paired = Math.min(removed, added);
    for (let k = 0; k < paired; k++) walk(a[ia + k], b[ib + k], [...steps, { index: ib + k, baseIndex: ia + k }], ctx, out);
    for (let k = paired; k < added; k++) out.push(change('+', [...steps, { index: ib + k }], undefined, b[ib + k]));
    for (let k = paired; k < removed; k++) out.push(change('-', [...steps, { index: ia + k, baseIndex: ia + k }], a[ia + k], undefined));
    ia = pa + 1;
    ib = pb + 1;
  }
}

function itemKey(v: unknown): string {
  // a number and an exact bigint of the same integer get the same key (String of both is the digits)
  return typeof v === 'object' && v !== null
    ? canonicalJson(v)
    : `${jsonType(v)}:${typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v).toString() : String(v)}`;
}

/** Index pairs (i in a, j in b) of a longest common subsequence of a[a0..a1) and b[b0..b1). */
function lcsPairs(ha: string[], hb: string[], a0: number, a1: number, b0: number, b1: number): [number, number][] {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0 || n * m > LCS_LIMIT) return [];
  const t = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * (m + 1) + j] =
        ha[a0 + i] === hb[b0 + j] ? t[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(t[(i + 1) * (m + 1) + j], t[i * (m + 1) + j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ha[a0 + i] === hb[b0 + j]) {
      pairs.push([a0 + i, b0 + j]);
      i++;
      j++;
    } else if (t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return pairs;
}

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Readable path: `spec.template.spec.containers[name=app].image`, `metadata.labels["app.kubernetes.io/name"]`. */
export function formatPath(steps: PathStep[]): string {
  let s = '';
  for (const st of steps) {
    if ('key' in st) s += SIMPLE_KEY.test(st.key) ? (s ? '.' : '') + st.key : `[${JSON.stringify(st.key)}]`;
    else if (st.match) s += `[${st.match.field}=${String(st.match.value)}]`;
    else s += `[${st.index}]`;
  }
  return s;
}

/** RFC 6901 pointer of `steps` on one side (`~` as `~0`, `/` as `~1`). */
export function formatPointer(steps: PathStep[], side: 'current' | 'baseline'): string {
  return steps
    .map(
      (st) =>
        '/' +
        ('key' in st
          ? st.key.replace(/~/g, '~0').replace(/\//g, '~1')
          : String(side === 'baseline' ? (st.baseIndex ?? st.index) : st.index)),
    )
    .join('');
}

/** The path segments (keys and indices) on one side, for positions. */
export function segments(steps: PathStep[], side: 'current' | 'baseline'): (string | number)[] {
  return steps.map((st) => ('key' in st ? st.key : side === 'baseline' ? (st.baseIndex ?? st.index) : st.index));
}
