/**
 * A compiled policy as text and back: the form the policy compile cache stores (src/opa/compile-cache.ts),
 * so repeated `mc opa eval` / opa-sim runs on unchanged policies skip parsing and compiling.
 *
 * The compiled policy is an object graph (the rule tree, the rules, the rewritten modules; objects
 * shared, and cycles such as rule -> module -> rules), so the form is JSON in which each value is
 * either a JSON scalar (string, finite number other than -0, boolean, null) or a tagged array:
 *
 * | form | value |
 * |---|---|
 * | `["r", id]` | the object numbered `id` (numbered in order of first appearance, from 0) |
 * | `["u"]` | undefined |
 * | `["b", "123"]` | a bigint |
 * | `["n", "NaN" \| "Infinity" \| "-Infinity" \| "-0"]` | a number JSON cannot spell |
 * | `["a", v...]` | an array |
 * | `["o", key, v, ...]` | a plain object |
 * | `["N", key, v, ...]` | a rule-tree {@link Node} |
 * | `["M", k, v, ...]` / `["S", v...]` | a Map / a Set |
 * | `["RO", k, v, ...]` / `["RS", v...]` | a Rego object / set ({@link RObject}, {@link RSet}) |
 *
 * Reading is strict: any other shape, a reference to an object not yet seen, or a root that is not
 * a compiled policy throws, and the caller compiles afresh. The text carries no code: reading it
 * builds data only (plain objects get own properties, `__proto__` included, never a prototype).
 */
import { Node, type CompiledPolicy } from './compiler.js';
import type { Module } from './ast.js';
import type { Compiled } from './types.js';
import { RObject, RSet, type Value } from './value.js';

/** Version of this form: part of the compile cache's key. */
export const COMPILED_FORM_VERSION = 1;

/**
 * The compiled policy as text (JSON; see the module comment).
 * @throws Error when the policy holds a value this form cannot spell (the caller then does not cache it)
 */
export function serializeCompiled(compiled: Compiled): string {
  const c = compiled as CompiledPolicy;
  const ids = new Map<object, number>();
  const enc = (v: unknown): unknown => {
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return v;
      case 'number':
        if (Number.isFinite(v) && !Object.is(v, -0)) return v;
        return ['n', Object.is(v, -0) ? '-0' : String(v)];
      case 'bigint':
        return ['b', v.toString()];
      case 'undefined':
        return ['u'];
      case 'object':
        break;
      default:
        throw new Error(`compiled form: cannot store a ${typeof v}`);
    }
    if (v === null) return null;
    const seen = ids.get(v);
    if (seen !== undefined) return ['r', seen];
    ids.set(v, ids.size);
    if (Array.isArray(v)) {
      const out: unknown[] = ['a'];
      for (const x of v) out.push(enc(x));
      return out;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === Node.prototype) {
      const out: unknown[] = [proto === Object.prototype ? 'o' : 'N'];
      for (const k of Object.keys(v)) out.push(k, enc((v as Record<string, unknown>)[k]));
      return out;
    }
    if (v instanceof RObject) {
      const out: unknown[] = ['RO'];
      for (const [k, x] of v.entries()) out.push(enc(k), enc(x));
      return out;
    }
    if (v instanceof RSet) {
      const out: unknown[] = ['RS'];
      for (const x of v.values()) out.push(enc(x));
      return out;
    }
    if (v instanceof Map) {
      const out: unknown[] = ['M'];
      for (const [k, x] of v) out.push(enc(k), enc(x));
      return out;
    }
    if (v instanceof Set) {
      const out: unknown[] = ['S'];
      for (const x of v) out.push(enc(x));
      return out;
    }
    throw new Error(`compiled form: cannot store a ${(proto as { constructor?: { name?: string } })?.constructor?.name ?? 'object'}`);
  };
  return JSON.stringify(
    enc({ root: c.root, modules: c.modules, rules: c.rules, funcArity: c.funcArity, rulePaths: c.rulePaths, packages: c.packages() }),
  );
}

function bad(what: string): never {
  throw new Error(`compiled form: ${what}`);
}

