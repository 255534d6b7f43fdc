import type { CompiledPolicy } from './compiler.js';
import type { RegoTestResult } from './index.js';
export function runRegoTests(_c: CompiledPolicy, _o: { data?: unknown; filter?: RegExp }): RegoTestResult[] {
  return [];
}
