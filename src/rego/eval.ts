/**
 * Top-down evaluation of Rego with backtracking in continuation-passing style, following OPA's
 * topdown semantics: unification, refs over base and virtual documents, complete / partial set /
 * partial object / function rules with else and default, comprehensions, some/every/in,
 * negation, `with` (input, data, functions), conflicts (`eval_conflict_error`) and builtin
 * errors (raised in strict mode, otherwise the expression is undefined, as `opa eval` does).
 *
 * A continuation returns `true` to stop the search (used by negation and existence checks).
 */
import type { Expr, Term } from './ast.js';
import { compileQuery, type CompiledPolicy, type CRule, Node } from './compiler.js';
import { BuiltinError, RegoErrors, type RegoLocation } from './errors.js';
import { getBuiltin, index, printText, type Builtin, type BuiltinCtx } from './builtins/index.js';
import { equal, fromJSONValue, hashOf, numText, RObject, RSet, toJSONValue, type Value } from './value.js';
import type { EvalOptions, QueryResult } from './types.js';

type K = () => boolean;
type KV = (v: Value) => boolean;

interface Ctx {
  input: Value | undefined;
  data: Value;
  overrides: { path: Value[]; value: Value }[];
  mocks: Map<string, { value?: Value; fn?: string }>;
  /** rule values per node; {@link UNDEFINED} for a rule found undefined */
  ruleCache: Map<Node, Value | typeof UNDEFINED>;
  extentCache: Map<Node, Value>;
  /** function results per function (its rules array), then per argument (nested, one level per argument) */
  fnCache: Map<CRule[], FnMemo>;
}

/** Memoised function results: one map level per argument, keyed as RObject keys are (strings as themselves). */
type FnMemo = Map<string, FnMemo | Value | typeof UNDEFINED>;

/** A value as a memo key: a string as itself (its hash is cached by the JS engine), else a tagged canonical hash. */
function memoKey(v: Value): string {
  if (typeof v === 'string' && (v.length === 0 || v.charCodeAt(0) !== 0)) return v;
  return '\u0000' + hashOf(v);
}

interface Frame {
  /** bindings; an unbound var maps to undefined (set back rather than deleted: cheaper on backtracking) */
  env: Map<string, Value | undefined>;
  ctx: Ctx;
}

function conflict(message: string, loc?: RegoLocation): never {
  throw new RegoErrors([{ code: 'eval_conflict_error', message, ...(loc ? { location: loc } : {}) }]);
}

function internal(message: string, loc?: RegoLocation): never {
  throw new RegoErrors([{ code: 'eval_internal_error', message, ...(loc ? { location: loc } : {}) }]);
}

/** Iterates a collection as [key, value] pairs in OPA's order (objects and sets sorted). */
function entriesOf(v: Value): [Value, Value][] {
  if (Array.isArray(v)) return v.map((x, i) => [i, x]);
  if (v instanceof RObject) return v.sortedEntries();
  if (v instanceof RSet) return v.sorted().map((x) => [x, x]);
  return [];
}

export class Evaluator {
  readonly bctx: BuiltinCtx;
  readonly strict: boolean;
  constructor(
    readonly policy: CompiledPolicy,
    readonly opts: EvalOptions,
  ) {
    const print = opts.printHook ?? ((m: string) => process.stderr.write(m + '\n'));
    this.bctx = { print, nowNs: BigInt(Date.now()) * 1000000n };
    this.strict = !!opts.strictBuiltinErrors;
  }

  newCtx(): Ctx {
    const data = this.opts.data === undefined ? new RObject() : convertData(this.opts.data);
    return {
      input: this.opts.input === undefined ? undefined : fromJSONValue(this.opts.input),
      data,
      overrides: [],
      mocks: new Map(),
      ruleCache: new Map(),
      extentCache: new Map(),
      fnCache: new Map(),
    };
  }

  /** Evaluates a query and returns all result rows (plain JSON values, exact big integers as bigint). */
  /**
   * With `capture` (the default, as OPA's rego package and `opa eval`), a single-expression
   * query reports its value even when it is `false` (e.g. `1 == 2` gives one row with value
   * false); otherwise (topdown semantics, used by the conformance runner) false fails the query.
   */
  query(q: string, exact = false, capture = true): QueryResult[] {
    let perPolicy = queryCache.get(this.policy);
    if (!perPolicy) queryCache.set(this.policy, (perPolicy = new Map()));
    let cq = perPolicy.get(q);
    if (!cq) {
      const compiled = compileQuery(this.policy, q);
      // the reported expressions: those written in the query, in source order
      const written = compiled.body.filter((e) => !e.generated).sort((a, b) => a.loc.row - b.loc.row || a.loc.col - b.loc.col);
      cq = { ...compiled, written };
      if (perPolicy.size > 500) perPolicy.clear();
      perPolicy.set(q, cq);
    }
    const { body, vars, written: order } = cq;
    const single =
      capture &&
      body.length === 1 &&
      !body[0].negated &&
      (body[0].body.k === 'term' || (body[0].body.k === 'call' && body[0].body.op !== 'eq' && body[0].body.op !== 'assign'));
    const frame: Frame = { env: new Map(), ctx: this.newCtx() };
    const rows: QueryResult[] = [];
    const recorded = new Map<Expr, Value>();
    const go = (i: number): boolean => {
      if (i === body.length) {
        const bindings: Record<string, unknown> = {};
        for (const v of vars) {
          const bv = frame.env.get(v);
          if (bv !== undefined) bindings[v] = toJSONValue(bv, exact);
        }
        rows.push({
          expressions: order.map((e) => ({
            value: toJSONValue(recorded.has(e) ? recorded.get(e)! : true, exact),
            text: e.text,
            location: { file: e.loc.file, row: e.loc.row, col: e.loc.col },
          })),
          bindings,
        });
        return false;
      }
      const e = body[i];
      if (single) return this.evalCaptured(e, frame, (v) => (recorded.set(e, v), go(i + 1)));
      return this.evalExpr(
        e,
        frame,
        () => go(i + 1),
        (v) => recorded.set(e, v),
      );
    };
    go(0);
    return rows;
  }

  /** Evaluates a rule path (without `data`) as a value, or undefined. */
  evalPathValue(path: string[]): Value | undefined {
    const frame: Frame = { env: new Map(), ctx: this.newCtx() };
    let out: Value | undefined;
    const t: Term = {
      t: 'ref',
      head: { t: 'var', name: 'data', loc: LOC0 },
      path: path.map((p) => ({ t: 'scalar', v: p, loc: LOC0 })),
      loc: LOC0,
    };
    this.evalTerm(t, frame, (v) => {
      out = v;
      return true;
    });
    return out;
  }

  /** Evaluates a term or call expression for its value (false included), as OPA's query capture. */
  evalCaptured(e: Expr, f0: Frame, k: KV): boolean {
    const inner = (ctx: Ctx): boolean => {
      const f = { env: f0.env, ctx };
      const b = e.body;
      if (b.k === 'term') return this.evalTerm(b.term, f, k);
      if (b.k === 'call') {
        if (b.op === 'print' || b.op === 'internal.print') return this.evalPrint(b.args, f, () => k(true));
        const arity = this.arityOf(b.op);
        if (arity !== undefined && arity >= 0 && b.args.length === arity + 1) {
          const out = b.args[arity];
          return this.evalCall(b.op, b.args.slice(0, arity), f, e.loc, (v) => this.unifyTV(out, v, f, () => k(true)));
        }
        return this.evalCall(b.op, b.args, f, e.loc, k);
      }
      return this.evalExprInner(e, f, () => k(true));
    };
    if (e.withs.length) return this.applyWiths(e, 0, f0, f0.ctx, inner);
    return inner(f0.ctx);
  }

