/**
 * json.verify_schema and json.match_schema (JSON Schema draft-07 via ajv), with results shaped
 * as OPA's (which uses gojsonschema): `[valid, errors]`, each error `{error, type, field, desc}`
 * worded as gojsonschema's English locale for the common keywords.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { BuiltinError, operandErr } from './errors.js';
import { defineBuiltin as def } from './builtins.js';
import { RObject, toJSONValue, typeName, type Value } from './value.js';

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
  if (bad) throw new BuiltinError(`has a primitive type that is NOT VALID -- given: /${bad}/ Expected valid values are:[array boolean integer number null object string]`);
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
  return path.replace(/^\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

function getAt(doc: unknown, path: string): unknown {
  let cur = doc;
  for (const seg of path ? path.replace(/^\//, '').split('/') : []) cur = (cur as Record<string, unknown>)?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  return cur;
}

function describe(e: ErrorObject, doc: unknown): { type: string; field: string; desc: string } {
  const f = field(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return { type: 'invalid_type', field: f, desc: `Invalid type. Expected: ${String(p.type).replace(/,/g, ', ')}, given: ${jsonType(getAt(doc, e.instancePath))}` };
    case 'required':
      return { type: 'required', field: f, desc: `${String(p.missingProperty)} is required` };
    case 'enum':
      return { type: 'enum', field: f, desc: `${f} must be one of the following: ${(p.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}` };
    case 'const':
      return { type: 'const', field: f, desc: `${f} does not match: ${JSON.stringify(p.allowedValue)}` };
    case 'minimum':
      return { type: p.comparison === '>' ? 'number_gt' : 'number_gte', field: f, desc: `Must be greater than ${p.comparison === '>' ? '' : 'or equal to '}${String(p.limit)}` };
    case 'exclusiveMinimum':
      return { type: 'number_gt', field: f, desc: `Must be greater than ${String(p.limit)}` };
    case 'maximum':
      return { type: p.comparison === '<' ? 'number_lt' : 'number_lte', field: f, desc: `Must be less than ${p.comparison === '<' ? '' : 'or equal to '}${String(p.limit)}` };
    case 'exclusiveMaximum':
      return { type: 'number_lt', field: f, desc: `Must be less than ${String(p.limit)}` };
    case 'minLength':
      return { type: 'string_gte', field: f, desc: `String length must be greater than or equal to ${String(p.limit)}` };
    case 'maxLength':
      return { type: 'string_lte', field: f, desc: `String length must be less than or equal to ${String(p.limit)}` };
    case 'pattern':
      return { type: 'pattern', field: f, desc: `Does not match pattern '${String(p.pattern)}'` };
    case 'additionalProperties':
      return { type: 'additional_property_not_allowed', field: f, desc: `Additional property ${String(p.additionalProperty)} is not allowed` };
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