/**
 * Reads a compiled policy back from {@link serializeCompiled}'s text.
 * @throws Error (or SyntaxError) for text that is not such a form; nothing of it is used then
 */
export function deserializeCompiled(text: string): Compiled {
  const objs: object[] = [];
  const setKey = (o: Record<string, unknown>, k: unknown, v: unknown) => {
    if (typeof k !== 'string') bad('object key is not a string');
    if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    else o[k] = v;
  };
  const dec = (x: unknown): unknown => {
    if (x === null || typeof x === 'string' || typeof x === 'boolean') return x;
    if (typeof x === 'number') return x;
    if (!Array.isArray(x) || x.length === 0) return bad('unexpected value');
    const tag = x[0];
    switch (tag) {
      case 'r': {
        const id = x[1];
        if (x.length !== 2 || typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= objs.length)
          return bad('dangling reference');
        return objs[id];
      }
      case 'u':
        return x.length === 1 ? undefined : bad('undefined');
      case 'b':
        if (x.length !== 2 || typeof x[1] !== 'string' || !/^-?[0-9]+$/.test(x[1])) return bad('bigint');
        return BigInt(x[1]);
      case 'n': {
        const s = x[1];
        if (x.length !== 2) return bad('number');
        if (s === 'NaN') return NaN;
        if (s === 'Infinity') return Infinity;
        if (s === '-Infinity') return -Infinity;
        if (s === '-0') return -0;
        return bad('number');
      }
      case 'a': {
        const out: unknown[] = [];
        objs.push(out);
        for (let i = 1; i < x.length; i++) out.push(dec(x[i]));
        return out;
      }
      case 'o':
      case 'N': {
        if (x.length % 2 !== 1) return bad('object');
        const out = (tag === 'o' ? {} : Object.create(Node.prototype)) as Record<string, unknown>;
        objs.push(out);
        for (let i = 1; i < x.length; i += 2) setKey(out, x[i], dec(x[i + 1]));
        return out;
      }
      case 'M': {
        if (x.length % 2 !== 1) return bad('map');
        const out = new Map<unknown, unknown>();
        objs.push(out);
        for (let i = 1; i < x.length; i += 2) {
          const k = dec(x[i]);
          out.set(k, dec(x[i + 1]));
        }
        return out;
      }
      case 'S': {
        const out = new Set<unknown>();
        objs.push(out);
        for (let i = 1; i < x.length; i++) out.add(dec(x[i]));
        return out;
      }
      case 'RO': {
        if (x.length % 2 !== 1) return bad('Rego object');
        const out = new RObject();
        objs.push(out);
        for (let i = 1; i < x.length; i += 2) {
          const k = dec(x[i]) as Value;
          out.set(k, dec(x[i + 1]) as Value);
        }
        return out;
      }
      case 'RS': {
        const out = new RSet();
        objs.push(out);
        for (let i = 1; i < x.length; i++) out.add(dec(x[i]) as Value);
        return out;
      }
      default:
        return bad(`unknown tag ${JSON.stringify(tag)}`);
    }
  };
  const top = dec(JSON.parse(text)) as Record<string, unknown>;
  if (!top || typeof top !== 'object' || Array.isArray(top)) bad('root is not an object');
  const { root, modules, rules, funcArity, rulePaths, packages } = top;
  if (!(root instanceof Node) || !(root.children instanceof Map)) bad('root is not a rule tree');
  if (!Array.isArray(modules) || !Array.isArray(rules)) bad('modules or rules missing');
  if (!(funcArity instanceof Map) || !(rulePaths instanceof Set)) bad('function arities or rule paths missing');
  if (!Array.isArray(packages) || !packages.every((p) => typeof p === 'string')) bad('packages missing');
  const pkgs = packages as string[];
  const policy: CompiledPolicy = {
    packages: () => pkgs,
    root: root as Node,
    modules: modules as Module[],
    rules: rules as CompiledPolicy['rules'],
    funcArity: funcArity as Map<string, number>,
    rulePaths: rulePaths as Set<string>,
  };
  return policy;
}