  // ---------------- bodies and expressions ----------------
  /**
   * Evaluates `body` from expression `i`, then `k`. Deterministic expressions (at most one
   * solution: ground tests, ground builtin and function calls, `x := ground`) run in a loop without
   * continuation closures ({@link detExpr}); the first one that may have several solutions (an
   * unbound key, `some ... in`, `every`, `with`, a mocked or relational call) continues in
   * continuation-passing style. Vars bound by the loop are unbound before returning, as
   * {@link unifyTV} does.
   */
  evalBody(body: Expr[], i: number, f: Frame, k: K): boolean {
    let bound: string[] | undefined;
    let r: boolean;
    for (;;) {
      if (i === body.length) {
        r = k();
        break;
      }
      const d = this.detExpr(body[i], f);
      if (d === DET_NO) {
        const next = i + 1;
        r = this.evalExpr(body[i], f, () => this.evalBody(body, next, f, k));
        break;
      }
      if (d === DET_FAIL) {
        r = false;
        break;
      }
      if (d === DET_BOUND) (bound ??= []).push(this.lastBound);
      i++;
    }
    if (bound) for (let j = 0; j < bound.length; j++) f.env.set(bound[j], undefined);
    return r;
  }

  /** The var bound by the last {@link detExpr} that answered {@link DET_BOUND}. */
  private lastBound = '';

  /**
   * Evaluates an expression that has at most one solution directly, without continuations:
   * DET_OK / DET_FAIL (it holds / does not), DET_BOUND (it holds and bound the unbound var
   * {@link lastBound}), DET_NO (not such an expression; nothing was evaluated). Same order of
   * evaluation, same errors as {@link evalExpr}: the right operand of `=`/`:=` first, call
   * arguments left to right, an undefined operand makes the expression undefined.
   */
  detExpr(e: Expr, f: Frame): number {
    if (e.withs.length) return DET_NO;
    const b = e.body;
    if (b.k === 'term') {
      const t = b.term;
      if (t.t === 'call' || !this.isGround(t, f)) return DET_NO;
      const v = this.evalOne(t, f);
      return (v !== undefined && v !== false) !== e.negated ? DET_OK : DET_FAIL;
    }
    if (b.k !== 'call') return b.k === 'some' && !e.negated ? DET_OK : DET_NO;
    const op = b.op;
    const args = b.args;
    if (op === 'eq' || op === 'assign') {
      if (e.negated) return DET_NO;
      const a = args[0];
      const c = args[1];
      if (this.isUnboundVar(a, f) && this.isGround(c, f)) {
        const v = this.evalOne(c, f);
        if (v === undefined) return DET_FAIL;
        f.env.set((a as { name: string }).name, v);
        this.lastBound = (a as { name: string }).name;
        return DET_BOUND;
      }
      if (!this.isGround(c, f)) {
        if (this.isUnboundVar(c, f) && this.isGround(a, f)) {
          const v = this.evalOne(a, f);
          if (v === undefined) return DET_FAIL;
          f.env.set((c as { name: string }).name, v);
          this.lastBound = (c as { name: string }).name;
          return DET_BOUND;
        }
        return DET_NO;
      }
      if (!this.isGround(a, f)) return DET_NO;
      const vc = this.evalOne(c, f);
      if (vc === undefined) return DET_FAIL;
      const va = this.evalOne(a, f);
      return va !== undefined && equal(va, vc) ? DET_OK : DET_FAIL;
    }
    if (op === 'print' || op === 'internal.print' || f.ctx.mocks.size) return DET_NO;
    const fn = op.charCodeAt(0) === 100 /* 'd' */ && op.startsWith('data.');
    let bi: Builtin | undefined;
    let arity: number | undefined;
    if (fn) arity = this.policy.funcArity.get(op);
    else {
      bi = getBuiltin(op);
      if (!bi || bi.relation) return DET_NO;
      arity = bi.arity;
    }
    let n = args.length;
    let out: Term | undefined;
    let bindOut = false;
    if (arity !== undefined && arity >= 0 && n === arity + 1) {
      n = arity;
      out = args[arity];
      if (this.isUnboundVar(out, f)) {
        if (e.negated) return DET_NO;
        bindOut = true;
      } else if (!this.isGround(out, f)) return DET_NO;
    }
    for (let j = 0; j < n; j++) if (!this.isGround(args[j], f)) return DET_NO;
    const vs: Value[] = new Array(n);
    for (let j = 0; j < n; j++) {
      const v = this.evalOne(args[j], f);
      if (v === undefined) return e.negated ? DET_OK : DET_FAIL;
      vs[j] = v;
    }
    const r = fn ? this.callFunction(op, vs, f.ctx, e.loc) : this.callBuiltin(op, bi, vs, e.loc);
    let ok: boolean;
    if (r === undefined) ok = false;
    else if (out === undefined) ok = r !== false;
    else if (bindOut) {
      const name = (out as { name: string }).name;
      f.env.set(name, r);
      this.lastBound = name;
      return DET_BOUND;
    } else {
      const ov = this.evalOne(out, f);
      ok = ov !== undefined && equal(ov, r);
    }
    return ok !== e.negated ? DET_OK : DET_FAIL;
  }

  /** True when `t` is a var that is not bound (and not `input` or `data`). */
  isUnboundVar(t: Term, f: Frame): boolean {
    return t.t === 'var' && t.name !== 'input' && t.name !== 'data' && f.env.get(t.name) === undefined;
  }

  evalExpr(e: Expr, f0: Frame, k: K, rec?: (v: Value) => void): boolean {
    if (e.withs.length) {
      return this.applyWiths(e, 0, f0, f0.ctx, (ctx) => this.evalExprNeg(e, { env: f0.env, ctx }, k, rec));
    }
    return this.evalExprNeg(e, f0, k, rec);
  }

  evalExprNeg(e: Expr, f: Frame, k: K, rec?: (v: Value) => void): boolean {
    if (e.negated) {
      let found = false;
      this.evalExprInner(e, f, () => {
        found = true;
        return true;
      });
      if (found) return false;
      return k();
    }
    return this.evalExprInner(e, f, k, rec);
  }

