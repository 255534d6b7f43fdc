/**
 * The Rego compiler: name resolution (package rules, imports, `input`/`data`), local variable
 * scoping (`some`, `:=`, comprehensions, `every`, wildcards), safety analysis with body reordering
 * as OPA does (ast/compile.go "checkSafetyRuleBodies", "reorderBodyForSafety"), undefined
 * function and arity checks, and recursion detection.
 */
import type { Expr, ExprBody, Module, Rule, Term } from './ast.js';
import { RegoErrors, type RegoError } from './errors.js';
import { parseModule, parseQuery } from './parser.js';
import { builtinArity, DEPRECATED_NAMES, isKnownOpaBuiltin } from './builtins/index.js';
import type { RegoModuleSource } from './types.js';
import { equal, fromJSONValue, RObject, RSet, typeName, type Value } from './value.js';

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

const ROOTS = new Set(['data', 'input']);

interface Scope {
  parent?: Scope;
  /** `:=` vars not yet declared at the current expression (closures must not see them) */
  hidden?: Set<string>;
  /** original name -> unique name */
  vars: Map<string, string>;
  locals: Set<string>;
}

function err(code: string, message: string, loc?: { file: string; row: number; col: number }): RegoError {
  return { code, message, ...(loc ? { location: loc } : {}) };
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
    if (doc) chain.push(RObject.from([['annotations', doc], ['path', path]]));
    for (let i = m.pkg.length; i >= 1; i--) {
      const a = this.pkgAnn.get(m.pkg.slice(0, i).join('.'));
      if (!a) continue;
      if (i < m.pkg.length && a.get('scope') !== 'subpackages') continue;
      chain.push(RObject.from([['annotations', a], ['path', m.pkg.slice(0, i)]]));
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
      for (const r0 of m.rules) for (let r: Rule | undefined = r0; r; r = r.elseRule) if (r.head.args?.length === 0) r.head.args = undefined;
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
            this.errors.push(err('rego_type_error', `function ${p} has arity ${prev}, got ${r.head.args.length}`, r.loc));
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
      if (n.defaultRule) this.errors.push(err('rego_type_error', `multiple default rules ${['data', ...cr.path].join('.')} found`, cr.rule.loc));
      n.defaultRule = cr;
    } else n.complete.push(cr);
    this.rules.push(cr);
  }

  checkConflicts(): void {
    const walk = (n: Node): void => {
      const kinds = [n.complete.length || n.defaultRule ? 'complete' : '', n.sets.length ? 'set' : '', n.funcs.length ? 'func' : ''].filter(Boolean);
      if (kinds.length > 1) {
        const r = (n.complete[0] ?? n.sets[0] ?? n.funcs[0] ?? n.defaultRule)!;
        this.errors.push(err('rego_type_error', `conflicting rules data.${n.path.join('.')} found`, r.rule.loc));
      }
      if ((n.hasRules()) && n.children.size > 0) {
        const r = (n.complete[0] ?? n.sets[0] ?? n.funcs[0] ?? n.defaultRule)!;
        this.errors.push(err('rego_type_error', `rule data.${n.path.join('.')} conflicts with [${[...n.children.keys()].map((k) => `data.${[...n.path, k].join('.')}`).join(' ')}]`, r.rule.loc));
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
    if (kind === 'set' && r.head.value) throw new RegoErrors([err('rego_parse_error', 'contains rules cannot have a value', r.loc)]);
    if (r.isDefault && (dynTerms.length || kind === 'set')) {
      throw new RegoErrors([err('rego_type_error', 'default rules must have a ground head reference', r.loc)]);
    }
    const scope: Scope = parentScope ? parentScope.scope : { vars: new Map(), locals: new Set() };
    const ctx = new Resolver(this, m);
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
    body = ctx.reorder(body, bound);
    // closures in the head (comprehensions) are ordered and rewritten like those of the body
    const dynResolved = dynResolved0.map((t) => ctx.reorderTerm(t, bound));
    const keyResolved = keyResolved0 && ctx.reorderTerm(keyResolved0, bound);
    valueResolved = ctx.reorderTerm(valueResolved, bound);
    const headVars = new Set<string>();
    for (const t of [...dynResolved, ...(keyResolved ? [keyResolved] : []), valueResolved]) {
      const outs = new Set<string>();
      refOutVars(t, outs);
      for (const v of allVars(t)) if (!outs.has(v)) headVars.add(v);
    }
    for (const v of headVars) {
      if (!bound.has(v)) throw new RegoErrors([err('rego_unsafe_var_error', `var ${displayVar(v)} is unsafe`, r.loc)]);
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
            this.errors.push(err('rego_recursion_error', `rule data.${d} is recursive: ${chain}`, r.rule.loc));
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
        return mm ? RObject.from(mm[1] ? [['name', mm[1]], ['email', mm[2]]] : [['email', mm[2]]]) : RObject.from([['name', x]]);
      }),
    );
  }
  return o;
}

