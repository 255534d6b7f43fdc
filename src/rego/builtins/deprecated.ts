/**
 * Builtins OPA deprecated and removed from Rego v1: `all`, `any`, `cast_array`, `cast_set`,
 * `cast_boolean`, `cast_null`, `cast_object`, `cast_string`, `net.cidr_overlap`, `re_match`,
 * `set_diff`. They exist for Rego v0 modules only (`--v0-compatible`); in a v1 module the
 * compiler reports them as undefined functions, as OPA's v1 capabilities leave them out.
 * Semantics follow OPA's topdown (aggregates.go, casts.go, cidr.go, regex.go, sets.go).
 */
import { operandErr } from '../errors.js';
import { RObject, RSet, typeName, type Value } from '../value.js';
import { NET_BUILTINS } from './net.js';
import { NUMBERS_BUILTINS } from './numbers.js';
import { REGEX_BUILTINS } from './regex.js';
import { definer, type BuiltinTable } from './registry.js';

/** The deprecated (v0-only) builtins, by name. */
export const DEPRECATED_BUILTINS: BuiltinTable = new Map();
const def = definer(DEPRECATED_BUILTINS);

function collection(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  throw operandErr(1, 'one of {array, set}', typeName(v));
}

// all(xs) / any(xs): whether every / some member is `true`
def('all', 1, (a) => collection(a[0]).every((x) => x === true));
def('any', 1, (a) => collection(a[0]).some((x) => x === true));

def('cast_array', 1, (a) => collection(a[0]));
def('cast_set', 1, (a) => RSet.from(collection(a[0])));
const cast =
  (want: string, ok: (v: Value) => boolean) =>
  (a: Value[]): Value => {
    if (!ok(a[0])) throw operandErr(1, want, typeName(a[0]));
    return a[0];
  };
def(
  'cast_boolean',
  1,
  cast('boolean', (v) => typeof v === 'boolean'),
);
def(
  'cast_null',
  1,
  cast('null', (v) => v === null),
);
def(
  'cast_object',
  1,
  cast('object', (v) => v instanceof RObject),
);
def(
  'cast_string',
  1,
  cast('string', (v) => typeof v === 'string'),
);

// the former names of net.cidr_contains, regex.match and set difference (`-` on sets)
def('net.cidr_overlap', 2, NET_BUILTINS.get('net.cidr_contains')!.fn);
def('re_match', 2, REGEX_BUILTINS.get('regex.match')!.fn);
def('set_diff', 2, (a, ctx) => {
  if (!(a[0] instanceof RSet)) throw operandErr(1, 'set', typeName(a[0]));
  if (!(a[1] instanceof RSet)) throw operandErr(2, 'set', typeName(a[1]));
  return NUMBERS_BUILTINS.get('minus')!.fn(a, ctx);
});

/** Names of the deprecated builtins (available to Rego v0 modules only). */
export const DEPRECATED_NAMES: ReadonlySet<string> = new Set(DEPRECATED_BUILTINS.keys());