  evalExprInner(e: Expr, f: Frame, k: K, rec?: (v: Value) => void): boolean {
    const b = e.body;
    switch (b.k) {
      case 'term':
        return this.evalTerm(b.term, f, (v) => {
          if (v === false) return false;
          rec?.(v);
          return k();
        });
      case 'call': {
        if (b.op === 'eq' || b.op === 'assign') return this.unify(b.args[0], b.args[1], f, k);
        if (b.op === 'print' || b.op === 'internal.print') return this.evalPrint(b.args, f, k);
        const arity = this.arityOf(b.op);
        if (arity !== undefined && arity >= 0 && b.args.length === arity + 1) {
          const out = b.args[arity];
          return this.evalCall(b.op, b.args.slice(0, arity), f, e.loc, (v) => this.unifyTV(out, v, f, k));
        }
        return this.evalCall(b.op, b.args, f, e.loc, (v) => {
          if (v === false) return false;
          rec?.(v);
          return k();
        });
      }
      case 'some':
        return k();
      case 'somein':
        return this.evalTerm(b.coll, f, (coll) => {
          if (Array.isArray(coll)) {
            // arrays: index and element directly, no [key, value] pairs
            for (let i = 0; i < coll.length; i++) {
              const val = coll[i];
              if (this.unifyTV(b.value, val, f, () => (b.key ? this.unifyTV(b.key, i, f, k) : k()))) return true;
            }
            return false;
          }
          for (const [key, val] of entriesOf(coll)) {
            const stop = this.unifyTV(b.value, val, f, () => (b.key ? this.unifyTV(b.key, key, f, k) : k()));
            if (stop) return true;
          }
          return false;
        });
      case 'every':
        return this.evalTerm(b.domain, f, (dom) => {
          if (!Array.isArray(dom) && !(dom instanceof RObject) && !(dom instanceof RSet)) return false;
          for (const [key, val] of entriesOf(dom)) {
            let ok = false;
            this.unifyTV(b.value, val, f, () =>
              b.key
                ? this.unifyTV(b.key, key, f, () => this.evalBody(b.body, 0, f, () => (ok = true)))
                : this.evalBody(b.body, 0, f, () => (ok = true)),
            );
            if (!ok) return false;
          }
          return k();
        });
    }
  }

  evalPrint(args: Term[], f: Frame, k: K): boolean {
    const parts = args.map((a) => {
      let s = '<undefined>';
      try {
        this.evalTerm(a, f, (v) => {
          s = printText(v);
          return true;
        });
      } catch (e) {
        if (!(e instanceof RegoErrors)) throw e;
      }
      return s;
    });
    this.bctx.print(parts.join(' '));
    return k();
  }

  arityOf(op: string): number | undefined {
    if (op.startsWith('data.')) return this.policy.funcArity.get(op);
    return getBuiltin(op)?.arity;
  }

  // ---------------- with ----------------
  applyWiths(e: Expr, i: number, f: Frame, ctx: Ctx, k: (ctx: Ctx) => boolean): boolean {
    if (i === e.withs.length) return k(ctx);
    const w = e.withs[i];
    const tgt = w.target;
    // function mock
    if (tgt.t === 'scalar' && typeof tgt.v === 'string') {
      const name = tgt.v;
      const vt = w.value;
      let fnName: string | undefined;
      if (vt.t === 'ref' && vt.head.t === 'var' && vt.head.name === 'data') {
        const p = 'data.' + vt.path.map((x) => String((x as { v: unknown }).v)).join('.');
        if (this.policy.funcArity.has(p)) fnName = p;
      } else if (vt.t === 'scalar' && typeof vt.v === 'string' && vt.v.startsWith('$builtin:')) fnName = vt.v.slice(9);
      if (fnName) {
        const mocks = new Map(ctx.mocks);
        mocks.set(name, { fn: fnName });
        return this.applyWiths(e, i + 1, f, { ...freshCaches(ctx), mocks }, k);
      }
      return this.evalTerm(vt, f, (v) => {
        const mocks = new Map(ctx.mocks);
        mocks.set(name, { value: v });
        return this.applyWiths(e, i + 1, f, { ...freshCaches(ctx), mocks }, k);
      });
    }
    const all = tgt.t === 'ref' ? [tgt.head, ...tgt.path] : [tgt];
    const root = (all[0] as { name: string }).name;
    const pathTerms = all.slice(1);
    return this.evalTerm(w.value, f, (v) =>
      this.evalTerms(pathTerms, f, (path) => {
        if (root === 'input') {
          const input = path.length === 0 ? v : patch(ctx.input ?? new RObject(), path, v);
          return this.applyWiths(e, i + 1, f, { ...freshCaches(ctx), input }, k);
        }
        const overrides = [...ctx.overrides, { path, value: v }];
        return this.applyWiths(e, i + 1, f, { ...freshCaches(ctx), overrides }, k);
      }),
    );
  }

  // ---------------- terms ----------------
  evalTerms(ts: Term[], f: Frame, k: (vs: Value[]) => boolean): boolean {
    let ground = true;
    for (let j = 0; j < ts.length && ground; j++) ground = this.isGround(ts[j], f);
    if (ground) {
      // deterministic items: evaluate in a loop (constant stack depth for large literals)
      const out: Value[] = new Array(ts.length);
      for (let j = 0; j < ts.length; j++) {
        const got = this.evalOne(ts[j], f);
        if (got === undefined) return false;
        out[j] = got;
      }
      return k(out);
    }
    return this.evalTermsFrom(ts, f, k, 0, []);
  }

  /** {@link evalTerms} from item `i` on, through continuations (items with unbound vars). */
  evalTermsFrom(ts: Term[], f: Frame, k: (vs: Value[]) => boolean, i: number, acc: Value[]): boolean {
    if (i === ts.length) return k(acc.slice());
    return this.evalTerm(ts[i], f, (v) => {
      acc[i] = v;
      return this.evalTermsFrom(ts, f, k, i + 1, acc);
    });
  }

  evalTerm(t: Term, f: Frame, k: KV): boolean {
    switch (t.t) {
      case 'scalar':
        return k(t.v);
      case 'var': {
        const v = f.env.get(t.name);
        if (v !== undefined) return k(v);
        if (t.name === 'input') return f.ctx.input === undefined ? false : k(f.ctx.input);
        if (t.name === 'data') return this.evalData([], f, k);
        return internal(`var ${t.name} is unbound`, t.loc);
      }
      case 'ref':
        return this.evalRef(t, f, k);
      case 'array': {
        const c = constantOf(t);
        if (c !== null) return k(c);
        return this.evalTerms(t.items, f, k as (vs: Value[]) => boolean);
      }
      case 'call':
        if (t.op === 'print' || t.op === 'internal.print') return this.evalComposite(t, f, k);
        return this.evalCall(t.op, t.args, f, t.loc, k);
      default:
        return this.evalComposite(t, f, k);
    }
  }

