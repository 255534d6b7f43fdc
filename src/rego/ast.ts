/**
 * The Rego abstract syntax tree (terms, expressions, rules, modules), following the
 * grammar of the Rego language reference (v1 syntax).
 */
import type { Value } from './value.js';
import type { RegoLocation } from './errors.js';

export type Loc = RegoLocation;

export type Term =
  | { t: 'scalar'; v: Value; loc: Loc }
  | { t: 'var'; name: string; loc: Loc }
  | { t: 'ref'; head: Term; path: Term[]; loc: Loc }
  | { t: 'array'; items: Term[]; loc: Loc }
  | { t: 'object'; items: [Term, Term][]; loc: Loc }
  | { t: 'set'; items: Term[]; loc: Loc }
  | { t: 'acompr'; term: Term; body: Expr[]; loc: Loc }
  | { t: 'scompr'; term: Term; body: Expr[]; loc: Loc }
  | { t: 'ocompr'; key: Term; value: Term; body: Expr[]; loc: Loc }
  /** a call: `op` is the operator/builtin name or a resolved `data.` path; */
  | { t: 'call'; op: string; args: Term[]; loc: Loc; opTerm?: Term };

/** A `with` modifier: `with target as value`. */
export interface With {
  target: Term;
  value: Term;
  loc: Loc;
}

export type ExprBody =
  | { k: 'term'; term: Term }
  /** a call used as an expression; `=`, `:=`, `==` etc. are calls to `eq`, `assign`, `equal` ... */
  | { k: 'call'; op: string; args: Term[]; opTerm?: Term }
  | { k: 'some'; vars: Term[] }
  | { k: 'somein'; key?: Term; value: Term; coll: Term }
  | { k: 'every'; key?: Term; value: Term; domain: Term; body: Expr[] };

export interface Expr {
  body: ExprBody;
  negated: boolean;
  withs: With[];
  loc: Loc;
  /** source text of the expression (for query result `text`) */
  text: string;
  /** set on expressions the compiler generated (hoisted call arguments); not reported in query results */
  generated?: boolean;
}

export interface RuleHead {
  /** the head reference: first a var (the rule name), then keys */
  ref: Term[];
  args?: Term[];
  /** `contains` element */
  key?: Term;
  value?: Term;
  /** `:=` or `=` used */
  assign: boolean;
}

export interface Rule {
  head: RuleHead;
  body: Expr[];
  isDefault: boolean;
  elseRule?: Rule;
  loc: Loc;
  /** `# METADATA` annotations above the rule (YAML, as parsed) */
  annotations?: Record<string, unknown>;
  /** set by the compiler */
  kind?: 'complete' | 'set' | 'func' | 'object';
  module?: Module;
}

export interface Import {
  path: Term; // ref
  alias?: string;
  loc: Loc;
}

export interface Module {
  file: string;
  pkg: string[];
  pkgLoc: Loc;
  imports: Import[];
  rules: Rule[];
  /** `# METADATA` annotations of the package (YAML, as parsed) */
  annotations?: Record<string, unknown>;
  /** parsed as Rego v0 (`--v0-compatible`, without `import rego.v1`) */
  v0?: boolean;
}
