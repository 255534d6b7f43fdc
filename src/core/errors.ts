/**
 * Exit codes and error types shared by every gate, action and CLI command.
 *
 * Contract (DEVELOPERS guide, "How we build"): 0 gate passed, 1 gate failed,
 * 2 unusable input or usage. An error is never reported as a pass.
 */

/** Process exit codes used everywhere. */
export const ExitCode = {
  /** The gate passed / verification succeeded. */
  Pass: 0,
  /** The gate failed / verification failed. */
  Fail: 1,
  /** Unusable input, bad usage, or an internal error (fail closed). */
  Usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Base class for errors that carry a user-facing message and an exit code.
 * Entry points print `message` (never the stack) and exit with `exitCode`.
 */
export class McError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = ExitCode.Usage) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad command-line or action usage (missing flag, unknown mode). Exit 2. */
export class UsageError extends McError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
  }
}

/**
 * Unusable input: names the file, the field and what was expected. Exit 2.
 *
 * @example new InputError('pack/evidence.intoto.jsonl', 'signatures[0].sig', 'base64 string')
 *   // message: "pack/evidence.intoto.jsonl: signatures[0].sig: expected base64 string"
 */
export class InputError extends McError {
  readonly file: string | undefined;
  readonly field: string | undefined;
  readonly line: number | undefined;
  constructor(file: string | undefined, field: string | undefined, expected: string, opts: { line?: number; found?: string } = {}) {
    const where = [file && (opts.line ? `${printable(file)}:${opts.line}` : printable(file)), field && printable(field)]
      .filter(Boolean)
      .join(': ');
    const found = opts.found !== undefined ? ` (found ${printable(opts.found)})` : '';
    super(`${where ? where + ': ' : ''}expected ${expected}${found}`, ExitCode.Usage);
    this.file = file;
    this.field = field;
    this.line = opts.line;
  }
}

/**
 * Escapes control characters (C0, DEL, C1, and U+2028/9) as `\xNN` / `\uNNNN` in text that came
 * from data (a file name, a path listed in a pack): a newline followed by `::add-mask::` or `::error::`
 * in a log would otherwise be read by the runner as a workflow command, or forge a report line.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return String(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/** Maps any thrown value to a one-line message and an exit code (unknown errors exit 2). */
export function describeError(err: unknown): { message: string; exitCode: ExitCode } {
  if (err instanceof McError) return { message: err.message, exitCode: err.exitCode };
  if (err && typeof err === 'object' && 'code' in err && 'path' in err) {
    const e = err as NodeJS.ErrnoException;
    const what = e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.code;
    return { message: `${e.path}: ${what}`, exitCode: ExitCode.Usage };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { message: `internal error: ${message}`, exitCode: ExitCode.Usage };
}
