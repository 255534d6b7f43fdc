/**
 * Name resolution within one module (or a query): package rules, imports, `input`/`data`, local
 * variable scoping (`some`, `:=`, comprehensions, `every`, wildcards), function references.
 */
import type { Expr, ExprBody, Module, Term } from './ast.js';
import { builtinArity, DEPRECATED_NAMES, isKnownOpaBuiltin } from './builtins/index.js';
import { errAt, RegoErrors } from './errors.js';
import { checkCallTypes } from './typecheck.js';
import { equal, RObject, RSet, type Value } from './value.js';
import { patternVarNames, type Closure } from './vars.js';

/** What resolution needs from the compilation: the rule names per package, function arities, rule paths, fresh var ids. */
export interface ResolverHost {
  pkgRules: Map<string, Set<string>>;
  funcArity: Map<string, number>;
  rulePaths: Set<string>;
  nextId(): number;
}

export interface Scope {
  parent?: Scope;
  /** `:=` vars not yet declared at the current expression (closures must not see them) */
  hidden?: Set<string>;
  /** original name -> unique name */
  vars: Map<string, string>;
  locals: Set<string>;
}

/** Resolves names and scopes within one module's rules. */
export class Resolver {
  constructor(
    readonly c: ResolverHost,
    readonly m: Module | undefined,
  ) {}

  declare(scope: Scope, name: string): string {
    if (name === '_') return '$_' + this.c.nextId();
    let unique = name;
    for (let s = scope.parent; s; s = s.parent) {
      if (s.vars.has(name)) {
        unique = `${name}$${this.c.nextId()}`;
        break;
      }
    }
    scope.vars.set(name, unique);
    scope.locals.add(unique);
    return unique;
  }

