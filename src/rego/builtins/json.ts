/**
 * JSON: `json.marshal[_with_options] unmarshal is_valid filter remove patch verify_schema match_schema`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { BuiltinError, operandErr } from '../errors.js';
import { equal, toJSONValue, RObject, RSet, stringifyValue, typeName, type Value } from '../value.js';
import { str, obj } from './operands.js';
import { index } from './objects.js';
import { goJSON, parseJSONExact } from '../jsonexact.js';
import { definer, type BuiltinTable } from './registry.js';

/** The json builtins, by name. */
export const JSON_BUILTINS: BuiltinTable = new Map();
const def = definer(JSON_BUILTINS);

def('json.marshal', 1, ([v]) => goJSON(v));
def('json.marshal_with_options', 2, (a) => {
  const o = obj(a, 1);
  let prefix = '';
  let ind = '\t';
  let pretty = false;
  for (const [k, v] of o.entries()) {
    if (k === 'pretty') {
      if (typeof v !== 'boolean') throw new BuiltinError('pretty option must be boolean');
      pretty = v;
    } else if (k === 'prefix') {
      if (typeof v !== 'string') throw new BuiltinError('prefix option must be string');
      prefix = v;
      pretty = pretty || o.get('pretty') === undefined;
    } else if (k === 'indent') {
      if (typeof v !== 'string') throw new BuiltinError('indent option must be string');
      ind = v;
      pretty = pretty || o.get('pretty') === undefined;
    } else throw new BuiltinError(`object contained unknown key ${stringifyValue(k)}`, 'eval_type_error');
  }
  if (o.get('pretty') === false) pretty = false;
  if (!pretty) return goJSON(a[0]);
  return prefix + goJSON(a[0], { prefix, indent: ind });
});
def('json.unmarshal', 1, (a) => {
  try {
    return parseJSONExact(str(a, 0));
  } catch (e) {
    if (e instanceof BuiltinError) throw e;
    throw new BuiltinError('invalid character in JSON input');
  }
});
def('json.is_valid', 1, ([v]) => {
  if (typeof v !== 'string') return false;
  try {
    JSON.parse(v);
    return true;
  } catch {
    return false;
  }
});

