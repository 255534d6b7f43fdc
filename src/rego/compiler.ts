import { RegoErrors } from './errors.js';
import type { RegoModuleSource } from './index.js';
export interface CompiledPolicy { packages(): string[] }
export class Compiler {
  compileModules(_m: RegoModuleSource[]): CompiledPolicy {
    throw new RegoErrors([{ code: 'rego_compile_error', message: 'engine not built yet' }]);
  }
}
