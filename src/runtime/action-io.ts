/**
 * The thin layer between an action entrypoint and the GitHub runner (the only module besides
 * entrypoints that imports @actions/*). Entrypoints call `runAction(main)`: `main` reads inputs,
 * calls a domain core, writes outputs, summary and annotations through `ActionIO`, and returns
 * an ExitCode. Errors are reported as one annotated line, never a stack trace, and exit 2.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { ExitCode, UsageError, describeError } from '../core/errors.js';

/** An annotation on a file and line (workflow commands ::error / ::warning / ::notice). */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  /** path relative to the workspace */
  file?: string;
  /** 1-based */
  line?: number;
  endLine?: number;
  col?: number;
}

/** What an action entrypoint may do. */
export interface ActionIO {
  /** An input as a trimmed string ('' when unset, or `def`). */
  input(name: string, def?: string): string;
  /** A required input. @throws UsageError when unset. */
  required(name: string): string;
  /** A boolean input (YAML 1.2 core schema true/false, as core.getBooleanInput), `def` when unset. */
  bool(name: string, def: boolean): boolean;
  /** A multi-line or comma-separated list input, empty entries dropped. */
  list(name: string): string[];
  /** A secret input: masked in logs before anything else happens. */
  secret(name: string): string;
  /** Sets an output (`GITHUB_OUTPUT`). Objects are JSON-encoded. */
  output(name: string, value: unknown): void;
  /** Appends markdown to the job summary (`GITHUB_STEP_SUMMARY`). */
  summary(markdown: string): void;
  annotate(a: Annotation): void;
  info(message: string): void;
  warning(message: string): void;
  /** `GITHUB_WORKSPACE`, or the current directory when run locally. */
  workspace: string;
  env: NodeJS.ProcessEnv;
}

/**
 * The form every path output takes: `path` (absolute, or relative to `workspace`) as a path relative
 * to the workspace with `/` separators (`out/report.json`), so a later step can use it as it stands
 * and as an artifact path; a path outside the workspace (e.g. under `runner.temp`) stays absolute.
 */
export function workspacePath(workspace: string, path: string): string {
  const abs = resolve(workspace, path);
  const rel = relative(workspace, abs);
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return abs;
  return rel.split(sep).join('/');
}

function makeIO(): ActionIO {
  const parts: string[] = [];
  const io: ActionIO & { flush(): Promise<void> } = {
    input: (name, def = '') => core.getInput(name) || def,
    required: (name) => {
      const v = core.getInput(name);
      if (!v) throw new UsageError(`input '${name}' is required`);
      return v;
    },
    bool: (name, def) => {
      const v = core.getInput(name);
      if (!v) return def;
      if (/^(true|True|TRUE)$/.test(v)) return true;
      if (/^(false|False|FALSE)$/.test(v)) return false;
      throw new UsageError(`input '${name}': expected true or false, found '${v}'`);
    },
    list: (name) =>
      core
        .getInput(name)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    secret: (name) => {
      const v = core.getInput(name);
      if (v) {
        core.setSecret(v);
        for (const line of v.split(/\r?\n/)) if (line.trim().length > 8) core.setSecret(line.trim());
      }
      return v;
    },
    output: (name, value) => core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value)),
    summary: (md) => {
      parts.push(md);
    },
    annotate: (a) => {
      const props: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.line, endLine: a.endLine, startColumn: a.col };
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    },
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    env: process.env,
    flush: async () => {
      if (parts.length && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(parts.join('\n'), true).write();
    },
  };
  return io;
}

/**
 * Runs an action entrypoint and sets the process exit code: the returned ExitCode, or 2 when
 * `main` throws (the message becomes an error annotation; the stack is never printed).
 * A failed gate (1) is marked failed with `failMessage` when given.
 */
export async function runAction(main: (io: ActionIO) => Promise<ExitCode | { exitCode: ExitCode; failMessage?: string }>): Promise<void> {
  const io = makeIO() as ActionIO & { flush(): Promise<void> };
  let code: ExitCode;
  try {
    const r = await main(io);
    code = typeof r === 'number' ? r : r.exitCode;
    if (code === ExitCode.Fail) core.setFailed(typeof r === 'object' && r.failMessage ? r.failMessage : 'gate failed');
  } catch (err) {
    const { message, exitCode } = describeError(err);
    code = exitCode === ExitCode.Pass ? ExitCode.Usage : exitCode;
    core.error(message, { title: 'unusable input' });
    io.summary(`> [!CAUTION]\n> **Error:** ${message}\n`);
  }
  try {
    await io.flush();
  } catch (e) {
    core.warning(`could not write the job summary: ${(e as Error).message}`);
  }
  process.exitCode = code;
}