  /** Sets, objects and comprehensions (apart from {@link evalTerm}: their closures would cost every call a context). */
  evalComposite(t: Term, f: Frame, k: KV): boolean {
    if (t.t === 'set' || t.t === 'object') {
      const c = constantOf(t);
      if (c !== null) return k(c);
    }
    switch (t.t) {
      case 'set':
        return this.evalTerms(t.items, f, (vs) => k(RSet.from(vs)));
      case 'object':
        return this.evalTerms(
          t.items.flatMap(([a, b]) => [a, b]),
          f,
          (vs) => {
            const o = new RObject();
            for (let i = 0; i < vs.length; i += 2) o.set(vs[i], vs[i + 1]);
            return k(o);
          },
        );
      case 'acompr': {
        const out: Value[] = [];
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.term, f, (v) => (out.push(v), false)));
        return k(out);
      }
      case 'scompr': {
        const out = new RSet();
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.term, f, (v) => (out.add(v), false)));
        return k(out);
      }
      case 'ocompr': {
        const out = new RObject();
        this.evalBody(t.body, 0, f, () =>
          this.evalTerm(t.key, f, (kv) =>
            this.evalTerm(t.value, f, (vv) => {
              const cur = out.get(kv);
              if (cur !== undefined && !equal(cur, vv)) conflict('object keys must be unique', t.loc);
              out.set(kv, vv);
              return false;
            }),
          ),
        );
        return k(out);
      }
      case 'call':
        return this.evalPrint(t.args, f, () => k(true));
      default:
        return internal(`unexpected term ${t.t}`, t.loc);
    }
  }

  /** The single value of a ground term (undefined when undefined); common shapes without closures. */
  evalOne(t: Term, f: Frame): Value | undefined {
    if (t.t === 'scalar') return t.v;
    if (t.t === 'var') {
      const v = f.env.get(t.name);
      if (v !== undefined) return v;
      if (t.name === 'input') return f.ctx.input;
    } else if (t.t === 'ref' && t.head.t === 'var') {
      let v: Value | undefined = f.env.get(t.head.name);
      if (v === undefined && t.head.name === 'input') {
        v = f.ctx.input;
        if (v === undefined) return undefined;
      }
      if (v !== undefined) {
        let j = 0;
        for (; j < t.path.length; j++) {
          const q = t.path[j];
          const key = q.t === 'scalar' ? q.v : q.t === 'var' ? f.env.get(q.name) : undefined;
          if (key === undefined) break;
          v = index(v, key);
          if (v === undefined) return undefined;
        }
        if (j === t.path.length) return v;
      } else if (t.head.name === 'data' && f.ctx.overrides.length === 0) {
        const got = this.dataOne(t.path, f);
        if (got !== NOT_DIRECT) return got;
      }
    } else if (t.t === 'call' && f.ctx.mocks.size === 0) {
      const got = this.callOne(t.op, t.args, f, t.loc);
      if (got !== NOT_DIRECT) return got;
    } else if (t.t === 'array' || t.t === 'object' || t.t === 'set') {
      const c = constantOf(t);
      if (c !== null) return c;
    }
    return this.evalOneSlow(t, f);
  }

  /**
   * {@link evalOne} of a call with ground arguments to a function or a builtin that is not a
   * relation (and not `print`; no mocks in force): the one result, as {@link evalCall} gives it;
   * NOT_DIRECT otherwise.
   */
  callOne(op: string, args: Term[], f: Frame, loc: RegoLocation): Value | undefined | typeof NOT_DIRECT {
    if (op === 'print' || op === 'internal.print') return NOT_DIRECT;
    const fn = op.charCodeAt(0) === 100 /* 'd' */ && op.startsWith('data.');
    const bi = fn ? undefined : getBuiltin(op);
    if (bi?.relation) return NOT_DIRECT;
    const vs: Value[] = new Array(args.length);
    for (let j = 0; j < args.length; j++) {
      const got = this.evalOne(args[j], f);
      if (got === undefined) return undefined;
      vs[j] = got;
    }
    return fn ? this.callFunction(op, vs, f.ctx, loc) : this.callBuiltin(op, bi, vs, loc);
  }

  /** {@link evalOne} through the continuations (kept apart so the fast path allocates no closure context). */
  evalOneSlow(t: Term, f: Frame): Value | undefined {
    let got: Value | undefined;
    this.evalTerm(t, f, (x) => ((got = x), true));
    return got;
  }

  /** True when every var of the term is bound (so it evaluates to one value). */
  isGround(t: Term, f: Frame): boolean {
    if (t.t === 'scalar') return true;
    if (t.t === 'var') return f.env.get(t.name) !== undefined || t.name === 'input' || t.name === 'data';
    let need = groundVars.get(t);
    if (need === undefined) groundVars.set(t, (need = this.varsToBind(t, new Set())));
    for (let i = 0; i < need.length; i++) if (f.env.get(need[i]) === undefined) return false;
    return true;
  }

  /** The vars a term needs bound to be ground (outside closures; `input` and `data` excluded). */
  private varsToBind(t: Term, out: Set<string>): string[] {
    switch (t.t) {
      case 'var':
        if (t.name !== 'input' && t.name !== 'data') out.add(t.name);
        break;
      case 'ref':
        this.varsToBind(t.head, out);
        for (const p of t.path) this.varsToBind(p, out);
        break;
      case 'array':
      case 'set':
        for (const x of t.items) this.varsToBind(x, out);
        break;
      case 'object':
        for (const [a, b] of t.items) {
          this.varsToBind(a, out);
          this.varsToBind(b, out);
        }
        break;
      case 'call':
        for (const a of t.args) this.varsToBind(a, out);
        break;
      default:
        break; // scalars; closures: their free vars are bound by safety
    }
    return [...out];
  }

  /** True when the term has unbound vars outside of ref paths (it is a pattern to unify). */
  isPattern(t: Term, f: Frame): boolean {
    switch (t.t) {
      case 'var':
        return f.env.get(t.name) === undefined && t.name !== 'input' && t.name !== 'data';
      case 'array':
        return t.items.some((x) => this.isPattern(x, f));
      case 'object':
        return t.items.some(([, b]) => this.isPattern(b, f));
      default:
        return false;
    }
  }

  // ---------------- unification ----------------
  unify(a: Term, b: Term, f: Frame, k: K): boolean {
    if (!this.isPattern(b, f)) return this.evalTerm(b, f, (vb) => this.unifyTV(a, vb, f, k));
    if (!this.isPattern(a, f)) return this.evalTerm(a, f, (va) => this.unifyTV(b, va, f, k));
    if (a.t === 'array' && b.t === 'array') {
      if (a.items.length !== b.items.length) return false;
      const go = (i: number): boolean => (i === a.items.length ? k() : this.unify(a.items[i], b.items[i], f, () => go(i + 1)));
      return go(0);
    }
    if (a.t === 'object' && b.t === 'object') {
      if (a.items.length !== b.items.length) return false;
      return this.evalTerms(
        a.items.map((x) => x[0]),
        f,
        (ka) =>
          this.evalTerms(
            b.items.map((x) => x[0]),
            f,
            (kb) => {
              const pairs: [Term, Term][] = [];
              for (let i = 0; i < ka.length; i++) {
                const j = kb.findIndex((x) => equal(x, ka[i]));
                if (j < 0) return false;
                pairs.push([a.items[i][1], b.items[j][1]]);
              }
              const go = (i: number): boolean => (i === pairs.length ? k() : this.unify(pairs[i][0], pairs[i][1], f, () => go(i + 1)));
              return go(0);
            },
          ),
      );
    }
    return internal('cannot unify two unbound terms', a.loc);
  }

  unifyTV(t: Term, v: Value, f: Frame, k: K): boolean {
    switch (t.t) {
      case 'var': {
        const cur = f.env.get(t.name);
        if (cur !== undefined) return equal(cur, v) ? k() : false;
        if (t.name === 'input' || t.name === 'data') return this.evalTerm(t, f, (x) => (equal(x, v) ? k() : false));
        f.env.set(t.name, v);
        const r = k();
        f.env.set(t.name, undefined);
        return r;
      }
      case 'array': {
        if (!Array.isArray(v) || v.length !== t.items.length) return false;
        if (!this.isPattern(t, f)) return this.evalTerm(t, f, (x) => (equal(x, v) ? k() : false));
        const go = (i: number): boolean => (i === t.items.length ? k() : this.unifyTV(t.items[i], v[i], f, () => go(i + 1)));
        return go(0);
      }
      case 'object': {
        if (!(v instanceof RObject) || v.size !== t.items.length) return false;
        if (!this.isPattern(t, f)) return this.evalTerm(t, f, (x) => (equal(x, v) ? k() : false));
        return this.evalTerms(
          t.items.map((x) => x[0]),
          f,
          (keys) => {
            const go = (i: number): boolean => {
              if (i === keys.length) return k();
              const x = v.get(keys[i]);
              if (x === undefined) return false;
              return this.unifyTV(t.items[i][1], x, f, () => go(i + 1));
            };
            return go(0);
          },
        );
      }
      default:
        return this.evalTerm(t, f, (x) => (equal(x, v) ? k() : false));
    }
  }

  // ---------------- references ----------------
  evalRef(t: Extract<Term, { t: 'ref' }>, f: Frame, k: KV): boolean {
    const h = t.head;
    if (h.t === 'var' && h.name === 'data' && f.env.get('data') === undefined) return this.evalData(t.path, f, k);
    if (h.t === 'var' && h.name === 'input' && f.env.get('input') === undefined) {
      if (f.ctx.input === undefined) return false;
      return this.evalPath(f.ctx.input, t.path, 0, f, k);
    }
    if (h.t === 'var') {
      const hv = f.env.get(h.name);
      if (hv !== undefined) return this.evalPath(hv, t.path, 0, f, k);
    }
    return this.evalRefHead(t, f, k);
  }

  /** A reference whose head is not a bound var (a call, a literal): the head's values, then the path. */
  evalRefHead(t: Extract<Term, { t: 'ref' }>, f: Frame, k: KV): boolean {
    return this.evalTerm(t.head, f, (hv) => this.evalPath(hv, t.path, 0, f, k));
  }

  /** Indexes `v` by the path terms from `i`; `base` documents also accept numbers for string keys (as OPA's store). */
  evalPath(v: Value, path: Term[], i: number, f: Frame, k: KV, base = false): boolean {
    // constant keys and bound vars: index directly
    while (i < path.length) {
      const q = path[i];
      let key: Value | undefined;
      if (q.t === 'scalar') key = q.v;
      else if (q.t === 'var') key = f.env.get(q.name);
      if (key === undefined) break;
      let nv = index(v, key);
      if (nv === undefined && base && v instanceof RObject && (typeof key === 'number' || typeof key === 'bigint'))
        nv = v.get(numText(key));
      if (nv === undefined) return false;
      v = nv;
      i++;
    }
    if (i === path.length) return k(v);
    return this.evalPathRest(v, path, i, f, k, base);
  }

  /** {@link evalPath} at a key that is not a constant or a bound var: evaluated, or enumerated. */
  evalPathRest(v: Value, path: Term[], i: number, f: Frame, k: KV, base: boolean): boolean {
    const p = path[i];
    if (this.isGround(p, f)) {
      return this.evalTerm(p, f, (key) => {
        let nv = index(v, key);
        if (nv === undefined && base && v instanceof RObject && (typeof key === 'number' || typeof key === 'bigint'))
          nv = v.get(numText(key));
        return nv === undefined ? false : this.evalPath(nv, path, i + 1, f, k, base);
      });
    }
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) {
        const val = v[j];
        if (this.unifyTV(p, j, f, () => this.evalPath(val, path, i + 1, f, k, base))) return true;
      }
      return false;
    }
    for (const [key, val] of entriesOf(v)) {
      if (this.unifyTV(p, key, f, () => this.evalPath(val, path, i + 1, f, k, base))) return true;
    }
    return false;
  }

  /** `data` + path: walks the rule tree, evaluating rules, falling back to base data. */
  evalData(path: Term[], f: Frame, k: KV): boolean {
    if (f.ctx.overrides.length === 0) {
      const d = this.descend(path);
      return this.walkNode(d.node, d.node.path, path, d.i, f, k);
    }
    return this.walkNode(this.policy.root, [], path, 0, f, k);
  }

  /**
   * The rule-tree node that `data` + `path` reaches along constant keys, and how many keys that
   * took (stopping at a node with rules); resolved once per path (it depends only on the policy).
   * Valid only without `with data` overrides.
   */
  descend(path: Term[]): { root: Node; node: Node; i: number } {
    const root = this.policy.root;
    const known = dataDescents.get(path);
    if (known !== undefined && known.root === root) return known;
    let node = root;
    let i = 0;
    while (i < path.length && !node.hasRules() && node.dyn.length === 0) {
      const p = path[i];
      if (p.t !== 'scalar' || typeof p.v !== 'string') break;
      const child = node.children.get(p.v);
      if (!child) break;
      node = child;
      i++;
    }
    const d = { root, node, i };
    dataDescents.set(path, d);
    return d;
  }

  /**
   * {@link evalOne} of a ground `data` reference that reaches a rule along constant keys (no
   * `with data` override): the rule's value indexed by the rest of the path, as {@link walkNode}
   * and {@link evalPath} give it; NOT_DIRECT for any other shape (the caller takes the general way).
   */
  dataOne(path: Term[], f: Frame): Value | undefined | typeof NOT_DIRECT {
    const d = this.descend(path);
    const node = d.node;
    if (node.funcs.length || !node.hasRules()) return NOT_DIRECT;
    let v: Value | undefined = this.ruleValue(node, f.ctx);
    for (let j = d.i; j < path.length && v !== undefined; j++) {
      const q = path[j];
      const key = q.t === 'scalar' ? q.v : q.t === 'var' ? f.env.get(q.name) : undefined;
      if (key === undefined) return NOT_DIRECT; // (the rule's value is cached: the general way does not evaluate it again)
      v = index(v, key);
    }
    return v;
  }

  walkNode(node: Node, at: Value[], path: Term[], i: number, f: Frame, k: KV): boolean {
    const ov = this.overrideAt(f.ctx, at);
    if (ov !== undefined) return this.evalPath(ov, path, i, f, k);
    if (node.funcs.length) return false;
    if (node.hasRules()) {
      const v = this.ruleValue(node, f.ctx);
      if (v === undefined) return false;
      return this.evalPath(v, path, i, f, k);
    }
    if (i === path.length) return k(this.extent(node, at, f.ctx));
    return this.walkNodeKey(node, at, path, i, f, k);
  }

  /** {@link walkNode} below a node without rules: the next key's child node, base data, or the node's extent. */
  walkNodeKey(node: Node, at: Value[], path: Term[], i: number, f: Frame, k: KV): boolean {
    const p = path[i];
    if (node.dyn.length === 0 && this.isGround(p, f)) {
      return this.evalTerm(p, f, (key) => {
        const nat = [...at, key];
        if (typeof key === 'string') {
          const child = node.children.get(key);
          if (child) return this.walkNode(child, nat, path, i + 1, f, k);
        }
        let bv = this.baseAt(f.ctx, nat);
        if (bv === undefined && typeof key !== 'string' && (typeof key === 'number' || typeof key === 'bigint')) {
          bv = this.baseAt(f.ctx, [...at, numText(key)]);
        }
        if (bv === undefined) return false;
        return this.evalPath(bv, path, i + 1, f, k, true);
      });
    }
    return this.evalPath(this.extent(node, at, f.ctx), path, i, f, k);
  }

  overrideAt(ctx: Ctx, at: Value[]): Value | undefined {
    if (ctx.overrides.length === 0) return undefined;
    let out: Value | undefined;
    for (const o of ctx.overrides) {
      if (o.path.length <= at.length && o.path.every((x, j) => equal(x, at[j]))) {
        let v: Value | undefined = o.value;
        for (let j = o.path.length; j < at.length && v !== undefined; j++) v = index(v, at[j]);
        out = v;
        if (v === undefined) out = undefined;
      }
    }
    return out;
  }

  /** Base data at a path, with `with data...` overrides applied. */
  baseAt(ctx: Ctx, at: Value[]): Value | undefined {
    let v: Value | undefined = ctx.data;
    for (const key of at) {
      if (v === undefined) break;
      v = index(v, key);
    }
    for (const o of ctx.overrides) {
      if (o.path.length <= at.length && o.path.every((x, j) => equal(x, at[j]))) {
        let x: Value | undefined = o.value;
        for (let j = o.path.length; j < at.length && x !== undefined; j++) x = index(x, at[j]);
        v = x;
      } else if (o.path.length > at.length && at.every((x, j) => equal(x, o.path[j]))) {
        v = patch(v ?? new RObject(), o.path.slice(at.length), o.value);
      }
    }
    return v;
  }

  /** The full value of a non-rule node: base data merged with child documents and ref-head rules. */
  extent(node: Node, at: Value[], ctx: Ctx): Value {
    const cached = ctx.extentCache.get(node);
    if (cached !== undefined) return cached;
    const base = this.baseAt(ctx, at);
    const out = base instanceof RObject ? RObject.from(base.entries()) : new RObject();
    for (const [key, child] of node.children) {
      const cat = [...at, key];
      const ov = this.overrideAt(ctx, cat);
      let v: Value | undefined;
      if (ov !== undefined) v = ov;
      else if (child.funcs.length) continue;
      else if (child.hasRules()) v = this.ruleValue(child, ctx);
      else v = this.extent(child, cat, ctx);
      if (v !== undefined) {
        const existing = out.get(key);
        if (existing instanceof RObject && v instanceof RObject) v = mergeObj(v, existing);
        else if (existing !== undefined) continue; // a base document and a rule at one path: the base value shows, as in OPA
        out.set(key, v);
      }
    }
    for (const r of node.dyn) this.addDynRule(r, out, ctx);
    ctx.extentCache.set(node, out);
    return out;
  }

  addDynRule(r: CRule, out: RObject, ctx: Ctx): void {
    const f: Frame = { env: new Map(), ctx };
    const solutions = (rule: CRule): boolean => {
      let any = false;
      this.evalBody(rule.body, 0, f, () =>
        this.evalTerms(rule.dyn, f, (keys) => {
          any = true;
          const leafTerm = rule.kind === 'set' ? rule.key! : rule.value;
          return this.evalTerm(leafTerm, f, (v) => {
            insertPath(out, keys, v, rule.kind === 'set', rule);
            return false;
          });
        }),
      );
      return any;
    };
    for (let rule: CRule | undefined = r; rule; rule = rule.elseRule) {
      if (solutions(rule)) break;
    }
  }

  /** The value of a complete, default or partial-set rule node (cached per context). */
  ruleValue(node: Node, ctx: Ctx): Value | undefined {
    const cached = ctx.ruleCache.get(node);
    if (cached !== undefined) return cached === UNDEFINED ? undefined : cached;
    return this.computeRuleValue(node, ctx);
  }

  /** {@link ruleValue} on a cache miss: evaluates the node's rules and caches the value. */
  computeRuleValue(node: Node, ctx: Ctx): Value | undefined {
    let v: Value | undefined;
    if (node.sets.length) {
      const s = new RSet();
      const f: Frame = { env: new Map(), ctx };
      for (const r of this.candidateRules(node.sets, ctx)) {
        this.evalBody(r.body, 0, f, () => this.evalTerm(r.key!, f, (x) => (s.add(x), false)));
      }
      v = s;
    } else {
      let found: Value | undefined;
      const rules = this.candidateRules(node.complete, ctx);
      for (const r of rules) {
        const rv = this.completeRuleValue(r, ctx);
        if (rv === undefined) continue;
        if (found !== undefined && !equal(found, rv)) conflict('complete rules must not produce multiple outputs', r.rule.loc);
        found = rv;
      }
      if (found === undefined && node.defaultRule) {
        const f: Frame = { env: new Map(), ctx };
        this.evalTerm(node.defaultRule.value, f, (x) => ((found = x), true));
      }
      v = found;
    }
    ctx.ruleCache.set(node, v === undefined ? UNDEFINED : v);
    return v;
  }

  /**
   * The rules of `rules` (a node's partial set or complete rules) that can apply to this input,
   * in their order, by OPA's rule indexing on equality (`ast/index.go`): rules whose body starts
   * with `input.a.b == <scalar>` (or `=`) are grouped by that scalar, the reference is evaluated
   * once, and only the rules whose scalar equals its value (and every rule not so indexed) are
   * evaluated. A skipped rule's first expression would have failed, so the value is the same;
   * the comparison cannot raise an error.
   */
  candidateRules(rules: CRule[], ctx: Ctx): CRule[] {
    if (rules.length < INDEX_MIN_RULES) return rules; // a few first expressions cost less than the index lookup
    let idx = ruleIndexes.get(rules);
    if (idx === undefined) ruleIndexes.set(rules, (idx = buildRuleIndex(rules)));
    if (idx === null) return rules;
    // an input reference with constant keys: reads only ctx.input (the empty environment is never written)
    const v = this.evalOne(idx.ref, { env: EMPTY_ENV, ctx });
    if (idx.unindexed === 0) {
      if (v === undefined || (typeof v === 'object' && v !== null)) return EMPTY_RULES;
      // strings, booleans, null: equal exactly when their keys are; numbers compare by value below
      if (typeof v !== 'number' && typeof v !== 'bigint') return idx.buckets.get(memoKey(v)) ?? EMPTY_RULES;
    }
    const out: CRule[] = [];
    for (const r of rules) {
      const c = idx.consts.get(r);
      if (c === undefined || (v !== undefined && equal(c, v))) out.push(r);
    }
    return out;
  }

  completeRuleValue(r: CRule, ctx: Ctx): Value | undefined {
    for (let rule: CRule | undefined = r; rule; rule = rule.elseRule) {
      const f: Frame = { env: new Map(), ctx };
      let found: Value | undefined;
      let any = false;
      this.evalBody(rule.body, 0, f, () =>
        this.evalTerm(rule.value, f, (x) => {
          any = true;
          if (found !== undefined && !equal(found, x)) conflict('complete rules must not produce multiple outputs', rule.rule.loc);
          found = x;
          return false;
        }),
      );
      if (any) return found;
    }
    return undefined;
  }

  // ---------------- calls ----------------
  evalCall(op: string, args: Term[], f: Frame, loc: RegoLocation, k: KV): boolean {
    if (f.ctx.mocks.size) {
      const mock = f.ctx.mocks.get(op);
      if (mock && (mock.value !== undefined || (mock.fn && mock.fn !== op))) return this.evalMockedCall(op, mock, args, f, loc, k);
    }
    const fn = op.charCodeAt(0) === 100 /* 'd' */ && op.startsWith('data.');
    const bi = fn ? undefined : getBuiltin(op);
    if (!bi?.relation) {
      // ground arguments (the common case): one call, no continuations
      let ground = true;
      for (let j = 0; j < args.length && ground; j++) ground = this.isGround(args[j], f);
      if (ground) {
        const vs: Value[] = new Array(args.length);
        for (let j = 0; j < args.length; j++) {
          const got = this.evalOne(args[j], f);
          if (got === undefined) return false;
          vs[j] = got;
        }
        const r = fn ? this.callFunction(op, vs, f.ctx, loc) : this.callBuiltin(op, bi, vs, loc);
        return r === undefined ? false : k(r);
      }
    }
    return this.evalCallArgs(op, fn, bi, args, f, loc, k);
  }

  /** A call whose arguments bind vars, or a relation (one result per output): through continuations. */
  evalCallArgs(op: string, fn: boolean, bi: Builtin | undefined, args: Term[], f: Frame, loc: RegoLocation, k: KV): boolean {
    const rel = bi?.relation;
    return this.evalArgs(args, f, (vs) => {
      const r = fn ? this.callFunction(op, vs, f.ctx, loc) : this.callBuiltin(op, bi, vs, loc);
      if (r === undefined) return false;
      if (rel) {
        for (const x of r as Value[]) if (k(x)) return true;
        return false;
      }
      return k(r);
    });
  }

  /** A call replaced by `with`: by a value (arguments still evaluated), or by another function or builtin. */
  evalMockedCall(op: string, mock: { value?: Value; fn?: string }, args: Term[], f: Frame, loc: RegoLocation, k: KV): boolean {
    if (mock.value !== undefined) return this.evalTerms(args, f, () => k(mock.value!));
    // a replacement function runs with the original builtins (mocks do not call other mocks)
    const ctx = f.ctx;
    const mocks = new Map<string, { value?: Value; fn?: string }>();
    return this.evalTerms(args, f, (vs) => {
      const r = this.callValues(mock.fn!, vs, { env: f.env, ctx: { ...freshCaches(ctx), mocks } }, loc);
      return r === undefined ? false : k(r);
    });
  }

  /** Evaluates call arguments, those that bind vars (refs with unbound keys) first. */
  evalArgs(args: Term[], f: Frame, k: (vs: Value[]) => boolean): boolean {
    let ground = true;
    for (let j = 0; j < args.length && ground; j++) ground = this.isGround(args[j], f);
    if (ground) {
      const out: Value[] = new Array(args.length);
      for (let j = 0; j < args.length; j++) {
        const got = this.evalOne(args[j], f);
        if (got === undefined) return false;
        out[j] = got;
      }
      return k(out);
    }
    const order = args.map((_, i) => i);
    order.sort(
      (a, b) => Number(this.isGround(args[a], f) || args[a].t === 'var') - Number(this.isGround(args[b], f) || args[b].t === 'var'),
    );
    const vals: Value[] = new Array(args.length);
    const go = (j: number): boolean => {
      if (j === order.length) return k(vals.slice());
      const i = order[j];
      return this.evalTerm(args[i], f, (v) => {
        vals[i] = v;
        return go(j + 1);
      });
    };
    return go(0);
  }

  callValues(op: string, vs: Value[], f: Frame, loc: RegoLocation): Value | undefined {
    if (op.startsWith('data.')) return this.callFunction(op, vs, f.ctx, loc);
    return this.callBuiltin(op, getBuiltin(op), vs, loc);
  }

  /** Calls builtin `b` (looked up by the caller as `op`) on evaluated operands. */
  callBuiltin(op: string, b: Builtin | undefined, vs: Value[], loc: RegoLocation): Value | undefined {
    if (!b) internal(`unknown builtin ${op}`, loc);
    if (b.arity >= 0 && vs.length !== b.arity) {
      throw new RegoErrors([{ code: 'rego_type_error', message: `${op}: arity mismatch`, location: loc }]);
    }
    try {
      return b.fn(vs, this.bctx);
    } catch (e) {
      if (e instanceof BuiltinError) {
        if (this.strict || e.halt) throw new RegoErrors([{ code: e.code, message: `${op}: ${e.message}`, location: loc }]);
        return undefined;
      }
      throw e;
    }
  }

  /** The rules of the function at `path` (non-default first), resolved once per policy. */
  functionRules(path: string, loc: RegoLocation): CRule[] {
    let plans = functionPlans.get(this.policy);
    if (!plans) functionPlans.set(this.policy, (plans = new Map()));
    let rules = plans.get(path);
    if (!rules) {
      let node: Node | undefined = this.policy.root;
      for (const p of path.split('.').slice(1)) node = node?.children.get(p);
      if (!node || node.funcs.length === 0) internal(`undefined function ${path}`, loc);
      rules = [...node.funcs.filter((r) => !r.isDefault), ...node.funcs.filter((r) => r.isDefault)];
      plans.set(path, rules);
    }
    return rules;
  }

  callFunction(path: string, args: Value[], ctx: Ctx, loc: RegoLocation): Value | undefined {
    const rules = this.functionRules(path, loc);
    let memo = ctx.fnCache.get(rules);
    if (!memo) ctx.fnCache.set(rules, (memo = new Map()));
    for (let i = 0; i < args.length - 1; i++) {
      const key = memoKey(args[i]);
      let next = memo.get(key) as FnMemo | undefined;
      if (!next) memo.set(key, (next = new Map()));
      memo = next;
    }
    const lastKey = args.length ? memoKey(args[args.length - 1]) : '';
    // the last level holds the results themselves (UNDEFINED for an undefined one)
    const cached = memo.get(lastKey) as Value | typeof UNDEFINED | undefined;
    if (cached !== undefined) return cached === UNDEFINED ? undefined : cached;
    const found = this.applyFunction(rules, args, ctx);
    memo.set(lastKey, found === undefined ? UNDEFINED : found);
    return found;
  }

  /** The value of a function's rules (`rules` from {@link functionRules}) on evaluated arguments, or undefined. */
  applyFunction(rules: CRule[], args: Value[], ctx: Ctx): Value | undefined {
    let found: Value | undefined;
    for (const r of rules) {
      if (r.isDefault && found !== undefined) break;
      for (let rule: CRule | undefined = r; rule; rule = rule.elseRule) {
        const f: Frame = { env: new Map(), ctx };
        let any = false;
        const params = rule.args ?? [];
        // parameters that are vars (the common case): bind them directly, without continuations
        let direct = 0;
        let mismatch = false;
        for (; direct < params.length; direct++) {
          const p = params[direct];
          if (p.t !== 'var' || p.name === 'input' || p.name === 'data') break;
          const cur = f.env.get(p.name);
          if (cur === undefined) f.env.set(p.name, args[direct]);
          else if (!equal(cur, args[direct])) {
            mismatch = true; // a repeated var given two different values: as a failed unification
            break;
          }
        }
        if (mismatch) continue;
        const bindArgs = (i: number): boolean =>
          i === params.length
            ? this.evalBody(rule!.body, 0, f, () =>
                this.evalTerm(rule!.value, f, (x) => {
                  any = true;
                  if (found !== undefined && !equal(found, x))
                    conflict('functions must not produce multiple outputs for same inputs', r.rule.loc);
                  found = x;
                  return false;
                }),
              )
            : this.unifyTV(params[i], args[i], f, () => bindArgs(i + 1));
        bindArgs(direct);
        if (any) break;
      }
    }
    return found;
  }
}

