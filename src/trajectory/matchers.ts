/**
 * Value matchers of golden trajectories. A golden field holds either a literal JSON value
 * (matched by RFC 8785 canonical JSON equality: `1` equals `1.0`, key order ignored, arrays
 * ordered) or a matcher object with exactly one `$`-key:
 *
 * | matcher | YAML | passes when the actual value |
 * |---|---|---|
 * | exact | `{$exact: V}` | is canonically equal to V (RFC 8785) |
 * | regex | `{$regex: "RE"}` | is a string in which RE (RE2 syntax, via re2js) finds a match; anchor with `^…$` for a full match |
 * | json_subset | `{$json_subset: V}` | contains V: every key of V present with a matching value, recursively; arrays same length, element-wise |
 * | numeric | `{$numeric: {value: N, abs: A, rel: R}}` | is a number with `|x − N| ≤ A` or `|x − N| ≤ R·|N|` (abs 0 when neither given) |
 * | one_of | `{$one_of: [P, …]}` | matches any of the patterns |
 * | ignore | `{$ignore: true}` | anything, including a missing value |
 * | absent | `{$absent: true}` | is missing (as an object member: the key is not there) |
 *
 * Literal objects and arrays may hold matchers in their members. Matching always reads
 * `match(actual, golden)`: the actual value is checked against the golden pattern.
 */
import { RE2JS } from 're2js';
import { canonicalJson } from '../core/jcs.js';

/** A compiled golden pattern. */
export type Pattern =
  | { kind: 'exact'; value: unknown; canon: string }
  | { kind: 'regex'; source: string; re: RE2JS }
  | { kind: 'numeric'; value: number; abs?: number; rel?: number }
  | { kind: 'one_of'; options: Pattern[] }
  | { kind: 'ignore' }
  | { kind: 'absent' }
  /**
   * An object whose members are patterns. `extra`: actual keys the golden does not name are
   * allowed (json_subset, tool-args superset) or not. `missing`: golden keys the actual lacks
   * are allowed (tool-args subset) or not.
   */
  | { kind: 'object'; members: Record<string, Pattern>; extra: boolean; missing: boolean; label: string }
  | { kind: 'array'; items: Pattern[]; label: string }
  /**
   * agentevals' key-path override (`tool_args_match_overrides` with a list): for each dotted path,
   * the value found by walking own members of plain objects (undefined when the walk stops)
   * matches `pattern`; a null `pattern` (the golden lacks the path or holds null) wants undefined or null.
   * Other keys are not compared.
   */
  | { kind: 'key_paths'; checks: { path: string[]; pattern: Pattern | null }[]; label: string };

/** The first difference found: where (JSON path), what was expected, what was there. */
export interface Mismatch {
  /** JSONPath-style location, e.g. `$.action_input.city` or `$.action_input.items[2]` */
  path: string;
  /** the expected matcher, human-readable (`regex ^SF$`, `exact "SF"`, `absent`) */
  expected: string;
  /** the actual value (undefined when missing) */
  actual: unknown;
}

/** Raised by {@link compilePattern} for a malformed matcher; `path` is the position inside the golden value. */
export class PatternError extends Error {
  constructor(
    readonly path: (string | number)[],
    readonly expected: string,
  ) {
    super(expected);
  }
}

/** Matcher keys understood in golden YAML. */
export const MATCHER_KEYS = ['$exact', '$regex', '$json_subset', '$numeric', '$one_of', '$ignore', '$absent'] as const;

/** Compiled RE2 programs by source (compiling dominates loading many goldens with the same patterns). */
const regexCache = new Map<string, RE2JS>();

/**
 * RFC 8785 canonical equality of an actual value with a golden exact pattern, decided
 * structurally: two JSON values have the same canonical form (src/core/jcs.ts) exactly when they
 * are the same primitive (strings by code units, numbers as IEEE-754 doubles, so 1 = 1.0 and
 * -0 = 0), or arrays of equal length with equal elements in order, or objects with the same key set
 * and equal members (key order is irrelevant after canonical sorting). Verified against
 * canonicalJson in tests/trajectory/matchers.test.ts; structural to avoid serializing per comparison.
 */
