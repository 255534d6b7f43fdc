/**
 * Safety and ordering of rule and query bodies, and OPA's rewrite of the dynamic operands of
 * negated expressions.
 */
import type { Expr, ExprBody, Module, Term } from './ast.js';
import { builtinArity } from './builtins/index.js';
import { errAt, RegoErrors, type RegoError } from './errors.js';
import { displayVar, patternVarNames, allVars, exprVars, refOutVars, refOutOnly, sameShape } from './vars.js';

/** What the safety analysis needs from the compilation: function arities and fresh var ids. */
export interface SafetyHost {
  funcArity: Map<string, number>;
  nextId(): number;
}

/**
 * Safety analysis with body reordering (OPA's ast/compile.go checkSafetyRuleBodies /
 * reorderBodyForSafety), and the rewrite of negated expressions' dynamic operands
 * (rewriteDynamics), over resolved bodies of one module (or a query).
 */
export class Safety {
  private notBody: boolean | undefined;
  constructor(
    readonly c: SafetyHost,
    readonly m: Module | undefined,
  ) {}

  /** Reorders a body so every expression's inputs are bound first; `bound` is updated. */
  reorder(body: Expr[], bound: Set<string>): Expr[] {
    const pending = [...body];
    const out: Expr[] = [];
    while (pending.length) {
      let progressed = false;
      for (let i = 0; i < pending.length; i++) {
        const e = pending[i];
        const io = this.exprIO(e, bound);
        if (io.inputs.every((v) => bound.has(v)) && io.ready) {
          for (const v of io.outputs) bound.add(v);
          out.push(this.reorderNested(e, bound));
          pending.splice(i, 1);
          progressed = true;
          break;
        }
      }
      if (!progressed) {
        const errs: RegoError[] = [];
        const seen = new Set<string>();
        for (const e of pending) {
          const io = this.exprIO(e, bound);
          for (const v of io.inputs.concat(io.ready ? [] : io.outputs)) {
            if (!bound.has(v) && !seen.has(v)) {
              seen.add(v);
              errs.push(errAt('rego_unsafe_var_error', `var ${displayVar(v)} is unsafe`, varLoc(e, v) ?? e.loc));
            }
          }
        }
        if (errs.length === 0) errs.push(errAt('rego_unsafe_var_error', 'unsafe expression', pending[0].loc));
        throw new RegoErrors(errs);
      }
    }
    return this.keepsNegatedOperands() ? out : hoistNegatedDynamics(out, () => this.c.nextId());
  }

  /**
   * Under `import future.keywords.not` (or `rego.v2`) OPA evaluates the operands of a negated
   * expression inside the negation (`not input.x + input.y == input.z` is true when the operands
   * are undefined; OPA's negation/test-not-body.yaml), so they are not hoisted.
   */
  keepsNegatedOperands(): boolean {
    if (this.notBody === undefined) {
      this.notBody = !!this.m?.imports.some((imp) => {
        const p = imp.path.t === 'ref' ? [imp.path.head, ...imp.path.path] : [imp.path];
        const names = p.map((x) => (x.t === 'var' ? x.name : x.t === 'scalar' ? String(x.v) : '')).join('.');
        return names === 'future.keywords.not' || names === 'rego.v2';
      });
    }
    return this.notBody;
  }

  /** Orders the bodies of the closures inside a term (e.g. a rule head value). */
  reorderTerm(t: Term, bound: Set<string>): Term {
    const e: Expr = { body: { k: 'term', term: t }, negated: false, withs: [], loc: t.loc, text: '' };
    return (this.reorderNested(e, bound).body as { term: Term }).term;
  }