// ---------------- json.filter / json.remove / json.patch ----------------
function pathsArg(v: Value, fname: string): Value[][] {
  if (!Array.isArray(v) && !(v instanceof RSet)) throw operandErr(2, 'one of {set, array}', typeName(v));
  const items = Array.isArray(v) ? v : v.sorted();
  return items.map((p) => {
    if (typeof p === 'string')
      return p
        .replace(/^\//, '')
        .split('/')
        .filter((x, i, all) => !(x === '' && all.length === 1))
        .map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (Array.isArray(p)) return p;
    throw new BuiltinError(
      `operand 2 must be one of {set, array} containing string paths or array of path segments but got ${typeName(p)}`,
      'eval_type_error',
    );
  });
  void fname;
}
function keyMatch(container: Value, seg: Value): Value | undefined {
  if (container instanceof RObject) return container.has(seg) ? seg : undefined;
  if (Array.isArray(container)) {
    const n = typeof seg === 'string' && /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg;
    return typeof n === 'number' && n >= 0 && n < container.length ? n : undefined;
  }
  if (container instanceof RSet) return container.has(seg) ? seg : undefined;
  return undefined;
}
function filterTree(v: Value, paths: Value[][]): Value {
  if (paths.some((p) => p.length === 0)) return v;
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.entries()) {
      const sub = paths.filter((p) => equal(p[0], k)).map((p) => p.slice(1));
      if (sub.length) out.set(k, filterTree(x, sub));
    }
    return out;
  }
  if (Array.isArray(v)) {
    const out: Value[] = [];
    v.forEach((x, i) => {
      const sub = paths.filter((p) => equal(keyMatch(v, p[0]) ?? null, i)).map((p) => p.slice(1));
      if (sub.length) out.push(filterTree(x, sub));
    });
    return out;
  }
  if (v instanceof RSet) {
    const out = new RSet();
    for (const x of v.values()) if (paths.some((p) => equal(p[0], x))) out.add(x);
    return out;
  }
  return v;
}
def('json.filter', 2, (a) => {
  if (!(a[0] instanceof RObject)) throw operandErr(1, 'object', typeName(a[0]));
  return filterTree(a[0], pathsArg(a[1], 'json.filter'));
});
function removeTree(v: Value, paths: Value[][]): Value {
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.entries()) {
      const hits = paths.filter((p) => equal(p[0], k));
      if (hits.some((p) => p.length === 1)) continue;
      out.set(
        k,
        hits.length
          ? removeTree(
              x,
              hits.map((p) => p.slice(1)),
            )
          : x,
      );
    }
    return out;
  }
  if (Array.isArray(v)) {
    const out: Value[] = [];
    v.forEach((x, i) => {
      const hits = paths.filter((p) => equal(keyMatch(v, p[0]) ?? null, i));
      if (hits.some((p) => p.length === 1)) return;
      out.push(
        hits.length
          ? removeTree(
              x,
              hits.map((p) => p.slice(1)),
            )
          : x,
      );
    });
    return out;
  }
  if (v instanceof RSet) {
    const out = new RSet();
    for (const x of v.values()) if (!paths.some((p) => p.length === 1 && equal(p[0], x))) out.add(x);
    return out;
  }
  return v;
}
def('json.remove', 2, (a) => {
  if (!(a[0] instanceof RObject)) throw operandErr(1, 'object', typeName(a[0]));
  return removeTree(a[0], pathsArg(a[1], 'json.remove'));
});
function ptr(p: Value): Value[] {
  if (Array.isArray(p)) return p;
  if (typeof p !== 'string') throw new BuiltinError('path must be a string or array');
  if (p === '') return [];
  return p
    .replace(/^\//, '')
    .split('/')
    .map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function getAt(v: Value, path: Value[]): Value | undefined {
  let cur: Value | undefined = v;
  for (const seg of path) {
    if (cur === undefined) return undefined;
    const k = keyMatch(cur, seg);
    if (k === undefined) return undefined;
    cur = index(cur, k);
  }
  return cur;
}
function setAt(v: Value, path: Value[], x: Value, mode: 'add' | 'replace' | 'remove'): Value | undefined {
  if (path.length === 0) return mode === 'remove' ? undefined : x;
  const [seg, ...rest] = path;
  if (v instanceof RObject) {
    const o = RObject.from(v.entries());
    if (rest.length === 0) {
      if (mode === 'remove') {
        if (!o.has(seg)) return undefined;
        o.delete(seg);
      } else {
        if (mode === 'replace' && !o.has(seg)) return undefined;
        o.set(seg, x);
      }
      return o;
    }
    const child = o.get(seg);
    if (child === undefined) return undefined;
    const nc = setAt(child, rest, x, mode);
    if (nc === undefined) return undefined;
    o.set(seg, nc);
    return o;
  }
  if (Array.isArray(v)) {
    const arr = [...v];
    if (rest.length === 0) {
      if (mode === 'add' && seg === '-') return [...arr, x];
      const i = typeof seg === 'string' && /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : typeof seg === 'number' ? seg : -1;
      if (mode === 'add') {
        if (i < 0 || i > arr.length) return undefined;
        arr.splice(i, 0, x);
        return arr;
      }
      if (i < 0 || i >= arr.length) return undefined;
      if (mode === 'remove') arr.splice(i, 1);
      else arr[i] = x;
      return arr;
    }
    const k = keyMatch(v, seg);
    if (k === undefined) return undefined;
    const nc = setAt(arr[k as number], rest, x, mode);
    if (nc === undefined) return undefined;
    arr[k as number] = nc;
    return arr;
  }
  if (v instanceof RSet) {
    const without = (set: RSet, el: Value): RSet => RSet.from([...set.values()].filter((y) => !equal(y, el)));
    if (rest.length === 0) {
      if (mode === 'remove') return v.has(seg) ? without(v, seg) : undefined;
      if (!equal(seg, x)) return undefined; // a set member's key is the member itself
      if (mode === 'replace' && !v.has(seg)) return undefined;
      const out = RSet.from(v.values());
      out.add(x);
      return out;
    }
    if (!v.has(seg)) return undefined;
    const nc = setAt(seg, rest, x, mode);
    if (nc === undefined) return undefined;
    const out = without(v, seg);
    out.add(nc);
    return out;
  }
  return undefined;
}
def('json.patch', 2, (a) => {
  let doc: Value = a[0];
  const ops = a[1];
  if (!Array.isArray(ops)) throw operandErr(2, 'array', typeName(ops));
  for (const op of ops) {
    if (!(op instanceof RObject)) throw new BuiltinError('patch must be an array of objects');
    const kind = op.get('op');
    const rawPath = op.get('path');
    if (typeof rawPath !== 'string' && !Array.isArray(rawPath)) return undefined; // RFC 6902 4: "path" is required
    const path = ptr(rawPath);
    let next: Value | undefined;
    switch (kind) {
      case 'add':
      case 'replace':
        if (!op.has('value')) return undefined;
        next = setAt(doc, path, op.get('value')!, kind);
        break;
      case 'remove':
        next = setAt(doc, path, null, 'remove');
        break;
      case 'move':
      case 'copy': {
        const rawFrom = op.get('from');
        if (typeof rawFrom !== 'string' && !Array.isArray(rawFrom)) return undefined;
        const from = ptr(rawFrom);
        const v = getAt(doc, from);
        if (v === undefined) return undefined;
        const base = kind === 'move' ? setAt(doc, from, null, 'remove') : doc;
        next = base === undefined ? undefined : setAt(base, path, v, 'add');
        break;
      }
      case 'test': {
        if (!op.has('value')) return undefined;
        const v = getAt(doc, path);
        next = v !== undefined && equal(v, op.get('value') ?? null) ? doc : undefined;
        break;
      }
      default:
        throw new BuiltinError(`invalid patch operation ${String(kind)}`);
    }
    if (next === undefined) return undefined;
    doc = next;
  }
  return doc;
});

let ajvInstance: Ajv | undefined;
/** The validator, created on first use (keeps engine start-up fast). */
const ajv = (): Ajv => (ajvInstance ??= new Ajv({ allErrors: true, strict: false, validateSchema: true }));
const cache = new Map<string, ValidateFunction>();
const TYPES = ['array', 'boolean', 'integer', 'number', 'null', 'object', 'string'];

function schemaOf(v: Value, pos: number): unknown {
  if (typeof v === 'string') {
    try {
      return JSON.parse(v);
    } catch {
      throw new BuiltinError('invalid JSON schema');
    }
  }
  if (v instanceof RObject || typeof v === 'boolean') return toJSONValue(v);
  throw operandErr(pos, 'one of {string, object, boolean}', typeName(v));
}

/** gojsonschema's check for unknown primitive types (ajv reports them too, differently worded). */
function badType(s: unknown): string | undefined {
  if (!s || typeof s !== 'object') return undefined;
  if (Array.isArray(s)) {
    for (const x of s) {
      const b = badType(x);
      if (b) return b;
    }
    return undefined;
  }
  for (const [k, x] of Object.entries(s as Record<string, unknown>)) {
    if (k === 'type') {
      for (const t of Array.isArray(x) ? x : [x]) if (typeof t === 'string' && !TYPES.includes(t)) return t;
    } else if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') {
      const b = badType(x);
      if (b) return b;
    }
  }
  return undefined;
}

function compileSchema(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let v = cache.get(key);
  if (v) return v;
  const bad = badType(schema);
  if (bad)
    throw new BuiltinError(
      `has a primitive type that is NOT VALID -- given: /${bad}/ Expected valid values are:[array boolean integer number null object string]`,
    );
  try {
    v = ajv().compile(schema as object);
  } catch (e) {
    throw new BuiltinError((e as Error).message);
  }
  if (cache.size > 200) cache.clear();
  cache.set(key, v);
  return v;
}

function jsonType(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'array';
  if (typeof x === 'number') return Number.isInteger(x) ? 'integer' : 'number';
  return typeof x;
}

function field(path: string): string {
  if (!path) return '(root)';
  return path
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function schemaAt(doc: unknown, path: string): unknown {
  let cur = doc;
  for (const seg of path ? path.replace(/^\//, '').split('/') : [])
    cur = (cur as Record<string, unknown>)?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  return cur;
}

function describe(e: ErrorObject, doc: unknown): { type: string; field: string; desc: string } {
  const f = field(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return {
        type: 'invalid_type',
        field: f,
        desc: `Invalid type. Expected: ${String(p.type).replace(/,/g, ', ')}, given: ${jsonType(schemaAt(doc, e.instancePath))}`,
      };
    case 'required':
      return { type: 'required', field: f, desc: `${String(p.missingProperty)} is required` };
    case 'enum':
      return {
        type: 'enum',
        field: f,
        desc: `${f} must be one of the following: ${(p.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}`,
      };
    case 'const':
      return { type: 'const', field: f, desc: `${f} does not match: ${JSON.stringify(p.allowedValue)}` };
    case 'minimum':
      return {
        type: p.comparison === '>' ? 'number_gt' : 'number_gte',
        field: f,
        desc: `Must be greater than ${p.comparison === '>' ? '' : 'or equal to '}${String(p.limit)}`,
      };
    case 'exclusiveMinimum':
      return { type: 'number_gt', field: f, desc: `Must be greater than ${String(p.limit)}` };
    case 'maximum':
      return {
        type: p.comparison === '<' ? 'number_lt' : 'number_lte',
        field: f,
        desc: `Must be less than ${p.comparison === '<' ? '' : 'or equal to '}${String(p.limit)}`,
      };
    case 'exclusiveMaximum':
      return { type: 'number_lt', field: f, desc: `Must be less than ${String(p.limit)}` };
    case 'minLength':
      return { type: 'string_gte', field: f, desc: `String length must be greater than or equal to ${String(p.limit)}` };
    case 'maxLength':
      return { type: 'string_lte', field: f, desc: `String length must be less than or equal to ${String(p.limit)}` };
    case 'pattern':
      return { type: 'pattern', field: f, desc: `Does not match pattern '${String(p.pattern)}'` };
    case 'additionalProperties':
      return {
        type: 'additional_property_not_allowed',
        field: f,
        desc: `Additional property ${String(p.additionalProperty)} is not allowed`,
      };
    case 'minItems':
      return { type: 'array_min_items', field: f, desc: `Array must have at least ${String(p.limit)} items` };
    case 'maxItems':
      return { type: 'array_max_items', field: f, desc: `Array must have at most ${String(p.limit)} items` };
    default:
      return { type: e.keyword, field: f, desc: e.message ?? e.keyword };
  }
}

def('json.verify_schema', 1, (a) => {
  let schema: unknown;
  try {
    schema = schemaOf(a[0], 1);
    compileSchema(schema);
    return [true, null];
  } catch (e) {
    if (e instanceof BuiltinError && e.code === 'eval_type_error') throw e;
    return [false, `jsonschema: ${(e as Error).message}`];
  }
});

def('json.match_schema', 2, (a) => {
  let doc: unknown;
  if (typeof a[0] === 'string') {
    try {
      doc = JSON.parse(a[0]);
    } catch {
      throw new BuiltinError('document is not valid JSON');
    }
  } else if (a[0] instanceof RObject || Array.isArray(a[0])) doc = toJSONValue(a[0]);
  else throw operandErr(1, 'one of {string, object, array}', typeName(a[0]));
  const validate = compileSchema(schemaOf(a[1], 2));
  if (validate(doc)) return [true, []];
  const errs: Value[] = (validate.errors ?? []).map((e) => {
    const d = describe(e, doc);
    return RObject.from([
      ['error', `${d.field}: ${d.desc}`],
      ['type', d.type],
      ['field', d.field],
      ['desc', d.desc],
    ]);
  });
  return [false, errs];
});