function usesMetadata(r: Rule): boolean {
  return JSON.stringify(r, (k, v) => (k === 'module' ? undefined : typeof v === 'bigint' ? 0 : v instanceof RObject || v instanceof RSet ? 0 : v)).includes('rego.metadata.');
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
      return { ...t, key: replaceMetaTerm(t.key, meta), value: replaceMetaTerm(t.value, meta), body: t.body.map((e) => replaceMetaExpr(e, meta)) };
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

/** A composite literal of constants becomes one constant (evaluated once, at compile time). */
function foldConstant(t: Term): Term {
  if (t.t === 'array' && t.items.every((x) => x.t === 'scalar')) return { t: 'scalar', v: t.items.map((x) => (x as { v: Value }).v), loc: t.loc };
  if (t.t === 'set' && t.items.every((x) => x.t === 'scalar')) return { t: 'scalar', v: RSet.from(t.items.map((x) => (x as { v: Value }).v)), loc: t.loc };
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

/** Display name of a (possibly renamed) var: `x$3` -> `x`, `$_1` -> `_`. */
export function displayVar(v: string): string {
  if (v.startsWith('$_')) return '_';
  const i = v.indexOf('$');
  return i > 0 ? v.slice(0, i) : v;
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

/** Var names appearing in pattern positions (vars, array items, object values). */
function patternVarNames(t: Term): string[] {
  switch (t.t) {
    case 'var':
      return [t.name];
    case 'array':
      return t.items.flatMap(patternVarNames);
    case 'object':
      return t.items.flatMap(([, v]) => patternVarNames(v));
    default:
      return [];
  }
}

/** All var names in a term, including free vars of closures (after resolution). */
export function allVars(t: Term, out: string[] = []): string[] {
  switch (t.t) {
    case 'var':
      if (!ROOTS.has(t.name)) out.push(t.name);
      break;
    case 'ref':
      allVars(t.head, out);
      for (const p of t.path) allVars(p, out);
      break;
    case 'array':
    case 'set':
      for (const x of t.items) allVars(x, out);
      break;
    case 'object':
      for (const [k, v] of t.items) {
        allVars(k, out);
        allVars(v, out);
      }
      break;
    case 'call':
      for (const a of t.args) allVars(a, out);
      break;
    case 'acompr':
    case 'scompr':
    case 'ocompr':
      for (const v of closureFree(t)) out.push(v);
      break;
  }
  return out;
}

type Closure = Extract<Term, { t: 'acompr' | 'scompr' | 'ocompr' }> & { locals?: Set<string> };

function closureFree(t: Closure): string[] {
  const inner: string[] = [];
  if (t.t === 'ocompr') {
    allVars(t.key, inner);
    allVars(t.value, inner);
  } else allVars(t.term, inner);
  for (const e of t.body) exprVars(e, inner);
  const locals = t.locals ?? new Set();
  return inner.filter((v) => !locals.has(v) && !v.startsWith('$_'));
}

function exprVars(e: Expr, out: string[]): void {
  const b = e.body;
  switch (b.k) {
    case 'term':
      allVars(b.term, out);
      break;
    case 'call':
      for (const a of b.args) allVars(a, out);
      break;
    case 'some':
      break;
    case 'somein':
      allVars(b.coll, out);
      allVars(b.value, out);
      if (b.key) allVars(b.key, out);
      break;
    case 'every': {
      allVars(b.domain, out);
      const inner: string[] = [];
      for (const x of b.body) exprVars(x, inner);
      const locals = (b as { locals?: Set<string> }).locals ?? new Set();
      for (const v of inner) if (!locals.has(v) && !v.startsWith('$_')) out.push(v);
      break;
    }
  }
  for (const w of e.withs) allVars(w.value, out);
}

/** Vars that a term can bind by iteration: vars inside ref paths (and nested). */
function refOutVars(t: Term, out: Set<string>): void {
  switch (t.t) {
    case 'ref':
      for (const p of t.path) {
        for (const v of patternVarNames(p)) out.add(v);
        refOutVars(p, out);
      }
      refOutVars(t.head, out);
      break;
    case 'array':
    case 'set':
      for (const x of t.items) refOutVars(x, out);
      break;
    case 'object':
      for (const [k, v] of t.items) {
        refOutVars(k, out);
        refOutVars(v, out);
      }
      break;
    case 'call':
      for (const a of t.args) refOutVars(a, out);
      break;
  }
}

/** Resolves names and scopes within one module's rules. */
class Resolver {
  private notBody: boolean | undefined;
  constructor(
    readonly c: Compiler,
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
          throw new RegoErrors([err('rego_parse_error', 'cannot assign to ' + termKind(lhs), e.loc)]);
        }
        for (const v of patternVarNames(lhs)) {
          if (v !== '_' && scope.vars.has(v) && scope.locals.has(scope.vars.get(v)!)) {
            throw new RegoErrors([err('rego_compile_error', `var ${v} assigned above`, e.loc)]);
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
      if (e.body.k === 'call' && e.body.op === 'assign') for (const v of patternVarNames(e.body.args[0])) if (!declAt.has(v)) declAt.set(v, i);
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
    const withs = e.withs.map((w) => ({ ...w, target: this.resolveWithTarget(w.target, scope), value: this.resolveWithValue(w.value, scope) }));
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
        if (nargs >= 0) throw new RegoErrors([err('rego_type_error', `undefined function ${full}`, loc)]);
      } else if (nargs >= 0 && nargs !== arity && nargs !== arity + 1) {
        throw new RegoErrors([err('rego_type_error', `${full}: arity mismatch\n\thave: ${nargs} argument(s)\n\twant: ${arity} argument(s)`, loc)]);
      }
      return full;
    }
    // OPA's v1 capabilities leave the deprecated builtins out: v0 modules only
    if (DEPRECATED_NAMES.has(op) && !this.m?.v0) throw new RegoErrors([err('rego_type_error', `undefined function ${op}`, loc)]);
    const arity = builtinArity(op);
    if (arity === undefined) {
      if (isKnownOpaBuiltin(op)) throw new RegoErrors([err('rego_type_error', `unsupported builtin: ${op} is an OPA builtin this engine does not implement`, loc)]);
      throw new RegoErrors([err('rego_type_error', `undefined function ${op}`, loc)]);
    }
    if (nargs >= 0 && arity >= 0 && nargs !== arity && nargs !== arity + 1) {
      throw new RegoErrors([err('rego_type_error', `${nargs > arity + 1 ? 'too many arguments' : 'too few arguments'}: ${op}`, loc)]);
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
        return foldConstant({ ...t, items: t.items.map(([k, v]) => [this.resolveTerm(k, scope, false), this.resolveTerm(v, scope, false)] as [Term, Term]) });
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
            h.t === 'scalar' && Array.isArray(h.v) ? h.v.map((x) => ({ t: 'scalar' as const, v: x, loc: h.loc })) : (h as { items: Term[] }).items;
          out = { t: 'ocompr', key: k, value: v, body, loc: t.loc };
        } else out = { t: t.t, term: h, body, loc: t.loc } as Closure;
        out.locals = inner.locals;
        return out;
      }
    }
  }

  // ---------------- safety ----------------
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
              errs.push(err('rego_unsafe_var_error', `var ${displayVar(v)} is unsafe`, varLoc(e, v) ?? e.loc));
            }
          }
        }
        if (errs.length === 0) errs.push(err('rego_unsafe_var_error', 'unsafe expression', pending[0].loc));
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
          for (const h of head) for (const v of allVars(h)) if (!b.has(v)) throw new RegoErrors([err('rego_unsafe_var_error', `var ${displayVar(v)} is unsafe`, h.loc)]);
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
            if (!(sameShape(l, r))) ready = false;
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
      extra.push({ body: { k: 'call', op: 'eq', args: [v, t] }, negated: false, withs: e.withs, loc: t.loc, text: e.text, generated: true });
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