/** Per `data` reference path (AST terms after `data`): the rule-tree node its constant prefix reaches, and how far. */
const dataDescents = new WeakMap<Term[], { root: Node; node: Node; i: number }>();

/** A rule index (see {@link Evaluator.candidateRules}): the reference, each indexed rule's scalar, the rules per scalar. */
interface RuleIndex {
  ref: Term;
  consts: Map<CRule, Value>;
  buckets: Map<string, CRule[]>;
  /** how many rules are not indexed (always evaluated) */
  unindexed: number;
}

/** Rule indexes per rule list of a node (null: not worth indexing); rule lists do not change after compilation. */
const ruleIndexes = new WeakMap<CRule[], RuleIndex | null>();
const EMPTY_RULES: CRule[] = [];
/** Rule lists shorter than this are not indexed. */
const INDEX_MIN_RULES = 8;
const EMPTY_ENV = new Map<string, Value | undefined>();

/** `input.a.b` with constant keys, as its text (so equal references group), or undefined. */
function inputRefKey(t: Term): string | undefined {
  if (t.t !== 'ref' || t.head.t !== 'var' || t.head.name !== 'input' || t.path.length === 0) return undefined;
  const keys: Value[] = [];
  for (const p of t.path) {
    if (p.t !== 'scalar') return undefined;
    keys.push(p.v);
  }
  return hashOf(keys);
}

