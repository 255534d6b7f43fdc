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
 */
export function findDuplicateKey(text: string): string | undefined {
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
