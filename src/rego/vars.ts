/**
 * Variables of terms and expressions after resolution: pattern positions, all vars (with the free
 * vars of closures), vars a reference can bind by iteration.
 */
import type { Expr, Term } from './ast.js';

export const ROOTS = new Set(['data', 'input']);

/** Display name of a (possibly renamed) var: `x$3` -> `x`, `$_1` -> `_`. */
export function displayVar(v: string): string {
  if (v.startsWith('$_')) return '_';
  const i = v.indexOf('$');
  return i > 0 ? v.slice(0, i) : v;
}

/** Var names appearing in pattern positions (vars, array items, object values). */
export function patternVarNames(t: Term): string[] {
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

export type Closure = Extract<Term, { t: 'acompr' | 'scompr' | 'ocompr' }> & { locals?: Set<string> };

export function closureFree(t: Closure): string[] {
  const inner: string[] = [];
  if (t.t === 'ocompr') {
    allVars(t.key, inner);
    allVars(t.value, inner);
  } else allVars(t.term, inner);
  for (const e of t.body) exprVars(e, inner);
  const locals = t.locals ?? new Set();
  return inner.filter((v) => !locals.has(v) && !v.startsWith('$_'));
}

export function exprVars(e: Expr, out: string[]): void {
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
export function refOutVars(t: Term, out: Set<string>): void {
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

export function refOutOnly(t: Term, v: string): boolean {
  const s = new Set<string>();
  refOutVars(t, s);
  return s.has(v);
}

export function sameShape(a: Term, b: Term): boolean {
  if (a.t === 'array' && b.t === 'array') return a.items.length === b.items.length;
  if (a.t === 'object' && b.t === 'object') return a.items.length === b.items.length;
  return false;
}
