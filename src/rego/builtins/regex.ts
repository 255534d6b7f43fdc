/**
 * Regular expressions (RE2 through re2js): `regex.*`, `regex.globs_match`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { RE2JS } from 're2js';
import { BuiltinError } from '../errors.js';
import { type Value } from '../value.js';
import { str, int } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The regex builtins, by name. */
export const REGEX_BUILTINS: BuiltinTable = new Map();
const def = definer(REGEX_BUILTINS);

// ---------- regex ----------
const reCache = new Map<string, RE2JS>();
export function re(pattern: string): RE2JS {
  let r = reCache.get(pattern);
  if (!r) {
    try {
      r = RE2JS.compile(pattern);
    } catch (e) {
      throw new BuiltinError((e as Error).message);
    }
    if (reCache.size > 1000) reCache.clear();
    reCache.set(pattern, r);
  }
  return r;
}
/**
 * regex.match answers memoised (matching is pure): texts up to 256 characters, at most 10,000 answers in all
 * (about 5 MiB of keys at worst), cleared when full.
 */
const matchCache = new Map<string, boolean>();
const MATCH_CACHE_MAX = 10_000;
def('regex.match', 2, (a) => {
  const pattern = str(a, 0);
  const rx = re(pattern);
  const text = str(a, 1);
  if (text.length > 256 || pattern.length > 256) return rx.matcher(text).find();
  const key = `${pattern.length}:${pattern}${text}`; // length-prefixed: no two (pattern, text) pairs share a key
  const hit = matchCache.get(key);
  if (hit !== undefined) return hit;
  const found = rx.matcher(text).find();
  if (matchCache.size >= MATCH_CACHE_MAX) matchCache.clear();
  matchCache.set(key, found);
  return found;
});
def('regex.is_valid', 1, (a) => {
  if (typeof a[0] !== 'string') return false;
  try {
    RE2JS.compile(a[0]);
    return true;
  } catch {
    return false;
  }
});
def('regex.split', 2, (a) => {
  const r = re(str(a, 0));
  const s = str(a, 1);
  // Go regexp.Split(s, -1)
  const m = r.matcher(s);
  const out: Value[] = [];
  let beg = 0;
  let count = 0;
  while (m.find()) {
    const st = m.start();
    const en = m.end();
    if (en === 0 && st === 0 && s.length > 0) continue;
    if (st === en && st === s.length && s.length > 0) break;
    out.push(s.slice(beg, st));
    beg = en;
    count++;
  }
  if (s.length === 0 && count === 0) return [''];
  out.push(s.slice(beg));
  return out;
});
function findAll(r: RE2JS, s: string, n: number): { start: number; end: number; groups: string[] }[] {
  const m = r.matcher(s);
  const out: { start: number; end: number; groups: string[] }[] = [];
  let prevEnd = -1;
  while ((n < 0 || out.length < n) && m.find()) {
    const st = m.start();
    const en = m.end();
    if (st === en && st === prevEnd) continue; // Go: empty match adjacent to previous is skipped
    const groups: string[] = [];
    for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? '');
    out.push({ start: st, end: en, groups });
    prevEnd = en;
  }
  return out;
}
def('regex.find_n', 3, (a) => findAll(re(str(a, 0)), str(a, 1), int(a, 2)).map((x) => x.groups[0]));
def('regex.find_all_string_submatch_n', 3, (a) => findAll(re(str(a, 0)), str(a, 1), int(a, 2)).map((x) => x.groups));
def('regex.replace', 3, (a) => {
  const s = str(a, 0);
  const r = re(str(a, 1));
  const repl = str(a, 2);
  // Go ReplaceAllString: $1, ${1}, ${name}; $$ -> $
  return r.matcher(s).replaceAll(repl.replace(/\$\{(\d+)\}/g, '$$$1'));
});
def('regex.template_match', 4, (a) => {
  const tpl = str(a, 0);
  const s = str(a, 1);
  const ds = str(a, 2);
  const de = str(a, 3);
  // delimited sections are regexes; the rest literal
  let out = '^';
  let i = 0;
  while (i < tpl.length) {
    const st = tpl.indexOf(ds, i);
    if (st < 0) {
      out += RE2JS.quote(tpl.slice(i));
      break;
    }
    out += RE2JS.quote(tpl.slice(i, st));
    const en = tpl.indexOf(de, st + ds.length);
    if (en < 0) throw new BuiltinError(`unbalanced braces in template: ${tpl}`);
    out += '(?:' + tpl.slice(st + ds.length, en) + ')';
    i = en + de.length;
  }
  out += '$';
  return re(out).matcher(s).find();
});

