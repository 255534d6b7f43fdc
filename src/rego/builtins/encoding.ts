/**
 * Encodings: `yaml.*`, `base64.*`, `base64url.*`, `hex.*`, `urlquery.*`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import YAML from 'yaml';
import { BuiltinError, operandErr } from '../errors.js';
import { fromJSONValue, RObject, RSet, stringifyValue, typeName, type Value } from '../value.js';
import { str, obj, members } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The encoding builtins, by name. */
export const ENCODING_BUILTINS: BuiltinTable = new Map();
const def = definer(ENCODING_BUILTINS);

function yamlToValue(text: string): Value {
  const doc = YAML.parse(text, { intAsBigInt: true, version: '1.2' });
  return fromJSONValue(doc);
}
/**
 * A YAML parse error worded as Go's yaml package (which OPA uses): `yaml: line N: ...`, with
 * go-yaml's text for an unclosed flow collection; other errors keep the parser's first line.
 */
function goYamlError(e: Error & { code?: string; linePos?: { line: number }[] }): string {
  const line = e.linePos?.[0]?.line;
  const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (
    (e.code === 'MISSING_CHAR' || e.code === 'BAD_INDENT') &&
    /^Flow (sequence|map)( in block collection)? must (be sufficiently indented and )?end with a [\]}]$/.test(first)
  ) {
    return `yaml: line ${line ?? 1}: did not find expected ',' or '${first.includes('sequence') ? ']' : '}'}'`;
  }
  return line ? `yaml: line ${line}: ${first}` : `yaml: ${first}`;
}
def('yaml.unmarshal', 1, (a) => {
  try {
    return yamlToValue(str(a, 0));
  } catch (e) {
    if (e instanceof BuiltinError) throw e;
    throw new BuiltinError(goYamlError(e as Error));
  }
});
def('yaml.is_valid', 1, ([v]) => {
  if (typeof v !== 'string') return false;
  try {
    YAML.parse(v);
    return true;
  } catch {
    return false;
  }
});
def('yaml.marshal', 1, ([v]) => {
  const plain = (x: Value): unknown => {
    if (x instanceof RSet) return x.sorted().map(plain);
    if (Array.isArray(x)) return x.map(plain);
    if (x instanceof RObject) {
      const o: Record<string, unknown> = {};
      for (const [k, e] of x.sortedEntries()) o[typeof k === 'string' ? k : stringifyValue(k)] = plain(e);
      return o;
    }
    return x;
  };
  return YAML.stringify(plain(v));
});
const b64valid = (s: string): boolean => /^[A-Za-z0-9+/]*={0,2}$/.test(s) && s.length % 4 === 0;
def('base64.encode', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('base64'));
def('base64.decode', 1, (a) => {
  const s = str(a, 0);
  if (!b64valid(s)) throw new BuiltinError('illegal base64 data at input byte ' + Math.max(0, firstBad(s, /[A-Za-z0-9+/=]/)));
  return Buffer.from(s, 'base64').toString('utf8');
});
function firstBad(s: string, ok: RegExp): number {
  for (let i = 0; i < s.length; i++) if (!ok.test(s[i])) return i;
  return s.length - (s.length % 4);
}
def('base64.is_valid', 1, (a) => b64valid(str(a, 0)));
def('base64url.encode', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_'));
def('base64url.encode_no_pad', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('base64url'));
def('base64url.decode', 1, (a) => {
  const s = str(a, 0);
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(s)) throw new BuiltinError('illegal base64 data at input byte ' + firstBad(s, /[A-Za-z0-9_=-]/));
  if (s.includes('=') && s.length % 4 !== 0) throw new BuiltinError('illegal base64 data at input byte ' + s.length);
  if (!s.includes('=') && s.length % 4 === 1) throw new BuiltinError('illegal base64 data at input byte ' + (s.length - 1));
  return Buffer.from(s, 'base64url').toString('utf8');
});
def('hex.encode', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('hex'));
def('hex.decode', 1, (a) => {
  const s = str(a, 0);
  const bad = s.search(/[^0-9a-fA-F]/);
  if (bad >= 0)
    throw new BuiltinError(
      `encoding/hex: invalid byte: U+${s.codePointAt(bad)!.toString(16).toUpperCase().padStart(4, '0')} ${JSON.stringify(s[bad]).replace(/^"|"$/g, "'")}`,
    );
  if (s.length % 2) throw new BuiltinError('encoding/hex: odd length hex string');
  return Buffer.from(s, 'hex').toString('utf8');
});
/** Go url.QueryEscape. */
function queryEscape(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
      if (c === ' ') return '+';
      return '%' + b.toString(16).toUpperCase().padStart(2, '0');
    })
    .join('');
}
function queryUnescape(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%') {
      const h = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new BuiltinError(`invalid URL escape "${s.slice(i, i + 3)}"`);
      bytes.push(parseInt(h, 16));
      i += 2;
    } else if (c === '+') bytes.push(32);
    else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
def('urlquery.encode', 1, (a) => queryEscape(str(a, 0)));
def('urlquery.decode', 1, (a) => queryUnescape(str(a, 0)));
def('urlquery.encode_object', 1, (a) => {
  const o = obj(a, 0);
  const parts: string[] = [];
  const ents = o.sortedEntries();
  for (const [k, v] of ents) {
    if (typeof k !== 'string') throw operandErr(1, 'object[string: string|array|set]', typeName(k));
    const vals =
      typeof v === 'string' ? [v] : Array.isArray(v) || v instanceof RSet ? members(v instanceof RSet ? RSet.from(v.sorted()) : v) : null;
    if (!vals) throw operandErr(1, 'object[string: string|array|set]', 'object[string: ' + typeName(v) + ']');
    for (const x of vals) {
      if (typeof x !== 'string') throw operandErr(1, 'object[string: string|array|set]', typeName(x));
      parts.push(queryEscape(k) + '=' + queryEscape(x));
    }
  }
  return parts.join('&');
});
def('urlquery.decode_object', 1, (a) => {
  const s = str(a, 0);
  const o = new RObject();
  for (const part of s.split(/[&]/)) {
    if (!part) continue;
    const i = part.indexOf('=');
    const k = queryUnescape(i < 0 ? part : part.slice(0, i));
    const v = i < 0 ? '' : queryUnescape(part.slice(i + 1));
    const cur = o.get(k);
    o.set(k, Array.isArray(cur) ? [...cur, v] : [v]);
  }
  return o;
});
