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
  // stack of containers: an object holds its member names so far, an array its element count
  const stack: { keys?: Set<string>; index: number; expectKey: boolean; name?: string }[] = [];
  // each container records how it is reached from its parent (`.name` or `[index]`)
  const path = (last: string): string => {
    let out = '';
    for (let i = 1; i < stack.length; i++) out += stack[i].name ?? '';
    return `${out}.${last}`.replace(/^\./, '');
  };
  let pendingName: string | undefined; // how the next container is reached from its parent
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : text.slice(start + 1, i);
        if (top.keys.has(key)) return path(key);
        top.keys.add(key);
        top.expectKey = false;
        pendingName = `.${key}`;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const top = stack[stack.length - 1];
      const name = top ? (top.keys ? pendingName : `[${top.index}]`) : undefined;
      stack.push(c === 0x7b ? { keys: new Set(), index: 0, expectKey: true, name } : { index: 0, expectKey: false, name });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return undefined;
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
    throw new InputError(source, field, `${what} as JSON`, { found: (e as Error).message });
  }
  const dup = findDuplicateKey(text);
  if (dup !== undefined) throw new InputError(source, field, `${what} without duplicate member names (RFC 7493 2.3)`, { found: `a second '${dup}'` });
  return value as T;
}