  reorderNested(e: Expr, bound: Set<string>): Expr {
    const fixIn = (t: Term, bound: Set<string>): Term => {
      const fix = (x: Term): Term => fixIn(x, bound);
      switch (t.t) {
        case 'acompr':
        case 'scompr':
        case 'ocompr': {
          const b = new Set(bound);
          const body = this.reorder(t.body, b);
          const head = t.t === 'ocompr' ? [t.key, t.value] : [t.term];
          for (const h of head)
            for (const v of allVars(h))
              if (!b.has(v)) throw new RegoErrors([errAt('rego_unsafe_var_error', `var ${displayVar(v)} is unsafe`, h.loc)]);
          // closures in the head (e.g. template strings) see the comprehension's bindings
          const heads = t.t === 'ocompr' ? { key: fixIn(t.key, b), value: fixIn(t.value, b) } : { term: fixIn(t.term, b) };
          return { ...t, body, ...heads } as Term;
        }
        case 'ref':
          return { ...t, head: fix(t.head), path: t.path.map(fix) };
        case 'array':
        case 'set':
          return { ...t, items: t.items.map(fix) } as Term;
        case 'object':
          return { ...t, items: t.items.map(([k, v]) => [fix(k), fix(v)] as [Term, Term]) };
        case 'call':
          return { ...t, args: t.args.map(fix) };
        default:
          return t;
      }
    };
    const fixTerm = (t: Term): Term => fixIn(t, bound);
    const b = e.body;
    let nb: ExprBody = b;
    switch (b.k) {
      case 'term':
        nb = { k: 'term', term: fixTerm(b.term) };
        break;
      case 'call':
        nb = { ...b, args: b.args.map(fixTerm) };
        break;
      case 'somein':
        nb = { ...b, coll: fixTerm(b.coll) };
        break;
      case 'every': {
        const inner = new Set(bound);
        for (const v of allVars(b.value)) inner.add(v);
        if (b.key) for (const v of allVars(b.key)) inner.add(v);
        nb = { ...b, domain: fixTerm(b.domain), body: this.reorder(b.body, inner) };
        (nb as { locals?: Set<string> }).locals = (b as { locals?: Set<string> }).locals;
        break;
      }
    }
    return { ...e, body: nb, withs: e.withs.map((w) => ({ ...w, value: fixTerm(w.value) })) };
  }

  /** Inputs (must be bound) and outputs (bound after) of an expression. */
  exprIO(e: Expr, bound: Set<string>): { inputs: string[]; outputs: string[]; ready: boolean } {
    const inputs: string[] = [];
    const outputs = new Set<string>();
    let ready = true;
    const valuePos = (t: Term): void => {
      const outs = new Set<string>();
      refOutVars(t, outs);
      for (const v of allVars(t)) if (!outs.has(v)) inputs.push(v);
      for (const v of outs) outputs.add(v);
    };
    const b = e.body;
    switch (b.k) {
      case 'term':
        valuePos(b.term);
        break;
      case 'call': {
        if (b.op === 'eq' || b.op === 'assign') {
          const [l, r] = b.args;
          for (const side of [l, r]) {
            const outs = new Set<string>();
            refOutVars(side, outs);
            const pats = new Set(patternVarNames(side));
            for (const v of allVars(side)) if (!outs.has(v) && !pats.has(v)) inputs.push(v);
            for (const v of outs) outputs.add(v);
            for (const v of pats) outputs.add(v);
          }
          const lv = patternVarNames(l).filter((v) => !bound.has(v));
          const rv = patternVarNames(r).filter((v) => !bound.has(v));
          const lGround = allVars(l).every((v) => bound.has(v) || refOutOnly(l, v));
          const rGround = allVars(r).every((v) => bound.has(v) || refOutOnly(r, v));
          if (lv.length && rv.length && !lGround && !rGround) {
            // both sides need the other: fine only when both are composite literals of equal shape
            if (!sameShape(l, r)) ready = false;
          }
        } else {
          const arity = b.op.startsWith('data.') ? this.c.funcArity.get(b.op) : builtinArity(b.op);
          const n = b.args.length;
          const hasOut = arity !== undefined && arity >= 0 && n === arity + 1;
          const callOuts = new Set<string>();
          b.args.forEach((a, i) => {
            if (!(hasOut && i === n - 1)) refOutVars(a, callOuts);
          });
          b.args.forEach((a, i) => {
            if (hasOut && i === n - 1) {
              const pats = new Set(patternVarNames(a));
              const outs = new Set<string>();
              refOutVars(a, outs);
              for (const v of allVars(a)) if (!pats.has(v) && !outs.has(v)) inputs.push(v);
              for (const v of pats) outputs.add(v);
              for (const v of outs) outputs.add(v);
            } else {
              for (const v of allVars(a)) if (!callOuts.has(v)) inputs.push(v);
              for (const v of callOuts) outputs.add(v);
            }
          });
        }
        break;
      }
      case 'some':
        break;
      case 'somein': {
        valuePos(b.coll);
        for (const t of [b.value, ...(b.key ? [b.key] : [])]) {
          const pats = new Set(patternVarNames(t));
          for (const v of allVars(t)) if (!pats.has(v)) inputs.push(v);
          for (const v of pats) outputs.add(v);
        }
        break;
      }
      case 'every': {
        valuePos(b.domain);
        const locals = (b as { locals?: Set<string> }).locals ?? new Set();
        const inner: string[] = [];
        for (const x of b.body) exprVars(x, inner);
        for (const v of inner) if (!locals.has(v) && !v.startsWith('$_')) inputs.push(v);
        break;
      }
    }
    for (const w of e.withs) for (const v of allVars(w.value)) inputs.push(v);
    if (e.negated) {
      const all = [...inputs, ...outputs].filter((v) => !v.startsWith('$_'));
      return { inputs: all, outputs: [], ready };
    }
    return { inputs, outputs: [...outputs], ready };
  }
}

