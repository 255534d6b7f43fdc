/**
 * Errors in OPA's shape: `{code, message, location: {file, row, col}}`.
 * Codes as OPA uses them (ast/errors.go, topdown/errors.go): rego_parse_error,
 * rego_compile_error, rego_type_error, rego_unsafe_var_error, rego_recursion_error,
 * eval_conflict_error, eval_type_error, eval_builtin_error.
 */

/** A source position: file path, 1-based row and column. */
export interface RegoLocation {
  file: string;
  row: number;
  col: number;
}

/** One error as OPA reports it. */
export interface RegoError {
  code: string;
  message: string;
  location?: RegoLocation;
}

/** Thrown by compile() and evaluate(): one or more OPA-shaped errors. */
export class RegoErrors extends Error {
  errors: RegoError[];
  constructor(errors: RegoError[]) {
    super(errors.map(formatRegoError).join('\n'));
    this.name = 'RegoErrors';
    this.errors = errors;
  }
}

/** `file:row: code: message` as `opa` prints an error in pretty mode. */
export function formatRegoError(e: RegoError): string {
  const loc = e.location ? `${e.location.file}:${e.location.row}: ` : '';
  return `${loc}${e.code}: ${e.message}`;
}

/** One error (code, message and, when known, its location). */
export function errAt(code: string, message: string, location?: RegoLocation): RegoError {
  return { code, message, ...(location ? { location } : {}) };
}

/**
 * An evaluation error raised by a builtin (`eval_builtin_error`) or a type error (`eval_type_error`).
 * Unless strict builtin errors are asked for, it makes the call undefined (as `opa eval`); a `halt`
 * error always stops the evaluation (used where an undefined result could let a gate pass, e.g. a
 * network builtin this engine cannot perform).
 */
export class BuiltinError extends Error {
  constructor(
    message: string,
    readonly code: 'eval_builtin_error' | 'eval_type_error' = 'eval_builtin_error',
    readonly halt = false,
  ) {
    super(message);
  }
}

/** An operand type error, as OPA words it: `operand 1 must be string but got number`. */
export function operandErr(pos: number, want: string, got: string): BuiltinError {
  return new BuiltinError(`operand ${pos} must be ${want} but got ${got}`, 'eval_type_error');
}
