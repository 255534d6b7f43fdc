/**
 * The one way tests run the `mc` CLI.
 *
 * - {@link mc}: in-process, through `main` (the code path of the bundle's entry), with captured
 *   output. Fast; use it unless the test needs a real process.
 * - {@link mcProcess}: a real Node process running the CLI's process entry (src/cli/entry.ts, under
 *   tsx), for what only a process shows: real stdio and pipes, signals, exit status, environment.
 *   {@link MC_COMMAND} is its command line, for tests that build a shell pipeline around it.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  /** exit code: 0 gate passed, 1 gate failed, 2 unusable input or usage */
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** working directory of the command (default: the test process's) */
  cwd?: string;
  /** environment the command sees (default: the test process's `process.env`); pass `{}` to isolate */
  env?: NodeJS.ProcessEnv;
}

/** Runs `mc ARGS` in-process and captures its output. */
export async function mc(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? process.env,
  });
  return { code, stdout, stderr };
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The command line of a real `mc` process from the source: this Node (the pinned Node 24 under npm
 * scripts and npx) with tsx's loader (an absolute URL, so any working directory works) and the CLI's
 * process entry. Append the arguments.
 */
export const MC_COMMAND: readonly string[] = [
  process.execPath,
  '--import',
  pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href,
  join(ROOT, 'src/cli/entry.ts'),
];

/**
 * Runs `mc ARGS` as a child process and captures its output.
 * @param opts.input text written to its stdin (default: stdin closed empty)
 * @param opts.timeoutMs the process is killed (SIGKILL) after this long; the run then rejects (default 60 s)
 * @returns the exit code (128 + signal number when a signal ended it) and the output
 */
export function mcProcess(args: string[], opts: CliOptions & { input?: string; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const [cmd, ...pre] = MC_COMMAND;
    const child = spawn(cmd, [...pre, ...args], { cwd: opts.cwd ?? process.cwd(), env: opts.env ?? process.env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`mc ${args.join(' ')}: no exit after ${opts.timeoutMs ?? 60_000} ms\n${stderr}`));
    }, opts.timeoutMs ?? 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const signals: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGPIPE: 13, SIGTERM: 15 };
      done({ code: code ?? 128 + (signal ? (signals[signal] ?? 0) : 0), stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}
