/**
 * The builtin registry's types: a builtin is an arity and a function over Rego values; each family
 * module (src/rego/builtins/<family>.ts) fills its own {@link BuiltinTable} and
 * src/rego/builtins/index.ts merges the tables into the one registry the compiler and evaluator read.
 */
import type { Value } from '../value.js';

/** What a builtin may read from the evaluation: the print sink and the evaluation's clock (ns). */
export interface BuiltinCtx {
  print(msg: string): void;
  nowNs: bigint;
}

/** A builtin over evaluated operands; `undefined` makes the call undefined. Throws BuiltinError. */
export type BuiltinFn = (args: Value[], ctx: BuiltinCtx) => Value | undefined;

/** One builtin. */
export interface Builtin {
  /** number of operands (-1 when variadic) */
  arity: number;
  fn: BuiltinFn;
  /** a relation: `fn` returns an array of outputs, each a separate result (e.g. walk) */
  relation?: boolean;
}

/** A family's builtins by name. */
export type BuiltinTable = Map<string, Builtin>;

/** Returns `def(name, arity, fn, relation?)`, which adds a builtin to `table`. */
export function definer(table: BuiltinTable): (name: string, arity: number, fn: BuiltinFn, relation?: boolean) => void {
  return (name, arity, fn, relation = false) => {
    table.set(name, { arity, fn, ...(relation ? { relation } : {}) });
  };
}
