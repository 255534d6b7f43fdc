/**
 * Go encoding/json output of Rego values, and a JSON parser that keeps big integers exact.
 */
import { isNumber, normBig, numText, RObject, RSet, stringifyValue, type Value } from './value.js';

/** Go encoding/json Marshal of a value (keys sorted, HTML-escaped, sets as arrays). */
export function goJSON(v: Value, indent?: { prefix: string; indent: string }, level = 0): string {
  const esc = (s: string): string =>
    JSON.stringify(s)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
  const nl = (l: number): string => (indent ? '\n' + indent.prefix + indent.indent.repeat(l) : '');
  if (v === null) return 'null';
  if (typeof v === 'string') return esc(v);
  if (typeof v === 'boolean') return String(v);
  if (isNumber(v)) return numText(v);
  const sep = indent ? ': ' : ':';
  if (Array.isArray(v) || v instanceof RSet) {
    const xs = Array.isArray(v) ? v : v.sorted();
    if (xs.length === 0) return '[]';
    return '[' + xs.map((x) => nl(level + 1) + goJSON(x, indent, level + 1)).join(',') + nl(level) + ']';
  }
  const ents = [...(v as RObject).entries()].map(([k, x]) => [typeof k === 'string' ? k : stringifyValue(k), x] as [string, Value]);
  ents.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
  if (ents.length === 0) return '{}';
  return '{' + ents.map(([k, x]) => nl(level + 1) + esc(k) + sep + goJSON(x, indent, level + 1)).join(',') + nl(level) + '}';
}

/** The deepest nesting parseJSONExact accepts (Go's encoding/json stops at 10,000; our recursion needs a lower bound). */
export const MAX_JSON_DEPTH = 1000;

/**
 * Parses JSON text (RFC 8259) into engine values, keeping integers beyond 2^53 exact (bigint).
 * A small parser of our own: JSON.parse's reviver source access is not in every Node version.
 * @param opts.uniqueKeys refuse an object with the same key twice (as the yaml parser does for
 *   inputs and configs); by default the last value wins, as Go's encoding/json (OPA's json.unmarshal) does
 * @throws SyntaxError on malformed JSON, nesting deeper than {@link MAX_JSON_DEPTH}, or `duplicate key "K"` with `uniqueKeys`
 */
export function parseJSONExact(text: string, opts: { uniqueKeys?: boolean } = {}): Value {
  let i = 0;
  const n = text.length;
  const fail = (msg: string): never => {
    throw new SyntaxError(`${msg} at position ${i}`);
  };
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  // bounded nesting: deeper documents are refused as malformed rather than overflowing the stack
  let depth = 0;
  const value = (): Value => {
    if (++depth > MAX_JSON_DEPTH) fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
    try {
      return node();
    } finally {
      depth--;
    }
  };
  const node = (): Value => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const o = new RObject();
      ws();
      if (text[i] === '}') {
        i++;
        return o;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected string key');
        const k = str();
        ws();
        if (text[i++] !== ':') fail("expected ':'");
        if (opts.uniqueKeys && o.has(k)) fail(`duplicate key ${JSON.stringify(k)}`);
        o.set(k, value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i++] !== '}') fail("expected ',' or '}'");
        return o;
      }
    }
    if (c === '[') {
      i++;
      const a: Value[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i++] !== ']') fail("expected ',' or ']'");
        return a;
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) return ((i += 4), true);
    if (text.startsWith('false', i)) return ((i += 5), false);
    if (text.startsWith('null', i)) return ((i += 4), null);
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || !m[0]) return fail('unexpected character');
    i += m[0].length;
    if (!m[2] && !m[3]) return normBig(BigInt(m[0]));
    return Number(m[0]);
  };
  const str = (): string => {
    const start = i;
    i++;
    let simple = true;
    while (i < n && text[i] !== '"') {
      if (text[i] === '\\') {
        simple = false;
        i++;
      } else if (text.charCodeAt(i) < 0x20) fail('control character in string');
      i++;
    }
    if (i >= n) fail('unterminated string');
    i++;
    const raw = text.slice(start, i);
    return simple ? raw.slice(1, -1) : (JSON.parse(raw) as string);
  };
  const v = value();
  ws();
  if (i < n) fail('unexpected data after JSON value');
  return v;
}