export function canonicalEqual(a: unknown, b: unknown): boolean {
  if (a === b) return a !== undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aa = Array.isArray(a);
  if (aa !== Array.isArray(b)) return false;
  if (aa) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!canonicalEqual(x[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (!Object.prototype.hasOwnProperty.call(x, k)) continue;
    n++;
    if (!Object.prototype.hasOwnProperty.call(y, k) || !canonicalEqual(x[k], y[k])) return false;
  }
  for (const k in y) if (Object.prototype.hasOwnProperty.call(y, k)) n--;
  return n === 0;
}

function canonicalEquals(actual: unknown, p: { value: unknown }): boolean {
  return canonicalEqual(actual, p.value);
}

/** Descriptions are built once per pattern (they serialize the golden value). */
const descCache = new WeakMap<Pattern, string>();

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Sets an own, enumerable data property. Untrusted keys (tool arguments, golden members, span
 * attributes) are never assigned with `o[k] = v`: for `__proto__` that would set the prototype
 * instead of a member, silently dropping the key (issue 19, item 6).
 */
export function setOwn<T>(o: Record<string, T>, k: string, v: T): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Whether a raw golden value is a matcher object (exactly one key, starting with `$`). */
export function isMatcherObject(v: unknown): v is Record<string, unknown> {
  if (!isPlainObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && keys[0].startsWith('$');
}

function containsMatcher(v: unknown): boolean {
  if (isMatcherObject(v)) return true;
  if (Array.isArray(v)) return v.some(containsMatcher);
  if (isPlainObject(v)) return Object.values(v).some(containsMatcher);
  return false;
}

function exactPattern(value: unknown, path: (string | number)[]): Pattern {
  let canon: string;
  try {
    canon = canonicalJson(value);
  } catch {
    throw new PatternError(path, 'a JSON value');
  }
  return { kind: 'exact', value, canon };
}

/** A value as short canonical JSON for messages (`missing` for undefined), cut to `max` characters. */
export function short(v: unknown, max = 60): string {
  let s: string;
  try {
    s = v === undefined ? 'missing' : canonicalJson(v);
  } catch {
    s = String(v);
  }
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/**
 * Compiles a raw golden value into a {@link Pattern}.
 * @param subset compile literal objects as json_subset (extra actual keys allowed), used under `$json_subset`.
 * @throws PatternError for an unknown `$`-matcher, a bad regex (RE2 syntax) or a malformed numeric matcher.
 */
export function compilePattern(raw: unknown, path: (string | number)[] = [], subset = false): Pattern {
  if (isMatcherObject(raw)) {
    const [key] = Object.keys(raw);
    const arg = raw[key];
    switch (key) {
      case '$exact':
        return exactPattern(arg, [...path, key]);
      case '$regex': {
        if (typeof arg !== 'string') throw new PatternError([...path, key], 'a regular expression string (RE2 syntax)');
        try {
          let re = regexCache.get(arg);
          if (!re) {
            re = RE2JS.compile(arg);
            if (regexCache.size >= 10_000) regexCache.clear();
            regexCache.set(arg, re);
          }
          return { kind: 'regex', source: arg, re };
        } catch (e) {
          throw new PatternError([...path, key], `a regular expression in RE2 syntax (${(e as Error).message})`);
        }
      }
      case '$json_subset':
        return compilePattern(arg, [...path, key], true);
      case '$numeric': {
        const ok =
          isPlainObject(arg) &&
          typeof arg.value === 'number' &&
          Object.keys(arg).every((k) => ['value', 'abs', 'rel'].includes(k)) &&
          (arg.abs === undefined || (typeof arg.abs === 'number' && arg.abs >= 0)) &&
          (arg.rel === undefined || (typeof arg.rel === 'number' && arg.rel >= 0));
        if (!ok) throw new PatternError([...path, key], '{value: number, abs?: number ≥ 0, rel?: number ≥ 0}');
        const a = arg as { value: number; abs?: number; rel?: number };
        return { kind: 'numeric', value: a.value, abs: a.abs, rel: a.rel };
      }
      case '$one_of': {
        if (!Array.isArray(arg) || arg.length === 0) throw new PatternError([...path, key], 'a non-empty list of patterns');
        return { kind: 'one_of', options: arg.map((o, i) => compilePattern(o, [...path, key, i], subset)) };
      }
      case '$ignore':
        if (arg !== true) throw new PatternError([...path, key], 'true');
        return { kind: 'ignore' };
      case '$absent':
        if (arg !== true) throw new PatternError([...path, key], 'true');
        return { kind: 'absent' };
      default:
        throw new PatternError([...path, key], `one of the matchers ${MATCHER_KEYS.join(', ')} (or a literal object without $-keys)`);
    }
  }
  if (isPlainObject(raw) && (subset || containsMatcher(raw))) {
    const members: Record<string, Pattern> = {};
    for (const [k, v] of Object.entries(raw)) setOwn(members, k, compilePattern(v, [...path, k], subset));
    return { kind: 'object', members, extra: subset, missing: false, label: subset ? `json_subset ${short(raw)}` : `exact ${short(raw)}` };
  }
  if (Array.isArray(raw) && (subset || containsMatcher(raw))) {
    return {
      kind: 'array',
      items: raw.map((v, i) => compilePattern(v, [...path, i], subset)),
      label: `${subset ? 'json_subset' : 'exact'} ${short(raw)}`,
    };
  }
  return exactPattern(raw, path);
}

/**
 * Applies a tool-arguments mode to a compiled `action_input` pattern (top level only):
 * `exact` same key set, `superset` the actual arguments contain the golden ones (extra actual
 * keys allowed), `subset` the actual arguments are within the golden ones (golden keys may be
 * missing), `ignore` anything.
 */
export function withToolArgsMode(p: Pattern, mode: ToolArgsMode): Pattern {
  if (mode === 'ignore') return { kind: 'ignore' };
  if (mode === 'exact') return p;
  let members: Record<string, Pattern>;
  let shown: string;
  if (p.kind === 'object' && !p.extra) {
    members = p.members;
    shown = p.label.replace(/^exact /, '');
  } else if (p.kind === 'exact' && isPlainObject(p.value)) {
    members = {};
    for (const [k, v] of Object.entries(p.value)) setOwn(members, k, exactPattern(v, [k]));
    shown = short(p.value);
  } else return p;
  return mode === 'superset'
    ? { kind: 'object', members, extra: true, missing: false, label: `superset of ${shown}` }
    : { kind: 'object', members, extra: false, missing: true, label: `subset of ${shown}` };
}

/** Tool-argument comparison modes (agentevals' names). */
export type ToolArgsMode = 'exact' | 'ignore' | 'subset' | 'superset';

/** Human-readable form of a pattern, for drift reports. */
export function describePattern(p: Pattern): string {
  let d = descCache.get(p);
  if (d === undefined) {
    d = describeUncached(p);
    descCache.set(p, d);
  }
  return d;
}

function describeUncached(p: Pattern): string {
  switch (p.kind) {
    case 'exact':
      return `exact ${short(p.value)}`;
    case 'regex':
      return `regex ${p.source}`;
    case 'numeric': {
      const tol = [p.abs !== undefined ? `abs ${p.abs}` : '', p.rel !== undefined ? `rel ${p.rel}` : ''].filter(Boolean).join(', ');
      return `numeric ${p.value}${tol ? ` (${tol})` : ''}`;
    }
    case 'one_of':
      return `one_of [${p.options.map(describePattern).join(' | ')}]`;
    case 'ignore':
      return 'ignore';
    case 'absent':
      return 'absent';
    case 'object':
    case 'array':
    case 'key_paths':
      return p.label;
  }
}

const member = (path: string, k: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`);

/**
 * Matches an actual value against a golden pattern: `match(actual, golden)`.
 * @param actual the actual value; undefined means "missing".
 * @returns null when it matches, else the first {@link Mismatch} (depth-first, golden key order).
 */
export function matchValue(actual: unknown, p: Pattern, path = '$'): Mismatch | null {
  switch (p.kind) {
    case 'ignore':
      return null;
    case 'absent':
      return actual === undefined ? null : { path, expected: 'absent', actual };
    case 'exact':
      return actual !== undefined && canonicalEquals(actual, p) ? null : { path, expected: describePattern(p), actual };
    case 'regex':
      return typeof actual === 'string' && p.re.matcher(actual).find() ? null : { path, expected: describePattern(p), actual };
    case 'numeric': {
      if (typeof actual !== 'number' || !Number.isFinite(actual)) return { path, expected: describePattern(p), actual };
      const d = Math.abs(actual - p.value);
      const ok = d <= (p.abs ?? 0) || (p.rel !== undefined && d <= p.rel * Math.abs(p.value));
      return ok ? null : { path, expected: describePattern(p), actual };
    }
    case 'one_of':
      return p.options.some((o) => matchValue(actual, o, path) === null) ? null : { path, expected: describePattern(p), actual };
    case 'array': {
      if (!Array.isArray(actual) || actual.length !== p.items.length) return { path, expected: p.label, actual };
      for (let i = 0; i < p.items.length; i++) {
        const m = matchValue(actual[i], p.items[i], `${path}[${i}]`);
        if (m) return m;
      }
      return null;
    }
    case 'key_paths': {
      for (const c of p.checks) {
        let v: unknown = actual;
        let at = path;
        for (const seg of c.path) {
          v = isPlainObject(v) && Object.prototype.hasOwnProperty.call(v, seg) ? v[seg] : undefined;
          at = member(at, seg);
        }
        if (c.pattern === null) {
          if (v !== undefined && v !== null) return { path: at, expected: 'absent or null (as in the golden)', actual: v };
          continue;
        }
        const m = matchValue(v, c.pattern, at);
        if (m) return m;
      }
      return null;
    }
    case 'object': {
      if (!isPlainObject(actual)) return { path, expected: p.label, actual };
      for (const [k, sub] of Object.entries(p.members)) {
        const has = Object.prototype.hasOwnProperty.call(actual, k);
        if (!has && p.missing && sub.kind !== 'absent') continue;
        const m = matchValue(has ? actual[k] : undefined, sub, member(path, k));
        if (m) return m;
      }
      if (!p.extra) {
        for (const k of Object.keys(actual)) {
          if (!Object.prototype.hasOwnProperty.call(p.members, k))
            return { path: member(path, k), expected: 'absent (key not in golden)', actual: actual[k] };
        }
      }
      return null;
    }
  }
}

/**
 * Removes volatile keys (timestamps, request ids) at any depth, returning a copy.
 * Applied to actual action_input and observation values before matching, and to golden literals.
 */
export function stripKeys<T>(value: T, keys: ReadonlySet<string>): T {
  if (keys.size === 0) return value;
  if (Array.isArray(value)) return value.map((v) => stripKeys(v, keys)) as T;
  if (isPlainObject(value) && !isMatcherObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!keys.has(k)) setOwn(out, k, stripKeys(v, keys));
    return out as T;
  }
  if (isMatcherObject(value)) {
    const [k] = Object.keys(value);
    const out: Record<string, unknown> = {};
    setOwn(out, k, stripKeys(value[k], keys));
    return out as T;
  }
  return value;
}