function hasCall(t: Term): boolean {
  if (t.t === 'call') return true;
  if (t.t === 'array' || t.t === 'set') return t.items.some(hasCall);
  if (t.t === 'object') return t.items.some(([, v]) => hasCall(v));
  return false;
}

/** The reference `data.a.b` for a resolved rule path `data.a.b`. */
function ruleRef(path: string, loc: Term['loc']): Term {
  const [, ...keys] = path.split('.');
  return { t: 'ref', head: { t: 'var', name: 'data', loc }, path: keys.map((k) => ({ t: 'scalar' as const, v: k, loc })), loc };
}

function refOutOnly(t: Term, v: string): boolean {
  const s = new Set<string>();
  refOutVars(t, s);
  return s.has(v);
}

function sameShape(a: Term, b: Term): boolean {
  if (a.t === 'array' && b.t === 'array') return a.items.length === b.items.length;
  if (a.t === 'object' && b.t === 'object') return a.items.length === b.items.length;
  return false;
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

/**
 * Operand types of common builtins (OPA's builtin signatures, ast/builtins.go), checked at compile
 * time against literal arguments: a call such as `1 + "a"` or `count(5)` is a rego_type_error,
 * as OPA's type checker reports it. Arguments whose type is only known at run time are not checked.
 */
const SIGS: Record<string, string[][]> = {
  plus: [['number'], ['number']],
  minus: [['number', 'set'], ['number', 'set']],
  mul: [['number'], ['number']],
  div: [['number'], ['number']],
  rem: [['number'], ['number']],
  abs: [['number']],
  round: [['number']],
  ceil: [['number']],
  floor: [['number']],
  count: [['array', 'object', 'set', 'string']],
  sum: [['array', 'set']],
  product: [['array', 'set']],
  max: [['array', 'set']],
  min: [['array', 'set']],
  sort: [['array', 'set']],
  and: [['set'], ['set']],
  or: [['set'], ['set']],
  concat: [['string'], ['array', 'set']],
  contains: [['string'], ['string']],
  startswith: [['string'], ['string']],
  endswith: [['string'], ['string']],
  lower: [['string']],
  upper: [['string']],
  split: [['string'], ['string']],
  replace: [['string'], ['string'], ['string']],
  sprintf: [['string'], ['array']],
  substring: [['string'], ['number'], ['number']],
  trim: [['string'], ['string']],
  trim_space: [['string']],
  indexof: [['string'], ['string']],
  'regex.match': [['string'], ['string']],
  'glob.match': [['string'], ['array', 'null'], ['string']],
  'object.get': [['object']],
  'object.keys': [['object']],
  'array.concat': [['array'], ['array']],
  'array.slice': [['array'], ['number'], ['number']],
  'json.unmarshal': [['string']],
  'base64.decode': [['string']],
  'base64.encode': [['string']],
};

function literalType(t: Term): string | undefined {
  switch (t.t) {
    case 'scalar':
      return typeName(t.v);
    case 'array':
    case 'acompr':
      return 'array';
    case 'set':
    case 'scompr':
      return 'set';
    case 'object':
    case 'ocompr':
      return 'object';
    default:
      return undefined;
  }
}

function checkCallTypes(op: string, args: Term[], loc: Term['loc']): void {
  const sig = SIGS[op];
  if (!sig) return;
  const have = args.slice(0, sig.length).map((a) => literalType(a));
  const bad = have.findIndex((t, i) => t !== undefined && !sig[i].includes(t));
  if (bad < 0) return;
  const fmt = (ts: string[]): string => (ts.length === 1 ? ts[0] : `any<${ts.join(', ')}>`);
  throw new RegoErrors([
    err(
      'rego_type_error',
      `${op}: invalid argument(s)\n\thave: (${have.map((t) => t ?? 'any').join(', ')})\n\twant: (${sig.map(fmt).join(', ')})`,
      args[bad].loc ?? loc,
    ),
  ]);
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
  const ordered = r.reorder(body, bound);
  return { body: ordered, vars };
}

/** Resolves and checks a standalone term (e.g. a `with` value) — exported for the evaluator. */
export type { Scope };
