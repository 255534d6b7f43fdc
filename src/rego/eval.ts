import { RegoErrors } from './errors.js';
import type { CompiledPolicy } from './compiler.js';
import type { EvalOptions, QueryResult } from './index.js';
export class Evaluator {
  constructor(_c: CompiledPolicy, _o: EvalOptions) {}
  query(_q: string): QueryResult[] {
    throw new RegoErrors([{ code: 'rego_compile_error', message: 'engine not built yet' }]);
  }
}
