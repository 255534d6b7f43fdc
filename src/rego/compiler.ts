/**
 * The Rego compiler: modules into the rule tree (complete, partial set, partial object / ref-head,
 * function, default, else), METADATA annotations, conflicts and recursion (`rego_recursion_error`).
 * Its stages live beside it: name resolution (resolve.ts), safety with body reordering and the
 * rewrite of negated operands (safety.ts, as OPA's ast/compile.go checkSafetyRuleBodies and
 * rewriteDynamics), the type check of literal operands (typecheck.ts).
 */
import type { Expr, ExprBody, Module, Rule, Term } from './ast.js';
import { errAt, RegoErrors, type RegoError } from './errors.js';
import { parseModule, parseQuery } from './parser.js';
import type { RegoModuleSource } from './types.js';
import { fromJSONValue, RObject, RSet, type Value } from './value.js';
import { Resolver, hasCall, type Scope } from './resolve.js';
import { Safety } from './safety.js';
import { allVars, patternVarNames, refOutVars, displayVar } from './vars.js';

/** A rule after compilation, attached to the node of its ground path prefix. */
export interface CRule {
  /** full ground path from the data root (without `data`) */
  path: string[];
  /** the non-ground rest of the head reference (partial object / ref heads) */
  dyn: Term[];
  kind: 'complete' | 'set' | 'func';
  args?: Term[];
  key?: Term;
  value: Term;
  body: Expr[];
  isDefault: boolean;
  elseRule?: CRule;
  rule: Rule;
  pkg: string[];
}

/** A node of the virtual document tree. */
export class Node {
  children = new Map<string, Node>();
  complete: CRule[] = [];
  defaultRule: CRule | undefined;
  sets: CRule[] = [];
  funcs: CRule[] = [];
  dyn: CRule[] = [];
  constructor(readonly path: string[]) {}
  child(k: string): Node {
    let c = this.children.get(k);
    if (!c) {
      c = new Node([...this.path, k]);
      this.children.set(k, c);
    }
    return c;
  }
  hasRules(): boolean {
    return this.complete.length > 0 || !!this.defaultRule || this.sets.length > 0 || this.funcs.length > 0;
  }
}

export interface CompiledPolicy {
  packages(): string[];
  root: Node;
  modules: Module[];
  rules: CRule[];
  funcArity: Map<string, number>;
  /** ground paths (`data.` joined) of every rule */
  rulePaths: Set<string>;
}

/** Compiles modules into a rule tree. */
export class Compiler {
  errors: RegoError[] = [];
  /** counter for generated var names, per compilation (each query compiles with its own) */
  private gensym = 0;
  /** A fresh number for a generated var name. */
  nextId(): number {
    return ++this.gensym;
  }
  root = new Node([]);
  rules: CRule[] = [];
  funcArity = new Map<string, number>();
  /** package path joined -> set of rule names (first head ref element) */
  pkgRules = new Map<string, Set<string>>();
  pkgAnn = new Map<string, RObject>();
  /** ground paths (`data.` joined) of every rule, for `f()` calls of rules without arguments */
  rulePaths = new Set<string>();
  docAnn = new Map<string, RObject>();

  /** rego.metadata.rule() and rego.metadata.chain() for a rule, computed at compile time (as OPA). */
  metadataFor(m: Module, r: Rule): { rule: Value; chain: Value } {
    const path = [...m.pkg, ...headGroundPath(r)];
    const own = r.annotations && (r.annotations.scope ?? 'rule') === 'rule' ? normAnnotations(r.annotations, 'rule') : undefined;
    const doc = this.docAnn.get(path.join('.'));
    const chain: Value[] = [];
    chain.push(RObject.from([...(own ? [['annotations', own] as [Value, Value]] : []), ['path', path]]));
    if (doc)
      chain.push(
        RObject.from([
          ['annotations', doc],
          ['path', path],
        ]),
      );
    for (let i = m.pkg.length; i >= 1; i--) {
      const a = this.pkgAnn.get(m.pkg.slice(0, i).join('.'));
      if (!a) continue;
      if (i < m.pkg.length && a.get('scope') !== 'subpackages') continue;
      chain.push(
        RObject.from([
          ['annotations', a],
          ['path', m.pkg.slice(0, i)],
        ]),
      );
    }
    return { rule: own ?? doc ?? new RObject(), chain };
  }

