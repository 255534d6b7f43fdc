/**
 * `opa test` semantics: every rule whose name starts with `test_` is a test; it passes when its
 * value is defined and not `false`, fails otherwise, and errors when evaluation raises.
 * Rules named `todo_test_*` are skipped (as OPA does). Rules with the same name are reported
 * as `name`, `name#01`, ... in source order.
 */
import type { CompiledPolicy } from './compiler.js';
import { Evaluator } from './eval.js';
import { RegoErrors } from './errors.js';
import type { RegoTestResult } from './types.js';

export function runRegoTests(
  c: CompiledPolicy,
  opts: { data?: unknown; filter?: RegExp; printHook?: (m: string) => void },
): RegoTestResult[] {
  const out: RegoTestResult[] = [];
  const seen = new Map<string, number>();
  const rules = c.rules
    .filter((r) => r.kind === 'complete' && r.dyn.length === 0 && !r.isDefault && r.path[r.path.length - 1].startsWith('test_'))
    .sort((a, b) => a.rule.loc.file.localeCompare(b.rule.loc.file) || a.rule.loc.row - b.rule.loc.row);
  for (const r of rules) {
    const pkg = r.pkg.join('.');
    const base = r.path.slice(r.pkg.length).join('.');
    const n = seen.get(pkg + '.' + base) ?? 0;
    seen.set(pkg + '.' + base, n + 1);
    const name = n === 0 ? base : `${base}#${String(n).padStart(2, '0')}`;
    const full = `data.${pkg}.${name}`;
    if (opts.filter && !opts.filter.test(full)) continue;
    const ev = new Evaluator(c, { data: opts.data, printHook: opts.printHook ?? (() => {}) });
    const t0 = performance.now();
    let outcome: RegoTestResult['outcome'];
    let error: RegoTestResult['error'];
    try {
      const v = ev.completeRuleValue(r, ev.newCtx());
      outcome = v !== undefined && v !== false ? 'pass' : 'fail';
    } catch (e) {
      outcome = 'error';
      error =
        e instanceof RegoErrors
          ? e.errors[0]
          : { code: 'eval_internal_error', message: (e as Error)?.message ?? String(e), location: { ...r.rule.loc } };
    }
    out.push({ package: pkg, name, location: { ...r.rule.loc }, outcome, ...(error ? { error } : {}), durationMs: performance.now() - t0 });
  }
  return out;
}
