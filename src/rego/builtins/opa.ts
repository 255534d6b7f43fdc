/**
 * `opa.runtime`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { RObject } from '../value.js';
import { definer, type BuiltinTable } from './registry.js';

/** The opa builtins, by name. */
export const OPA_BUILTINS: BuiltinTable = new Map();
const def = definer(OPA_BUILTINS);

// opa.runtime(): no environment or configuration is exposed to policies here (an empty object)
def('opa.runtime', 0, () => new RObject());