  compileModules(sources: RegoModuleSource[], opts: { v0?: boolean } = {}): CompiledPolicy {
    const modules: Module[] = [];
    const parseErrors: RegoError[] = [];
    for (const s of sources) {
      try {
        modules.push(parseModule(s.path, s.text, opts));
      } catch (e) {
        if (e instanceof RegoErrors) parseErrors.push(...e.errors);
        else throw e;
      }
    }
    if (parseErrors.length) throw new RegoErrors(parseErrors);
    // `f() := 7` declares no arguments: OPA makes it a rule with a value (a function needs at least
    // one argument; ast.Rule.Head.Args empty), so `v := f` and `data.pkg` see it (OPA #6315, #2165)
    for (const m of modules) {
      for (const r0 of m.rules)
        for (let r: Rule | undefined = r0; r; r = r.elseRule) if (r.head.args?.length === 0) r.head.args = undefined;
    }
    // pass 1: names and function arities
    for (const m of modules) {
      const key = m.pkg.join('.');
      let names = this.pkgRules.get(key);
      if (!names) this.pkgRules.set(key, (names = new Set()));
      for (const r of m.rules) {
        const name = (r.head.ref[0] as { name: string }).name;
        names.add(name);
        this.rulePaths.add(['data', ...m.pkg, ...headGroundPath(r)].join('.'));
        if (r.head.args) {
          const p = ['data', ...m.pkg, ...headGroundPath(r)].join('.');
          const prev = this.funcArity.get(p);
          if (prev !== undefined && prev !== r.head.args.length) {
            this.errors.push(errAt('rego_type_error', `function ${p} has arity ${prev}, got ${r.head.args.length}`, r.loc));
          }
          this.funcArity.set(p, r.head.args.length);
        }
      }
    }
    // METADATA annotations: package (and subpackages) scope, document scope per rule path
    for (const m of modules) {
      const key = m.pkg.join('.');
      if (m.annotations && !this.pkgAnn.has(key)) this.pkgAnn.set(key, normAnnotations(m.annotations, 'package'));
      for (const r of m.rules) {
        if (r.annotations && r.annotations.scope === 'document') {
          const k = [...m.pkg, ...headGroundPath(r)].join('.');
          if (!this.docAnn.has(k)) this.docAnn.set(k, normAnnotations(r.annotations, 'document'));
        }
      }
    }
    // every package is a document (an empty object when it has no rules)
    for (const m of modules) {
      let n = this.root;
      for (const k of m.pkg) n = n.child(k);
    }
    // pass 2: rules
    for (const m of modules) {
      for (const r of m.rules) {
        try {
          const cr = this.compileRule(m, r);
          if (cr) this.attach(cr);
        } catch (e) {
          if (e instanceof RegoErrors) this.errors.push(...e.errors);
          else throw e;
        }
      }
    }
    if (this.errors.length === 0) this.checkConflicts();
    if (this.errors.length === 0) this.checkRecursion();
    if (this.errors.length) throw new RegoErrors(dedupe(this.errors));
    const pkgs = [...new Set(modules.map((m) => m.pkg.join('.')))].sort();
    return { packages: () => pkgs, root: this.root, modules, rules: this.rules, funcArity: this.funcArity, rulePaths: this.rulePaths };
  }

