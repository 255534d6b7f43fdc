/**
 * Strict JSON (RFC 8259) for untrusted documents: JSON.parse, plus refusal of duplicate object member
 * names (RFC 8259 4 leaves their meaning undefined; I-JSON, RFC 7493 2.3, forbids them), the same rule
 * the YAML readers apply (`uniqueKeys`). One implementation for every JSON reader of signed or trust data
 * (envelopes, statements, JWKS, private JWKs), so a parser differential cannot hide a second value.
 */
import { InputError } from './errors.js';

/**
 * The first duplicate member name in a JSON text, as a path (`keys[0].kty`), or undefined.
 * Expects text that JSON.parse accepts (call it after); linear in the length of the text.
 *
 * Fast path: when the member names of every object appear in strictly increasing order (UTF-16 code
 * units, as in RFC 8785 canonical JSON, which every signed payload here is), no name can repeat, and
 * one pass over the text proves it without keeping any name. A name out of order, or one spelled
 * with an escape (two spellings of one name), sends the text to the full scan.
 */
export function findDuplicateKey(text: string): string | undefined {
  return membersInOrder(text) ? undefined : findDuplicateKeyScan(text);
}

/**
 * True when every object's member names in `text` (JSON that JSON.parse accepts) are free of
 * backslashes and strictly increasing by UTF-16 code units; false otherwise (not a verdict on duplicates).
 */
function membersInOrder(text: string): boolean {
  // per open container: object or array, whether a member name comes next, and where the object's
  // previous member name lies in the text (start, end; -1 before the first)
  const isObject: boolean[] = [];
  const expectName: boolean[] = [];
  const lastStart: number[] = [];
  const lastEnd: number[] = [];
  let depth = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: find its closing quote (a quote after an odd number of backslashes is escaped)
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end < 0) return false; // not JSON; JSON.parse reports it
        let bs = 0;
        for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) bs++;
        if (bs % 2 === 0) break;
      }
      if (depth >= 0 && isObject[depth] && expectName[depth]) {
        const start = i + 1;
        for (let k = start; k < end; k++) if (text.charCodeAt(k) === 0x5c) return false;
        const ls = lastStart[depth];
        if (ls >= 0 && compareSpans(text, ls, lastEnd[depth], start, end) >= 0) return false;
        lastStart[depth] = start;
        lastEnd[depth] = end;
        expectName[depth] = false;
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      isObject[depth] = c === 0x7b;
      expectName[depth] = c === 0x7b;
      lastStart[depth] = -1;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    } else if (c === 0x2c && depth >= 0 && isObject[depth]) {
      expectName[depth] = true;
    }
  }
  return true;
}

/** Compares text[a0, a1) with text[b0, b1) by UTF-16 code units: negative, 0 or positive. */
function compareSpans(text: string, a0: number, a1: number, b0: number, b1: number): number {
  const la = a1 - a0;
  const lb = b1 - b0;
  const m = la < lb ? la : lb;
  for (let k = 0; k < m; k++) {
    const d = text.charCodeAt(a0 + k) - text.charCodeAt(b0 + k);
    if (d !== 0) return d;
  }
  return la - lb;
}

/** The full scan behind {@link findDuplicateKey}: keeps every object's member names. */
function findDuplicateKeyScan(text: string): string | undefined {
  // stack of containers: an object holds its member names so far, an array its element index;
  // each records how it is reached from its parent (`.name` or `[index]`) for the message
  const stack: { keys?: string[] | Set<string>; index: number; expectKey: boolean; name?: string }[] = [];
  const path = (last: string): string => {
    let out = '';
    for (let i = 1; i < stack.length; i++) out += stack[i].name ?? '';
    return `${out}.${last}`.replace(/^\./, '');
  };
  let pendingName: string | undefined; // how the next container is reached from its parent
  // jump from one structural character to the next (numbers, literals and whitespace are skipped by the regex engine)
  const structural = /["{}[\],]/g;
  let m: RegExpExecArray | null;
  while ((m = structural.exec(text))) {
    const c = m[0];
    if (c === '"') {
      const start = m.index;
      let end = start;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end < 0) return undefined; // not JSON; JSON.parse reports it
        let bs = 0; // a quote after an odd number of backslashes is escaped
        for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) bs++;
        if (bs % 2 === 0) break;
      }
      structural.lastIndex = end + 1;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const raw = text.slice(start + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        // small objects (most) keep their names in an array; a Set past 16 members keeps it linear
        const keys = top.keys;
        if (Array.isArray(keys)) {
          if (keys.includes(key)) return path(key);
          keys.push(key);
          if (keys.length > 16) top.keys = new Set(keys);
        } else {
          if (keys.has(key)) return path(key);
          keys.add(key);
        }
        top.expectKey = false;
        pendingName = `.${key}`;
      }
    } else if (c === '{' || c === '[') {
      const top = stack[stack.length - 1];
      const name = top ? (top.keys ? pendingName : `[${top.index}]`) : undefined;
      stack.push(c === '{' ? { keys: [], index: 0, expectKey: true, name } : { index: 0, expectKey: false, name });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return undefined;
}

/**
 * Where a JSON text stops parsing, without quoting it: V8's message carries a snippet of the
 * input, which may be a secret or another file's contents behind a symbolic link.
 */
export function jsonErrorPosition(e: unknown): string {
  const m = /position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec((e as Error)?.message ?? '');
  if (m) return m[2] ? `invalid JSON at line ${m[2]} column ${m[3]}` : `invalid JSON at position ${m[1]}`;
  return /end of JSON input/.test((e as Error)?.message ?? '') ? 'invalid JSON: unexpected end' : 'invalid JSON';
}

/**
 * Parses JSON text, refusing duplicate member names.
 * @param source file (and line) for messages; @param what what the text should be ("JWKS")
 * @throws InputError naming the source on a syntax error or a duplicate member name
 */
export function parseJsonStrict<T = unknown>(text: string, source: string | undefined, what: string, field?: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(source, field, `${what} as JSON`, { found: jsonErrorPosition(e) });
  }
  const dup = findDuplicateKey(text);
  if (dup !== undefined)
    throw new InputError(source, field, `${what} without duplicate member names (RFC 7493 2.3)`, { found: `a second '${dup}'` });
  return value as T;
}