/** Builds the index of `rules` on the `input` reference most of them test first; null with fewer than 2 such rules. */
function buildRuleIndex(rules: CRule[]): RuleIndex | null {
  const tests = new Map<CRule, { key: string; ref: Term; c: Value }>();
  const count = new Map<string, number>();
  for (const r of rules) {
    if (r.elseRule || r.body.length === 0) continue;
    const e = r.body[0];
    const b = e.body;
    if (e.negated || e.withs.length || b.k !== 'call' || (b.op !== 'equal' && b.op !== 'eq') || b.args.length !== 2) continue;
    for (const [x, y] of [
      [b.args[0], b.args[1]],
      [b.args[1], b.args[0]],
    ]) {
      const key = inputRefKey(x);
      if (key !== undefined && y.t === 'scalar' && (y.v === null || typeof y.v !== 'object')) {
        tests.set(r, { key, ref: x, c: y.v });
        count.set(key, (count.get(key) ?? 0) + 1);
        break;
      }
    }
  }
  let best: string | undefined;
  for (const [k, n] of count) if (best === undefined || n > count.get(best)!) best = k;
  if (best === undefined || count.get(best)! < 2) return null;
  const consts = new Map<CRule, Value>();
  const buckets = new Map<string, CRule[]>();
  let ref: Term | undefined;
  for (const r of rules) {
    const t = tests.get(r);
    if (!t || t.key !== best) continue;
    ref = t.ref;
    consts.set(r, t.c);
    const mk = memoKey(t.c);
    let bucket = buckets.get(mk);
    if (!bucket) buckets.set(mk, (bucket = []));
    bucket.push(r);
  }
  return { ref: ref!, consts, buckets, unindexed: rules.length - consts.size };
}