  attach(cr: CRule): void {
    let n = this.root;
    for (const k of cr.path) n = n.child(k);
    if (cr.kind === 'func') n.funcs.push(cr);
    else if (cr.dyn.length > 0) n.dyn.push(cr);
    else if (cr.kind === 'set') n.sets.push(cr);
    else if (cr.isDefault) {
      if (n.defaultRule)
        this.errors.push(errAt('rego_type_error', `multiple default rules ${['data', ...cr.path].join('.')} found`, cr.rule.loc));
      n.defaultRule = cr;
    } else n.complete.push(cr);
    this.rules.push(cr);
  }

  checkConflicts(): void {
    const walk = (n: Node): void => {
      const kinds = [n.complete.length || n.defaultRule ? 'complete' : '', n.sets.length ? 'set' : '', n.funcs.length ? 'func' : ''].filter(
        Boolean,
      );
      if (kinds.length > 1) {
        const r = (n.complete[0] ?? n.sets[0] ?? n.funcs[0] ?? n.defaultRule)!;
        this.errors.push(errAt('rego_type_error', `conflicting rules data.${n.path.join('.')} found`, r.rule.loc));
      }
      if (n.hasRules() && n.children.size > 0) {
        const r = (n.complete[0] ?? n.sets[0] ?? n.funcs[0] ?? n.defaultRule)!;
        this.errors.push(
          errAt(
            'rego_type_error',
            `rule data.${n.path.join('.')} conflicts with [${[...n.children.keys()].map((k) => `data.${[...n.path, k].join('.')}`).join(' ')}]`,
            r.rule.loc,
          ),
        );
      }
      for (const c of n.children.values()) walk(c);
    };
    walk(this.root);
  }

  // ---------------- rules ----------------
  compileRule(m: Module, r: Rule, parentScope?: { scope: Scope; cr: CRule }): CRule {
    const pkg = ['data', ...m.pkg];
    const ground = headGroundPath(r);
    const refRest = r.head.ref.slice(1 + ground.length - 1);
    const dyn = refRest.slice(0).filter((_, i) => i >= 0);
    void dyn;
    const groundLen = ground.length; // includes rule name
    const dynTerms = r.head.ref.slice(groundLen);
    let kind: CRule['kind'] = 'complete';
    if (r.head.args) kind = 'func';
    else if (r.head.key) kind = 'set';
    // value defaults to true
    const value: Term = r.head.value ?? { t: 'scalar', v: true, loc: r.loc };
    if (kind === 'set' && r.head.value) throw new RegoErrors([errAt('rego_parse_error', 'contains rules cannot have a value', r.loc)]);
    if (r.isDefault && (dynTerms.length || kind === 'set')) {
      throw new RegoErrors([errAt('rego_type_error', 'default rules must have a ground head reference', r.loc)]);
    }
    const scope: Scope = parentScope ? parentScope.scope : { vars: new Map(), locals: new Set() };
    const ctx = new Resolver(this, m);
    const safety = new Safety(this, m);
    // calls in argument terms (e.g. template strings) are computed by the body and unified with
    // the argument, as OPA's rewriteExprTermsInHead does
    if (r.head.args?.some(hasCall)) {
      const extra: Expr[] = [];
      const lift = (t: Term): Term => {
        if (t.t === 'call') {
          const v: Term = { t: 'var', name: `$_a${this.nextId()}`, loc: t.loc };
          extra.push({ body: { k: 'call', op: 'eq', args: [v, t] }, negated: false, withs: [], loc: t.loc, text: '' });
          return v;
        }
        if (t.t === 'array' || t.t === 'set') return { ...t, items: t.items.map(lift) };
        if (t.t === 'object') return { ...t, items: t.items.map(([k, v]) => [k, lift(v)] as [Term, Term]) };
        return t;
      };
      r = { ...r, head: { ...r.head, args: r.head.args.map(lift) }, body: [...r.body, ...extra] };
    }
    // declare function args
    if (r.head.args && !parentScope) {
      for (const a of r.head.args) for (const v of patternVarNames(a)) ctx.declare(scope, v);
    }
    const args = r.head.args?.map((a) => ctx.resolveTerm(a, scope, true));
    let body = ctx.resolveBody(r.body, scope, true);
    if (usesMetadata(r)) {
      const meta = this.metadataFor(m, r);
      body = body.map((e) => replaceMetaExpr(e, meta));
    }
    const dynResolved0 = dynTerms.map((t) => ctx.resolveTerm(t, scope, false));
    const keyResolved0 = r.head.key ? ctx.resolveTerm(r.head.key, scope, false) : undefined;
    let valueResolved = ctx.resolveTerm(value, scope, false);
    if (usesMetadata(r)) valueResolved = replaceMetaTerm(valueResolved, this.metadataFor(m, r));
    // safety
    const bound = new Set<string>();
    if (args) for (const a of args) for (const v of allVars(a)) bound.add(v);
    body = safety.reorder(body, bound);
    // closures in the head (comprehensions) are ordered and rewritten like those of the body
    const dynResolved = dynResolved0.map((t) => safety.reorderTerm(t, bound));
    const keyResolved = keyResolved0 && safety.reorderTerm(keyResolved0, bound);
    valueResolved = safety.reorderTerm(valueResolved, bound);
    const headVars = new Set<string>();
    for (const t of [...dynResolved, ...(keyResolved ? [keyResolved] : []), valueResolved]) {
      const outs = new Set<string>();
      refOutVars(t, outs);
      for (const v of allVars(t)) if (!outs.has(v)) headVars.add(v);
    }
    for (const v of headVars) {
      if (!bound.has(v)) throw new RegoErrors([errAt('rego_unsafe_var_error', `var ${displayVar(v)} is unsafe`, r.loc)]);
    }
    const cr: CRule = {
      path: [...pkg.slice(1), ...ground],
      dyn: dynResolved,
      kind,
      args,
      key: keyResolved,
      value: valueResolved,
      body,
      isDefault: r.isDefault,
      rule: r,
      pkg: m.pkg,
    };
    if (r.elseRule) {
      const e = r.elseRule;
      const er = this.compileRule(m, { ...e, head: { ...e.head, ref: r.head.ref, args: r.head.args } }, args ? undefined : undefined);
      cr.elseRule = er;
    }
    return cr;
  }