/** The location of the first occurrence of var `name` in an expression (OPA points at the var). */
function varLoc(e: Expr, name: string): Term['loc'] | undefined {
  let found: Term['loc'] | undefined;
  const visit = (t: Term | undefined): void => {
    if (!t || found) return;
    switch (t.t) {
      case 'var':
        if (t.name === name) found = t.loc;
        return;
      case 'ref':
        visit(t.head);
        t.path.forEach(visit);
        return;
      case 'array':
      case 'set':
        t.items.forEach(visit);
        return;
      case 'object':
        t.items.forEach(([k, v]) => (visit(k), visit(v)));
        return;
      case 'call':
        t.args.forEach(visit);
        return;
      case 'acompr':
      case 'scompr':
        visit(t.term);
        t.body.forEach((x) => (found ??= varLoc(x, name)));
        return;
      case 'ocompr':
        visit(t.key);
        visit(t.value);
        t.body.forEach((x) => (found ??= varLoc(x, name)));
        return;
      default:
        return;
    }
  };
  const b = e.body;
  if (b.k === 'term') visit(b.term);
  else if (b.k === 'call') b.args.forEach(visit);
  else if (b.k === 'somein') [b.coll, b.value, b.key].forEach(visit);
  else if (b.k === 'every') {
    visit(b.domain);
    b.body.forEach((x) => (found ??= varLoc(x, name)));
  }
  e.withs.forEach((w) => visit(w.value));
  return found;
}

/**
 * OPA's rewriteDynamics (v1/ast/compile.go, stage RewriteDynamicTerms, run on rule bodies and on
 * queries after the safety reordering): the dynamic operands of an expression (references and
 * calls, also inside array, object and set literals; comprehensions) are bound to generated vars
 * by expressions placed before it, which carry the same `with` modifiers. So in
 * `not startswith(input.missing, "x")` the argument is evaluated outside the negation and, when it
 * is undefined, the whole expression is undefined instead of true (OPA issue #1877).
 *
 * As in OPA: the operands of a call expression (`==`, `!=`, `<`, `in`, builtins, user functions)
 * are hoisted whole; for a unification (`=`) and for a term expression only the operands of a
 * reference (`data.q[input.k]`) and the members of a composite are hoisted, never the reference
 * itself, so `not input.x = 1` and `not input.x` stay true when `input.x` is undefined. `print`
 * keeps its operands (OPA rewrites them into comprehensions, which are always defined).
 *
 * Only negated expressions are rewritten: elsewhere an undefined operand already makes the
 * expression undefined, so the rewrite would not change any result (OPA rewrites all of them).
 */
function hoistNegatedDynamics(body: Expr[], next: () => number): Expr[] {
  if (!body.some((e) => e.negated)) return body;
  const out: Expr[] = [];
  for (const e of body) {
    if (!e.negated) {
      out.push(e);
      continue;
    }
    const extra: Expr[] = [];
    const bind = (t: Term): Term => {
      const v: Term = { t: 'var', name: `$_h${next()}`, loc: t.loc };
      extra.push({
        body: { k: 'call', op: 'eq', args: [v, t] },
        negated: false,
        withs: e.withs,
        loc: t.loc,
        text: e.text,
        generated: true,
      });
      return v;
    };
    // rewriteDynamicsOne: a reference or call becomes a generated var; composites are descended
    const one = (t: Term): Term => {
      switch (t.t) {
        case 'ref':
          return bind({ ...t, path: t.path.map(one) });
        case 'call':
          return bind({ ...t, args: t.args.map(one) });
        case 'acompr':
        case 'scompr':
        case 'ocompr':
          return bind(t);
        case 'array':
        case 'set':
          return { ...t, items: t.items.map(one) };
        case 'object':
          return { ...t, items: t.items.map(([k, v]) => [one(k), one(v)] as [Term, Term]) };
        default:
          return t;
      }
    };
    // rewriteDynamicsInTerm: a reference keeps its place, its operands are hoisted
    const inTerm = (t: Term): Term => {
      if (t.t === 'ref') return { ...t, path: t.path.map(one) };
      if (t.t === 'acompr' || t.t === 'scompr' || t.t === 'ocompr') return t;
      return one(t);
    };
    const b = e.body;
    let nb: ExprBody = b;
    if (b.k === 'call' && b.op === 'eq') nb = { ...b, args: b.args.map(inTerm) };
    else if (b.k === 'call' && b.op !== 'print' && b.op !== 'internal.print') nb = { ...b, args: b.args.map(one) };
    else if (b.k === 'term') nb = { k: 'term', term: inTerm(b.term) };
    out.push(...extra, extra.length ? { ...e, body: nb } : e);
  }
  return out;
}
