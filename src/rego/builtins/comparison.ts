/**
 * Comparison operators (`==`, `!=`, `<`, `<=`, `>`, `>=`) over OPA's total order.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { compare, equal } from '../value.js';
import { definer, type BuiltinTable } from './registry.js';

/** The comparison builtins, by name. */
export const COMPARISON_BUILTINS: BuiltinTable = new Map();
const def = definer(COMPARISON_BUILTINS);

// ---------- comparison ----------
def('equal', 2, ([a, b]) => equal(a, b));
def('neq', 2, ([a, b]) => !equal(a, b));
def('lt', 2, ([a, b]) => compare(a, b) < 0);
def('lte', 2, ([a, b]) => compare(a, b) <= 0);
def('gt', 2, ([a, b]) => compare(a, b) > 0);
def('gte', 2, ([a, b]) => compare(a, b) >= 0);