  checkRecursion(): void {
    // dependency graph between rule paths (by node) via data refs and function calls
    const key = (p: string[]): string => p.join('.');
    const graph = new Map<string, Set<string>>();
    const nodesByKey = new Map<string, CRule[]>();
    for (const r of this.rules) {
      const k = key(r.path);
      if (!nodesByKey.has(k)) nodesByKey.set(k, []);
      nodesByKey.get(k)!.push(r);
    }
    const ruleKeys = [...nodesByKey.keys()];
    for (const r of this.rules) {
      const k = key(r.path);
      let deps = graph.get(k);
      if (!deps) graph.set(k, (deps = new Set()));
      const visitRule = (cr: CRule): void => {
        const refs: string[][] = [];
        collectDataRefs(cr.body, refs);
        for (const t of [cr.value, cr.key, ...cr.dyn, ...(cr.args ?? [])]) if (t) collectTermDataRefs(t, refs);
        for (const p of refs) {
          const pk = key(p);
          for (const rk of ruleKeys) {
            if (pk === '') continue;
            if (rk === pk || rk.startsWith(pk + '.') || pk.startsWith(rk + '.')) deps!.add(rk);
          }
        }
        if (cr.elseRule) visitRule(cr.elseRule);
      };
      visitRule(r);
    }
    // DFS cycle detection
    const state = new Map<string, number>();
    const stack: string[] = [];
    const reported = new Set<string>();
    const dfs = (n: string): void => {
      state.set(n, 1);
      stack.push(n);
      for (const d of graph.get(n) ?? []) {
        const s = state.get(d) ?? 0;
        if (s === 1) {
          const cyc = stack.slice(stack.indexOf(d));
          if (!reported.has(d)) {
            reported.add(d);
            const r = nodesByKey.get(d)![0];
            const chain = [...cyc, d].map((x) => `data.${x}`).join(' -> ');
            this.errors.push(errAt('rego_recursion_error', `rule data.${d} is recursive: ${chain}`, r.rule.loc));
          }
        } else if (s === 0) dfs(d);
      }
      stack.pop();
      state.set(n, 2);
    };
    for (const n of graph.keys()) if (!state.get(n)) dfs(n);
  }
}

