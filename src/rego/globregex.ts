/**
 * Translation of gobwas/glob patterns (as OPA's `glob.match` uses them) into RE2 regexes.
 */
import { RE2JS } from 're2js';
import { BuiltinError } from './errors.js';

/** Translates a gobwas/glob pattern (as OPA's glob.match uses it) into an RE2 regex. */
export function globToRegex(pattern: string, delims: string[] | null): string {
  const sepClass =
    delims && delims.length ? '[^' + delims.map((d) => RE2JS.quote(d).replace(/([\]^\\-])/g, '\\$1')).join('') + ']' : '(?s:.)';
  let out = '';
  let i = 0;
  let depth = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 < n) {
        out += RE2JS.quote(pattern[i + 1]);
        i += 2;
      } else throw new BuiltinError('unexpected end of input');
      continue;
    }
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '(?s:.)*';
        i += 2;
      } else {
        out += sepClass + '*';
        i++;
      }
      continue;
    }
    if (c === '?') {
      out += sepClass;
      i++;
      continue;
    }
    if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) throw new BuiltinError('unexpected end of input');
      let body = pattern.slice(i + 1, end);
      let negate = false;
      if (body.startsWith('!')) {
        negate = true;
        body = body.slice(1);
      }
      out += '[' + (negate ? '^' : '') + body.replace(/\\/g, '\\\\') + ']';
      i = end + 1;
      continue;
    }
    if (c === '{') {
      out += '(?:';
      depth++;
      i++;
      continue;
    }
    if (c === '}' && depth > 0) {
      out += ')';
      depth--;
      i++;
      continue;
    }
    if (c === ',' && depth > 0) {
      out += '|';
      i++;
      continue;
    }
    out += RE2JS.quote(c);
    i++;
  }
  if (depth > 0) throw new BuiltinError('unexpected end of input');
  return '^' + out + '$';
}