  lookup(scope: Scope, name: string): string | undefined {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      if (s !== scope && s.hidden?.has(name)) continue;
      const v = s.vars.get(name);
      if (v) return v;
    }
    return undefined;
  }

  /** The global meaning of a name: a data/input ref (as path terms) or undefined. */
  global(name: string, loc: Term['loc']): Term | undefined {
    if (name === 'input' || name === 'data') return { t: 'var', name, loc };
    if (this.m) {
      for (const imp of this.m.imports) {
        const all = imp.path.t === 'ref' ? [imp.path.head, ...imp.path.path] : [imp.path];
        const root = (all[0] as { name: string }).name;
        if (root === 'future' || root === 'rego') continue;
        const last = all[all.length - 1];
        const alias = imp.alias ?? (all.length === 1 ? root : last.t === 'scalar' ? String(last.v) : root);
        if (alias === name) {
          if (all.length === 1) return { t: 'var', name: root, loc };
          return { t: 'ref', head: { t: 'var', name: root, loc }, path: all.slice(1).map((x) => ({ ...x, loc })), loc };
        }
      }
      const names = this.c.pkgRules.get(this.m.pkg.join('.'));
      if (names?.has(name)) {
        const path = [...this.m.pkg, name].map((s) => ({ t: 'scalar' as const, v: s, loc }));
        return { t: 'ref', head: { t: 'var', name: 'data', loc }, path, loc };
      }
    }
    return undefined;
  }

  /** Resolves the vars of a body in `scope` (declaring locals), then descends into closures. */
  resolveBody(body: Expr[], scope: Scope, top: boolean): Expr[] {
    void top;
    // 1. declarations
    for (const e of body) {
      const b = e.body;
      if (b.k === 'some') for (const v of b.vars) this.declareIfNew(scope, (v as { name: string }).name, e);
      else if (b.k === 'somein') {
        for (const v of patternVarNames(b.value)) this.declareIfNew(scope, v, e);
        if (b.key) for (const v of patternVarNames(b.key)) this.declareIfNew(scope, v, e);
      } else if (b.k === 'call' && b.op === 'assign') {
        const lhs = b.args[0];
        if (lhs.t !== 'var' && lhs.t !== 'array' && lhs.t !== 'object') {
          throw new RegoErrors([errAt('rego_parse_error', 'cannot assign to ' + termKind(lhs), e.loc)]);
        }
        for (const v of patternVarNames(lhs)) {
          if (v !== '_' && scope.vars.has(v) && scope.locals.has(scope.vars.get(v)!)) {
            throw new RegoErrors([errAt('rego_compile_error', `var ${v} assigned above`, e.loc)]);
          }
          if (v !== '_' && this.globalRuleName(v) && !scope.vars.has(v) && top) {
            // shadowing a rule with := is allowed in OPA v1? keep as local
          }
          this.declareIfNew(scope, v, e);
        }
      }
    }
    // 2. other vars of this level: used names not declared -> global or local of this scope
    const used: string[] = [];
    for (const e of body) this.levelVars(e, used);
    for (const n of used) {
      if (n === '_' || this.lookup(scope, n) || this.global(n, { file: '', row: 0, col: 0 })) continue;
      scope.vars.set(n, this.uniqueFor(scope, n));
      scope.locals.add(scope.vars.get(n)!);
    }
    // 3. rewrite (closures only see `:=` vars declared by earlier expressions)
    const declAt = new Map<string, number>();
    body.forEach((e, i) => {
      if (e.body.k === 'call' && e.body.op === 'assign')
        for (const v of patternVarNames(e.body.args[0])) if (!declAt.has(v)) declAt.set(v, i);
    });
    return body.map((e, i) => {
      scope.hidden = new Set([...declAt].filter(([, j]) => j >= i).map(([v]) => v));
      try {
        return this.resolveExpr(e, scope);
      } finally {
        scope.hidden = undefined;
      }
    });
  }

  globalRuleName(n: string): boolean {
    return !!this.m && !!this.c.pkgRules.get(this.m.pkg.join('.'))?.has(n);
  }

  uniqueFor(scope: Scope, name: string): string {
    for (let s = scope.parent; s; s = s.parent) if (s.vars.has(name)) return `${name}$${this.c.nextId()}`;
    return name;
  }

  declareIfNew(scope: Scope, name: string, _e: Expr): void {
    if (name === '_') return;
    if (scope.vars.has(name)) return;
    this.declare(scope, name);
  }

  /** var names used at this level (not inside closures / every bodies). */
  levelVars(e: Expr, out: string[]): void {
    const visit = (t: Term): void => {
      switch (t.t) {
        case 'var':
          out.push(t.name);
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
          t.items.forEach(([k, v]) => {
            visit(k);
            visit(v);
          });
          return;
        case 'call':
          t.args.forEach(visit);
          return;
        default:
          return;
      }
    };
    const b = e.body;
    if (b.k === 'term') visit(b.term);
    else if (b.k === 'call') b.args.forEach(visit);
    else if (b.k === 'somein') {
      visit(b.coll);
      visit(b.value);
      if (b.key) visit(b.key);
    } else if (b.k === 'every') visit(b.domain);
    for (const w of e.withs) {
      const all = w.value.t === 'ref' ? [w.value.head, ...w.value.path] : [w.value];
      const name = all.map((x) => (x.t === 'var' ? x.name : x.t === 'scalar' ? String(x.v) : '?')).join('.');
      if (builtinArity(name) !== undefined && all[0].t === 'var' && !this.global(all[0].name, w.loc)) continue;
      visit(w.value);
    }
  }

  resolveExpr(e: Expr, scope: Scope): Expr {
    const b = e.body;
    let nb: ExprBody;
    switch (b.k) {
      case 'term':
        nb = { k: 'term', term: this.resolveTerm(b.term, scope, false) };
        break;
      case 'call': {
        const op = this.resolveOp(b.op, b.args.length, e.loc, scope);
        if (this.isRuleCall(op, b.args.length)) {
          nb = { k: 'term', term: ruleRef(op, e.loc) };
          break;
        }
        nb = { k: 'call', op, args: b.args.map((a) => this.resolveTerm(a, scope, false)) };
        checkCallTypes(op, nb.args, e.loc);
        break;
      }
      case 'some':
        nb = { k: 'some', vars: b.vars.map((v) => this.resolveTerm(v, scope, false)) };
        break;
      case 'somein':
        nb = {
          k: 'somein',
          key: b.key && this.resolveTerm(b.key, scope, false),
          value: this.resolveTerm(b.value, scope, false),
          coll: this.resolveTerm(b.coll, scope, false),
        };
        break;
      case 'every': {
        const inner: Scope = { parent: scope, vars: new Map(), locals: new Set() };
        const key = b.key ? this.resolvePatternDecl(b.key, inner) : undefined;
        const value = this.resolvePatternDecl(b.value, inner);
        const body = this.resolveBody(b.body, inner, false);
        const domain = this.resolveTerm(b.domain, scope, false);
        nb = { k: 'every', key, value, domain, body };
        (nb as { locals?: Set<string> }).locals = inner.locals;
        break;
      }
    }
    const withs = e.withs.map((w) => ({
      ...w,
      target: this.resolveWithTarget(w.target, scope),
      value: this.resolveWithValue(w.value, scope),
    }));
    return { ...e, body: nb, withs };
  }

  /** A `with` value: a builtin named as a value becomes a function replacement. */
  resolveWithValue(t: Term, scope: Scope): Term {
    const all = t.t === 'ref' ? [t.head, ...t.path] : [t];
    if (all[0].t === 'var' && all.slice(1).every((x) => x.t === 'scalar' && typeof x.v === 'string')) {
      const head = (all[0] as { name: string }).name;
      const name = [head, ...all.slice(1).map((x) => String((x as { v: unknown }).v))].join('.');
      if (!this.lookup(scope, head) && !this.global(head, t.loc) && builtinArity(name) !== undefined) {
        return { t: 'scalar', v: '$builtin:' + name, loc: t.loc };
      }
    }
    return this.resolveTerm(t, scope, false);
  }

  resolvePatternDecl(t: Term, scope: Scope): Term {
    for (const v of patternVarNames(t)) this.declareIfNew(scope, v, undefined as never);
    return this.resolveTerm(t, scope, false);
  }

  resolveWithTarget(t: Term, scope: Scope): Term {
    const all = t.t === 'ref' ? [t.head, ...t.path] : [t];
    const head = all[0] as { name: string };
    if (head.name === 'data' && all.slice(1).every((x) => x.t === 'scalar' && typeof x.v === 'string')) {
      // `with data.pkg.f as ...` on a function replaces the function
      const full = ['data', ...all.slice(1).map((x) => String((x as { v: unknown }).v))].join('.');
      if (this.c.funcArity.has(full)) return { t: 'scalar', v: full, loc: t.loc };
    }
    if (head.name === 'input' || head.name === 'data') return t;
    // a function (builtin or user) to replace
    const name = all.map((x, i) => (i === 0 ? head.name : String((x as { v: unknown }).v))).join('.');
    const op = this.resolveOp(name, -1, t.loc, scope);
    return { t: 'scalar', v: op, loc: t.loc };
  }

  /** `f()` of a rule declared without arguments (`f() := 7`) reads the rule's value. */
  isRuleCall(op: string, nargs: number): boolean {
    return nargs === 0 && op.startsWith('data.') && !this.c.funcArity.has(op) && this.c.rulePaths.has(op);
  }

  resolveOp(op: string, nargs: number, loc: Term['loc'], scope: Scope): string {
    if (op === 'eq' || op === 'assign') return op;
    const parts = op.split('.');
    const g = this.lookup(scope, parts[0]) ? undefined : this.global(parts[0], loc);
    let full: string | undefined;
    if (parts[0] === 'data') full = op;
    else if (g && g.t === 'ref' && g.head.t === 'var' && g.head.name === 'data') {
      full = ['data', ...g.path.map((p) => String((p as { v: unknown }).v)), ...parts.slice(1)].join('.');
    }
    if (full) {
      const arity = this.c.funcArity.get(full);
      if (arity === undefined && nargs === 0 && this.c.rulePaths.has(full)) return full;
      if (arity === undefined) {
        if (nargs >= 0) throw new RegoErrors([errAt('rego_type_error', `undefined function ${full}`, loc)]);
      } else if (nargs >= 0 && nargs !== arity && nargs !== arity + 1) {
        throw new RegoErrors([
          errAt('rego_type_error', `${full}: arity mismatch\n\thave: ${nargs} argument(s)\n\twant: ${arity} argument(s)`, loc),
        ]);
      }
      return full;
    }
    // OPA's v1 capabilities leave the deprecated builtins out: v0 modules only
    if (DEPRECATED_NAMES.has(op) && !this.m?.v0) throw new RegoErrors([errAt('rego_type_error', `undefined function ${op}`, loc)]);
    const arity = builtinArity(op);
    if (arity === undefined) {
      if (isKnownOpaBuiltin(op))
        throw new RegoErrors([
          errAt('rego_type_error', `unsupported builtin: ${op} is an OPA builtin this engine does not implement`, loc),
        ]);
      throw new RegoErrors([errAt('rego_type_error', `undefined function ${op}`, loc)]);
    }
    if (nargs >= 0 && arity >= 0 && nargs !== arity && nargs !== arity + 1) {
      throw new RegoErrors([errAt('rego_type_error', `${nargs > arity + 1 ? 'too many arguments' : 'too few arguments'}: ${op}`, loc)]);
    }
    return op;
  }

  resolveTerm(t: Term, scope: Scope, _pattern: boolean): Term {
    switch (t.t) {
      case 'scalar':
        return t;
      case 'var': {
        if (t.name === '_') return { t: 'var', name: '$_' + this.c.nextId(), loc: t.loc };
        const local = this.lookup(scope, t.name);
        if (local) return { ...t, name: local };
        const g = this.global(t.name, t.loc);
        if (g) return g;
        // not seen at resolution time (e.g. head-only var): make it local
        scope.vars.set(t.name, t.name);
        return t;
      }
      case 'ref': {
        const head = this.resolveTerm(t.head, scope, false);
        const path = t.path.map((p) => this.resolveTerm(p, scope, false));
        if (head.t === 'ref') return { t: 'ref', head: head.head, path: [...head.path, ...path], loc: t.loc };
        return { t: 'ref', head, path, loc: t.loc };
      }
      case 'array':
        return foldConstant({ ...t, items: t.items.map((x) => this.resolveTerm(x, scope, false)) });
      case 'set':
        return foldConstant({ ...t, items: t.items.map((x) => this.resolveTerm(x, scope, false)) });
      case 'object':
        return foldConstant({
          ...t,
          items: t.items.map(([k, v]) => [this.resolveTerm(k, scope, false), this.resolveTerm(v, scope, false)] as [Term, Term]),
        });
      case 'call': {
        const op = this.resolveOp(t.op, t.args.length, t.loc, scope);
        if (this.isRuleCall(op, t.args.length)) return ruleRef(op, t.loc);
        const args = t.args.map((a) => this.resolveTerm(a, scope, false));
        checkCallTypes(op, args, t.loc);
        return { t: 'call', op, args, loc: t.loc };
      }
      case 'acompr':
      case 'scompr':
      case 'ocompr': {
        const inner: Scope = { parent: scope, vars: new Map(), locals: new Set() };
        // vars in the head term are part of the closure's level
        const headExpr: Expr = {
          body: { k: 'term', term: t.t === 'ocompr' ? { t: 'array', items: [t.key, t.value], loc: t.loc } : t.term },
          negated: false,
          withs: [],
          loc: t.loc,
          text: '',
        };
        const body = this.resolveBody([...t.body, headExpr], inner, false);
        const h = (body.pop()!.body as { term: Term }).term;
        let out: Closure;
        if (t.t === 'ocompr') {
          const [k, v]: Term[] =
            h.t === 'scalar' && Array.isArray(h.v)
              ? h.v.map((x) => ({ t: 'scalar' as const, v: x, loc: h.loc }))
              : (h as { items: Term[] }).items;
          out = { t: 'ocompr', key: k, value: v, body, loc: t.loc };
        } else out = { t: t.t, term: h, body, loc: t.loc } as Closure;
        out.locals = inner.locals;
        return out;
      }
    }
  }
}