function dedupe(errs: RegoError[]): RegoError[] {
  const seen = new Set<string>();
  return errs.filter((e) => {
    const k = JSON.stringify(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Annotations as a value: `scope` set, `authors` / `organizations` strings normalised as OPA. */
function normAnnotations(a: Record<string, unknown>, scope: string): RObject {
  const o = RObject.from(Object.entries(a).map(([k, v]) => [k, fromJSONValue(v)] as [Value, Value]));
  if (!o.has('scope')) o.set('scope', scope);
  const authors = a.authors;
  if (authors !== undefined) {
    const list = Array.isArray(authors) ? authors : [authors];
    o.set(
      'authors',
      list.map((x) => {
        if (typeof x !== 'string') return fromJSONValue(x);
        const mm = /^(.*?)\s*<([^>]+)>\s*$/.exec(x);
        return mm
          ? RObject.from(
              mm[1]
                ? [
                    ['name', mm[1]],
                    ['email', mm[2]],
                  ]
                : [['email', mm[2]]],
            )
          : RObject.from([['name', x]]);
      }),
    );
  }
  return o;
}

function usesMetadata(r: Rule): boolean {
  return JSON.stringify(r, (k, v) =>
    k === 'module' ? undefined : typeof v === 'bigint' ? 0 : v instanceof RObject || v instanceof RSet ? 0 : v,
  ).includes('rego.metadata.');
}

function replaceMetaTerm(t: Term, meta: { rule: Value; chain: Value }): Term {
  switch (t.t) {
    case 'call':
      if (t.op === 'rego.metadata.rule' && t.args.length === 0) return { t: 'scalar', v: meta.rule, loc: t.loc };
      if (t.op === 'rego.metadata.chain' && t.args.length === 0) return { t: 'scalar', v: meta.chain, loc: t.loc };
      return { ...t, args: t.args.map((a) => replaceMetaTerm(a, meta)) };
    case 'ref':
      return { ...t, head: replaceMetaTerm(t.head, meta), path: t.path.map((a) => replaceMetaTerm(a, meta)) };
    case 'array':
    case 'set':
      return { ...t, items: t.items.map((a) => replaceMetaTerm(a, meta)) } as Term;
    case 'object':
      return { ...t, items: t.items.map(([k, v]) => [replaceMetaTerm(k, meta), replaceMetaTerm(v, meta)] as [Term, Term]) };
    case 'acompr':
    case 'scompr':
      return { ...t, term: replaceMetaTerm(t.term, meta), body: t.body.map((e) => replaceMetaExpr(e, meta)) };
    case 'ocompr':
      return {
        ...t,
        key: replaceMetaTerm(t.key, meta),
        value: replaceMetaTerm(t.value, meta),
        body: t.body.map((e) => replaceMetaExpr(e, meta)),
      };
    default:
      return t;
  }
}

function replaceMetaExpr(e: Expr, meta: { rule: Value; chain: Value }): Expr {
  const b = e.body;
  let nb: ExprBody = b;
  if (b.k === 'call' && (b.op === 'rego.metadata.rule' || b.op === 'rego.metadata.chain') && b.args.length === 1) {
    nb = { k: 'call', op: 'eq', args: [b.args[0], { t: 'scalar', v: b.op === 'rego.metadata.rule' ? meta.rule : meta.chain, loc: e.loc }] };
  } else if (b.k === 'call') nb = { ...b, args: b.args.map((a) => replaceMetaTerm(a, meta)) };
  else if (b.k === 'term') nb = { k: 'term', term: replaceMetaTerm(b.term, meta) };
  else if (b.k === 'somein') nb = { ...b, coll: replaceMetaTerm(b.coll, meta) };
  else if (b.k === 'every') nb = { ...b, domain: replaceMetaTerm(b.domain, meta), body: b.body.map((x) => replaceMetaExpr(x, meta)) };
  return { ...e, body: nb, withs: e.withs.map((w) => ({ ...w, value: replaceMetaTerm(w.value, meta) })) };
}

/** The ground (string) prefix of a rule head ref, starting with the rule name. */
function headGroundPath(r: Rule): string[] {
  const out = [(r.head.ref[0] as { name: string }).name];
  for (const t of r.head.ref.slice(1)) {
    if (t.t === 'scalar' && typeof t.v === 'string') out.push(t.v);
    else break;
  }
  // v1: `p.q.r contains x` / complete rules: whole ground ref is the path.
  // A partial object `p[k] := v` keeps p as the path; dynamic keys follow.
  return out;
}

function collectDataRefs(body: Expr[], out: string[][]): void {
  for (const e of body) {
    const b = e.body;
    const terms: Term[] = [];
    switch (b.k) {
      case 'term':
        terms.push(b.term);
        break;
      case 'call':
        terms.push(...b.args);
        if (b.op.startsWith('data.')) out.push(b.op.split('.').slice(1));
        break;
      case 'somein':
        terms.push(b.coll, b.value, ...(b.key ? [b.key] : []));
        break;
      case 'every':
        terms.push(b.domain);
        collectDataRefs(b.body, out);
        break;
      case 'some':
        break;
    }
    for (const w of e.withs) terms.push(w.value);
    for (const t of terms) collectTermDataRefs(t, out);
  }
}

function collectTermDataRefs(t: Term, out: string[][]): void {
  switch (t.t) {
    case 'ref':
      if (t.head.t === 'var' && t.head.name === 'data') {
        const p: string[] = [];
        for (const x of t.path) {
          if (x.t === 'scalar' && typeof x.v === 'string') p.push(x.v);
          else break;
        }
        out.push(p);
      } else collectTermDataRefs(t.head, out);
      for (const x of t.path) collectTermDataRefs(x, out);
      return;
    case 'var':
      if (t.name === 'data') out.push([]);
      return;
    case 'array':
    case 'set':
      for (const x of t.items) collectTermDataRefs(x, out);
      return;
    case 'object':
      for (const [k, v] of t.items) {
        collectTermDataRefs(k, out);
        collectTermDataRefs(v, out);
      }
      return;
    case 'acompr':
    case 'scompr':
      collectTermDataRefs(t.term, out);
      collectDataRefs(t.body, out);
      return;
    case 'ocompr':
      collectTermDataRefs(t.key, out);
      collectTermDataRefs(t.value, out);
      collectDataRefs(t.body, out);
      return;
    case 'call':
      if (t.op.startsWith('data.')) out.push(t.op.split('.').slice(1));
      for (const a of t.args) collectTermDataRefs(a, out);
      return;
    default:
      return;
  }
}

/** Compiles a query against a compiled policy: returns the reordered body and its user-visible vars. */
export function compileQuery(c: CompiledPolicy, query: string): { body: Expr[]; vars: string[] } {
  const parsed = parseQuery(query);
  const comp = new Compiler();
  comp.funcArity = c.funcArity;
  comp.rulePaths = c.rulePaths;
  const r = new Resolver(comp, undefined);
  const scope: Scope = { vars: new Map(), locals: new Set() };
  const body = r.resolveBody(parsed, scope, true);
  const vars: string[] = [];
  for (const [name, unique] of scope.vars) if (name === unique && !name.startsWith('$')) vars.push(name);
  const bound = new Set<string>();
  const ordered = new Safety(comp, undefined).reorder(body, bound);
  return { body: ordered, vars };
}
