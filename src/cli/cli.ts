/**
 * CLI plumbing shared by every `mc` command: argument parsing with clear usage errors, output.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type ExitCode } from '../core/errors.js';

/** Streams and environment a command uses (injected so tests can capture them). */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** One `mc` command. `argv` excludes the command words themselves. */
export interface CliCommand {
  /** the words that select it, e.g. `evidence pack` */
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIO): Promise<ExitCode>;
}

/**
 * node:util parseArgs with strict checking; unknown or malformed flags become a UsageError
 * carrying the command's usage text. `--help` is handled by the caller.
 */
export function parseCliArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  usage: string,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nusage: ${usage}`);
  }
}

/**
 * A writer to a process stream that stops quietly when the reader has gone away (EPIPE), as
 * `git` and coreutils do under `mc … | head -1`: the rest of the output is dropped, no stack trace
 * is printed, and the exit code stays the command's (the gate's verdict, not a write error).
 * Any other stream error is reported once on stderr (exit code unchanged).
 * @param stream `process.stdout` or `process.stderr`
 * @returns a `CliIO` writer: `(text) => void`
 */
export function pipeSafeWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    closed = true;
    if (e.code !== 'EPIPE' && stream !== process.stderr) process.stderr.write(`mc: cannot write output: ${e.code ?? e.message}\n`);
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (e) {
      // a synchronous EPIPE (or a destroyed stream): stop writing
      closed = true;
      if ((e as NodeJS.ErrnoException).code !== 'EPIPE' && stream !== process.stderr)
        process.stderr.write(`mc: cannot write output: ${(e as Error).message}\n`);
    }
  };
}
