/**
 * `rego.metadata.rule`, `rego.metadata.chain`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { RObject } from '../value.js';
import { definer, type BuiltinTable } from './registry.js';

/** The rego builtins, by name. */
export const REGO_BUILTINS: BuiltinTable = new Map();
const def = definer(REGO_BUILTINS);

// rego.metadata.*: replaced by constants at compile time inside rules; empty in a bare query
def('rego.metadata.rule', 0, () => new RObject());
def('rego.metadata.chain', 0, () => []);