// ---------------- regex.globs_match ----------------
/**
 * regex.globs_match(a, b): whether the languages of two glob-like regular expressions intersect
 * (OPA uses github.com/yashtewari/glob-intersection: `.`, `[...]` classes, literals, escapes,
 * and the quantifiers `*`, `+`, `?`). Decided by a search over pairs of pattern positions.
 */
type CharSet = { neg: boolean; ranges: [number, number][] };
interface GTok {
  set: CharSet;
  q: '' | '*' | '?';
}

function globTokens(p: string): GTok[] {
  const out: GTok[] = [];
  const chars = [...p];
  let i = 0;
  const invalid = (pos: number, msg: string): never => {
    throw new BuiltinError(`input:${p}, pos:${pos}, ${msg}: the input provided is invalid`);
  };
  while (i < chars.length) {
    const c = chars[i];
    let set: CharSet;
    if (c === '.') {
      set = { neg: true, ranges: [] };
      i++;
    } else if (c === '\\') {
      if (i + 1 >= chars.length) invalid(i, 'escape at end of input');
      const x = chars[i + 1].codePointAt(0)!;
      set = { neg: false, ranges: [[x, x]] };
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      const neg = chars[j] === '^';
      if (neg) j++;
      const ranges: [number, number][] = [];
      while (j < chars.length && chars[j] !== ']') {
        let a = chars[j];
        if (a === '\\') a = chars[++j] ?? invalid(j, 'escape at end of input');
        const lo = a.codePointAt(0)!;
        if (chars[j + 1] === '-' && chars[j + 2] !== undefined && chars[j + 2] !== ']') {
          let b = chars[j + 2];
          let step = 3;
          if (b === '\\') {
            b = chars[j + 3] ?? invalid(j, 'escape at end of input');
            step = 4;
          }
          ranges.push([lo, b.codePointAt(0)!]);
          j += step;
        } else {
          ranges.push([lo, lo]);
          j++;
        }
      }
      if (j >= chars.length) invalid(i, "set-open '[' with no closing ']'");
      set = { neg, ranges };
      i = j + 1;
    } else if (c === ']') {
      return invalid(i + 1, "set-close ']' with no preceding '['");
    } else if (c === '*' || c === '+' || c === '?') {
      return invalid(i, `quantifier '${c}' with nothing to repeat`);
    } else {
      const x = c.codePointAt(0)!;
      set = { neg: false, ranges: [[x, x]] };
      i++;
    }
    const q = chars[i];
    if (q === '*' || q === '?') {
      out.push({ set, q });
      i++;
    } else if (q === '+') {
      out.push({ set, q: '' }, { set, q: '*' });
      i++;
    } else out.push({ set, q: '' });
  }
  return out;
}

function setsIntersect(a: CharSet, b: CharSet): boolean {
  const MAX = 0x10ffff;
  const norm = (s: CharSet): [number, number][] => {
    const rs = [...s.ranges].sort((x, y) => x[0] - y[0]);
    if (!s.neg) return rs;
    const out: [number, number][] = [];
    let lo = 0;
    for (const [x, y] of rs) {
      if (x > lo) out.push([lo, x - 1]);
      lo = Math.max(lo, y + 1);
    }
    if (lo <= MAX) out.push([lo, MAX]);
    return out;
  };
  const ra = norm(a);
  const rb = norm(b);
  return ra.some(([x, y]) => rb.some(([u, v]) => x <= v && u <= y));
}

function globsIntersect(a: GTok[], b: GTok[]): boolean {
  const seen = new Set<string>();
  const stack: [number, number][] = [[0, 0]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const key = i + ',' + j;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === a.length && j === b.length) return true;
    if (i < a.length && a[i].q !== '') stack.push([i + 1, j]);
    if (j < b.length && b[j].q !== '') stack.push([i, j + 1]);
    if (i < a.length && j < b.length && setsIntersect(a[i].set, b[j].set)) {
      stack.push([a[i].q === '*' ? i : i + 1, b[j].q === '*' ? j : j + 1]);
    }
  }
  return false;
}

def('regex.globs_match', 2, (a) => globsIntersect(globTokens(str(a, 0)), globTokens(str(a, 1))));
