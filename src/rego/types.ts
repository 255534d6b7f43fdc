/**
 * The public types of the Rego engine's API (re-exported by index.ts), in their own module so the
 * engine's files never import the facade.
 */
import type { RegoError, RegoLocation } from './errors.js';

/** A `.rego` module: its path (used in locations) and its source text. */
export interface RegoModuleSource {
  path: string;
  text: string;
}

/**
 * Compile options. `regoVersion` defaults to `'v1'`; `'v0'` parses Rego v0 syntax as
 * `opa --v0-compatible` does (bodies without `if`, `p[x] { ... }` partial sets, future keywords
 * only when imported; a module importing `rego.v1` is read as v1).
 */
export interface CompileOptions {
  regoVersion?: 'v1' | 'v0';
}

/** A compiled set of modules (opaque). */
export interface Compiled {
  /** The package paths of the compiled modules, e.g. `["mc.isolation"]`, sorted, unique. */
  packages(): string[];
}

/**
 * Evaluation options: the `input` document, base `data` (plain JSON; treated as immutable and
 * converted once per object identity, so reuse the same object across calls), and a hook for
 * `print()`.
 */
export interface EvalOptions {
  input?: unknown;
  data?: unknown;
  printHook?: (msg: string) => void;
  /** Raise builtin errors instead of making the expression undefined (`opa eval --strict-builtin-errors`). */
  strictBuiltinErrors?: boolean;
}

/** One result row, shaped like `opa eval --format json`'s `result[i]`. */
export interface QueryResult {
  expressions: { value: unknown; text: string; location: RegoLocation }[];
  bindings: Record<string, unknown>;
}

/** The outcome of one `test_*` rule, as `opa test` reports it. */
export interface RegoTestResult {
  package: string;
  name: string;
  location: RegoLocation;
  outcome: 'pass' | 'fail' | 'error';
  error?: RegoError;
  durationMs: number;
}
