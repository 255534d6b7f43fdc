/**
 * Producing link metadata (in_toto.runlib.in_toto_run, in-toto specification v1.0 section 4.2):
 * record materials, run the step's command, record products, and sign the link.
 */
import { InputError } from '../core/errors.js';
import { recordArtifacts, type RecordOptions } from './artifacts.js';
import type { Link } from './metadata.js';

/** Byproducts of a command: streams (when recorded) and its exit status. */
export interface Byproducts {
  stdout: string;
  stderr: string;
  'return-value': number;
}

/**
 * Runs a command (argv, no shell) and waits for it.
 * @param opts.cwd working directory; @param opts.recordStreams capture stdout/stderr (else discarded);
 * @param opts.timeoutMs kill after this many milliseconds (the reference uses 10 s for links and inspections).
 * @returns byproducts; a signal or timeout yields return-value -1 (never 0).
 * @throws InputError when the command cannot be started (not found, not executable).
 */
export async function executeCommand(
  argv: string[],
  opts: { cwd: string; recordStreams?: boolean; timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<Byproducts> {
  // loaded on first use: child_process (with net, dgram and streams) is start-up time a verification
  // without inspections never needs
  const { spawn } = await import('node:child_process');
  return new Promise((resolvePromise, reject) => {
    if (!argv.length) {
      reject(new InputError(undefined, 'command', 'a non-empty command'));
      return;
    }
    const child = spawn(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', opts.recordStreams ? 'pipe' : 'ignore', opts.recordStreams ? 'pipe' : 'ignore'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => err.push(d));
    let timedOut = false;
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, opts.timeoutMs)
      : undefined;
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      reject(new InputError(argv[0], undefined, 'an executable command', { found: e.code === 'ENOENT' ? 'command not found' : e.code }));
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolvePromise({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8') + (timedOut ? `\n(timed out after ${opts.timeoutMs} ms)` : ''),
        'return-value': timedOut || code === null ? -1 : code,
      });
    });
  });
}

/** Options for {@link runStep}. */
export interface RunStepOptions extends RecordOptions {
  /** record stdout/stderr in byproducts (in-toto-run `--record-streams`) */
  recordStreams?: boolean;
  timeoutMs?: number;
  /** working directory of the command (default: process.cwd()) */
  cwd?: string;
}

/**
 * Records materials, runs the command (when given), records products, and returns the unsigned Link
 * (byproducts `{}` and command `[]` without a command, as in-toto-run `--no-command`).
 */
export async function runStep(
  name: string,
  materials: string[],
  products: string[],
  command: string[],
  opts: RunStepOptions = {},
): Promise<Link> {
  const m = await recordArtifacts(materials, opts);
  const byproducts = command.length
    ? await executeCommand(command, { cwd: opts.cwd ?? process.cwd(), recordStreams: opts.recordStreams, timeoutMs: opts.timeoutMs })
    : {};
  const p = await recordArtifacts(products, opts);
  return { _type: 'link', name, materials: m, products: p, byproducts: byproducts as Record<string, unknown>, command, environment: {} };
}
