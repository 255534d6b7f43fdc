/**
 * Type predicates `is_*` and `type_name`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { isNumber, RObject, RSet, typeName } from '../value.js';
import { definer, type BuiltinTable } from './registry.js';

/** The types builtins, by name. */
export const TYPES_BUILTINS: BuiltinTable = new Map();
const def = definer(TYPES_BUILTINS);

// ---------- types ----------
def('is_number', 1, ([v]) => isNumber(v));
def('is_string', 1, ([v]) => typeof v === 'string');
def('is_boolean', 1, ([v]) => typeof v === 'boolean');
def('is_array', 1, ([v]) => Array.isArray(v));
def('is_set', 1, ([v]) => v instanceof RSet);
def('is_object', 1, ([v]) => v instanceof RObject);
def('is_null', 1, ([v]) => v === null);
def('type_name', 1, ([v]) => typeName(v));
