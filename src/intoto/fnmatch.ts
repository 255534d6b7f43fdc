/**
 * Python `fnmatch` pattern matching as the in-toto reference applies it to artifact rules
 * (in_toto.verifylib uses `fnmatch.filter`, i.e. `fnmatchcase` on POSIX, following the
 * translation of CPython 3.11 `fnmatch.translate`):
 *
 * - `*` matches any run of characters, including `/` and newlines;
 * - `?` matches exactly one character (code point);
 * - `[seq]` matches one character in seq, `[!seq]` one not in seq; `a-z` ranges; a `]` right after
 *   `[` or `[!` is literal; an unclosed `[` is a literal `[`; empty ranges (`z-a`) are dropped;
 * - everything else matches itself; the whole path must match; matching is case-sensitive.
 */

const cache = new Map<string, RegExp>();

const escOutside = (c: string): string => (/[\\^$.*+?()[\]{}|/]/.test(c) ? '\\' + c : c);
const escInside = (c: string): string => ('\\][^-'.includes(c) ? '\\' + c : c);

function translateSet(content: string): string | null {
  let negate = false;
  let chars = [...content];
  if (chars[0] === '!') {
    negate = true;
    chars = chars.slice(1);
  }
  const items: string[] = [];
  for (let k = 0; k < chars.length; k++) {
    if (chars[k + 1] === '-' && k + 2 < chars.length) {
      const lo = chars[k];
      const hi = chars[k + 2];
      if (lo.codePointAt(0)! <= hi.codePointAt(0)!) items.push(`${escInside(lo)}-${escInside(hi)}`);
      k += 2;
    } else {
      items.push(escInside(chars[k]));
    }
  }
  if (items.length === 0) return negate ? '[\\s\\S]' : null;
  return `[${negate ? '^' : ''}${items.join('')}]`;
}

/** Translates a Python fnmatch pattern to an anchored JavaScript RegExp (flags `s`, plus `u` when needed). */
export function translate(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const pat = [...pattern];
  const n = pat.length;
  let re = '';
  let i = 0;
  while (i < n) {
    const c = pat[i++];
    if (c === '*') {
      while (i < n && pat[i] === '*') i++;
      re += '[\\s\\S]*';
    } else if (c === '?') {
      re += '[\\s\\S]';
    } else if (c === '[') {
      let j = i;
      if (j < n && pat[j] === '!') j++;
      if (j < n && pat[j] === ']') j++;
      while (j < n && pat[j] !== ']') j++;
      if (j >= n) {
        re += '\\[';
      } else {
        const set = translateSet(pat.slice(i, j).join(''));
        re += set ?? '(?!)';
        i = j + 1;
      }
    } else {
      re += escOutside(c);
    }
  }
  // Unicode mode only matters where one pattern element must match one code point (`?`, sets) of a
  // non-BMP character; plain patterns use the faster non-Unicode engine (same matches).
  const unicode = /[?[]/.test(pattern) || /[\ud800-\udfff]/.test(pattern);
  const rx = new RegExp(`^(?:${re})$`, unicode ? 'su' : 's');
  if (cache.size > 10_000) cache.clear();
  cache.set(pattern, rx);
  return rx;
}

/** A matcher: the regular expression of {@link translate}, or string tests for the common shapes. */
export interface Matcher {
  test(name: string): boolean;
}

const matchers = new Map<string, Matcher>();

/**
 * The matcher of a pattern. Patterns whose only special character is one `*` run (`*`, `src/*`, `*.o`,
 * `dist/*.tar.gz`) are matched by prefix and suffix, which is what their translation `^prefix[\s\S]*suffix$`
 * means; patterns of literal characters and `?` (`file_?????.bin`) character by character; every other
 * pattern (and every case those cannot settle) by the regular expression of {@link translate}.
 */
export function matcher(pattern: string): Matcher {
  let m = matchers.get(pattern);
  if (m) return m;
  const star = pattern.indexOf('*');
  let end = star;
  while (end >= 0 && pattern[end] === '*') end++;
  // (not with a surrogate in the pattern: a lone one must not match half of a character, as it would by code units)
  if (star >= 0 && !/[?[\ud800-\udfff]/.test(pattern) && pattern.indexOf('*', end) < 0) {
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(end);
    const min = prefix.length + suffix.length;
    if (min === 0) m = { test: () => true };
    else m = { test: (n: string) => n.length >= min && n.startsWith(prefix) && n.endsWith(suffix) };
  } else if (star < 0 && !pattern.includes('[') && !/[\ud800-\udfff]/.test(pattern)) {
    // literal characters and `?` (one code point): compared unit by unit when the name is as long as the
    // pattern; a surrogate where `?` stands, or a longer name (which only surrogate pairs could make match),
    // is left to the regular expression
    // (the literal runs are compared by native string search, the `?` positions one by one)
    const rx = translate(pattern);
    const len = pattern.length;
    const runs: { at: number; text: string }[] = [];
    const anyAt: number[] = [];
    for (let i = 0; i < len;) {
      if (pattern[i] === '?') anyAt.push(i++);
      else {
        const at = i;
        while (i < len && pattern[i] !== '?') i++;
        runs.push({ at, text: pattern.slice(at, i) });
      }
    }
    m = {
      test: (n: string) => {
        if (n.length !== len) return n.length > len && rx.test(n);
        for (let k = 0; k < runs.length; k++) if (!n.startsWith(runs[k].text, runs[k].at)) return false;
        for (let k = 0; k < anyAt.length; k++) {
          const d = n.charCodeAt(anyAt[k]);
          if (d >= 0xd800 && d <= 0xdfff) return rx.test(n);
        }
        return true;
      },
    };
  } else {
    m = translate(pattern);
  }
  if (matchers.size > 10_000) matchers.clear();
  matchers.set(pattern, m);
  return m;
}

/** Whether `name` matches the fnmatch `pattern` (case-sensitive, whole string). */
export function fnmatch(name: string, pattern: string): boolean {
  return matcher(pattern).test(name);
}

/** The names matching `pattern`, in input order (Python `fnmatch.filter`). */
export function fnmatchFilter(names: Iterable<string>, pattern: string): string[] {
  const m = matcher(pattern);
  const out: string[] = [];
  if (pattern === '*') for (const n of names) out.push(n);
  else for (const n of names) if (m.test(n)) out.push(n);
  return out;
}