/** A cached rule value that is undefined (a Map answers undefined for a missing key). */
const UNDEFINED: unique symbol = Symbol('undefined');

/**
 * Literal arrays, objects and sets made of scalars only (e.g. `["actor", "tenant"]`): their value,
 * built once (values are never changed once built; every document and rule value is shared so).
 */
const constants = new WeakMap<Term, Value | null>();
function constantOf(t: Term): Value | null {
  let c = constants.get(t);
  if (c === undefined) constants.set(t, (c = buildConstant(t)));
  return c;
}
function buildConstant(t: Term): Value | null {
  switch (t.t) {
    case 'scalar':
      return t.v;
    case 'array':
    case 'set': {
      const vs: Value[] = [];
      for (const x of t.items) {
        const v = buildConstant(x);
        if (v === null && !(x.t === 'scalar' && x.v === null)) return null;
        vs.push(v as Value);
      }
      return t.t === 'array' ? vs : RSet.from(vs);
    }
    case 'object': {
      const o = new RObject();
      for (const [a, b] of t.items) {
        const ka = buildConstant(a);
        const vb = buildConstant(b);
        if ((ka === null && !(a.t === 'scalar' && a.v === null)) || (vb === null && !(b.t === 'scalar' && b.v === null))) return null;
        const cur = o.get(ka as Value);
        if (cur !== undefined && !equal(cur, vb as Value)) return null; // a conflict: left to the evaluation (it raises)
        o.set(ka as Value, vb as Value);
      }
      return o;
    }
    default:
      return null;
  }
}

