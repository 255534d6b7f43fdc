/** Shared helpers for the opa-sim tests: temporary policy trees and a captured CLI. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mc as run, type CliRun } from '../helpers/cli.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Writes files (path -> text) under a fresh temporary directory; returns the directory. */
export function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-opa-sim-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

/** Runs `mc` in-process with captured output. */
export function mc(argv: string[], cwd = repoRoot): Promise<CliRun> {
  return run(argv, { cwd, env: {} });
}