/** A composite literal of constants becomes one constant (evaluated once, at compile time). */
function foldConstant(t: Term): Term {
  if (t.t === 'array' && t.items.every((x) => x.t === 'scalar'))
    return { t: 'scalar', v: t.items.map((x) => (x as { v: Value }).v), loc: t.loc };
  if (t.t === 'set' && t.items.every((x) => x.t === 'scalar'))
    return { t: 'scalar', v: RSet.from(t.items.map((x) => (x as { v: Value }).v)), loc: t.loc };
  if (t.t === 'object' && t.items.every(([k, v]) => k.t === 'scalar' && v.t === 'scalar')) {
    const o = new RObject();
    for (const [k, v] of t.items) {
      const kv = (k as { v: Value }).v;
      const vv = (v as { v: Value }).v;
      const cur = o.get(kv);
      if (cur !== undefined && !equal(cur, vv)) return t; // duplicate key: leave to evaluation (conflict)
      o.set(kv, vv);
    }
    return { t: 'scalar', v: o, loc: t.loc };
  }
  return t;
}

function termKind(t: Term): string {
  switch (t.t) {
    case 'scalar':
      return typeof t.v === 'string' ? 'string' : t.v === null ? 'null' : typeof t.v === 'boolean' ? 'boolean' : 'number';
    case 'ref':
      return 'ref';
    case 'call':
      return 'call';
    default:
      return t.t;
  }
}

/** The reference `data.a.b` for a resolved rule path `data.a.b`. */
export function ruleRef(path: string, loc: Term['loc']): Term {
  const [, ...keys] = path.split('.');
  return { t: 'ref', head: { t: 'var', name: 'data', loc }, path: keys.map((k) => ({ t: 'scalar' as const, v: k, loc })), loc };
}

export function hasCall(t: Term): boolean {
  if (t.t === 'call') return true;
  if (t.t === 'array' || t.t === 'set') return t.items.some(hasCall);
  if (t.t === 'object') return t.items.some(([, v]) => hasCall(v));
  return false;
}
