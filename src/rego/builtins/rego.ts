/**
 * `rego.metadata.rule`, `rego.metadata.chain`, `rego.parse_module`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import type { Expr, Module, Rule, Term } from '../ast.js';
import { BuiltinError, formatRegoError, RegoErrors } from '../errors.js';
import { parseModule } from '../parser.js';
import { fromJSONValue, RObject } from '../value.js';
import { str } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The rego builtins, by name. */
export const REGO_BUILTINS: BuiltinTable = new Map();
const def = definer(REGO_BUILTINS);

// rego.metadata.*: replaced by constants at compile time inside rules; empty in a bare query
def('rego.metadata.rule', 0, () => new RObject());
def('rego.metadata.chain', 0, () => []);

// ---------------- rego.parse_module: OPA's AST JSON (v1/ast/term.go, policy.go MarshalJSON) ----------------
type J = null | boolean | number | bigint | string | J[] | { [k: string]: J };

const v = (name: string): J => ({ type: 'var', value: name });
/** A call's operator as OPA's ref term: `plus` -> [var plus]; `strings.replace_n` -> [var strings, string replace_n]. */
function opRef(op: string, opTerm?: Term): J {
  if (opTerm?.t === 'ref') return term(opTerm);
  if (opTerm?.t === 'var') return { type: 'ref', value: [term(opTerm)] };
  const [head, ...rest] = op.split('.');
  return { type: 'ref', value: [v(head), ...rest.map((s) => ({ type: 'string', value: s }))] };
}
function term(t: Term): J {
  switch (t.t) {
    case 'scalar': {
      const x = t.v;
      if (x === null) return { type: 'null', value: null };
      if (typeof x === 'boolean') return { type: 'boolean', value: x };
      if (typeof x === 'string') return { type: 'string', value: x };
      return { type: 'number', value: x as number | bigint };
    }
    case 'var':
      return v(t.name);
    case 'ref':
      return { type: 'ref', value: [term(t.head), ...t.path.map(term)] };
    case 'array':
      return { type: 'array', value: t.items.map(term) };
    case 'set':
      return { type: 'set', value: t.items.map(term) };
    case 'object':
      return { type: 'object', value: t.items.map(([k, x]) => [term(k), term(x)]) };
    case 'acompr':
      return { type: 'arraycomprehension', value: { term: term(t.term), body: body(t.body) } };
    case 'scompr':
      return { type: 'setcomprehension', value: { term: term(t.term), body: body(t.body) } };
    case 'ocompr':
      return { type: 'objectcomprehension', value: { key: term(t.key), value: term(t.value), body: body(t.body) } };
    case 'call':
      return { type: 'call', value: [opRef(t.op, t.opTerm), ...t.args.map(term)] };
  }
}
function expr(e: Expr, index: number): J {
  const b = e.body;
  let terms: J;
  switch (b.k) {
    case 'term':
      terms = term(b.term);
      break;
    case 'call':
      terms = [opRef(b.op, b.opTerm), ...b.args.map(term)];
      break;
    case 'some':
      terms = { symbols: b.vars.map(term) };
      break;
    case 'somein': {
      const args = [...(b.key ? [b.key] : []), b.value, b.coll].map(term);
      terms = { symbols: [{ type: 'call', value: [opRef(b.key ? 'internal.member_3' : 'internal.member_2'), ...args] }] };
      break;
    }
    case 'every':
      terms = { key: b.key ? term(b.key) : null, value: term(b.value), domain: term(b.domain), body: body(b.body) };
      break;
  }
  const out: { [k: string]: J } = {};
  if (e.withs.length) out.with = e.withs.map((w) => ({ target: term(w.target), value: term(w.value) }));
  out.terms = terms;
  out.index = index;
  if (e.generated) out.generated = true;
  if (e.negated) out.negated = true;
  return out;
}
/** A body; OPA gives a rule without one the body `true`. */
const body = (es: Expr[]): J => (es.length ? es.map(expr) : [{ terms: { type: 'boolean', value: true }, index: 0 }]);
function rule(r: Rule): J {
  const h = r.head;
  const head: { [k: string]: J } = {};
  if (h.ref.length === 1 && h.ref[0].t === 'var') head.name = h.ref[0].name;
  if (h.args?.length) head.args = h.args.map(term);
  if (h.key) head.key = term(h.key);
  if (h.value) head.value = term(h.value);
  else if (!h.key) head.value = { type: 'boolean', value: true };
  if (h.assign) head.assign = true;
  head.ref = h.ref.map(term);
  const out: { [k: string]: J } = {};
  if (r.isDefault) out.default = true;
  out.head = head;
  out.body = body(r.body);
  if (r.elseRule) out.else = rule(r.elseRule);
  return out;
}
/** OPA's JSON of a module (no locations, comments or annotations, as OPA's default marshalling). */
function moduleJSON(m: Module): J {
  const out: { [k: string]: J } = { package: { path: [v('data'), ...m.pkg.map((s) => ({ type: 'string', value: s }))] } };
  if (m.imports.length)
    out.imports = m.imports.map((i) => ({ path: term(i.path), ...(i.alias ? { alias: i.alias } : {}) }) as { [k: string]: J });
  if (m.rules.length) out.rules = m.rules.map(rule);
  return out;
}

/**
 * `rego.parse_module(filename, text)`: the module's AST as OPA's `json.Marshal` of `ast.Module`
 * (v1 syntax, as OPA 1.x's ast.ParseModule). A parse error is an eval_builtin_error with OPA's
 * `ast.Errors` text (`1 error occurred: x.rego:1: rego_parse_error: ...`).
 */
def('rego.parse_module', 2, (a) => {
  const file = str(a, 0);
  const text = str(a, 1);
  let m: Module;
  try {
    m = parseModule(file, text);
  } catch (e) {
    if (!(e instanceof RegoErrors)) throw e;
    const texts = e.errors.map(formatRegoError);
    throw new BuiltinError(texts.length === 1 ? `1 error occurred: ${texts[0]}` : `${texts.length} errors occurred:\n${texts.join('\n')}`);
  }
  return fromJSONValue(moduleJSON(m));
});