/** {@link Evaluator.dataOne}: not a reference it answers directly. */
const NOT_DIRECT: unique symbol = Symbol('not direct');

/** Answers of {@link Evaluator.detExpr}. */
const DET_NO = -1;
const DET_FAIL = 0;
const DET_OK = 1;
const DET_BOUND = 2;

/** Per term (not a scalar or var): the vars it needs bound to be ground; terms do not change after compilation. */
const groundVars = new WeakMap<Term, string[]>();

/** A function's rules per policy and path (`data.` joined), non-default rules first. */
const functionPlans = new WeakMap<CompiledPolicy, Map<string, CRule[]>>();

/** Compiled queries per policy (queries are pure functions of their text and the policy). */
const queryCache = new WeakMap<CompiledPolicy, Map<string, ReturnType<typeof compileQuery> & { written: Expr[] }>>();

const LOC0: RegoLocation = { file: '', row: 0, col: 0 };

/**
 * Base data converted to engine values, cached by object identity: `data` passed to the API is
 * treated as immutable (a caller that changes it must pass a new object).
 */
const dataCache = new WeakMap<object, Value>();
function convertData(d: unknown): Value {
  if (d === null || typeof d !== 'object') return fromJSONValue(d);
  let v = dataCache.get(d);
  if (v === undefined) {
    v = fromJSONValue(d);
    dataCache.set(d, v);
  }
  return v;
}

function freshCaches(ctx: Ctx): Ctx {
  return { ...ctx, ruleCache: new Map(), extentCache: new Map(), fnCache: new Map() };
}

/** Returns a copy of `v` with `path` set to `value` (objects created along the way). */
function patch(v: Value, path: Value[], value: Value): Value {
  if (path.length === 0) return value;
  const o = v instanceof RObject ? RObject.from(v.entries()) : new RObject();
  const cur = o.get(path[0]);
  o.set(path[0], patch(cur ?? new RObject(), path.slice(1), value));
  return o;
}

function mergeObj(a: RObject, b: RObject): RObject {
  const o = RObject.from(a.entries());
  for (const [k, v] of b.entries()) {
    const cur = o.get(k);
    o.set(k, cur instanceof RObject && v instanceof RObject ? mergeObj(cur, v) : v);
  }
  return o;
}

function insertPath(out: RObject, keys: Value[], v: Value, isSet: boolean, r: CRule): void {
  let cur = out;
  for (let i = 0; i < keys.length - (isSet ? 0 : 1); i++) {
    const last = i === keys.length - 1;
    let next = cur.get(keys[i]);
    if (last && isSet) {
      if (next === undefined) {
        next = new RSet();
        cur.set(keys[i], next);
      }
      if (!(next instanceof RSet)) conflict('object keys must be unique', r.rule.loc);
      (next as RSet).add(v);
      return;
    }
    if (next === undefined) {
      next = new RObject();
      cur.set(keys[i], next);
    } else if (!(next instanceof RObject)) conflict('object keys must be unique', r.rule.loc);
    cur = next as RObject;
  }
  if (isSet) {
    // `p contains x` directly at the node with no dynamic keys: not reached (sets handled separately)
    return;
  }
  const lk = keys[keys.length - 1];
  const existing = cur.get(lk);
  if (existing !== undefined && !equal(existing, v)) conflict('object keys must be unique', r.rule.loc);
  cur.set(lk, v);
}

export { Node };
